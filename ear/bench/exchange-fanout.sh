#!/usr/bin/env bash
# Exchange fan-out: starts Xietong on PostgreSQL in a fresh schema (port offset 1460), then for each
# size makes that many addressee units (certificates issued, automatic acceptance on) and distributes
# one sealed notice to all of them, measuring the time to the last signed receipt back at the sender.
# Before the measured sizes it runs the warm-up sizes the same way (reported as warm-up), so that the
# measured runs find a server whose exchange code is compiled, as a server in service has it.
# Stops the server and drops the schema. Results: stdout and ear/target/benchmarks/exchange-fanout.md.
# A fresh JVM needs several fan-outs before the exchange's hot paths are compiled for good (the compiler
# threads take 10-27 s of CPU in each of the first runs, 2-3 s once settled): four by default.
#   ear/bench/exchange-fanout.sh [--units 1000,18000,18000,18000] [--warm-up 18000,18000,18000,18000|none] [--url URL] [--keep]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
units=1000,18000,18000,18000 warmup=18000,18000,18000,18000 url= keep=
while [ $# -gt 0 ]; do
  case "$1" in
    --units) units=$2; shift 2 ;;
    --warm-up) warmup=$2; shift 2 ;;
    --url) url=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "unknown argument $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done

mvn -q -DskipTests package
mvn -q -pl ear -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test

if [ -z "$url" ]; then
  schema=xietong_bench_fanout_$(date +%Y%m%d%H%M%S)
  offset=1460
  url="http://localhost:$((8080 + offset))/"
  rm -rf ear/target/bench-fanout-data
  XIETONG_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema" XIETONG_DB_SCHEMA=$schema \
    XIETONG_PORT_OFFSET=$offset XIETONG_DATA_DIR=ear/target/bench-fanout-data XIETONG_BASE_DIR=ear/target/bench-fanout-base \
    ./run.sh > ear/target/bench-fanout-server.log 2>&1 &
  server=$!
  if [ -n "$keep" ]; then
    trap 'echo "Server still running (pid $server, schema $schema): kill $server; psql -h 127.0.0.1 -U postgres -d test -c \"drop schema $schema cascade\""' EXIT
  else
    trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; psql -h 127.0.0.1 -U postgres -d test -qc "drop schema if exists $schema cascade" >/dev/null 2>&1 || true' EXIT
  fi
  for _ in $(seq 1 240); do
    curl -sf "${url}api/health/ready" >/dev/null && break
    sleep 1
  done
  curl -sf "${url}api/health/ready" >/dev/null || { tail -50 ear/target/bench-fanout-server.log; exit 1; }
  echo "Server on $url, schema $schema"
fi
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)," \
  "$(psql -h 127.0.0.1 -U postgres -d test -tAc 'select version()' 2>/dev/null | cut -d' ' -f1-2)"

cd ear
"$JAVA_HOME/bin/java" -cp "target/test-classes:$(cat target/bench.classpath)" cn.xietong.bench.ExchangeFanOutBenchmark "$url" "$units" "${warmup/none/}"
