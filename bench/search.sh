#!/usr/bin/env bash
# The search benchmark (results and how to read them: BENCHMARKS.md).
#
# For each vocabulary, generates a synthetic corpus (10,000 stories x 100 comments), imports it
# with the real command line (which indexes it for search), then times searches with
# news.broadsheet.search.SearchBench: each query's first page of 20, ROUNDS rounds, p50 / p99 /
# max, the share of documents that hold each one-word query, and a trivial query measured among
# them as the reference; then the CPU time of a search, which the machine's load changes little
# (each query min(ROUNDS, 50) times in a row: this thread's time, which holds SQLite's work, and
# PostgreSQL's server processes' from /proc). Then the same on a throwaway PostgreSQL 15 on 127.0.0.1.
# ROUNDS=20 gives every figure but a meaningful p99 (the largest of 20) in a few minutes of searching;
# generating, importing and indexing the corpus take most of a run (10-20 minutes a database).
# Vocabularies: "comments", readers' English, romanised Urdu and Urdu script from our own
# templates (the commonest words in a large share of comments); "worst", every word of a small
# vocabulary in ~40 % of comments (the worst case for ranking).
#
# Environment (all optional):
#   ARTICLES=10000 COMMENTS=100 SEED=1   corpus size and content
#   VOCABULARIES="comments worst"        which corpora, in order
#   ROUNDS=200                           rounds of every query
#   POSTGRES=1                           0 skips the PostgreSQL part
#   SQLITE=1                             0 skips the SQLite part
#   SKIP_BUILD=0                         1 uses the jar and test classes already in target/
#   KEEP=0                               1 keeps the work folder
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

ARTICLES=${ARTICLES:-10000}
COMMENTS=${COMMENTS:-100}
SEED=${SEED:-1}
ROUNDS=${ROUNDS:-200}
VOCABULARIES=${VOCABULARIES:-comments worst}
POSTGRES=${POSTGRES:-1}
SQLITE=${SQLITE:-1}
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

timed_import() { # NAME CORPUS ARGS...: the real import, which also indexes for search
  local name=$1 corpus=$2 started ended
  shift 2
  started=$(date +%s%N)
  java -Xmx256m -jar "$JAR" import "$@" "$corpus" >"$work/$name.out" 2>"$work/$name.err" || { cat "$work/$name.err" >&2; exit 1; }
  ended=$(date +%s%N)
  log "$(cat "$work/$name.out"); with indexing for search $(awk -v n=$((ended - started)) 'BEGIN { printf "%.1f", n / 1e9 }') s in all"
}

searching() { # WHAT SEARCHBENCH-ARGS...
  local what=$1
  shift
  log "$what: searching, load average $(cut -d' ' -f1-3 /proc/loadavg) ($(uptime))"
  java -Xmx256m -cp "$BENCH_CP" news.broadsheet.search.SearchBench "$@" --rounds "$ROUNDS"
  log "$what: done, load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

if [[ "$POSTGRES" == 1 ]]; then pg_start; fi
for vocabulary in $VOCABULARIES; do
  corpus="$work/corpus-$vocabulary"
  java -cp "$BENCH_CP" news.broadsheet.bench.CorpusGenerator --out "$corpus" \
    --articles "$ARTICLES" --comments "$COMMENTS" --seed "$SEED" --vocabulary "$vocabulary" >&2

  if [[ "$SQLITE" == 1 ]]; then
    log "SQLite, $vocabulary: import and index"
    timed_import "sqlite-$vocabulary" "$corpus" --data "$work/sqlite-$vocabulary"
    searching "SQLite, $vocabulary" --data "$work/sqlite-$vocabulary" --queries "$vocabulary"
    rm -rf "$work/sqlite-$vocabulary"
  fi

  if [[ "$POSTGRES" == 1 ]]; then
    (cd "$pg_root" && as_postgres "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "CREATE DATABASE bench_$vocabulary")
    log "PostgreSQL, $vocabulary: import and index"
    timed_import "postgres-$vocabulary" "$corpus" --database "$PG_URL/bench_$vocabulary" --database-user postgres
    searching "PostgreSQL, $vocabulary" --database "$PG_URL/bench_$vocabulary?user=postgres" --queries "$vocabulary"
    (cd "$pg_root" && as_postgres "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "DROP DATABASE bench_$vocabulary")
  fi
  rm -rf "$corpus"
done
