#!/usr/bin/env bash
# Exchange wire format on one thread: manifest XML write/read (validated), verifyPackage with and
# without a caching certificate trust, transfer encode/decode, 200 packages decoded and verified.
# Timed loops after warm-up, median of five rounds; prints the CPU time of the measuring thread
# and the wall clock per operation (the CPU figure is the one to read on a shared machine).
#   ejb/bench/exchange-format.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
mvn -q -pl ejb -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cd ejb
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  cn.xietong.exchange.format.ExchangeFormatBenchmark
