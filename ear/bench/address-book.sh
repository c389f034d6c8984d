#!/usr/bin/env bash
# Address-book benchmark at city scale (36,638 people): starts Xietong on PostgreSQL in a fresh
# schema (port offset 200), loads the benchmark city through the API, measures search latency
# over HTTP with GET /api/me as the baseline, stops the server. Results: stdout and
# ear/target/benchmarks/address-book.md.
#   ear/bench/address-book.sh [requests-per-kind=2000] [concurrency=4]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
schema=xietong_bench_$(date +%Y%m%d%H%M%S)
offset=200
port=$((8080 + offset))

mvn -q -DskipTests package
mvn -q -pl ear -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test

XIETONG_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema" XIETONG_DB_SCHEMA=$schema \
  XIETONG_PORT_OFFSET=$offset XIETONG_DATA_DIR=ear/target/bench-data ./run.sh > ear/target/bench-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; psql -h 127.0.0.1 -U postgres -d test -qc "drop schema if exists $schema cascade" >/dev/null 2>&1 || true' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://localhost:$port/api/health/ready" >/dev/null && break
  sleep 1
done
curl -sf "http://localhost:$port/api/health/ready" >/dev/null || { tail -50 ear/target/bench-server.log; exit 1; }

cd ear
"$JAVA_HOME/bin/java" -cp "target/test-classes:$(cat target/bench.classpath)" cn.xietong.bench.AddressBookBenchmark \
  "http://localhost:$port/" "${1:-2000}" "${2:-4}"
