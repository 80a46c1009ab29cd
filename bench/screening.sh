#!/usr/bin/env bash
# Measures how long moderation's screening takes per comment (all checks on, classifier active,
# SQLite). Usage: bench/screening.sh [--drafts 100000]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B test-compile
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
java -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
  news.broadsheet.moderation.ScreeningBenchmark "$@"
