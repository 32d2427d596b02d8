#!/usr/bin/env bash
# Local Keycloak (OpenID Connect provider) from the keycloak-quarkus-dist zip on
# Maven Central, in dev mode (embedded H2 database), with the `yhdessa` realm
# imported from infra/keycloak/realm-yhdessa.json.
#
#   infra/keycloak.sh start [--no-wait]  download (once), start, wait until the realm answers
#   infra/keycloak.sh wait               wait until a started Keycloak is ready
#   infra/keycloak.sh stop | restart | status
#   infra/keycloak.sh logs               follow the log
#   infra/keycloak.sh reset              stop and delete the database (realm is re-imported on start)
#   infra/keycloak.sh token USER [CLIENT]  print an access token for a demo user (password grant)
#   infra/keycloak.sh verify             check that tokens carry the claims the services rely on
#
# The realm is imported only into an empty database. When realm-yhdessa.json
# changes, the next start deletes the dev database so the new file is imported
# (users or settings changed by hand in the admin console are lost then).
set -euo pipefail
# shellcheck source=infra/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
load_env

KEYCLOAK_VERSION=${KEYCLOAK_VERSION:-26.7.3}
KEYCLOAK_URL=${KEYCLOAK_URL:-http://127.0.0.1:8080}
KEYCLOAK_URL=${KEYCLOAK_URL%/}
KEYCLOAK_REALM=${KEYCLOAK_REALM:-yhdessa}
KEYCLOAK_MANAGEMENT_PORT=${KEYCLOAK_MANAGEMENT_PORT:-9000}
KEYCLOAK_HEAP_OPTS=${KEYCLOAK_HEAP_OPTS:--Xms128m -Xmx768m}
KEYCLOAK_START_TIMEOUT=${KEYCLOAK_START_TIMEOUT:-300}
export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
export KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}

