#!/usr/bin/env bash
# The reference deployment, measured: PostgreSQL, NODES Broadsheet nodes and nginx in front of
# them as the load balancer (the configuration the README gives), against one node alone, in the
# same run:
#  1. the reference story's page at 64 connections: one node directly, then through nginx;
#  2. posting through the JSON API with 32 posters: one node directly, then through nginx; every
#     comment acknowledged (201) is committed; the posting limit is on (counted in PostgreSQL, so
#     across the nodes), at a rate no poster reaches;
#  3. the posting limit's cost: one more node (outside nginx) with the limit off, beside 2's figure;
#  4. live-comment delay, from a post's 201 to its arrival on every open stream: posts and streams
#     on one node; posts through nginx and streams through nginx; posts on node 1 and streams on
#     the others; and the nodes' own measure of their change feed (announcement to arrival);
#  5. draining: node 2 gets SIGTERM while posts go through nginx; how many failed.
# Usage: bench/cluster.sh          (NODES=2 DURATION=10s ROUNDS=3 by default)
# Needs wrk, nginx and Debian's PostgreSQL 15 (bench/postgres.sh). Talks to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
NODES=${NODES:-2}
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
SAMPLES=${SAMPLES:-../shared/samples}

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk nginx curl >/dev/null; break; }
done

work=$(mktemp -d /tmp/broadsheet-cluster.XXXXXX)
pids=(); ports=(); nginx_conf=""
# shellcheck source=bench/postgres.sh
source bench/postgres.sh
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [[ -n "$nginx_conf" ]] && nginx -c "$nginx_conf" -s stop 2>/dev/null || true
  pg_stop
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
rps() { awk '/Requests\/sec/ {print $2}'; }
non2xx() { awk '/non-2xx/ {n=$2} END {print n+0}'; }
median() { python3 -c 'import sys, statistics; print(f"{statistics.median(float(x) for x in sys.argv[1:]):.0f}")' "$@"; }
ratio() { python3 -c "print(f'{float(\"$1\")/float(\"$2\"):.2f}')"; }

echo "== building"
./mvnw -q -B -DskipTests package test-compile
cp="target/test-classes:target/broadsheet.jar"

pg_start cluster
database=(--database "$PG_URL/cluster" --database-user postgres)
java -cp "$cp" news.broadsheet.bench.CorpusGenerator --out "$work/thread" --articles 1 --comments 1000 --seed 7 >/dev/null
java -jar target/broadsheet.jar import --data "$work/unused" "${database[@]}" "$SAMPLES" "$work/thread" >/dev/null

# start_node N LIMIT: node N (1-based) on a free port with the posting limit LIMIT a minute
start_node() {
  local n=$1 limit=$2 port
  port=$(free_port)
  BROADSHEET_ACCESS_LOG_LEVEL=OFF ./broadsheet serve --data "$work/unused" "${database[@]}" --port "$port" \
    --post-rate-limit "$limit" --trusted-proxy 127.0.0.1 --no-demo > "$work/node-$n.log" 2>&1 &
  pids[n - 1]=$!
  ports[n - 1]=$port
  for _ in $(seq 1 150); do [[ $(curl -s "http://127.0.0.1:$port/healthz") == ok ]] && return; sleep 0.2; done
  echo "node $n did not start" >&2; cat "$work/node-$n.log" >&2; exit 1
}
stop_node() {
  local n=$1
  kill -TERM "${pids[n - 1]}" 2>/dev/null || true
  wait "${pids[n - 1]}" 2>/dev/null || true
}

echo "== starting $NODES nodes on PostgreSQL, posting limit 100000 a minute (counted, never reached)"
for n in $(seq 1 "$NODES"); do start_node "$n" 100000; done

