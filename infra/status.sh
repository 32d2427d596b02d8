#!/usr/bin/env bash
# One line per server: up/down and where it answers. Exit 0 only if all are up.
set -euo pipefail
INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

rc=0
for server in postgres redis kafka keycloak; do
  "$INFRA_DIR/$server.sh" status || rc=3
done
exit "$rc"