# http://HOST:PORT -> HOST, PORT
_hostport=${KEYCLOAK_URL#*://}
_hostport=${_hostport%%/*}
KC_HOST=${_hostport%:*}
KC_PORT=${_hostport##*:}
[[ $KC_PORT == "$_hostport" ]] && KC_PORT=80

DIST="$YHDESSA_CACHE_DIR/keycloak-$KEYCLOAK_VERSION"
STATE="$YHDESSA_STATE_DIR/keycloak"
DATA_DIR="$STATE/data"          # the dist's data/ points here (h2, import, tmp)
LOG="$STATE/logs/keycloak.log"
PID_FILE="$STATE/keycloak.pid"
REALM_FILE="$INFRA_DIR/keycloak/realm-yhdessa.json"
REALM_SUM_FILE="$STATE/realm.sha256"
DISCOVERY_URL="$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/.well-known/openid-configuration"

# Keycloak 26 needs Java 21+: $KEYCLOAK_JAVA_HOME, else the newest under /usr/lib/jvm.
keycloak_java_home() {
  if [[ -n ${KEYCLOAK_JAVA_HOME:-} ]]; then
    echo "$KEYCLOAK_JAVA_HOME"
    return
  fi
  find_java_home 21 ||
    die "keycloak: needs Java 21 or newer (none found under /usr/lib/jvm; set KEYCLOAK_JAVA_HOME)"
}

# Unpack the distribution into the cache, once per version.
install() {
  [[ -f $DIST/.complete ]] && return 0
  info "keycloak: downloading Keycloak $KEYCLOAK_VERSION from Maven Central"
  local tmp="$DIST.tmp"
  rm -rf "$tmp"
  mvn_cached org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
    -DoutputDirectory="$tmp"
  rm -rf "$DIST"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$DIST"
  rm -rf "$tmp"
  touch "$DIST/.complete"
}

realm_sum() { sha256sum "$REALM_FILE" | cut -d' ' -f1; }

# Point the dist's data/ at the state dir and put the realm file in its import dir.
prepare_data() {
  mkdir -p "$DATA_DIR/import" "$(dirname "$LOG")"
  if [[ -f $REALM_SUM_FILE && $(<"$REALM_SUM_FILE") != "$(realm_sum)" && -d $DATA_DIR/h2 ]]; then
    info "keycloak: realm file changed; deleting the dev database so it is imported afresh"
    rm -rf "$DATA_DIR/h2"
  fi
  rm -f "$DATA_DIR"/import/*.json
  cp "$REALM_FILE" "$DATA_DIR/import/"
  realm_sum >"$REALM_SUM_FILE"
  if [[ -e $DIST/data && ! -L $DIST/data ]]; then
    rm -rf "$DIST/data"
  fi
  ln -sfn "$DATA_DIR" "$DIST/data"
}

discovery_answers() { curl -fsS -o /dev/null --max-time 3 "$DISCOVERY_URL" 2>/dev/null; }
health_ready() {
  curl -fsS -o /dev/null --max-time 3 "http://127.0.0.1:$KEYCLOAK_MANAGEMENT_PORT/health/ready" 2>/dev/null
}

running() { pid_running "$PID_FILE" "$DIST/bin"; }

fail() {
  show_log_tail "$LOG"
  die "keycloak did not come up at $KEYCLOAK_URL ($*)"
}

wait_ready() {
  local start=$SECONDS
  while :; do
    running || fail "the process exited"
    if health_ready && discovery_answers; then
      return 0
    fi
    ((SECONDS - start >= KEYCLOAK_START_TIMEOUT)) && fail "not ready after ${KEYCLOAK_START_TIMEOUT}s"
    sleep 1
  done
}

start() {
  local no_wait=${1:-} java_home
  need_cmd curl
  if running; then
    [[ $no_wait == --no-wait ]] || wait_ready
    return 0
  fi
  if port_open "$KC_HOST" "$KC_PORT"; then
    discovery_answers ||
      die "keycloak: $KC_HOST:$KC_PORT is taken by something that does not serve realm '$KEYCLOAK_REALM'"
    info "keycloak: a Keycloak not started by infra already serves $KEYCLOAK_URL; using it"
    return 0
  fi
  if port_open 127.0.0.1 "$KEYCLOAK_MANAGEMENT_PORT"; then
    die "keycloak: management port $KEYCLOAK_MANAGEMENT_PORT is taken (set KEYCLOAK_MANAGEMENT_PORT)"
  fi
  java_home=$(keycloak_java_home)
  install
  prepare_data
  rotate_log "$LOG"
  info "keycloak: starting Keycloak $KEYCLOAK_VERSION at $KEYCLOAK_URL (Java $(java_major "$java_home"))"
  start_detached "$PID_FILE" "$LOG" \
    env JAVA_HOME="$java_home" JAVA_OPTS_KC_HEAP="$KEYCLOAK_HEAP_OPTS" \
    "$DIST/bin/kc.sh" start-dev \
    --import-realm \
    --http-host="$KC_HOST" --http-port="$KC_PORT" \
    --hostname="$KEYCLOAK_URL" \
    --health-enabled=true --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" \
    --log-console-color=false
  [[ $no_wait == --no-wait ]] || wait_ready
}

stop() {
  if [[ -s $PID_FILE ]] && ! running; then
    rm -f "$PID_FILE"
  fi
  stop_pid keycloak "$PID_FILE" 60
}

status() {
  if discovery_answers; then
    if running; then
      printf '%-9s up    %s  (Keycloak %s, realm %s, admin console %s/admin, pid %s, Java %s)\n' \
        keycloak "$KEYCLOAK_URL" "$KEYCLOAK_VERSION" "$KEYCLOAK_REALM" "$KEYCLOAK_URL" "$(<"$PID_FILE")" \
        "$(java_major "$(keycloak_java_home)")"
      if [[ -f $REALM_SUM_FILE && $(<"$REALM_SUM_FILE") != "$(realm_sum)" ]]; then
        warn "keycloak: realm-yhdessa.json changed since start; run infra/keycloak.sh restart to import it"
      fi
    else
      printf '%-9s up    %s  (realm %s; not started by infra)\n' keycloak "$KEYCLOAK_URL" "$KEYCLOAK_REALM"
    fi
    return 0
  fi
  if running; then
    printf '%-9s start %s  (pid %s, not answering yet)\n' keycloak "$KEYCLOAK_URL" "$(<"$PID_FILE")"
  else
    printf '%-9s down  %s\n' keycloak "$KEYCLOAK_URL"
  fi
  return 3
}

# token USER [CLIENT]: access token from the password grant (demo users: password "demo").
token() {
  local user=${1:?usage: $0 token USER [CLIENT]} client=${2:-yhdessa-cli}
  curl -fsS --max-time 10 "$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/protocol/openid-connect/token" \
    -d grant_type=password -d client_id="$client" -d scope=openid \
    --data-urlencode username="$user" --data-urlencode password="${KEYCLOAK_DEMO_PASSWORD:-demo}" |
    sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# verify: check the claims the services rely on (needs node to decode tokens).
verify() {
  need_cmd node nodejs
  local web other
  web=$(token sari.virtanen yhdessa-cli)
  other=$(token sari.virtanen yhdessa-other)
  [[ -n $web && -n $other ]] || die "keycloak: could not get tokens for sari.virtanen"
  node - "$web" "$other" "${OIDC_AUDIENCE:-yhdessa-api}" <<'JS'
const [web, other, audience] = process.argv.slice(2);
const claims = (t) => JSON.parse(Buffer.from(t.split('.')[1], 'base64url').toString());
const auds = (c) => [].concat(c.aud ?? []);
const w = claims(web), o = claims(other);
const problems = [];
if (!w.sub) problems.push('sub missing');
if (w.preferred_username !== 'sari.virtanen') problems.push('preferred_username wrong');
if (w.name !== 'Sari Virtanen') problems.push('name wrong');
if (w.agency !== 'child-protection') problems.push(`agency is ${JSON.stringify(w.agency)}`);
if (!w.realm_access?.roles?.includes('cp-social-worker')) problems.push('role cp-social-worker missing');
if (!auds(w).includes(audience)) problems.push(`aud lacks ${audience}`);
if (auds(o).includes(audience)) problems.push(`yhdessa-other token has aud ${audience}`);
if (w.exp - w.iat !== 300) problems.push(`lifespan ${w.exp - w.iat}s, not 300s`);
if (problems.length) { console.error('token check FAILED: ' + problems.join('; ')); process.exit(1); }
console.log(`token check ok: iss=${w.iss} aud=${JSON.stringify(w.aud)} agency=${w.agency} ` +
  `roles=${JSON.stringify(w.realm_access.roles)}; yhdessa-other aud=${JSON.stringify(o.aud ?? null)}`);
JS
}

case ${1:-} in
  start) start "${2:-}" ;;
  wait)
    if running; then wait_ready
    elif ! discovery_answers; then
      [[ -s $PID_FILE ]] && fail "the process exited"   # started, then died
      die "keycloak is not running (infra/keycloak.sh start)"
    fi
    ;;
  stop) stop ;;
  restart) stop; start ;;
  status) status ;;
  logs) exec tail -n 100 -F "$LOG" ;;
  reset) stop; info "keycloak: deleting the dev database"; rm -rf "$DATA_DIR/h2" ;;
  token) shift; token "$@" ;;
  verify) verify ;;
  *)
    echo "usage: $0 start [--no-wait]|wait|stop|restart|status|logs|reset|token USER [CLIENT]|verify" >&2
    exit 2
    ;;
esac
