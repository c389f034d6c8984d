#!/usr/bin/env bash
# Starts Xietong: builds what is missing, then runs WildFly 39 (standalone-full) with the EAR, on the
# embedded H2 database in ./data unless XIETONG_DB_URL points at PostgreSQL. Ctrl-C stops it cleanly.
#
#   XIETONG_DATA_DIR      where the embedded database and files live (default: ./data)
#   XIETONG_DB_URL        e.g. jdbc:postgresql://127.0.0.1:5432/xietong  (default: H2 file in the data dir)
#   XIETONG_DB_USER       database user      (PostgreSQL; default postgres)
#   XIETONG_DB_PASSWORD   database password  (PostgreSQL; default postgres)
#   XIETONG_DB_SCHEMA     schema to keep the tables in (PostgreSQL; default: the user's default)
#   XIETONG_PORT_OFFSET   added to every port (default 0: HTTP 8080, management 9990)
#   XIETONG_DEMO_DATA     false to start without the demo organisation (default true)
#   XIETONG_NO_BUILD      1: start what was built last, even if sources changed since (tests use this)
#
# Several platforms side by side (the exchange between platforms; docs/operations.md):
#   XIETONG_BASE_DIR        the server's base directory: configuration, logs, message journal
#                           (default: ear/target/run-base); one per platform
#   XIETONG_PLATFORM_CODE   this platform's code, e.g. province (default local)
#   XIETONG_PEERS           peer platforms: code=host:port,… (their exchange ports), e.g. city=127.0.0.1:5845
#   XIETONG_PEER_PASSWORD   password shared with the peers (or XIETONG_PEER_PASSWORD_<CODE> for one)
#   XIETONG_EXCHANGE_PORT   this platform's exchange port, before the offset (default 5445)
#   XIETONG_EXCHANGE_BIND   the address the exchange port listens on (default 127.0.0.1)
#   XIETONG_PEER_CERTS      folder of the peers' TLS certificates <code>.pem (default <data dir>/exchange-tls/peers)
#
#   ./run.sh --exchange-certificate   makes this platform's exchange TLS key if missing, prints its
#                                     certificate's path (for the peers' administrators) and exits
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"
data=${XIETONG_DATA_DIR:-$root/data}
if [ "${1:-}" = "--exchange-certificate" ]; then
  exec ear/src/main/wildfly/exchange-peers.sh --certificate "$data"
fi

# A JDK of 21 or newer: JAVA_HOME if set, else the machine's Temurin 25, else java on the PATH.
if [ -z "${JAVA_HOME:-}" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    if [ -x "$candidate/bin/java" ]; then export JAVA_HOME=$candidate; break; fi
  done
fi
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
major=$("$java_bin" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
if [ -z "$major" ] || [ "$major" -lt 21 ]; then
  echo "Xietong needs JDK 21 or newer; found ${major:-none}. Set JAVA_HOME, e.g. export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64" >&2
  exit 1
fi

wildfly=$(ls -d ear/target/wildfly-*/ 2>/dev/null | head -1 || true)
ear=ear/target/xietong.ear
if [ -z "${XIETONG_NO_BUILD:-}" ] && { [ -z "$wildfly" ] || [ ! -f "$ear" ] || [ -n "$(find pom.xml */pom.xml */src -newer "$ear" -type f 2>/dev/null | head -1)" ]; }; then
  echo "Building Xietong (mvn -DskipTests package)…"
  mvn -q -DskipTests package
  wildfly=$(ls -d ear/target/wildfly-*/ | head -1)
fi
wildfly=${wildfly%/}

# A server base directory of our own, so test runs on the pristine one do not meet this deployment.
# When the build configured WildFly anew, the configuration is copied again; the message journal
# (data/) stays: packages waiting for a peer survive a rebuild.
base=${XIETONG_BASE_DIR:-ear/target/run-base}
mkdir -p "$base"
base=$(cd "$base" && pwd)
if [ ! -f "$base/.from" ] || [ "$(cat "$base/.from")" != "$(cat "$wildfly/.xietong-configured")" ]; then
  rm -rf "$base/configuration" "$base/deployments" "$base/tmp"
  cp -r "$wildfly/standalone/configuration" "$wildfly/standalone/deployments" "$base/"
  mkdir -p "$base/data" "$base/log"
  cat "$wildfly/.xietong-configured" > "$base/.from"
fi
rm -f "$base"/deployments/xietong.ear*
cp "$ear" "$base/deployments/xietong.ear"

mkdir -p "$data"
data=$(cd "$data" && pwd)
ear/src/main/wildfly/exchange-peers.sh "$wildfly" "$base" "$data"
if [ -n "${XIETONG_DB_URL:-}" ]; then
  case "$XIETONG_DB_URL" in
    jdbc:postgresql:*) driver=postgresql ;;
    jdbc:h2:*) driver=h2 ;;
    *) echo "XIETONG_DB_URL must be a jdbc:postgresql: or jdbc:h2: URL" >&2; exit 1 ;;
  esac
  url=$XIETONG_DB_URL
  # PostgreSQL: the driver sends a batch of inserts as one multi-row INSERT (a fan-out writes tens of
  # thousands of rows), unless the URL says otherwise
  if [ "$driver" = postgresql ] && [[ "$url" != *reWriteBatchedInserts* ]]; then
    case "$url" in *\?*) url="$url&reWriteBatchedInserts=true" ;; *) url="$url?reWriteBatchedInserts=true" ;; esac
  fi
  user=${XIETONG_DB_USER:-postgres}
  password=${XIETONG_DB_PASSWORD:-postgres}
  where="$url"
