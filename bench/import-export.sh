#!/usr/bin/env bash
# The import/export benchmark (results and how to read them: BENCHMARKS.md).
#
# Generates a synthetic corpus, imports it into a fresh SQLite database with the real command
# line (./broadsheet, its default JVM options: a 128 MB heap; each command's class-data-sharing
# archive made beforehand by a run on a small corpus, as a first run after building does), exports
# it again, checks the export gives back the very same files, runs the references on the same
# corpus (the plain Python sqlite3 loader, whole process; the plain-JDBC reference loader; SQLite
# alone from C), then does the same against a throwaway PostgreSQL 15 on 127.0.0.1, with
# PostgreSQL alone (a COPY of the same comments into a bare table) as its reference. Prints a
# markdown table at the end.
#
# Environment (all optional):
#   ARTICLES=10000 COMMENTS=100 SEED=1   corpus size and content
#   HEAP=256m                            -Xmx of the Java reference loader
#   BROADSHEET_JAVA_OPTS                 replaces ./broadsheet's JVM options, as it always does
#   POSTGRES=1                           0 skips the PostgreSQL part
#   PG_REFERENCE=1                       0 skips the PostgreSQL reference loader (a sync per file: minutes)
#   PG_BIN=/usr/lib/postgresql/15/bin    where initdb and pg_ctl live
#   SKIP_BUILD=0                         1 uses the jar and test classes already in target/
#   KEEP=0                               1 keeps the work folder (corpus, databases, logs)
#   RESULTS=FILE                         also write the results table to FILE
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

ARTICLES=${ARTICLES:-10000}
COMMENTS=${COMMENTS:-100}
SEED=${SEED:-1}
HEAP=${HEAP:-256m}
POSTGRES=${POSTGRES:-1}
PG_REFERENCE=${PG_REFERENCE:-1}
SKIP_BUILD=${SKIP_BUILD:-0}
KEEP=${KEEP:-0}
TOTAL=$((ARTICLES * COMMENTS))
JAR=target/broadsheet.jar
BENCH_CP=target/test-classes:$JAR

work=$(mktemp -d "${TMPDIR:-/tmp}/broadsheet-bench.XXXXXX")
rows=()
# shellcheck source=bench/postgres.sh
source bench/postgres.sh

