#!/usr/bin/env bash
# Configures an unpacked WildFly for Xietong with the checked-in CLI scripts of this folder.
# Idempotent: run it any number of times; it does nothing when the scripts have not changed.
#   configure.sh <wildfly-home> <postgresql-driver-jar>
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
home=$1
pgjar=$2

stamp="$home/.xietong-configured"
digest=$(cat "$here"/*.cli "$0" | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$digest" ]; then
  exit 0
fi

# The PostgreSQL JDBC driver as a module (written directly: "module add" is not idempotent).
moddir="$home/modules/org/postgresql/main"
mkdir -p "$moddir"
rm -f "$moddir"/*.jar
cp "$pgjar" "$moddir/"
cat > "$moddir/module.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<module xmlns="urn:jboss:module:1.9" name="org.postgresql">
  <resources>
    <resource-root path="$(basename "$pgjar")"/>
  </resources>
  <dependencies>
    <module name="java.se"/>
    <module name="jakarta.transaction.api"/>
  </dependencies>
</module>
XML

# The peer platforms' accounts (20-messaging.cli): empty here; exchange-peers.sh fills a server base
# directory's copy when the platform has peers.
for f in xietong-peers-users.properties xietong-peers-roles.properties; do
  [ -f "$home/standalone/configuration/$f" ] || echo "# Peer platforms: none (see exchange-peers.sh)" > "$home/standalone/configuration/$f"
done

script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
  echo "embed-server --server-config=standalone-full.xml --std-out=discard"
  cat "$here"/[0-9]*.cli
  echo "stop-embedded-server"
} > "$script"
if ! "$home/bin/jboss-cli.sh" --file="$script" > "$home/.xietong-configure.log" 2>&1; then
  cat "$home/.xietong-configure.log"; echo "Configuring WildFly failed (log above)" >&2; exit 1
fi
echo "$digest" > "$stamp"
echo "WildFly at $home configured for Xietong"
