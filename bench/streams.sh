#!/usr/bin/env bash
# Live comments for a breaking-news audience: one node, STREAMS open live streams on one story.
#  1. with no stream open, the references: story and front pages at 64 connections as fast as
#     they go (req/s, p99), and paced, 16 connections each waiting 50 ms between requests (about
#     300 req/s: p99 is then the time to answer a page, not a queue's);
#  2. STREAMS streams opened on the reference story by a non-blocking client of two threads
#     (news.broadsheet.bench.StreamLoad): how many opened, how long it took, the server's RSS and
#     threads;
#  3. while they are held: COMMENTS comments posted one a second through the JSON API, each timed
#     from its post to its arrival on every stream; then the same pages paced and at full speed,
#     while more comments are posted and timed (one a second, for as long as the pages run);
#  4. SIGTERM: how long the server takes to end every stream and exit.
# Usage: bench/streams.sh            (STREAMS=10000 COMMENTS=10 DURATION=10s by default)
# The server runs with ./broadsheet's default JVM options. Needs wrk. Talks to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
STREAMS=${STREAMS:-10000}
COMMENTS=${COMMENTS:-10}
DURATION=${DURATION:-10s}
SAMPLES=${SAMPLES:-../shared/samples}

command -v wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
[[ $(ulimit -n) -gt $((STREAMS + 1000)) ]] || { echo "open files limit $(ulimit -n) is too low for $STREAMS streams" >&2; exit 1; }

work=$(mktemp -d /tmp/broadsheet-streams.XXXXXX)
server_pid=""; load_pid=""
cleanup() {
  [[ -n "$load_pid" ]] && kill "$load_pid" 2>/dev/null || true
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
status() { awk -v key="$1" '$1 == key":" {print $2}' "/proc/$jvm_pid/status"; }
wait_for() { for _ in $(seq 1 "$3"); do grep -q "$2" "$1" && return 0; sleep 0.2; done; echo "timed out waiting for '$2' in $1" >&2; cat "$1" >&2; exit 1; }

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== building"
./mvnw -q -B -DskipTests package test-compile
cp="target/test-classes:target/broadsheet.jar"
java -jar target/broadsheet.jar import --data "$work/data" "$SAMPLES" >/dev/null

port=$(free_port)
base="http://127.0.0.1:$port"
serve() {
  BROADSHEET_ACCESS_LOG_LEVEL=OFF ./broadsheet serve --data "$work/data" --port "$port" --post-rate-limit 0 \
    --live-streams-per-client "$STREAMS" --live-streams "$((STREAMS + 100))" --trusted-proxy 127.0.0.1 --no-demo > "$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 150); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.2; done
}
# The launcher's first run after a build writes its class-data-sharing archive when it stops,
# which would count in the time to stop: a first start and stop writes it beforehand.
if [[ ! target/cds/serve.jsa -nt target/broadsheet.jar ]]; then
  serve; kill -TERM "$server_pid"; wait "$server_pid" || true
fi
serve
# Figures are the JVM's (the launcher execs it once its archive exists).
jvm_pid=$server_pid
story=$(curl -s -o /dev/null -w '%{redirect_url}' "$base/news/1")
[[ -n "$story" ]] || { echo "the reference story is not where expected" >&2; exit 1; }
printf '%s\n/\n' "${story#"$base"}" > "$work/pages.txt"

pages() { PATHS="$work/pages.txt" wrk -t2 -c64 -d"$1" --latency -s bench/many-paths.lua "$base"; }
paced() { PAUSE_MS=50 PATHS="$work/pages.txt" wrk -t2 -c16 -d"$1" --latency -s bench/many-paths.lua "$base"; }
rps() { awk '/Requests\/sec/ {print $2}'; }
p99() { awk '/ 99%/ {print $2}'; }
p50() { awk '/ 50%/ {print $2}'; }

echo "== warming up, then the story page and the front page with no stream open"
pages 15s >/dev/null
before=$(pages "$DURATION")
paced_before=$(paced "$DURATION")
rss_before=$(( $(status VmRSS) / 1024 ))

echo "== opening $STREAMS streams"
java -Xmx256m -cp "$cp" news.broadsheet.bench.StreamLoad --threads 2 --port "$port" --story 1 --streams "$STREAMS" \
  --comments "$COMMENTS" --busy-comments "$(( 2 * ${DURATION%s} ))" > "$work/load.log" 2>&1 &
load_pid=$!
wait_for "$work/load.log" "^opened" 1500
cat "$work/load.log"
open_streams=$(curl -s "$base/metrics" | awk '/^broadsheet_live_streams / {print int($2)}')
rss_open=$(( $(status VmRSS) / 1024 )); threads_open=$(status Threads)

echo "== comments posted while the streams are held; then pages too"
wait_for "$work/load.log" "^loading pages" 600
paced_during=$(paced "$DURATION")
during=$(pages "$DURATION")
wait_for "$work/load.log" "^held" 600
rss_held=$(( $(status VmRSS) / 1024 )); rss_peak=$(( $(status VmHWM) / 1024 )); threads_held=$(status Threads)
delivery_quiet=$(grep '^delivered with no other load' "$work/load.log" | sed 's/^delivered with no other load: //')
delivery_pages=$(grep '^delivered while pages' "$work/load.log" | sed 's/^delivered while pages are loaded: //')

echo "== SIGTERM"
stop_started=$(date +%s.%N)
kill -TERM "$server_pid"
wait "$server_pid" || true
stop_seconds=$(python3 -c "import time; print(f'{time.time() - $stop_started:.2f}')")
server_pid=""
wait "$load_pid" || true
load_pid=""
ended=$(grep '^the server ended' "$work/load.log" || echo "not reported")
echo "== the client's log"
cat "$work/load.log"

cat <<TABLE

| figure | value |
|---|---|
| load average (1, 5, 15 min) at the start / the end | $load_start / $(cut -d' ' -f1-3 /proc/loadavg) |
| streams asked for / open (server's count) | $STREAMS / $open_streams ($(grep '^opened' "$work/load.log")) |
| server RSS: no stream / streams open / held with pages and comments / peak | $rss_before / $rss_open / $rss_held / $rss_peak MB |
| server threads with the streams open / held | $threads_open / $threads_held |
| pages at full speed, no stream open: req/s, p99 | $(echo "$before" | rps), $(echo "$before" | p99) |
| pages at full speed, the streams held: req/s, p99 | $(echo "$during" | rps), $(echo "$during" | p99) |
| pages paced, no stream open: req/s, p50, p99 | $(echo "$paced_before" | rps), $(echo "$paced_before" | p50), $(echo "$paced_before" | p99) |
| pages paced, the streams held: req/s, p50, p99 | $(echo "$paced_during" | rps), $(echo "$paced_during" | p50), $(echo "$paced_during" | p99) |
| comments delivered, no other load | $delivery_quiet |
| comments delivered while pages are loaded | $delivery_pages |
| SIGTERM to exit | $stop_seconds s ($ended) |
TABLE
