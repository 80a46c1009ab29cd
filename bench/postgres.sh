# A throwaway PostgreSQL on 127.0.0.1 for the benchmarks; sourced, not run.
#   pg_start DB...   initdb in a temporary folder, start on a free port, create the databases;
#                    sets PG_PORT and PG_URL (jdbc:postgresql://127.0.0.1:PORT)
#   pg_stop          stops it and removes its folder (safe to call when not started)
# PG_BIN (default /usr/lib/postgresql/15/bin) is where initdb and pg_ctl live; as root, the
# server runs as the postgres user.
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
pg_root=""
pg_started=0

as_postgres() {
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_free_port() {
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free port for PostgreSQL" >&2
  return 1
}

pg_start() {
  [[ -x "$PG_BIN/initdb" ]] || { echo "no PostgreSQL in $PG_BIN (set PG_BIN, or POSTGRES=0)" >&2; return 1; }
  pg_root=$(mktemp -d "${TMPDIR:-/tmp}/broadsheet-bench-pg.XXXXXX")
  [[ $(id -u) == 0 ]] && chown postgres: "$pg_root"
  PG_PORT=$(pg_free_port)
  (cd "$pg_root" && as_postgres "$PG_BIN/initdb" -D "$pg_root/data" -U postgres -A trust -E UTF8 --locale=C >"$pg_root/initdb.log")
  (cd "$pg_root" && as_postgres "$PG_BIN/pg_ctl" -D "$pg_root/data" -l "$pg_root/server.log" -w -t 300 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $pg_root" start >/dev/null) ||
    { echo "PostgreSQL did not start; its log:" >&2; cat "$pg_root/server.log" >&2; return 1; }
  pg_started=1
  local db
  for db in "$@"; do
    (cd "$pg_root" && as_postgres "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "CREATE DATABASE $db")
  done
  PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (default settings: fsync on, synchronous_commit on)" >&2
}

pg_stop() {
  if ((pg_started)); then
    (cd "$pg_root" && as_postgres "$PG_BIN/pg_ctl" -D "$pg_root/data" -m fast -w stop >/dev/null 2>&1) || true
    pg_started=0
  fi
  [[ -n "$pg_root" ]] && rm -rf "$pg_root"
  pg_root=""
}