else
  driver=h2
  url="jdbc:h2:file:$data/xietong;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  user=sa
  password=sa
  where="H2 in $data"
fi
offset=${XIETONG_PORT_OFFSET:-0}
port=$((8080 + offset))

props=(-Dfile.encoding=UTF-8 -Djava.awt.headless=true -Dxietong.db.driver="$driver" -Dxietong.db.url="$url" -Dxietong.db.user="$user" -Dxietong.db.password="$password"
       -Dxietong.data.dir="$data" -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset="$offset")
[ -n "${XIETONG_DB_SCHEMA:-}" ] && props+=(-Dxietong.db.schema="$XIETONG_DB_SCHEMA")
[ -n "${XIETONG_DEMO_DATA:-}" ] && props+=(-Dxietong.demo.data="$XIETONG_DEMO_DATA")
if [ -n "${XIETONG_PLATFORM_CODE:-}" ]; then
  props+=(-Dxietong.platform.code="$XIETONG_PLATFORM_CODE" -Dxietong.tx.node="$(printf 'xietong-%s' "$XIETONG_PLATFORM_CODE" | cut -c1-23)")
fi
[ -n "${XIETONG_EXCHANGE_PORT:-}" ] && props+=(-Dxietong.exchange.port="$XIETONG_EXCHANGE_PORT")
[ -n "${XIETONG_EXCHANGE_BIND:-}" ] && props+=(-Dxietong.exchange.bind="$XIETONG_EXCHANGE_BIND")

# Once the EAR is deployed, say where to go and who to sign in as.
(
  marker="$base/deployments/xietong.ear"
  server=$$  # this shell becomes the server's start script (exec below); stop waiting if it ends
  while [ ! -f "$marker.deployed" ] && [ ! -f "$marker.failed" ]; do
    kill -0 "$server" 2>/dev/null || exit 0
    sleep 1
  done
  if [ -f "$marker.failed" ]; then
    echo; echo "*** Xietong failed to deploy: $(cat "$marker.failed")"; exit 0
  fi
  cat <<BANNER

  ============================================================
   协同 Xietong is running:  http://localhost:$port/   (platform ${XIETONG_PLATFORM_CODE:-local})
   Database: $where
   Demo sign-ins (password for all: Xietong@2026):
$(sed -n 's/^<!-- banner: \(.*\) -->$/     \1/p' docs/demo-data.md 2>/dev/null)
   API: http://localhost:$port/api   OpenAPI: http://localhost:$port/openapi
   Stop with Ctrl-C.
  ============================================================

BANNER
) &

export LAUNCH_JBOSS_IN_BACKGROUND=1  # standalone.sh then passes Ctrl-C and TERM on to the server
export JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:--Xms256m -Xmx2g}"
exec "$wildfly/bin/standalone.sh" -c standalone-full.xml "${props[@]}"
