#!/usr/bin/env bash
# Platform to platform: starts two Xietong platforms (province, city) with run.sh on PostgreSQL in
# fresh schemas (port offsets 1510 and 1520, exchange ports 6955 and 6965), measures packages per second
# province → city through the application and the same message sizes through a plain Artemis
# producer/consumer over the same brokers and bridge, then stops both and drops the schemas.
# Results: stdout and ear/target/benchmarks/platforms.md; server logs in ear/target/platforms/ (the
# same folders as the tests between platforms use: do not run both at once in one working tree).
#   ear/bench/platforms.sh [--documents N=30] [--kb 200] [--fan-out U=1000]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

mvn -q -DskipTests package
mvn -q -pl ear -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)," \
  "$(psql -h 127.0.0.1 -U postgres -d test -tAc 'select version()' 2>/dev/null | cut -d' ' -f1-2)"

cd ear
wildfly=$(ls -d target/wildfly-*/ | head -1)
"$JAVA_HOME/bin/java" -Dit.platforms.port.offset=1510 -Djboss.home="$root/ear/${wildfly%/}" \
  -cp "target/test-classes:$(cat target/bench.classpath)" cn.xietong.bench.PlatformsBenchmark "$@"
