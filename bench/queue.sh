#!/usr/bin/env bash
# The moderation queue's speed with a large archive: the first page of the pending tab (20 cards
# with their context, every tab's count and the navigation's) and the counts alone, p50 and p99,
# beside /healthz on the same server as the floor of an answer on this machine. For each store
# (SQLite, then PostgreSQL unless POSTGRES=0):
#  1. imports ARTICLES x COMMENTS generated comments (1,000,000 by default);
#  2. posts HISTORY comments through the JSON API from COMMENTERS readers (HELD_PERCENT held for a
#     suspect word), and a moderator rejects the held ones with one bulk action (timed);
#  3. switches to pre-moderation and posts PENDING comments, all held: the queue to measure;
#  4. measures with wrk at 1 and 4 connections, logged in as a moderator.
# Usage: bench/queue.sh   (ARTICLES=10000 COMMENTS=100 HISTORY=30000 PENDING=10000 DURATION=10s SQLITE=1 POSTGRES=1)
# DATA=DIR keeps the SQLite database there, and a later run with the same DATA measures it again at once.
# Needs wrk and sqlite3 (installed with apt-get when missing). Talks to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${ARTICLES:-10000}
COMMENTS=${COMMENTS:-100}
HISTORY=${HISTORY:-30000}
HELD_PERCENT=${HELD_PERCENT:-10}
PENDING=${PENDING:-10000}
COMMENTERS=${COMMENTERS:-2000}
DURATION=${DURATION:-10s}
PASSWORD="queue benchmark password"

for tool in wrk curl python3 sqlite3; do
  command -v "$tool" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk curl python3 sqlite3 >/dev/null; break; }
done
# shellcheck source=bench/postgres.sh
source bench/postgres.sh

