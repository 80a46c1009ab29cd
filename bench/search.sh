#!/usr/bin/env bash
# The search benchmark (results and how to read them: BENCHMARKS.md).
#
# Generates the synthetic corpus (10,000 stories x 100 comments: readers' English, romanised Urdu
# and Urdu script from our own templates, so that the commonest words are in a large share of
# the comments), imports it with the real command line (which indexes it for search), then times
# searches with news.broadsheet.search.SearchBench: each query's first page of 20, ROUNDS rounds,
# p50 / p99 / max, and the share of documents that hold each one-word query. Then the same on a
# throwaway PostgreSQL 15 on 127.0.0.1.
#
# Environment (all optional):
#   ARTICLES=10000 COMMENTS=100 SEED=1   corpus size and content
#   ROUNDS=200                           rounds of every query
#   POSTGRES=1                           0 skips the PostgreSQL part
#   SKIP_BUILD=0                         1 uses the jar and test classes already in target/
#   KEEP=0                               1 keeps the work folder
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

ARTICLES=${ARTICLES:-10000}
COMMENTS=${COMMENTS:-100}
SEED=${SEED:-1}
ROUNDS=${ROUNDS:-200}
POSTGRES=${POSTGRES:-1}
SKIP_BUILD=${SKIP_BUILD:-0}
KEEP=${KEEP:-0}
JAR=target/broadsheet.jar
BENCH_CP=target/test-classes:$JAR

work=$(mktemp -d "${TMPDIR:-/tmp}/broadsheet-search-bench.XXXXXX")
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

timed_import() { # NAME ARGS...: the real import, which also indexes for search
  local name=$1 started ended
  shift
  started=$(date +%s%N)
  java -Xmx256m -jar "$JAR" import "$@" "$work/corpus" >"$work/$name.out" 2>"$work/$name.err" || { cat "$work/$name.err" >&2; exit 1; }
  ended=$(date +%s%N)
  log "$(cat "$work/$name.out"); with indexing for search $(awk -v n=$((ended - started)) 'BEGIN { printf "%.1f", n / 1e9 }') s in all"
}

log "SQLite: import and index"
timed_import sqlite --data "$work/sqlite"
log "SQLite: searching, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx256m -cp "$BENCH_CP" news.broadsheet.search.SearchBench --data "$work/sqlite" --rounds "$ROUNDS"

if [[ "$POSTGRES" == 1 ]]; then
  pg_start bench
  log "PostgreSQL: import and index"
  timed_import postgres --database "$PG_URL/bench" --database-user postgres
  log "PostgreSQL: searching, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  java -Xmx256m -cp "$BENCH_CP" news.broadsheet.search.SearchBench --database "$PG_URL/bench?user=postgres" --rounds "$ROUNDS"
fi
