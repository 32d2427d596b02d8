#!/usr/bin/env bash
# Start every server the platform and its tests use, natively (no Docker):
# PostgreSQL and Redis from Debian's packages, Kafka and Keycloak from Maven
# Central. Each step skips what already answers, so a second run is quick and
# downloads nothing. Ends with one line per server saying where it answers.
#
#   infra/up.sh
#
# See infra/README.md for the details; infra/down.sh stops what this started.
set -euo pipefail
# shellcheck source=infra/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
load_env

started=$SECONDS

# step SERVER ARGS...: run infra/SERVER.sh ARGS..., naming the server on failure.
step() {
  local server=$1
  shift
  "$INFRA_DIR/$server.sh" "$@" || die "$server failed to come up (details above)"
}

step postgres start
step redis start
# Kafka and Keycloak start side by side; then wait for both.
step kafka start --no-wait
step keycloak start --no-wait
step kafka wait
step keycloak wait

"$INFRA_DIR/status.sh"
info "ready in $((SECONDS - started))s"