work=$(mktemp -d /tmp/broadsheet-queue.XXXXXX)
server_pid=""
stop_server() {
  if [[ -n "$server_pid" ]]; then
    kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
cleanup() {
  stop_server
  pg_stop
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
store=()   # the storage options of the store being measured
cli() { java -jar target/broadsheet.jar "$@" "${store[@]}"; }

# post TOTAL [HELD_PERCENT]: posts through the API until the server has answered TOTAL more posts
post() {
  local before
  before=$(grep -c 'POST /api' "$work/server.log" || true)
  TOTAL=$1 HELD_PERCENT=${2:-0} COMMENTERS=$COMMENTERS wrk -t2 -c16 -d3600s -s bench/queue-post.lua "$base" > "$work/wrk.log" &
  local poster=$!
  while (( $(grep -c 'POST /api' "$work/server.log" || true) - before < $1 )); do sleep 1; done
  kill -INT "$poster" 2>/dev/null || true
  wait "$poster" || true
  echo "posted $(( $(grep -c 'POST /api' "$work/server.log" || true) - before )) comments"
}

measure() { # name url connections
  local out p50 p99 rps errors
  out=$(wrk -t1 -c"$3" -d"$DURATION" --latency -H "$cookie" "$2")
  p50=$(echo "$out" | awk '/ 50%/ {print $2}')
  p99=$(echo "$out" | awk '/ 99%/ {print $2}')
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$3" "$p50" "$p99" "$rps" "${errors:-0}"
}

# bench_store NAME FRESH SQL...: the whole run on the store in ${store[@]}; SQL runs a statement on it
bench_store() {
  local name=$1 fresh=$2
  shift 2
  local sql=("$@")
  echo "=== $name"
  if (( fresh )); then
    echo "== corpus: $ARTICLES stories x $COMMENTS comments, imported"
    java -cp "$cp" news.broadsheet.bench.CorpusGenerator --out "$work/corpus" --articles "$ARTICLES" --comments "$COMMENTS" --seed 3 >/dev/null
    cli import "$work/corpus" | tail -1
    rm -rf "$work/corpus"
    # The queue reads no search index, and indexing a million imported comments takes a quarter
    # of an hour here: the archive is left out of search, so that the server's indexer does not
    # run during the measurements. Comments posted below are indexed as they come, as in production.
    "${sql[@]}" "DELETE FROM search_queue"
    echo "$PASSWORD" | cli user add --role moderator Bench >/dev/null 2>&1
    cli settings set moderation.flood.enabled false >/dev/null
    cli settings set moderation.mode post >/dev/null
  fi

  port=$(free_port)
  base="http://127.0.0.1:$port"
  java -jar target/broadsheet.jar serve "${store[@]}" --port "$port" --post-rate-limit 0 --trusted-proxy 127.0.0.1 --no-demo \
    > "$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 150); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.2; done

  if (( fresh )); then
    echo "== $HISTORY comments posted by $COMMENTERS readers ($HELD_PERCENT % held), then the held ones rejected at once"
    post "$HISTORY" "$HELD_PERCENT"
  fi

  local jar="$work/cookies" token session
  rm -f "$jar"
  curl -s -c "$jar" -o /dev/null "$base/login"
  token=$(awk '$6 == "broadsheet_form" {print $7}' "$jar")
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrf=$token" --data-urlencode "name=Bench" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "next=/admin/moderation" "$base/login"
  session=$(awk '$6 == "bs_session" {print $7}' "$jar")
  [[ -n "$session" ]] || { echo "could not log in" >&2; exit 1; }
  cookie="Cookie: bs_session=$session; broadsheet_form=$token"
  if (( fresh )); then
    local confirm up_to held bulk_s
    confirm=$(curl -s -H "$cookie" --data "csrf=$token&tab=pending&action=reject&preset=insults" "$base/admin/moderation/bulk/filtered")
    up_to=$(echo "$confirm" | sed -n 's/.*name="upTo" value="\([0-9]*\)".*/\1/p')
    held=$(echo "$confirm" | sed -n 's/.*<h1>Confirm: Reject \([0-9,]*\) comment.*/\1/p')
    bulk_s=$(curl -s -o /dev/null -w '%{time_total}' -H "$cookie" \
      --data "csrf=$token&tab=pending&action=reject&preset=insults&confirm=yes&upTo=$up_to" "$base/admin/moderation/bulk/filtered")
    echo "rejected $held held comments in one bulk action: $bulk_s s"

    echo "== pre-moderation on; $PENDING comments posted, all held"
    cli settings set moderation.mode pre >/dev/null
    sleep 6
    post "$PENDING"
    # What autovacuum does on its own minutes after such a load: the statistics, and the
    # visibility map that lets a count read an index alone.
    [[ $name == PostgreSQL ]] && "${sql[@]}" "VACUUM ANALYZE"
  fi
  echo "counts: $(curl -s -H "$cookie" "$base/admin/moderation/counts")"
  echo "queue page: HTTP $(curl -s -o /dev/null -w '%{http_code} %{size_download}' -H "$cookie" "$base/admin/moderation") bytes"

  echo "== warming up"
  wrk -t1 -c2 -d15s -H "$cookie" "$base/admin/moderation" >/dev/null
  wrk -t1 -c2 -d5s -H "$cookie" "$base/admin/moderation/counts" >/dev/null

  echo
  echo "| request ($name) | connections | p50 | p99 | req/s | non-2xx |"
  echo "|---|---:|---:|---:|---:|---:|"
  measure "/healthz (floor)" "$base/healthz" 1
  measure "queue: pending, first page (20 cards, all counts)" "$base/admin/moderation" 1
  measure "queue: counts alone (JSON)" "$base/admin/moderation/counts" 1
  measure "queue: pending, first page" "$base/admin/moderation" 4
  measure "queue: counts alone" "$base/admin/moderation/counts" 4
  measure "queue: pending, text filter over 10,000" "$base/admin/moderation?tab=pending&text=stupid" 1
  measure "queue: rejected, first page" "$base/admin/moderation?tab=rejected" 1
  echo
  echo "server RSS: $(awk '/VmRSS/ {print int($2/1024)}' "/proc/$server_pid/status") MB; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  stop_server
}

echo "== building"
./mvnw -q -B -o -DskipTests package test-compile
cp="target/test-classes:target/broadsheet.jar"

if [[ "${SQLITE:-1}" == 1 ]]; then
  data=${DATA:-$work/data}
  store=(--data "$data")
  sqlite_fresh=1
  [[ -f "$data/broadsheet.db" ]] && sqlite_fresh=0
  bench_store SQLite "$sqlite_fresh" sqlite3 "$data/broadsheet.db"
fi

if [[ "${POSTGRES:-1}" == 1 ]]; then
  pg_start queue
  store=(--data "$work/pg-data" --database "$PG_URL/queue?user=postgres")
  bench_store PostgreSQL 1 as_postgres "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d queue -c
fi
