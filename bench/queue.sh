#!/usr/bin/env bash
# The moderation queue's speed with a large archive: the first page of the pending tab (20 cards
# with their context, every tab's count and the navigation's) and the counts alone, p50 and p99,
# beside /healthz on the same server as the floor of an answer on this machine.
#  1. imports ARTICLES x COMMENTS generated comments (1,000,000 by default);
#  2. posts HISTORY comments through the JSON API from COMMENTERS readers (HELD_PERCENT held for a
#     suspect word), and a moderator rejects the held ones with one bulk action (timed);
#  3. switches to pre-moderation and posts PENDING comments, all held: the queue to measure;
#  4. measures with wrk at 1 and 4 connections, logged in as a moderator.
# Usage: bench/queue.sh   (ARTICLES=10000 COMMENTS=100 HISTORY=30000 PENDING=10000 DURATION=10s)
# DATA=DIR keeps the database there, and a later run with the same DATA measures it again at once.
# Needs wrk (installed with apt-get when missing). Talks to 127.0.0.1 only.
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

for tool in wrk curl python3; do
  command -v "$tool" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk curl python3 >/dev/null; break; }
done

work=$(mktemp -d /tmp/broadsheet-queue.XXXXXX)
data=${DATA:-$work/data}
server_pid=""
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
cli() { java -jar target/broadsheet.jar "$@" --data "$data"; }

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

echo "== building"
./mvnw -q -B -DskipTests package test-compile
cp="target/test-classes:target/broadsheet.jar"

fresh=0
if [[ ! -f "$data/broadsheet.db" ]]; then
  fresh=1
  echo "== corpus: $ARTICLES stories x $COMMENTS comments, imported"
  java -cp "$cp" news.broadsheet.bench.CorpusGenerator --out "$work/corpus" --articles "$ARTICLES" --comments "$COMMENTS" --seed 3 >/dev/null
  cli import "$work/corpus" | tail -1
  rm -rf "$work/corpus"
  echo "$PASSWORD" | cli user add --role moderator Bench >/dev/null 2>&1
  cli settings set moderation.flood.enabled false >/dev/null
  cli settings set moderation.mode post >/dev/null
fi

port=$(free_port)
base="http://127.0.0.1:$port"
./broadsheet serve --data "$data" --port "$port" --post-rate-limit 0 --trusted-proxy 127.0.0.1 --no-demo > "$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 150); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.2; done

if (( fresh )); then
  echo "== $HISTORY comments posted by $COMMENTERS readers ($HELD_PERCENT % held), then the held ones rejected at once"
  post "$HISTORY" "$HELD_PERCENT"
fi

jar="$work/cookies"
curl -s -c "$jar" -o /dev/null "$base/login"
token=$(awk '$6 == "broadsheet_form" {print $7}' "$jar")
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrf=$token" --data-urlencode "name=Bench" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "next=/admin/moderation" "$base/login"
session=$(awk '$6 == "bs_session" {print $7}' "$jar")
[[ -n "$session" ]] || { echo "could not log in" >&2; exit 1; }
cookie="Cookie: bs_session=$session; broadsheet_form=$token"
if (( fresh )); then
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
fi
counts=$(curl -s -H "$cookie" "$base/admin/moderation/counts")
echo "counts: $counts"

page_check=$(curl -s -o /dev/null -w '%{http_code} %{size_download}' -H "$cookie" "$base/admin/moderation")
echo "queue page: HTTP $page_check bytes"

measure() { # name url connections
  local out
  out=$(wrk -t1 -c"$3" -d"$DURATION" --latency -H "$cookie" "$2")
  local p50 p99 rps errors
  p50=$(echo "$out" | awk '/ 50%/ {print $2}')
  p99=$(echo "$out" | awk '/ 99%/ {print $2}')
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$3" "$p50" "$p99" "$rps" "${errors:-0}"
}

echo "== warming up"
wrk -t1 -c2 -d15s -H "$cookie" "$base/admin/moderation" >/dev/null
wrk -t1 -c2 -d5s -H "$cookie" "$base/admin/moderation/counts" >/dev/null

echo
echo "| request | connections | p50 | p99 | req/s | non-2xx |"
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
