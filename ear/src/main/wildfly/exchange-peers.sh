#!/usr/bin/env bash
# Configures one server base directory for the exchange with peer platforms (平台间交换), from the
# environment. run.sh calls it before every start; it changes the server only when the peers change.
#
#   exchange-peers.sh <wildfly-home> <server-base-dir> <data-dir>
#   exchange-peers.sh --certificate <data-dir>      only make sure the TLS key exists; print its certificate's path
#
#   XIETONG_PLATFORM_CODE   this platform's code (default local): a lower-case letter, then lower-case letters,
#                           digits or - (up to 32), as the routing table has it
#   XIETONG_PEERS           code=host:port,… — each peer platform and the address of its exchange port
#   XIETONG_PEER_PASSWORD   the password shared with every peer, unless XIETONG_PEER_PASSWORD_<CODE> is set
#                           (the peer's code in upper case, - as _: city-2 → XIETONG_PEER_PASSWORD_CITY_2)
#   XIETONG_EXCHANGE_PORT   the port peers connect to (default 5445, plus the port offset)
#   XIETONG_EXCHANGE_BIND   the address it listens on (default 127.0.0.1; 0.0.0.0 or the host's address for peers elsewhere)
#   XIETONG_PEER_CERTS      folder with each peer's TLS certificate as <code>.pem (default <data-dir>/exchange-tls/peers)
#
# What it does, for each peer X (the CLI script it writes is kept as <base>/configuration/xietong-peers.cli):
#   - the durable queue XietongExchangeTo_X (java:/jms/queue/xietong/exchange/to/X), an outbound socket
#     binding and a TLS connector to X, and a core bridge from that queue to X's XietongExchangeInbound
#     (duplicate detection on, reconnecting for ever: packages wait while X is down);
#   - an account for X in the peers' realm (user = X's code, role exchange-peer), the only one that
#     may send to XietongExchangeInbound from outside (20-messaging.cli);
#   - a TLS acceptor on the exchange port that asks for the peer's certificate (mutual TLS): a key made
#     at the first start (keytool), trusting exactly the configured peers' certificates.
set -euo pipefail

keytool=${JAVA_HOME:+$JAVA_HOME/bin/}keytool
code=${XIETONG_PLATFORM_CODE:-local}
code_pattern='[a-z][a-z0-9-]{0,31}'
if ! [[ $code =~ ^$code_pattern$ ]]; then
  echo "XIETONG_PLATFORM_CODE must be a lower-case letter, then lower-case letters, digits or - (up to 32; got '$code')" >&2; exit 1
fi