nginx_port=$(free_port)
nginx_conf="$work/nginx.conf"
{
  echo "worker_processes auto; pid $work/nginx.pid; error_log $work/nginx-error.log;"
  echo "events { worker_connections 4096; }"
  echo "http {"
  echo "  access_log off;"
  echo "  upstream broadsheet {"
  for port in "${ports[@]}"; do echo "    server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"; done
  echo "    keepalive 64;"
  echo "  }"
  echo "  server {"
  echo "    listen 127.0.0.1:$nginx_port;"
  sed -n '/^ *# proxying (bench\/cluster.sh/,/^ *# end of proxying/p' README.md | sed '1d;$d'
  echo "  }"
  echo "}"
} > "$nginx_conf"
nginx -t -c "$nginx_conf" 2>/dev/null
nginx -c "$nginx_conf"
lb="http://127.0.0.1:$nginx_port"
one="http://127.0.0.1:${ports[0]}"
story=$(curl -s -o /dev/null -w '%{redirect_url}' "$one/news/1")
story_path=${story#"$one"}
[[ -n "$story_path" ]] || { echo "the reference story is not where expected" >&2; exit 1; }

echo "== warming up every node (the JIT compiler takes a while on 2 cores)"
for port in "${ports[@]}"; do
  wrk -t2 -c64 -d10s "http://127.0.0.1:$port$story_path" >/dev/null
  ARTICLE_ID=2 wrk -t2 -c32 -d10s -s bench/post-comment.lua "http://127.0.0.1:$port" >/dev/null
done

echo "== story page and posting, $ROUNDS rounds of one node then nginx"
page_one=(); page_lb=(); post_one=(); post_lb=(); post_errors=0
for round in $(seq "$ROUNDS"); do
  page_one+=("$(wrk -t2 -c64 -d"$DURATION" "$one$story_path" | rps)")
  page_lb+=("$(wrk -t2 -c64 -d"$DURATION" "$lb$story_path" | rps)")
  out=$(ARTICLE_ID=2 wrk -t2 -c32 -d"$DURATION" -s bench/post-comment.lua "$one"); post_one+=("$(echo "$out" | rps)")
  post_errors=$((post_errors + $(echo "$out" | non2xx)))
  out=$(ARTICLE_ID=2 wrk -t2 -c32 -d"$DURATION" -s bench/post-comment.lua "$lb"); post_lb+=("$(echo "$out" | rps)")
  post_errors=$((post_errors + $(echo "$out" | non2xx)))
  echo "round $round: page ${page_one[-1]} / ${page_lb[-1]} req/s, posting ${post_one[-1]} / ${post_lb[-1]} /s (one node / nginx)"
done

echo "== live-comment delay"
delay() { java -cp "$cp" news.broadsheet.bench.LiveDelay --story 1 --streams 20 --comments 40 --every-ms 100 "$@" | tail -1; }
others=$(for port in "${ports[@]:1}"; do printf 'http://127.0.0.1:%s,' "$port"; done)
delay_one=$(delay --post "$one" --listen "$one")
delay_lb=$(delay --post "$lb" --listen "$lb")
delay_cross=$(delay --post "$one" --listen "${others%,}")
feed_delays=$(for port in "${ports[@]}"; do curl -s "http://127.0.0.1:$port/metrics"; done | python3 -c '
import re, sys
buckets = {}
for line in sys.stdin:
    m = re.match(r"broadsheet_change_feed_delay_seconds_bucket\{le=\"([^\"]+)\"\} (\S+)", line)
    if m: buckets[m.group(1)] = buckets.get(m.group(1), 0) + float(m.group(2))
total = buckets.get("+Inf", 0)
def at(q):
    for le, n in sorted(((float(k), v) for k, v in buckets.items()), key=lambda kv: kv[0]):
        if n >= q * total: return f"{le * 1000:g} ms"
    return "n/a"
print(f"{int(total)} changes; p50 within {at(0.5)}, p99 within {at(0.99)} (histogram buckets)")')

echo "== the posting limit's cost: one more node, outside nginx, with the limit off"
start_node $((NODES + 1)) 0
solo="http://127.0.0.1:${ports[NODES]}"
ARTICLE_ID=2 wrk -t2 -c32 -d10s -s bench/post-comment.lua "$solo" >/dev/null
post_off=()
for round in $(seq "$ROUNDS"); do
  post_off+=("$(ARTICLE_ID=2 wrk -t2 -c32 -d"$DURATION" -s bench/post-comment.lua "$solo" | rps)")
done
stop_node $((NODES + 1))

echo "== draining: SIGTERM to node 2 while posts go through nginx"
drain_out=$(mktemp)
ARTICLE_ID=2 wrk -t2 -c32 -d"$DURATION" -s bench/post-comment.lua "$lb" > "$drain_out" &
wrk_pid=$!
sleep 3
stop_node 2
wait "$wrk_pid"
drain_requests=$(awk '/^requests/ {print $2}' "$drain_out")
drain_failed=$(non2xx < "$drain_out")
drain_socket=$(awk '/Socket errors/ {print}' "$drain_out")

po=$(median "${page_one[@]}"); pl=$(median "${page_lb[@]}")
so=$(median "${post_one[@]}"); sl=$(median "${post_lb[@]}"); sf=$(median "${post_off[@]}")
# what the limit adds to a post's latency at 32 posters; a negative difference is the machine's noise
cost=$(python3 -c 'import sys; c = (1/float(sys.argv[1]) - 1/float(sys.argv[2])) * 1e6 * 32; print("the limit costs about %.0f µs of a post\x27s latency at 32 posters" % c if c > 0 else "no measurable cost of the limit (the runs with it were the faster)")' "$so" "$sf")
cat <<TABLE

| figure | one node | nginx, $NODES nodes | ratio |
|---|---|---|---|
| reference story page, req/s (64 conn), median of $ROUNDS | $po | $pl | $(ratio "$pl" "$po") (rounds: ${page_one[*]} / ${page_lb[*]}) |
| comments posted (201, durable), 32 posters, limit counted in PostgreSQL, median of $ROUNDS | $so /s | $sl /s | $(ratio "$sl" "$so") (rounds: ${post_one[*]} / ${post_lb[*]}; $post_errors non-2xx) |
| comments posted by one node with the limit off, median of $ROUNDS | $sf /s | | $cost (rounds: ${post_off[*]}) |
| live-comment delay, 20 streams x 40 comments, post and streams on one node | $delay_one | | |
| live-comment delay, posts and streams through nginx | | $delay_lb | |
| live-comment delay, posts on node 1, streams on the others | | $delay_cross | |
| change feed, announcement to arrival on another node (all nodes' /metrics) | | $feed_delays | |
| draining: SIGTERM to node 2 during $DURATION of posting through nginx | | $drain_requests requests, $drain_failed non-2xx ${drain_socket:-, no socket errors} | |
TABLE
