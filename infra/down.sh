#!/usr/bin/env bash
# Stop the servers infra/up.sh started.
#
#   infra/down.sh         stop Kafka and Keycloak (their data is kept for the next start)
#   infra/down.sh --all   also stop PostgreSQL and Redis, but only if infra/*.sh
#                         started them
#
# PostgreSQL and Redis are left running by default: they are usually the
# machine's own services (other projects may use them) and start in a second
# anyway. A PostgreSQL or Redis that was running before infra/up.sh is never
# stopped, not even with --all.
set -euo pipefail
INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

all=
case ${1:-} in
  --all) all=1 ;;
  '') ;;
  *) echo "usage: $0 [--all]" >&2; exit 2 ;;
esac

"$INFRA_DIR/keycloak.sh" stop
"$INFRA_DIR/kafka.sh" stop
if [[ -n $all ]]; then
  "$INFRA_DIR/redis.sh" stop
  "$INFRA_DIR/postgres.sh" stop
fi
"$INFRA_DIR/status.sh" || true
