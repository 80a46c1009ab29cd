#!/usr/bin/env bash
# SQL injection probe (results: BENCHMARKS.md): runs sqlmap (Debian package `sqlmap`) against
# every route of a real server that takes parameters, in the query, the path, a form or a JSON
# body, and reports per route whether sqlmap found anything injectable.
#
# The server runs from target/broadsheet.jar on a fresh SQLite database holding the demo story,
# with the posting, recommending and login limits as shipped except posting (off, so that sqlmap's
# posts are answered, not throttled). sqlmap runs with --batch at level 2 and risk 1 with the
# boolean, error, union and stacked-query techniques (time-based ones take hours on two shared
# cores and look for the same faults).
#
# Environment (all optional):
#   LEVEL=2 RISK=1 TECHNIQUE=BEUS   sqlmap's --level, --risk and --technique
#   SKIP_BUILD=0                    1 uses the jar already in target/
#   KEEP=0                          1 keeps the work folder (sqlmap's logs are there)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

LEVEL=${LEVEL:-2}
RISK=${RISK:-1}
TECHNIQUE=${TECHNIQUE:-BEUS}
SKIP_BUILD=${SKIP_BUILD:-0}
KEEP=${KEEP:-0}
JAR=target/broadsheet.jar

command -v sqlmap >/dev/null || { echo "bench: sqlmap is missing (apt-get install sqlmap)" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/broadsheet-sqlmap.XXXXXX")
server=""
log() { printf '%s bench: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
cleanup() {
  if [[ -n "$server" ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [[ "$KEEP" == 1 ]]; then log "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ "$SKIP_BUILD" != 1 ]]; then
  log "building the jar"
  ./mvnw -q -B -o -DskipTests package
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
java -Xmx128m -jar "$JAR" serve --data "$work/data" --port "$port" --post-rate-limit 0 >"$work/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 300); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.2; done
curl -sf "$base/healthz" >/dev/null || { log "the server did not start"; cat "$work/server.log" >&2; exit 1; }

story=$(curl -s "$base/api/v1/articles?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
slug=$(curl -s -o /dev/null -w '%{redirect_url}' "$base/news/$story" | sed 's|.*/||')
comment=$(curl -s "$base/api/v1/articles/$story/comments?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
source=$(curl -s "$base/api/v1/articles/$story" | python3 -c 'import json,sys; print(json.load(sys.stdin)["source"])')
period=$(curl -s "$base/archive" | grep -o 'href="/archive/[^"]*"' | head -1 | sed 's|href="/archive/||; s|"||')
log "server on $base; demo story $story ($slug), comment $comment, source $source"

# name|sqlmap arguments (a * marks a point in the path sqlmap is to try)
targets=(
  "front page|-u $base/?page=1"
  "archive period|-u $base/archive/${period}*"
  "source page|-u $base/sources/${source}*?page=1"
  "story page|-u $base/news/$story/$slug*?sort=oldest&page=1"
  "comment permalink|-u $base/news/$story/$slug/comments/$comment*"
  "reply form|-u $base/news/$story/$slug/comments/$comment*/reply"
  "post a comment (form)|-u $base/news/$story/comments --data=name=Probe&text=Probe&parentId=$comment --headers=Sec-Fetch-Site:same-origin"
  "recommend (form)|-u $base/news/$story/comments/$comment*/recommend --data=sort=newest&page=1 --headers=Sec-Fetch-Site:same-origin"
  "log in|-u $base/login --data=name=Probe&password=probe-password&next=/"
  "sign up|-u $base/signup --data=name=Probe&password=probe-password-1&confirm=probe-password-1&next=/ --headers=Sec-Fetch-Site:same-origin"
  "API stories|-u $base/api/v1/articles?limit=5&cursor=abc"
  "API story|-u $base/api/v1/articles/$story*"
  "API comments|-u $base/api/v1/articles/$story/comments?sort=newest&limit=5&cursor=abc"
  "API post|-u $base/api/v1/articles/$story/comments --data={\"name\":\"Probe\",\"text\":\"Probe\",\"parentId\":$comment} --headers=Content-Type:application/json"
  "API recommend|-u $base/api/v1/comments/$comment*/recommend --method=POST"
  "API stream|-u $base/api/v1/articles/$story/comments/stream?lastEventId=1 --headers=Accept:text/event-stream --timeout=5"
  "search page|-u $base/search?q=relations&type=comments&source=$source&from=2018-01-01&to=2018-12-31"
  "API search|-u $base/api/v1/search?q=relations&type=stories&limit=5&cursor=abc"
  "source feed|-u $base/feeds/sources/${source}*.atom"
  "story comments feed|-u $base/news/$story*/comments.atom"
)

found=0
printf '| route | sqlmap said |\n|---|---|\n'
for target in "${targets[@]}"; do
  name=${target%%|*}
  read -r -a args <<<"${target#*|}"
  out="$work/$(echo "$name" | tr -c 'a-z0-9\n' '-').log"
  sqlmap "${args[@]}" --batch --level="$LEVEL" --risk="$RISK" --technique="$TECHNIQUE" --threads=1 \
    --output-dir="$work/sqlmap" --flush-session --disable-coloring >"$out" 2>&1 || true
  if grep -qiE "is vulnerable|identified the following injection point" "$out"; then
    verdict="INJECTABLE: $(grep -iE 'Parameter:' "$out" | head -1 | sed 's/^ *//')"
    found=$((found + 1))
  elif grep -qiE "do not appear to be injectable|not injectable" "$out"; then
    verdict="nothing injectable ($(grep -ciE "testing '" "$out") tests)"
  else
    verdict="no verdict: $(grep -E '\[(CRITICAL|ERROR)\]' "$out" | head -1 | sed 's/^.*\] //')"
  fi
  printf '| %s | %s |\n' "$name" "$verdict"
done
log "done: $found of ${#targets[@]} routes injectable (sqlmap $(sqlmap --version 2>/dev/null | head -1), level $LEVEL, risk $RISK, techniques $TECHNIQUE)"
if [[ "$KEEP" == 1 ]]; then log "sqlmap's logs: $work"; fi
[[ "$found" == 0 ]]
