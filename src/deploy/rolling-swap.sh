#!/usr/bin/env bash
# Moves every read replica, one at a time, to a new snapshot while the others answer.
#
#   rolling-swap.sh SNAPSHOT      swap each replica to a copy of SNAPSHOT (a folder 'diplograph snapshot' wrote)
#   rolling-swap.sh --upstream    only write nginx's list of replicas, all up (for the first set-up)
#
# For each replica in turn: copy SNAPSHOT beside its folder and check the copy against its manifest;
# mark the replica down in nginx and let its requests finish; stop it; put the copy in place of its
# folder; start it; wait until it answers /$/ping and a count of the articles that matches the
# manifest; mark it up again; then the next one. A replica that does not come back is put back on its
# previous folder and the script stops with status 1, the other replicas untouched.
#
# Settings, from the environment (defaults for the systemd unit and nginx configuration beside this script):
#   REPLICAS       "NAME:PORT ..." replicas and their loopback ports      ("1:3031 2:3032")
#   REPLICA_HOME   replica NAME serves $REPLICA_HOME/replica-NAME/data     (/var/lib/diplograph)
#   UPSTREAM_FILE  the file nginx's upstream block includes                (/etc/nginx/diplograph-replicas.conf)
#   NGINX_RELOAD   command that makes nginx read it again                  (systemctl reload nginx)
#   START, STOP    commands for one replica; {name} and {port} are replaced (systemctl start|stop diplograph-replica@{name})
#   DIPLOGRAPH     how to run diplograph                                    (java -jar /opt/diplograph/diplograph.jar)
#   DRAIN_SECONDS  wait after marking a replica down, for its requests to end (2)
#   READY_SECONDS  how long a started replica may take to answer           (600)
set -euo pipefail

REPLICAS=${REPLICAS:-"1:3031 2:3032"}
REPLICA_HOME=${REPLICA_HOME:-/var/lib/diplograph}
UPSTREAM_FILE=${UPSTREAM_FILE:-/etc/nginx/diplograph-replicas.conf}
NGINX_RELOAD=${NGINX_RELOAD:-"systemctl reload nginx"}
START=${START:-"systemctl start diplograph-replica@{name}"}
STOP=${STOP:-"systemctl stop diplograph-replica@{name}"}
DIPLOGRAPH=${DIPLOGRAPH:-"java -jar /opt/diplograph/diplograph.jar"}
DRAIN_SECONDS=${DRAIN_SECONDS:-2}
READY_SECONDS=${READY_SECONDS:-600}
ARTICLES='SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a <https://w3id.org/diplograph/ontology#Article> }'

say() { echo "rolling-swap: $*"; }
fail() { echo "rolling-swap: $*" >&2; exit 1; }

# nginx's list of replicas, the one named in $1 (if any) marked down; written beside and moved in place
write_upstream() {
    local down=${1:-} part="$UPSTREAM_FILE.part" r name port
    : > "$part"
    for r in $REPLICAS; do
        name=${r%%:*}; port=${r##*:}
        if [ "$name" = "$down" ]; then
            echo "server 127.0.0.1:$port max_fails=1 fail_timeout=10s down;" >> "$part"
        else
            echo "server 127.0.0.1:$port max_fails=1 fail_timeout=10s;" >> "$part"
        fi
    done
    mv -f "$part" "$UPSTREAM_FILE"
}

mark() {   # mark NAME down | mark "" (all up)
    write_upstream "$1"
    bash -c "$NGINX_RELOAD"
}

run_for() {   # run_for TEMPLATE NAME PORT
    local cmd=${1//\{name\}/$2}
    cmd=${cmd//\{port\}/$3}
    bash -c "$cmd"
}

# The number of articles replica at port $1 counts, or nothing when it does not answer (yet).
articles_at() {
    curl -sf --max-time 30 -G "http://127.0.0.1:$1/diplo/query" -H 'Accept: text/csv' \
        --data-urlencode "query=$ARTICLES" 2>/dev/null | tr -d '\r' | sed -n 2p
}

manifest_articles() {   # the article count a snapshot's manifest states
    tr -d ' \n' < "$1/manifest.json" | grep -o '"articles":[0-9]*' | head -1 | cut -d: -f2
}

wait_ready() {   # wait_ready PORT EXPECTED_ARTICLES
    local deadline=$((SECONDS + READY_SECONDS)) n
    while [ $SECONDS -lt $deadline ]; do
        if curl -sf --max-time 5 "http://127.0.0.1:$1/\$/ping" > /dev/null 2>&1; then
            n=$(articles_at "$1")
            [ "$n" = "$2" ] && return 0
        fi
        sleep 0.5
    done
    return 1
}

wait_stopped() {   # the port no longer answers: the process has let its folder go
    local deadline=$((SECONDS + 120))
    while curl -s --max-time 2 -o /dev/null "http://127.0.0.1:$1/\$/ping" 2> /dev/null; do
        [ $SECONDS -lt $deadline ] || fail "replica on port $1 still answers after it was stopped"
        sleep 0.2
    done
}

if [ "${1:-}" = "--upstream" ]; then
    write_upstream ""
    say "wrote $UPSTREAM_FILE"
    exit 0
fi
[ $# -eq 1 ] || fail "usage: rolling-swap.sh SNAPSHOT | rolling-swap.sh --upstream"
SNAPSHOT=$1
[ -f "$SNAPSHOT/manifest.json" ] || fail "$SNAPSHOT has no manifest.json: not a snapshot (write one with 'diplograph snapshot')"
EXPECTED=$(manifest_articles "$SNAPSHOT")
[ -n "$EXPECTED" ] || fail "$SNAPSHOT/manifest.json does not say how many articles the snapshot holds"

for r in $REPLICAS; do
    name=${r%%:*}; port=${r##*:}
    home="$REPLICA_HOME/replica-$name"
    say "replica $name (port $port): copying $SNAPSHOT"
    rm -rf "$home/data.next" "$home/data.previous"
    cp -a "$SNAPSHOT" "$home/data.next"
    bash -c "$DIPLOGRAPH"' snapshot --verify "$0"' "$home/data.next" > /dev/null || fail "the copy in $home/data.next does not match its manifest"

    say "replica $name: marked down in nginx, stopping"
    mark "$name"
    sleep "$DRAIN_SECONDS"
    run_for "$STOP" "$name" "$port"
    wait_stopped "$port"

    mv "$home/data" "$home/data.previous"
    mv "$home/data.next" "$home/data"
    run_for "$START" "$name" "$port"
    if ! wait_ready "$port" "$EXPECTED"; then
        say "replica $name did not answer $EXPECTED articles within $READY_SECONDS s: back to its previous folder"
        run_for "$STOP" "$name" "$port" || true
        wait_stopped "$port"
        mv "$home/data" "$home/data.failed"
        mv "$home/data.previous" "$home/data"
        run_for "$START" "$name" "$port"
        wait_ready "$port" "$(manifest_articles "$home/data")" || true
        mark ""
        fail "replica $name left on its previous snapshot (the new one is in $home/data.failed)"
    fi
    mark ""
    sleep "$DRAIN_SECONDS"
    rm -rf "$home/data.previous"
    say "replica $name answers $EXPECTED articles"
done
say "every replica serves $SNAPSHOT"
