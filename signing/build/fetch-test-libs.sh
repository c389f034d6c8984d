#!/usr/bin/env bash
# Best effort, for tests only: puts org.ofdrw:ofdrw-gm (an independent reader of GB/T 38540 structures,
# Apache-2.0) into the local Maven repository. Its parent POM is not on Maven Central, so it cannot be a
# normal dependency; the old dependency plugin's get goal fetches the jar alone. Never fails the build:
# without the jar, OfdrwReadsOurSealsTest is skipped.
set -u
jar="$1"
[ -s "$jar" ] && exit 0
echo "fetch-test-libs: fetching org.ofdrw:ofdrw-gm:$2 (jar only) for the cross-check tests" >&2
mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:2.8:get \
    -Dartifact="org.ofdrw:ofdrw-gm:$2" -Dtransitive=false >/dev/null 2>&1 \
  || echo "fetch-test-libs: could not fetch ofdrw-gm; OfdrwReadsOurSealsTest will be skipped" >&2
exit 0