# The TLS key of this platform's exchange port, made once and kept with the data.
tls_key() {
  local dir=$1/exchange-tls
  mkdir -p "$dir/peers"
  if [ ! -f "$dir/password" ]; then
    (umask 077; head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$dir/password")
  fi
  if [ ! -f "$dir/key.p12" ]; then
    (umask 077; "$keytool" -genkeypair -alias platform -keyalg EC -groupname secp256r1 -sigalg SHA256withECDSA \
      -dname "CN=xietong-$code, O=Xietong exchange" -validity 3650 -storetype PKCS12 \
      -keystore "$dir/key.p12" -storepass "$(cat "$dir/password")" >/dev/null 2>&1)
    "$keytool" -exportcert -rfc -alias platform -keystore "$dir/key.p12" -storepass "$(cat "$dir/password")" \
      > "$dir/certificate.pem" 2>/dev/null
    echo "Made the exchange TLS key of platform $code; give $dir/certificate.pem to the peers' administrators"
  fi
}

if [ "${1:-}" = "--certificate" ]; then
  data=$(mkdir -p "$2" && cd "$2" && pwd)
  tls_key "$data" | grep -v '^Made' || true
  echo "$data/exchange-tls/certificate.pem"
  exit 0
fi

wildfly=$1
base=$(cd "$2" && pwd)
data=$(cd "$3" && pwd)
tls=$data/exchange-tls
certs=${XIETONG_PEER_CERTS:-$tls/peers}
state=$base/configuration/xietong-peers.state

# Peers from XIETONG_PEERS: codes, hosts, ports, passwords.
declare -a codes=() hosts=() ports=() passwords=()
IFS=',' read -r -a entries <<< "${XIETONG_PEERS:-}"
for entry in "${entries[@]}"; do
  entry=${entry// /}
  [ -z "$entry" ] && continue
  if ! [[ $entry =~ ^($code_pattern)=([A-Za-z0-9._-]+):([0-9]{1,5})$ ]]; then
    echo "XIETONG_PEERS: '$entry' is not code=host:port" >&2; exit 1
  fi
  peer=${BASH_REMATCH[1]}
  if [ "$peer" = "$code" ]; then
    echo "XIETONG_PEERS names this platform ($code) itself" >&2; exit 1
  fi
  var=XIETONG_PEER_PASSWORD_${peer^^}
  var=${var//-/_}
  password=${!var:-${XIETONG_PEER_PASSWORD:-}}
  if [ ${#password} -lt 12 ] || [[ $password == *[\"\\\'\ ]* ]]; then
    echo "Peer $peer needs a password of at least 12 characters without quotes, backslashes or spaces:" \
         "set $var (or XIETONG_PEER_PASSWORD for all peers)" >&2; exit 1
  fi
  if [ ! -f "$certs/$peer.pem" ]; then
    echo "No TLS certificate for peer $peer: put it at $certs/$peer.pem (its administrator finds it with" \
         "'./run.sh --exchange-certificate' on that platform)" >&2; exit 1
  fi
  codes+=("$peer"); hosts+=("${BASH_REMATCH[2]}"); ports+=("${BASH_REMATCH[3]}"); passwords+=("$password")
done

# The accounts peers sign in with (hashed as the Elytron properties realm expects: MD5 of user:realm:password).
users=$base/configuration/xietong-peers-users.properties
roles=$base/configuration/xietong-peers-roles.properties
{
  echo "# Peer platforms that may send packages here (written by exchange-peers.sh at every start)"
  echo "#\$REALM_NAME=XietongPeers\$"
  for i in "${!codes[@]}"; do
    echo "${codes[$i]}=$(printf '%s' "${codes[$i]}:XietongPeers:${passwords[$i]}" | md5sum | cut -d' ' -f1)"
  done
} > "$users.tmp"
{
  echo "# Roles of the peer platforms (written by exchange-peers.sh at every start)"
  for peer in "${codes[@]}"; do echo "$peer=exchange-peer"; done
} > "$roles.tmp"
chmod 600 "$users.tmp"
mv "$users.tmp" "$users"; mv "$roles.tmp" "$roles"

previous=()
[ -f "$state" ] && read -r -a previous < <(head -1 "$state")
if [ ${#codes[@]} -eq 0 ] && [ ${#previous[@]} -eq 0 ]; then
  exit 0
fi

# Trust: one store per peer for the connection to it (only that peer's certificate), one with all
# of them for the acceptor. Rebuilt when the certificates change.
if [ ${#codes[@]} -gt 0 ]; then
  tls_key "$data"
  storepass=$(cat "$tls/password")
  trustdigest=$(for peer in "${codes[@]}"; do echo "$peer"; cat "$certs/$peer.pem"; done | sha256sum | cut -d' ' -f1)
  if [ ! -f "$tls/trust.digest" ] || [ "$(cat "$tls/trust.digest")" != "$trustdigest" ]; then
    rm -f "$tls"/truststore-*.p12
    for peer in "${codes[@]}"; do
      for store in "truststore-$peer.p12" truststore-peers.p12; do
        if ! "$keytool" -importcert -noprompt -alias "$peer" -file "$certs/$peer.pem" -storetype PKCS12 \
            -keystore "$tls/$store" -storepass "$storepass" >/dev/null 2>&1; then
          echo "The TLS certificate of peer $peer ($certs/$peer.pem) is not a certificate keytool reads" >&2; exit 1
        fi
      done
    done
    echo "$trustdigest" > "$tls/trust.digest"
  fi
fi

# The CLI script for this base directory's standalone-full.xml.
server=/subsystem=messaging-activemq/server=default
script=$base/configuration/xietong-peers.cli
{
  echo "# Generated by exchange-peers.sh for platform $code; peers: ${codes[*]:-none}. Do not edit: change XIETONG_PEERS."
  echo "embed-server --server-config=standalone-full.xml --std-out=discard"
  for peer in $(printf '%s\n' "${previous[@]}" "${codes[@]}" | sort -u); do
    cat <<CLI
if (outcome == success) of $server/bridge=xietong-to-$peer:read-resource
  $server/bridge=xietong-to-$peer:remove
end-if
if (outcome == success) of $server/remote-connector=xietong-peer-$peer:read-resource
  $server/remote-connector=xietong-peer-$peer:remove
end-if
if (outcome == success) of /socket-binding-group=standard-sockets/remote-destination-outbound-socket-binding=xietong-peer-$peer:read-resource
  /socket-binding-group=standard-sockets/remote-destination-outbound-socket-binding=xietong-peer-$peer:remove
end-if
CLI
  done
  cat <<CLI
if (outcome == success) of $server/remote-acceptor=xietong-exchange:read-resource
  $server/remote-acceptor=xietong-exchange:remove
end-if
if (outcome == success) of /socket-binding-group=standard-sockets/socket-binding=xietong-exchange:read-resource
  /socket-binding-group=standard-sockets/socket-binding=xietong-exchange:remove
end-if
if (outcome == success) of /interface=xietong-exchange:read-resource
  /interface=xietong-exchange:remove
end-if
if (outcome == success) of /interface=xietong-exchange-out:read-resource
  /interface=xietong-exchange-out:remove
end-if
CLI
  if [ ${#codes[@]} -gt 0 ]; then
    tlsin="sslEnabled=true, keyStorePath=\"$tls/key.p12\", keyStorePassword=\"$storepass\", keyStoreType=PKCS12"
    cat <<CLI
/interface=xietong-exchange:add(inet-address="\${xietong.exchange.bind:127.0.0.1}")
/interface=xietong-exchange-out:add(any-address=true)
/socket-binding-group=standard-sockets/socket-binding=xietong-exchange:add(interface=xietong-exchange, port="\${xietong.exchange.port:5445}")
$server/remote-acceptor=xietong-exchange:add(socket-binding=xietong-exchange, params={$tlsin, trustStorePath="$tls/truststore-peers.p12", trustStorePassword="$storepass", trustStoreType=PKCS12, needClientAuth=true, enabledProtocols="TLSv1.3"})
CLI
    for i in "${!codes[@]}"; do
      peer=${codes[$i]}
      cat <<CLI
/socket-binding-group=standard-sockets/remote-destination-outbound-socket-binding=xietong-peer-$peer:add(host="${hosts[$i]}", port=${ports[$i]}, source-interface=xietong-exchange-out)
$server/remote-connector=xietong-peer-$peer:add(socket-binding=xietong-peer-$peer, params={$tlsin, trustStorePath="$tls/truststore-$peer.p12", trustStorePassword="$storepass", trustStoreType=PKCS12, verifyHost=false, enabledProtocols="TLSv1.3"})
if (outcome != success) of $server/jms-queue=XietongExchangeTo_$peer:read-resource
  $server/jms-queue=XietongExchangeTo_$peer:add(entries=["java:/jms/queue/xietong/exchange/to/$peer"], durable=true)
end-if
$server/bridge=xietong-to-$peer:add(queue-name=jms.queue.XietongExchangeTo_$peer, forwarding-address=jms.queue.XietongExchangeInbound, static-connectors=[xietong-peer-$peer], ha=false, use-duplicate-detection=true, initial-connect-attempts=-1, reconnect-attempts=-1, retry-interval=1000, retry-interval-multiplier=2.0, max-retry-interval=30000, confirmation-window-size=1048576, user=$code, credential-reference={clear-text="${passwords[$i]}"})
CLI
    done
  fi
  echo "stop-embedded-server"
} > "$script.tmp"
chmod 600 "$script.tmp"
mv "$script.tmp" "$script"

digest=$( (cat "$script"; cat "$base/.from" 2>/dev/null) | sha256sum | cut -d' ' -f1)
if [ -f "$state" ] && [ "$(sed -n 2p "$state")" = "$digest" ]; then
  exit 0
fi
log=$base/log/xietong-peers-cli.log
mkdir -p "$base/log"
if ! "$wildfly/bin/jboss-cli.sh" -Djboss.server.base.dir="$base" --file="$script" > "$log" 2>&1; then
  cat "$log" >&2; echo "Configuring the peer platforms failed (log above; script $script)" >&2; exit 1
fi
chmod 600 "$base/configuration/standalone-full.xml"  # it now holds the peers' passwords
printf '%s\n%s\n' "${codes[*]}" "$digest" > "$state"
echo "Platform $code: exchange with ${codes[*]:-no peers} configured (exchange port ${XIETONG_EXCHANGE_PORT:-5445} + the port offset)"
