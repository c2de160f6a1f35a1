#!/bin/sh
# p50 and p95 of every canned query, in process and over HTTP, on the fixture's article graphs
# repeated N times (5 articles each: N=2000 gives 10,000 articles, N=20000 gives 100,000).
# Not run by the build: speed depends on the machine. From the project folder, after mvn package:
#   src/bench/query-times.sh N DIR [RUNS] [QUERY...]
# DIR is made if it does not hold a dataset yet (N=20000 needs about 4.5 GB and 10 minutes); queries
# named after RUNS are the only ones timed.
set -e
n=$1; dir=$2; runs=${3:-5}
shift 2; [ $# -gt 0 ] && shift
cp="target/test-classes:target/diplograph.jar"
if [ ! -d "$dir/db/tdb2" ]; then
  mkdir -p "$dir"
  python3 src/bench/large-graph.py "$n" "$dir/large.trig"
  java -Xmx4g -cp target/diplograph.jar tdb2.tdbloader --loader=parallel --loc "$dir/db/tdb2" "$dir/large.trig" > "$dir/load.log" 2>&1
  rm "$dir/large.trig"
  # the bulk loader copies the fixture's summary graph as it is: count the whole summary again (which
  # also writes the query planner's statistics, read at the next open)
  java -Xmx4g -cp "$cp" org.diplograph.query.QueryTimes "$dir/db" 0 rebuild
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx4g -cp "$cp" org.diplograph.query.QueryTimes "$dir/db" "$runs" both "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
