#!/usr/bin/env bash
# Outgoing documents at scale: starts Xietong on PostgreSQL in a fresh schema (port offset 1450),
# loads the 36,638-person benchmark city and N outgoing documents with their workflow through the
# API (server-side JDBC batches), then measures over HTTP — the busy people's to-do list and counts
# (GET /api/me as the baseline), approving a step, layout and seal of real documents, bad inputs
# under load — stops the server and drops the schema. Results: stdout and
# ear/target/benchmarks/document-flow.md.
#   ear/bench/document-flow.sh [--documents N=1000000] [--requests N=500] [--flow N=15] [--url URL] [--keep]
#     --url URL   measure a server that is already running (and load it up to N documents) instead
#     --server-pid PID   with --url: the WildFly JVM's pid, for the server CPU per request table
#     --keep      leave the server running and the schema in place afterwards (prints how to stop)
#     --port-offset N    the started server's port offset (default 1450: HTTP 9530)
#     --schema S  with --url: the server's schema, to check its indexes and constraints after loading
# The indexes and constraints of the schema are read before and after the run and must be the same
# (the loader drops and recreates the secondary indexes and foreign keys of a bulk load).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
documents=1000000 requests=500 flow=15 url= keep= jvm= schema= offset=1450
while [ $# -gt 0 ]; do
  case "$1" in
    --documents) documents=$2; shift 2 ;;
    --requests) requests=$2; shift 2 ;;
    --flow) flow=$2; shift 2 ;;
    --url) url=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --server-pid) jvm=$2; shift 2 ;;
    --schema) schema=$2; shift 2 ;;
    --port-offset) offset=$2; shift 2 ;;
    *) echo "unknown argument $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done

mvn -q -DskipTests package
mvn -q -pl ear -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test

if [ -z "$url" ]; then
  schema=xietong_bench_docs_$(date +%Y%m%d%H%M%S)
  url="http://localhost:$((8080 + offset))/"
  XIETONG_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema" XIETONG_DB_SCHEMA=$schema \
    XIETONG_PORT_OFFSET=$offset XIETONG_DATA_DIR=ear/target/bench-docs-data ./run.sh > ear/target/bench-docs-server.log 2>&1 &
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
  curl -sf "${url}api/health/ready" >/dev/null || { tail -50 ear/target/bench-docs-server.log; exit 1; }
  jvm=$(pgrep -P "$server" -f java | head -1 || true)
  echo "Server on $url (JVM pid ${jvm:-unknown}), schema $schema"
fi
# Every index and constraint of the schema with its definition (the migrations' schema, as Flyway made it).
schema_objects() {
  psql -h 127.0.0.1 -U postgres -d test -tAc "
    select tablename || ' ' || indexname || ' ' || indexdef from pg_indexes where schemaname = '$schema'
    union all
    select t.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid) || ' validated=' || k.convalidated
    from pg_constraint k join pg_class t on t.oid = k.conrelid where t.relnamespace = '$schema'::regnamespace
    order by 1"
}
if [ -n "$schema" ]; then
  mkdir -p ear/target/benchmarks
  schema_objects > ear/target/benchmarks/schema-before.txt
fi
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)," \
  "$(psql -h 127.0.0.1 -U postgres -d test -tAc 'select version()' 2>/dev/null | cut -d' ' -f1-2)"

cd ear
(while kill -0 $$ 2>/dev/null && sleep 30; do echo "  load average $(cut -d' ' -f1-3 /proc/loadavg) at $(date +%H:%M:%S)"; done) &
loadavg=$!
"$JAVA_HOME/bin/java" -Dbench.server.pid="$jvm" -cp "target/test-classes:$(cat target/bench.classpath)" cn.xietong.bench.DocumentFlowBenchmark \
  "$url" "$documents" "$requests" "$flow"
kill $loadavg
cd "$root"
if [ -n "$schema" ]; then
  schema_objects > ear/target/benchmarks/schema-after.txt
  if diff ear/target/benchmarks/schema-before.txt ear/target/benchmarks/schema-after.txt; then
    echo "Schema check: the $(wc -l < ear/target/benchmarks/schema-after.txt) indexes and constraints of $schema are as the migrations made them."
  else
    echo "Schema check FAILED: indexes or constraints of $schema differ from before the load (diff above)." >&2
    exit 1
  fi
fi
