#!/usr/bin/env bash
# Measures the desk's story list (/desk and its tabs) over HTTP with many stories stored, against
# /healthz in the same run. Usage: bench/desk-list.sh [--stories 10000] [--requests 2000]
#   [--database jdbc:postgresql://127.0.0.1:5432/bench --database-user postgres]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B test-compile
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
java -Xmx128m -Xmn32m -XX:+UseSerialGC -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
  news.broadsheet.bench.DeskListBenchmark "$@"
