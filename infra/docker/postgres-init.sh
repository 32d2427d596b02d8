#!/usr/bin/env bash
# Runs once, when the postgres container initialises an empty data directory
# (mounted into /docker-entrypoint-initdb.d by docker-compose.yml): one database
# per service that has one in tools/platform/services.json (mounted at
# $YHDESSA_SERVICES_JSON), named by the service's variable, which docker-compose.yml
# passes in, and each service's own login role (<database variable>_USER).
# infra/postgres.sh does the same for the native setup.
set -euo pipefail

services_json=${YHDESSA_SERVICES_JSON:-/yhdessa/services.json}
[[ -r $services_json ]] || { echo "postgres-init: $services_json is missing" >&2; exit 1; }
# The image has no JSON reader: the list's "databaseVariable" entries, by pattern.
variables=$(grep -o '"databaseVariable": *"[A-Z][A-Z0-9_]*"' "$services_json" | sed 's/.*"\([A-Z][A-Z0-9_]*\)"$/\1/')

for variable in $variables; do
  db=${!variable:-}
  [[ -n $db ]] || { echo "postgres-init: $variable is not set" >&2; exit 1; }
  echo "creating database $db"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -c "CREATE DATABASE \"$db\""
  # The service's own login (<database variable>_USER/_PASSWORD); its migrations grant what it may do.
  user_variable=${variable}_USER
  password_variable=${variable}_PASSWORD
  if [[ -n ${!user_variable:-} ]]; then
    echo "creating role ${!user_variable}"
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
      -v role="${!user_variable}" -v pw="${!password_variable:-}" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'role', :'pw') \gexec
SQL
  fi
done
