#!/usr/bin/env bash
# Web benchmark for the reader's site, each figure beside a reference measured in the same run:
#  1. the reference story's page: Broadsheet vs nginx serving the very same bytes as a static file;
#  2. a story with 1,000 comments (first page of 50): p99 latency at 64 connections;
#  3. posting through the JSON API with 32 concurrent posters (acknowledged = durable);
#  4. the long tail: LONG_TAIL different stories' first pages (50 of their comments each), walked
#     so that none comes twice before all have been asked for, against the JSON API's answer for
#     the same 50 comments of the same stories, in turn, ROUNDS rounds;
#  5. the server's resident memory with the whole corpus (1,000,000 comments) stored.
#  6. posting with the server on PostgreSQL, beside the same posting on SQLite in the same run
#     (one story stored on both; POSTGRES=0 skips it);
#  0. first of all, start-up: from exec of ./broadsheet serve to its first 200 from /healthz, with
#     and without its class-data-sharing archive and with other JVM options, in STARTS runs each.
# Usage: bench/web.sh            (ARTICLES=10000 COMMENTS=100 DURATION=10s ROUNDS=3 STARTS=5 LONG_TAIL=3000 by default)
#        PARTS="startup postgres" bench/web.sh   runs only those parts (startup, site, postgres)
# The story page and posting are measured in ROUNDS rounds (nginx and Broadsheet in turn for the
# page), and the medians are reported beside every round's figure: the host's other load drifts
# over seconds, and one pair of 10-second runs moved the page's share of nginx by 10 points.
# Needs wrk and nginx (installed with apt-get when missing). Talks to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${ARTICLES:-10000}
COMMENTS=${COMMENTS:-100}
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
LONG_TAIL=${LONG_TAIL:-3000}
STARTS=${STARTS:-5}
PARTS=${PARTS:-startup site postgres}
part() { [[ " $PARTS " == *" $1 "* ]]; }
SAMPLES=${SAMPLES:-../shared/samples}

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk nginx curl >/dev/null; break; }
done

work=$(mktemp -d /tmp/broadsheet-web.XXXXXX)
server_pid=""; nginx_conf=""
# shellcheck source=bench/postgres.sh
source bench/postgres.sh
stop_server() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  server_pid=""
}
cleanup() {
  stop_server
  [[ -n "$nginx_conf" ]] && nginx -c "$nginx_conf" -s stop 2>/dev/null || true
  pg_stop
  rm -rf "$work"
}
trap cleanup EXIT

