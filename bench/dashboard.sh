#!/usr/bin/env bash
# The dashboard benchmark (results and how to read them: BENCHMARKS.md).
#
# Generates the synthetic corpus (10,000 stories x 100 comments = 1,000,000 comments), imports it
# with the real command line (a bulk load, which counts the insight aggregates before it
# commits), then times the dashboard with news.broadsheet.insight.DashboardBench: the last day
# with comments over 7, 30 and 90 days and for one source, ROUNDS rounds, p50 / p99 / max, beside
# the reference of counting comments per day from every comment, measured in the same run.
# Then the same on a throwaway PostgreSQL 15 on 127.0.0.1.
#
# Environment (all optional):
#   ARTICLES=10000 COMMENTS=100 SEED=1   corpus size and content
#   ROUNDS=100                           rounds of every dashboard
#   POSTGRES=1                           0 skips the PostgreSQL part
#   SQLITE=1                             0 skips the SQLite part
#   SKIP_BUILD=0                         1 uses the jar and test classes already in target/
#   KEEP=0                               1 keeps the work folder
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

ARTICLES=${ARTICLES:-10000}
COMMENTS=${COMMENTS:-100}
SEED=${SEED:-1}
ROUNDS=${ROUNDS:-100}
POSTGRES=${POSTGRES:-1}
SKIP_BUILD=${SKIP_BUILD:-0}
KEEP=${KEEP:-0}
JAR=target/broadsheet.jar
BENCH_CP=target/test-classes:$JAR

work=$(mktemp -d "${TMPDIR:-/tmp}/broadsheet-dashboard-bench.XXXXXX")
# shellcheck source=bench/postgres.sh
source bench/postgres.sh

log() { printf '%s bench: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
cleanup() {
  pg_stop
  if [[ "$KEEP" == 1 ]]; then log "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ "$SKIP_BUILD" != 1 ]]; then
  log "building the jar and the benchmark classes"
  ./mvnw -q -B -DskipTests package
fi

log "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$BENCH_CP" news.broadsheet.bench.CorpusGenerator \
  --out "$work/corpus" --articles "$ARTICLES" --comments "$COMMENTS" --seed "$SEED" >&2

timed_import() { # NAME ARGS...
  local name=$1 started ended
  shift
  started=$(date +%s%N)
  java -Xmx512m -jar "$JAR" import --mode bulk "$@" "$work/corpus" >"$work/$name.out" 2>"$work/$name.err" || { cat "$work/$name.err" >&2; exit 1; }
  ended=$(date +%s%N)
  log "$(cat "$work/$name.out"); $(awk -v n=$((ended - started)) 'BEGIN { printf "%.1f", n / 1e9 }') s in all"
}

if [[ "${SQLITE:-1}" == 1 ]]; then
  log "SQLite: import"
  timed_import sqlite --data "$work/sqlite"
  log "SQLite: dashboard, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  java -Xmx256m -cp "$BENCH_CP" news.broadsheet.insight.DashboardBench --data "$work/sqlite" --rounds "$ROUNDS"
fi

if [[ "$POSTGRES" == 1 ]]; then
  pg_start bench
  log "PostgreSQL: import"
  timed_import postgres --database "$PG_URL/bench" --database-user postgres
  log "PostgreSQL: dashboard, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  java -Xmx256m -cp "$BENCH_CP" news.broadsheet.insight.DashboardBench --database "$PG_URL/bench?user=postgres" --rounds "$ROUNDS"
fi
