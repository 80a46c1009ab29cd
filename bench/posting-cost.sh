#!/usr/bin/env bash
# What a posted comment costs, measured so that the host's other load matters little: CPU
# milliseconds a post of the server (the JIT compiler's share said apart) and of PostgreSQL's
# processes, and the statements a post sent to PostgreSQL (pg_stat_statements: top-level
# statements are round trips; those run by triggers are listed apart), over SECS seconds of
# posting by 32 posters through the JSON API after WARM seconds of the same.
# Usage: bench/posting-cost.sh                 (DB=postgres WARM=40 SECS=20; DB=sqlite for SQLite)
#        PROFILE=itimer bench/posting-cost.sh  also profiles the server (async-profiler from the
#                                              local Maven repository) into target/posting.collapsed
# Needs wrk; PostgreSQL as for bench/postgres.sh (with its pg_stat_statements module).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-postgres}
SECS=${SECS:-20}
WARM=${WARM:-40}
PROFILE=${PROFILE:-}
work=$(mktemp -d /tmp/broadsheet-posting.XXXXXX)
server_pid=""
# shellcheck source=bench/postgres.sh
source bench/postgres.sh
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  pg_stop
  rm -rf "$work"
}
trap cleanup EXIT
[[ -f target/broadsheet.jar && -d target/test-classes ]] || ./mvnw -q -B -DskipTests package test-compile
java -cp target/test-classes:target/broadsheet.jar news.broadsheet.bench.CorpusGenerator \
  --out "$work/thread" --articles 1 --comments 1000 --seed 7 >/dev/null
if [[ "$DB" == postgres ]]; then
  pg_start web
  printf "shared_preload_libraries = 'pg_stat_statements'\npg_stat_statements.track = all\n" >> "$pg_root/data/postgresql.conf"
  (cd "$pg_root" && as_postgres "$PG_BIN/pg_ctl" -D "$pg_root/data" -l "$pg_root/server.log" -w restart >/dev/null)
  psqlc() { (cd "$pg_root" && as_postgres "$PG_BIN/psql" -qAt -h 127.0.0.1 -p "$PG_PORT" -U postgres -d web "$@"); }
  psqlc -c "CREATE EXTENSION pg_stat_statements"
  storage=(--data "$work/unused" --database "$PG_URL/web?user=postgres")
else
  storage=(--data "$work/data")
fi
java -jar target/broadsheet.jar import "${storage[@]}" "$work/thread" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# Without the class-data-sharing archive: with it, attaching a profiler crashes this JDK.
BROADSHEET_CDS=0 ./broadsheet serve "${storage[@]}" --port "$port" --post-rate-limit 0 --trusted-proxy 127.0.0.1 \
  --no-demo >"$work/server.log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 300); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.2; done
java_pid=$(pgrep -P "$server_pid" java || echo "$server_pid")

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# A thread's own CPU is in /proc/PID/task/TID/stat (/proc/TID/stat gives the whole process's).
jit_ticks() {
  local total=0 task
  for task in /proc/"$1"/task/*; do
    case "$(cat "$task/comm")" in "C1 Compi"* | "C2 Compi"*) total=$((total + $(awk '{print $14 + $15}' "$task/stat"))) ;; esac
  done
  echo "$total"
}
pg_ticks() {
  local total=0 pid main
  main=$(head -1 "$pg_root/data/postmaster.pid")
  for pid in $main $(pgrep -P "$main"); do total=$((total + $(ticks "$pid" 2>/dev/null || echo 0))); done
  echo "$total"
}
profiler() {
  local library="$work/ap/linux-x64/libasyncProfiler.so"
  [[ -f "$library" ]] || (mkdir -p "$work/ap" && cd "$work/ap" &&
    unzip -q ~/.m2/repository/tools/profiler/async-profiler/4.1/async-profiler-4.1.jar 'linux-x64/*')
  jcmd "$java_pid" JVMTI.agent_load "$library" "\"$1\"" >/dev/null
}

echo "== warming up: $WARM s of posting"
ARTICLE_ID=1 wrk -t2 -c32 -d"${WARM}s" -s bench/post-comment.lua "$base" >/dev/null
[[ "$DB" == postgres ]] && psqlc -c "SELECT pg_stat_statements_reset()" >/dev/null && pg0=$(pg_ticks)
[[ -n "$PROFILE" ]] && profiler "start,event=$PROFILE,interval=1ms,threads"
j0=$(ticks "$java_pid"); c0=$(jit_ticks "$java_pid")
echo "== $SECS s of posting, load average $(cut -d' ' -f1 /proc/loadavg)"
ARTICLE_ID=1 wrk -t2 -c32 -d"${SECS}s" -s bench/post-comment.lua "$base" >"$work/wrk.txt"
j1=$(ticks "$java_pid"); c1=$(jit_ticks "$java_pid")
[[ -n "$PROFILE" ]] && profiler "stop,collapsed,file=$PWD/target/posting.collapsed"
posts=$(awk '/^requests/ {r = $2} /^non-2xx/ {e = $2} END {print r - e}' "$work/wrk.txt")
hz=$(getconf CLK_TCK)
per_post() { python3 -c "print(f'{$1 * 1000 / $hz / $posts:.2f}')"; }
echo "posts acknowledged: $posts ($(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt") /s; $(awk '/^non-2xx/ {print $2}' "$work/wrk.txt") non-2xx)"
echo "server CPU a post: $(per_post $((j1 - j0))) ms, of which the JIT compiler $(per_post $((c1 - c0))) ms"
if [[ "$DB" == postgres ]]; then
  echo "PostgreSQL CPU a post: $(per_post $(($(pg_ticks) - pg0))) ms"
  psqlc -F $'\t' -c "SELECT toplevel, calls, round(calls::numeric / $posts, 2), round(mean_exec_time::numeric, 3),
      left(regexp_replace(query, '\s+', ' ', 'g'), 100)
    FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'web')
    ORDER BY toplevel DESC, calls DESC" >"$work/statements.tsv"
  awk -F'\t' -v n="$posts" '$1 == "t" {c += $2} END {printf "statements a post (round trips): %.2f\n", c / n}' "$work/statements.tsv"
  echo "| top level | calls | a post | mean ms | statement |"
  echo "|---|---:|---:|---:|---|"
  awk -F'\t' '$3 >= 0.01 {printf "| %s | %s | %s | %s | `%s` |\n", ($1 == "t" ? "yes" : "trigger"), $2, $3, $4, $5}' "$work/statements.tsv"
fi
