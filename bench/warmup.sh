#!/usr/bin/env bash
# The warm-up curve: how fast a freshly started node serves, second by second, under the JVM
# options of each configuration in CONFIGS.
# For each configuration, on a fresh copy of the same database:
#  1. the server is started and timed until /healthz answers;
#  2. at once, posting through the JSON API with 32 concurrent posters for SLICES slices of SLICE
#     seconds, each slice's comments/s printed (the curve);
#  3. the server is started again and the same with story pages at 64 connections (the reference
#     story and the 1,000-comment story, in turn).
# Configurations (CONFIGS, space-separated; default all five):
#  no-cds     ./broadsheet's own JVM options without its class-data-sharing archive (BROADSHEET_CDS=0);
#  default    ./broadsheet as it is: its options and its archive (written by a first run under
#             both loads, not counted);
#  tiered-c1  the same with -XX:TieredStopAtLevel=1 (C1 only: compiles sooner, runs slower code);
#  threshold  the same with -XX:CompileThresholdScaling=0.25 (every tier compiles four times sooner);
#  warm       the same with `serve --warm-up WARM_SECONDS` (see README), which runs the hot paths
#             against a throwaway site before the port opens (its time counts in the start).
# Usage: bench/warmup.sh            (ARTICLES=1000 COMMENTS=100 SLICE=5 SLICES=12 by default)
# Needs wrk. Talks to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${ARTICLES:-1000}
COMMENTS=${COMMENTS:-100}
SLICE=${SLICE:-5}
SLICES=${SLICES:-12}
WARM_SECONDS=${WARM_SECONDS:-15}
CONFIGS=${CONFIGS:-no-cds default tiered-c1 threshold warm}
SAMPLES=${SAMPLES:-../shared/samples}
BASE_OPTS=$(sed -n 's/^defaults="\(.*\)"$/\1/p' broadsheet)

command -v wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
work=$(mktemp -d /tmp/broadsheet-warmup.XXXXXX)
server_pid=""
stop_server() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  server_pid=""
}
trap 'stop_server; rm -rf "$work"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
rps() { awk '/Requests\/sec/ {printf "%.0f", $2}'; }

echo "== building"
./mvnw -q -B -DskipTests package test-compile
cp="target/test-classes:target/broadsheet.jar"
java -cp "$cp" news.broadsheet.bench.CorpusGenerator --out "$work/thread" --articles 1 --comments 1000 --seed 7 >/dev/null
java -cp "$cp" news.broadsheet.bench.CorpusGenerator --out "$work/big" --articles "$ARTICLES" --comments "$COMMENTS" --seed 1 >/dev/null
java -jar target/broadsheet.jar import --data "$work/data" "$SAMPLES" "$work/thread" "$work/big" >/dev/null
java -jar target/broadsheet.jar search catch-up --data "$work/data" >/dev/null

options() {
  case "$1" in
    no-cds | default | warm) echo "$BASE_OPTS" ;;
    tiered-c1) echo "$BASE_OPTS -XX:TieredStopAtLevel=1" ;;
    threshold) echo "$BASE_OPTS -XX:CompileThresholdScaling=0.25" ;;
    *) echo "unknown configuration $1" >&2; exit 1 ;;
  esac
}

# start CONFIG [JVM options]: a fresh copy of the database, the server started; sets base, ready_s
start() {
  local config=$1 opts=${2:-$(options "$1")} extra=()
  [[ "$config" == warm ]] && extra=(--warm-up "$WARM_SECONDS")
  rm -rf "$work/run"
  cp -r "$work/data" "$work/run"
  port=$(free_port)
  base="http://127.0.0.1:$port"
  local started
  started=$(date +%s.%N)
  BROADSHEET_ACCESS_LOG_LEVEL=OFF BROADSHEET_CDS=$([[ "$config" == no-cds ]] && echo 0 || echo 1) \
    BROADSHEET_JAVA_OPTS="$opts" ./broadsheet serve --data "$work/run" --port "$port" \
    --post-rate-limit 0 --trusted-proxy 127.0.0.1 --no-demo "${extra[@]}" > "$work/server-$config.log" 2>&1 &
  server_pid=$!
  until curl -sf "$base/healthz" >/dev/null; do sleep 0.05; done
  ready_s=$(python3 -c "import time; print(f'{time.time() - $started:.1f}')")
}

posting() { ARTICLE_ID=2 wrk -t2 -c32 -d"$1" -s bench/post-comment.lua "$base"; }
pages() { PATHS="$work/pages.txt" THREADS=2 wrk -t2 -c64 -d"$1" -s bench/many-paths.lua "$base"; }

curve() { # curve LOAD: SLICES slices of the load, comments or pages a second in each
  local out=()
  for _ in $(seq "$SLICES"); do out+=("$("$1" "${SLICE}s" | rps)"); done
  echo "${out[*]}"
}

echo "== the launcher's class-data-sharing archive, written by a first run under both loads"
rm -f target/cds/serve.jsa
start archive "$BASE_OPTS"
printf '%s\n%s\n' "$(curl -s -o /dev/null -w '%{redirect_url}' "$base/news/1" | sed "s|^$base||")" \
  "$(curl -s -o /dev/null -w '%{redirect_url}' "$base/news/2" | sed "s|^$base||")" > "$work/pages.txt"
posting 10s >/dev/null
pages 10s >/dev/null
stop_server
[[ -f target/cds/serve.jsa ]] || { echo "the launcher wrote no archive" >&2; exit 1; }

results=()
for config in $CONFIGS; do
  echo "== $config: $(options "$config")"
  start "$config"
  ready_posting=$ready_s
  posted=$(curve posting)
  stop_server
  start "$config"
  paged=$(curve pages)
  rss=$(awk '/VmHWM/ {print int($2/1024)}' "/proc/$server_pid/status")
  stop_server
  echo "ready in $ready_posting s / $ready_s s; comments/s: $posted; pages/s: $paged; peak RSS $rss MB"
  results+=("| $config | $ready_posting / $ready_s s | $posted | $paged | $rss MB |")
done

cat <<TABLE

Each figure is one ${SLICE}-second slice, from the moment /healthz first answered.

| configuration | start to /healthz (posting / pages run) | comments/s, 32 posters | story pages/s, 64 connections | peak RSS |
|---|---|---|---|---|
$(printf '%s\n' "${results[@]}")
TABLE
