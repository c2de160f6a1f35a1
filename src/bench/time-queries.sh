#!/bin/sh
# Times every canned query on a large graph (see large-graph.py), one JVM per query, JVM start-up
# included. Not run by the build: speed depends on the machine.
# usage: src/bench/time-queries.sh [N]     from the project folder, after mvn package
# For p50 and p95 in process and over HTTP without JVM start: org.diplograph.query.QueryTimes.
set -e
n=${1:-3000}
dir=target/bench
mkdir -p "$dir"
python3 src/bench/large-graph.py "$n" "$dir/large.trig"
rm -rf "$dir/db"
java -cp target/diplograph.jar tdb2.tdbloader --loc "$dir/db/tdb2" "$dir/large.trig" > "$dir/load.log" 2>&1
# the bulk loader copies the fixture's summary graph as it is: count the whole summary again
java -jar target/diplograph.jar recount --db "$dir/db"
for q in agreement-stats agreements articles conferences countries duplicates frameworks meetings ministries \
         network offices pair-timeline pair-topics partners review sources visits \
         "office-on-date -p date=2022-01-01" "find -p text=japon" "meetings -p offset=20000" \
         "evidence -p entity=https://w3id.org/diplograph/id/relation/JP-VN" \
         "person-events -p person=https://w3id.org/diplograph/id/person/nguyen-van-an-0"; do
  start=$(date +%s.%N)
  rows=$(java -jar target/diplograph.jar query $q --db "$dir/db" --format csv | tail -n +2 | wc -l)
  end=$(date +%s.%N)
  printf '%-24s %7s rows %6.1f s\n' "${q%% *}" "$rows" "$(echo "$end - $start" | bc)"
done
