#!/usr/bin/env bash
# Runs once, when the postgres container initialises an empty data directory
# (mounted into /docker-entrypoint-initdb.d by docker-compose.yml): one database
# per service. infra/postgres.sh does the same for the native setup.
set -euo pipefail

for db in \
  "${CASE_COORDINATION_DB:-case_coordination}" \
  "${ASSESSMENT_DB:-assessment}" \
  "${CLIENT_PLAN_DB:-client_plan}" \
  "${CONSULTATION_BOOKING_DB:-consultation_booking}"; do
  echo "creating database $db"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -c "CREATE DATABASE \"$db\""
done