log() { printf '%s bench: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

cleanup() {
  pg_stop
  if [[ "$KEEP" == 1 ]]; then log "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# measure NAME COMMAND...: runs the command under /usr/bin/time -v, keeping its output in the
# work folder; sets SECONDS_TAKEN (wall clock), CPU_SECONDS (user + system, all threads and
# children), RSS_MIB (peak resident set) and HEAP_MIB (the
# largest heap occupancy the GC log shows, when the command logs GC there).
measure() {
  local name=$1
  shift
  local started ended
  started=$(date +%s%N)
  if ! /usr/bin/time -v -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err"; then
    cat "$work/$name.out" "$work/$name.err" >&2
    die "$name"
  fi
  ended=$(date +%s%N)
  SECONDS_TAKEN=$(awk -v n=$((ended - started)) 'BEGIN { printf "%.2f", n / 1e9 }')
  RSS_MIB=$(awk '/Maximum resident set size/ { printf "%.0f", $NF / 1024 }' "$work/$name.time")
  CPU_SECONDS=$(awk '/User time|System time/ { cpu += $NF } END { printf "%.1f", cpu }' "$work/$name.time")
  HEAP_MIB=""
  if [[ -f "$work/$name.gc" ]]; then
    HEAP_MIB=$(grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$work/$name.gc" | cut -dM -f1 | sort -n | tail -1)
  fi
}

rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# row STEP COMMENTS SECONDS TARGET: one line of the results table, from the last measure.
row() {
  local per_second
  per_second=$(rate "$2" "$3")
  rows+=("| $1 | $2 | $3 | $CPU_SECONDS | $per_second | $4 | $RSS_MIB | ${HEAP_MIB:-–} |")
  log "$1: $2 comments in $3 s = $per_second comments/s (CPU $CPU_SECONDS s, peak RSS $RSS_MIB MiB)"
  LAST_RATE=$per_second
}

java_ours() { # NAME ARGS...: the real command line, with a GC log for the heap peak
  local name=$1
  shift
  measure "$name" env JAVA_TOOL_OPTIONS="-Xlog:gc:file=$work/$name.gc" ./broadsheet "$@"
}

java_reference() { # NAME URL: the plain-JDBC reference loader on the corpus
  measure "$1" java "-Xmx$HEAP" "-Xlog:gc:file=$work/$1.gc" -cp "$BENCH_CP" \
    news.broadsheet.bench.ReferenceLoader --url "$2" "$work/corpus"
}

imported_count() { sed -n 's/.*comments \([0-9]*\) added.*/\1/p' "$work/$1.out"; }

check_import() {
  local count
  count=$(imported_count "$1")
  [[ "$count" == "$TOTAL" ]] || die "$1 stored ${count:-no} comments, expected $TOTAL"
}

# The sorted SHA-256 digests of a folder's files: its content, whatever the file names.
digests() { (cd "$1" && find . -type f -name '*.txt' -print0 | xargs -0 sha256sum | cut -c1-64 | sort); }

check_export() {
  digests "$work/$1" >"$work/$1.sha256"
  if ! cmp -s "$work/corpus.sha256" "$work/$1.sha256"; then
    die "$1 differs from the corpus ($(comm -23 "$work/corpus.sha256" "$work/$1.sha256" | wc -l) files not given back)"
  fi
  log "$1: all $ARTICLES files byte-identical to the corpus"
}

if [[ "$SKIP_BUILD" != 1 ]]; then
  log "building the jar and the benchmark classes"
  ./mvnw -q -B -DskipTests package
fi
[[ -f "$JAR" && -f target/test-classes/news/broadsheet/bench/CorpusGenerator.class ]] || die "build first"

load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
log "machine: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MiB memory, load average $(cut -d' ' -f1-3 /proc/loadavg)"
log "generating $ARTICLES articles x $COMMENTS comments (seed $SEED) in $work/corpus"
measure generate java -cp "$BENCH_CP" news.broadsheet.bench.CorpusGenerator \
  --out "$work/corpus" --articles "$ARTICLES" --comments "$COMMENTS" --seed "$SEED"
log "$(cat "$work/generate.out") (wall $SECONDS_TAKEN s)"
digests "$work/corpus" >"$work/corpus.sha256"
log "class-data-sharing archives for import and export (their first run after a build writes them)"
java -cp "$BENCH_CP" news.broadsheet.bench.CorpusGenerator --out "$work/small" --articles 20 --comments 100 --seed 2 >/dev/null
./broadsheet import --data "$work/small-db" "$work/small" >/dev/null
./broadsheet export --data "$work/small-db" --out "$work/small-out" >/dev/null
sync

log "SQLite: import"
java_ours import-sqlite import --data "$work/sqlite" "$work/corpus"
check_import import-sqlite
row "SQLite import (ours)" "$TOTAL" "$SECONDS_TAKEN" "≥ 100000"
ours_sqlite=$LAST_RATE

log "SQLite: export"
java_ours export-sqlite export --data "$work/sqlite" --out "$work/export-sqlite"
row "SQLite export (ours)" "$TOTAL" "$SECONDS_TAKEN" "≥ 200000"
check_export export-sqlite

log "SQLite: the plain Python sqlite3 loader (two tables, no secondary index, parsing included, whole process)"
mkdir -p "$work/python"
measure python-loader python3 bench/python-loader.py "$work/python/loader.db" "$work/corpus"
python_rows=$(awk '{print $2}' "$work/python-loader.out")
[[ "$python_rows" == "$TOTAL" ]] || die "the Python loader stored ${python_rows:-no} comments, expected $TOTAL"
row "Python sqlite3 loader (plain: two tables, no index)" "$TOTAL" "$SECONDS_TAKEN" ""
ratio_python=$(ratio "$ours_sqlite" "$LAST_RATE")

log "SQLite: reference loader"
mkdir -p "$work/reference"
java_reference reference-sqlite "jdbc:sqlite:$work/reference/reference.db"
row "SQLite reference loader" "$TOTAL" "$SECONDS_TAKEN" ""
ratio_sqlite=$(ratio "$ours_sqlite" "$LAST_RATE")

log "SQLite alone: the same schema and statement from C (Python's sqlite3), insert time only"
java -jar "$JAR" stats --data "$work/floor" >/dev/null
floor_out=$(python3 bench/sqlite-floor.py "$work/floor/broadsheet.db" "$TOTAL" "$ARTICLES")
floor_rate=$(awk '{print $6}' <<<"$floor_out")
log "SQLite alone: $floor_out"
ratio_floor=$(ratio "$ours_sqlite" "$floor_rate")

if [[ "$POSTGRES" == 1 ]]; then
  pg_start bench reference
  pg_url=$PG_URL
  log "PostgreSQL: import"
  java_ours import-postgresql import --data "$work/unused" --database "$pg_url/bench?user=postgres" "$work/corpus"
  check_import import-postgresql
  row "PostgreSQL import (ours)" "$TOTAL" "$SECONDS_TAKEN" "≥ 100000"
  ours_pg=$LAST_RATE

  log "PostgreSQL: export"
  java_ours export-postgresql export --data "$work/unused" --database "$pg_url/bench?user=postgres" \
    --out "$work/export-postgresql"
  row "PostgreSQL export (ours)" "$TOTAL" "$SECONDS_TAKEN" "≥ 200000"
  check_export export-postgresql

  log "PostgreSQL alone: COPY of the same comments from a file on the server into a bare table (no index, constraint or trigger)"
  pg_sql() { (cd "$pg_root" && as_postgres "$PG_BIN/psql" -q -X -h 127.0.0.1 -p "$PG_PORT" -U postgres -d bench "$@"); }
  columns="article_id, parent_id, name, posted_at, posted_local, body, status, origin, identity, occurrence, created_at"
  pg_sql -c "COPY comments ($columns) TO '$pg_root/comments.copy'" -c "CREATE TABLE bare AS SELECT $columns FROM comments WHERE false"
  started=$(date +%s%N)
  pg_sql -c "COPY bare FROM '$pg_root/comments.copy'"
  ended=$(date +%s%N)
  pg_floor_rate=$(rate "$TOTAL" "$(awk -v n=$((ended - started)) 'BEGIN { print n / 1e9 }')")
  log "PostgreSQL alone: $pg_floor_rate comments/s"
  ratio_pg_floor=$(ratio "$ours_pg" "$pg_floor_rate")

  if [[ "$PG_REFERENCE" == 1 ]]; then
    log "PostgreSQL: reference loader"
    java_reference reference-postgresql "$pg_url/reference?user=postgres"
    row "PostgreSQL reference loader" "$TOTAL" "$SECONDS_TAKEN" ""
    ratio_pg=$(ratio "$ours_pg" "$LAST_RATE")
  fi
fi

{
  echo
  echo "Corpus: $ARTICLES articles x $COMMENTS comments = $TOTAL comments, $(du -sm "$work/corpus" | cut -f1) MB, seed $SEED."
  echo "Machine: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MiB; load average at the start $load_at_start, at the end $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Ours: ./broadsheet with ${BROADSHEET_JAVA_OPTS:-its default JVM options} and its class-data-sharing archives; reference loader: -Xmx$HEAP."
  echo "comments/s = comments / wall time of the whole process (JVM start, schema check, import or export)."
  echo "CPU s = user + system time of the process (for PostgreSQL, the server's work is not in it)."
  echo
  echo "| step | comments | wall s | CPU s | comments/s | target | peak RSS MiB | peak heap MiB |"
  echo "|---|---:|---:|---:|---:|---|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Ours / the plain Python sqlite3 loader (whole process, same corpus, same run): $ratio_python x (goal ≥ 1.0)."
  echo "Ours / reference: SQLite $ratio_sqlite x${ratio_pg:+, PostgreSQL $ratio_pg x}."
  echo "SQLite alone (same schema, statement and groups, from C, insert time only, no parsing): $floor_rate comments/s; ours is $ratio_floor x of it."
  if [[ -n "${pg_floor_rate:-}" ]]; then
    echo "PostgreSQL alone (COPY of the same comments from a server file into a bare table, one statement): $pg_floor_rate comments/s; ours is $ratio_pg_floor x of it."
  fi
  echo "Exports byte-identical to the corpus: yes (sorted SHA-256 lists compared)."
} | tee "${RESULTS:-/dev/null}"
