#!/usr/bin/env bash
# PostgreSQL from Debian's packages, plus the service databases.
#
#   infra/postgres.sh start    if $PGHOST:$PGPORT doesn't answer: install (apt) and start
#                              the local cluster; then make sure $PGUSER/$PGPASSWORD can
#                              log in over TCP, create the databases that are missing and
#                              each service's own login role
#   infra/postgres.sh stop     stop the cluster, only if infra/postgres.sh started it
#   infra/postgres.sh status
#
# A server that was already running is used as it is: it is never stopped by
# these scripts (see infra/down.sh).
set -euo pipefail
# shellcheck source=infra/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
load_env

export PGHOST=${PGHOST:-127.0.0.1}
export PGPORT=${PGPORT:-5432}
export PGUSER=${PGUSER:-postgres}
export PGPASSWORD=${PGPASSWORD:-postgres}
# One database per service that has one (tools/platform/services.json), named by its variable.
DATABASES=()
database_variables=$(service_list databaseVariable)
for variable in $database_variables; do
  [[ -n ${!variable:-} ]] || die "postgres: $variable is not set (see .env.example)"
  DATABASES+=("${!variable}")
done

STATE="$YHDESSA_STATE_DIR/postgres"
STARTED_MARKER="$STATE/started-by-infra"   # holds "VERSION CLUSTER"

answers() {
  if command -v pg_isready >/dev/null; then
    pg_isready -q -h "$PGHOST" -p "$PGPORT" -t 2
  else
    port_open "$PGHOST" "$PGPORT"
  fi
}

# "VERSION CLUSTER" of the local cluster configured for $PGPORT, if any.
cluster_for_port() {
  command -v pg_lsclusters >/dev/null || return 0
  pg_lsclusters -h 2>/dev/null | awk -v port="$PGPORT" '$3 == port { print $1, $2; exit }'
}

start_local_cluster() {
  host_is_local "$PGHOST" || die "postgres: $PGHOST:$PGPORT does not answer (and is not on this machine)"
  if [[ ! -d /usr/lib/postgresql ]] || ! command -v pg_ctlcluster >/dev/null; then
    apt_install postgresql
  fi
  local version cluster
  read -r version cluster <<<"$(cluster_for_port)" || true
  if [[ -z ${version:-} ]]; then
    if [[ -n $(pg_lsclusters -h 2>/dev/null) ]]; then
      pg_lsclusters >&2
      die "postgres: no local cluster is configured for port $PGPORT (set PGPORT to one of the above)"
    fi
    version=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n 1)
    cluster=main
    info "postgres: creating cluster $version/$cluster on port $PGPORT"
    as_root pg_createcluster --port "$PGPORT" "$version" "$cluster" >/dev/null
  fi
  # The package's install may already have started it.
  if ! answers; then
    info "postgres: starting cluster $version/$cluster"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start
    mkdir -p "$STATE"
    echo "$version $cluster" >"$STARTED_MARKER"
  fi
  wait_until 60 answers || {
    show_log_tail "/var/log/postgresql/postgresql-$version-$cluster.log"
    die "postgres did not come up on $PGHOST:$PGPORT"
  }
}

# psql as the OS user postgres over the local socket (peer/trust auth).
psql_superuser() {
  as_root runuser -u postgres -- env -u PGHOST -u PGUSER -u PGPASSWORD \
    psql -X -q -v ON_ERROR_STOP=1 -U postgres -p "$PGPORT" -d postgres "$@"
}

# Make $PGUSER/$PGPASSWORD work over TCP: with trust auth it already does;
# otherwise (e.g. Debian's default scram-sha-256) give the role that password.
ensure_login() {
  psql -X -q -d postgres -c 'select 1' >/dev/null 2>&1 && return 0
  host_is_local "$PGHOST" || die "postgres: cannot log in as '$PGUSER' on $PGHOST:$PGPORT"
  info "postgres: setting up login role '$PGUSER'"
  # Development-only role: superuser, so tests can create schemas and extensions.
  psql_superuser -v role="$PGUSER" -v pw="$PGPASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN SUPERUSER', :'role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN PASSWORD %L', :'role', :'pw') \gexec
SQL
  psql -X -q -d postgres -c 'select 1' >/dev/null ||
    die "postgres: '$PGUSER' still cannot log in over TCP; check pg_hba.conf"
}

ensure_databases() {
  local db
  for db in "${DATABASES[@]}"; do
    if [[ -z $(psql -X -tA -d postgres -v db="$db" <<<"SELECT 1 FROM pg_database WHERE datname = :'db'") ]]; then
      info "postgres: creating database $db"
      psql -X -q -d postgres -c "CREATE DATABASE \"$db\""
    fi
  done
}

# Each service's own login (<database variable>_USER/_PASSWORD, see .env.example): no superuser, no
# CREATEDB/CREATEROLE. What it may do in its database is granted by the service's migration step
# (libs/runtime migrateDatabase), which runs as $PGUSER, the owner of the tables.
ensure_roles() {
  local variable user password
  for variable in $database_variables; do
    user=$(printenv "${variable}_USER" || true)
    password=$(printenv "${variable}_PASSWORD" || true)
    [[ -n $user ]] || continue
    psql -X -q -d postgres -v role="$user" -v pw="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'role') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD %L', :'role', :'pw') \gexec
SQL
  done
}

start() {
  need_cmd psql postgresql-client
  answers || start_local_cluster
  ensure_login
  ensure_databases
  ensure_roles
}

stop() {
  if [[ ! -f $STARTED_MARKER ]]; then
    info "postgres: not started by infra; leaving it running"
    return 0
  fi
  local version cluster
  read -r version cluster <"$STARTED_MARKER"
  info "postgres: stopping cluster $version/$cluster"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" stop
  rm -f "$STARTED_MARKER"
}

status() {
  if answers; then
    local note
    note="databases $(printf '%s, ' "${DATABASES[@]}")"
    note=${note%, }
    [[ -f $STARTED_MARKER ]] && note+="; started by infra"
    printf '%-9s up    postgresql://%s@%s:%s  (%s)\n' postgres "$PGUSER" "$PGHOST" "$PGPORT" "$note"
    return 0
  fi
  printf '%-9s down  %s:%s\n' postgres "$PGHOST" "$PGPORT"
  return 3
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