# start_server LOG ARGS...: serve with the given storage arguments on a free port; sets port, base
start_server() {
  local log=$1
  shift
  port=$(free_port)
  ./broadsheet serve "$@" --port "$port" --post-rate-limit 0 --trusted-proxy 127.0.0.1 --no-demo > "$work/$log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
  base="http://127.0.0.1:$port"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

echo "== building"
./mvnw -q -B -DskipTests package test-compile
cp="target/test-classes:target/broadsheet.jar"

rps() { awk '/Requests\/sec/ {print $2}'; }
p99() { awk '/ 99%/ {print $2}'; }
percent() { python3 -c "print(f'{float(\"$1\")/float(\"$2\")*100:.0f}')"; }
median() { python3 -c 'import sys, statistics; print(f"{statistics.median(float(x) for x in sys.argv[1:]):.0f}")' "$@"; }

# started_in DATA [ENV...]: milliseconds from exec of ./broadsheet serve to its first 200 from /healthz
started_in() {
  local data=$1 started ended
  shift
  port=$(free_port)
  started=$(date +%s%N)
  env "$@" ./broadsheet serve --data "$data" --port "$port" --no-demo >"$work/start.log" 2>&1 &
  server_pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/healthz"; do
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/start.log" >&2; exit 1; }
    sleep 0.005
  done
  ended=$(date +%s%N)
  stop_server
  echo $(((ended - started) / 1000000))
}

startup_rows=()
if part startup; then
  echo "== start-up of ./broadsheet serve, to the first 200 from /healthz ($STARTS runs each, median)"
  java -jar target/broadsheet.jar import --data "$work/start" "$SAMPLES" >/dev/null
  defaults=$(sed -n 's/^defaults="\(.*\)"$/\1/p' broadsheet)
  rm -rf target/cds
  first=$(started_in "$work/start")
  startup_rows+=("| first run after a build (writes the class-data-sharing archive at its end) | $first ms |")
  for variant in "with its archive (the default)|" "without the archive|BROADSHEET_CDS=0" \
      "no class-data sharing at all (-Xshare:off)|BROADSHEET_JAVA_OPTS=$defaults -Xshare:off" \
      "with its archive, C1 compiler only (-XX:TieredStopAtLevel=1)|BROADSHEET_JAVA_OPTS=$defaults -XX:TieredStopAtLevel=1"; do
    runs=()
    for _ in $(seq "$STARTS"); do
      if [[ -n "${variant#*|}" ]]; then runs+=("$(started_in "$work/start" "${variant#*|}")"); else runs+=("$(started_in "$work/start")"); fi
    done
    startup_rows+=("| ${variant%%|*} | $(median "${runs[@]}") ms (runs: ${runs[*]}) |")
    echo "${startup_rows[-1]}"
  done
fi

site_rows=()
if part site; then
  echo "== corpus: $ARTICLES stories x $COMMENTS comments, one story of 1,000 comments, the reference story"
  java -cp "$cp" news.broadsheet.bench.CorpusGenerator --out "$work/thread" --articles 1 --comments 1000 --seed 7 >/dev/null
  java -cp "$cp" news.broadsheet.bench.CorpusGenerator --out "$work/big" --articles "$ARTICLES" --comments "$COMMENTS" --seed 1 >/dev/null
  java -jar target/broadsheet.jar import --data "$work/data" "$SAMPLES" "$work/thread" "$work/big"
  # Indexed for search before serving, or the server's background indexing shares the CPU with the loads.
  java -jar target/broadsheet.jar search catch-up --data "$work/data" >/dev/null

  start_server server.log --data "$work/data"
  story=$(curl -s -o /dev/null -w '%{redirect_url}' "$base/news/1")
  thread=$(curl -s -o /dev/null -w '%{redirect_url}' "$base/news/2")
  [[ -n "$story" && -n "$thread" ]] || { echo "the stories are not where expected" >&2; exit 1; }

  mkdir -p "$work/www"
  curl -sf "$story" > "$work/www/story.html"
  nginx_port=$(free_port)
  nginx_conf="$work/nginx.conf"
  cat > "$nginx_conf" <<CONF
  worker_processes auto;
  pid $work/nginx.pid;
  error_log $work/nginx-error.log;
  events { worker_connections 1024; }
  http {
    access_log off;
    include /etc/nginx/mime.types;
    server { listen 127.0.0.1:$nginx_port; root $work/www; }
  }
CONF
  nginx -c "$nginx_conf"

  echo "== warming up (the JIT compiler takes a while on 2 cores; nginx needs none, it gets 3 s)"
  wrk -t2 -c64 -d15s "$story" >/dev/null
  wrk -t2 -c64 -d5s --latency "$thread" >/dev/null
  ARTICLE_ID=3 wrk -t2 -c32 -d20s -s bench/post-comment.lua "$base" >/dev/null
  wrk -t2 -c64 -d3s "http://127.0.0.1:$nginx_port/story.html" >/dev/null

  echo "== reference story page at 64 connections, $ROUNDS rounds of nginx then Broadsheet"
  nginx_all=(); ours_all=(); ratio_all=()
  for round in $(seq "$ROUNDS"); do
    nginx_all+=("$(wrk -t2 -c64 -d"$DURATION" "http://127.0.0.1:$nginx_port/story.html" | rps)")
    ours_all+=("$(wrk -t2 -c64 -d"$DURATION" "$story" | rps)")
    ratio_all+=("$(percent "${ours_all[-1]}" "${nginx_all[-1]}")")
    echo "round $round: nginx ${nginx_all[-1]}, Broadsheet ${ours_all[-1]} req/s (${ratio_all[-1]} %)"
  done

  echo "== 1,000-comment story, first page, at 64 connections"
  thread_out=$(wrk -t2 -c64 -d"$DURATION" --latency "$thread")
  thread_rps=$(echo "$thread_out" | rps)
  thread_p99=$(echo "$thread_out" | p99)

  echo "== posting with 32 concurrent posters, $ROUNDS rounds"
  post_all=(); post_errors=0
  for round in $(seq "$ROUNDS"); do
    post_out=$(ARTICLE_ID=2 wrk -t2 -c32 -d"$DURATION" -s bench/post-comment.lua "$base")
    post_all+=("$(echo "$post_out" | rps)")
    post_errors=$((post_errors + $(echo "$post_out" | awk '/non-2xx/ {n=$2} END {print n+0}')))
    echo "round $round: ${post_all[-1]} comments/s"
  done
  post_statuses=$(curl -s "$base/metrics" | awk -F'[{}"= ]+' '/^broadsheet_comments_posted_total/ {printf "%s%s %d", sep, $3, $4; sep=", "}')

  echo "== long tail: $LONG_TAIL stories' pages against the JSON API on the same stories, $ROUNDS rounds"
  # Each story's address is where /news/ID sends the reader; the API gets the same 50 comments.
  for id in $(seq 3 $((LONG_TAIL + 2))); do printf 'url = "%s/news/%s"\noutput = /dev/null\n' "$base" "$id"; done > "$work/stories.cfg"
  curl -s -K "$work/stories.cfg" -w '%{redirect_url}\n' | sed "s|^$base||" > "$work/tail-pages.txt"
  [[ $(grep -c '^/news/' "$work/tail-pages.txt") == "$LONG_TAIL" ]] || { echo "not every story answered" >&2; exit 1; }
  seq 3 $((LONG_TAIL + 2)) | sed 's|.*|/api/v1/articles/&/comments?limit=50|' > "$work/tail-api.txt"
  tail_load() { PATHS="$work/tail-$1.txt" THREADS=2 wrk -t2 -c64 -d"$2" --latency -s bench/many-paths.lua "$base"; }
  cache_count() { curl -s "$base/metrics" | awk -v r="result=\"$1\"" 'index($0, "broadsheet_page_cache") == 1 && index($0, r) {print int($2)}'; }
  tail_load pages 10s >/dev/null
  tail_load api 10s >/dev/null
  hits_before=$(cache_count hit); misses_before=$(cache_count miss)
  tail_pages_all=(); tail_api_all=(); tail_ratio_all=(); tail_errors=0
  for round in $(seq "$ROUNDS"); do
    tail_out=$(tail_load pages "$DURATION")
    tail_pages_all+=("$(echo "$tail_out" | rps)"); tail_p99=$(echo "$tail_out" | p99)
    tail_errors=$((tail_errors + $(echo "$tail_out" | awk '/non-2xx/ {print $2}')))
    tail_out=$(tail_load api "$DURATION")
    tail_api_all+=("$(echo "$tail_out" | rps)"); tail_api_p99=$(echo "$tail_out" | p99)
    tail_errors=$((tail_errors + $(echo "$tail_out" | awk '/non-2xx/ {print $2}')))
    tail_ratio_all+=("$(percent "${tail_pages_all[-1]}" "${tail_api_all[-1]}")")
    echo "round $round: pages ${tail_pages_all[-1]} (p99 $tail_p99), API ${tail_api_all[-1]} (p99 $tail_api_p99) req/s (${tail_ratio_all[-1]} %)"
  done
  tail_hits=$(( $(cache_count hit) - hits_before )); tail_misses=$(( $(cache_count miss) - misses_before ))
  tail_page_kb=$(curl -s "$base$(head -1 "$work/tail-pages.txt")" | wc -c | awk '{print int($1/1024)}')
  tail_gzip_kb=$(curl -s -H 'Accept-Encoding: gzip' "$base$(head -1 "$work/tail-pages.txt")" | wc -c | awk '{printf "%.1f", $1/1024}')
  tail_br_kb=$(curl -s -H 'Accept-Encoding: br' "$base$(head -1 "$work/tail-pages.txt")" | wc -c | awk '{printf "%.1f", $1/1024}')

  java_pid=$(pgrep -P "$server_pid" java || echo "$server_pid") # the launcher stays as the parent on a first run
  rss_now=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$java_pid/status")
  rss_peak=$(awk '/VmHWM/ {print int($2/1024)}' "/proc/$java_pid/status")
  stored=$(java -jar target/broadsheet.jar stats --data "$work/data" | awk '/^comments/ {print $2}')
  ours_rps=$(median "${ours_all[@]}")
  nginx_rps=$(median "${nginx_all[@]}")
  ratio=$(median "${ratio_all[@]}")
  post_rps=$(median "${post_all[@]}")
  site_rows+=("| reference story page, req/s (64 conn), median of $ROUNDS | $ours_rps | nginx static: $nginx_rps | ${ratio} % (goal ≥ 50 %; rounds: ${ratio_all[*]} %) |")
  site_rows+=("| 1,000-comment story, first page: req/s, p99 | $thread_rps, p99 $thread_p99 | | goal p99 < 25 ms |")
  site_rows+=("| comments posted (201, durable), 32 posters, SQLite, median of $ROUNDS | $post_rps /s ($post_errors non-2xx; $post_statuses; rounds: ${post_all[*]}) | | goal ≥ 2,000 /s |")
  site_rows+=("| long tail: $LONG_TAIL stories' first pages (${tail_page_kb} KB, gzip ${tail_gzip_kb} KB, brotli ${tail_br_kb} KB) vs the API's same 50 comments, req/s, median of $ROUNDS | $(median "${tail_pages_all[@]}") (last p99 $tail_p99) | API: $(median "${tail_api_all[@]}") (last p99 $tail_api_p99) | $(median "${tail_ratio_all[@]}") % (goal ≥ 80 %; rounds: ${tail_ratio_all[*]} %; page cache hits $tail_hits, misses $tail_misses; $tail_errors non-2xx) |")
  site_rows+=("| server RSS after the loads: now / peak | $rss_now MB / $rss_peak MB | | goal < 300 MB |")
  site_rows+=("| comments stored during the run | $stored | | |")
  stop_server
fi

# post_rounds LABEL: warms posting up on story 1, then measures ROUNDS rounds; appends a row
post_rounds() {
  ARTICLE_ID=1 wrk -t2 -c32 -d20s -s bench/post-comment.lua "$base" >/dev/null
  local all=() errors=0 out
  for round in $(seq "$ROUNDS"); do
    out=$(ARTICLE_ID=1 wrk -t2 -c32 -d"$DURATION" -s bench/post-comment.lua "$base")
    all+=("$(echo "$out" | rps)")
    errors=$((errors + $(echo "$out" | awk '/non-2xx/ {n=$2} END {print n+0}')))
    echo "round $round: ${all[-1]} comments/s"
  done
  POST_MEDIAN=$(median "${all[@]}")
  site_rows+=("| comments posted (201, durable), 32 posters, $1, median of $ROUNDS | $POST_MEDIAN /s ($errors non-2xx; rounds: ${all[*]}) | | goal ≥ 2,000 /s |")
}

if part postgres && [[ "${POSTGRES:-1}" == 1 ]]; then
  [[ -d "$work/thread" ]] || java -cp "$cp" news.broadsheet.bench.CorpusGenerator --out "$work/thread" --articles 1 --comments 1000 --seed 7 >/dev/null
  echo "== posting with 32 concurrent posters, server on SQLite (the same run's reference), $ROUNDS rounds"
  java -jar target/broadsheet.jar import --data "$work/posting" "$work/thread" >/dev/null
  start_server server-posting.log --data "$work/posting"
  post_rounds "SQLite, one story stored (reference)"
  sqlite_posts=$POST_MEDIAN
  stop_server
  echo "== posting with 32 concurrent posters, server on PostgreSQL, $ROUNDS rounds"
  pg_start web
  java -jar target/broadsheet.jar import --data "$work/unused" --database "$PG_URL/web?user=postgres" "$work/thread" >/dev/null
  start_server server-postgresql.log --data "$work/unused" --database "$PG_URL/web?user=postgres"
  post_rounds "PostgreSQL, one story stored"
  site_rows+=("| PostgreSQL posting / SQLite posting, same run | $(python3 -c "print(f'{$POST_MEDIAN / $sqlite_posts:.2f}')") × | | |")
  stop_server
fi

echo
if ((${#startup_rows[@]})); then
  echo "| ./broadsheet serve, from exec to the first 200 from /healthz | median of $STARTS |"
  echo "|---|---|"
  printf '%s\n' "${startup_rows[@]}"
  echo
  echo "(goal: under 1.5 s with the default options)"
  echo
fi
if ((${#site_rows[@]})); then
  echo "| figure | Broadsheet | reference | ratio / goal |"
  echo "|---|---|---|---|"
  printf '%s\n' "${site_rows[@]}"
fi
