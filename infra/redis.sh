#!/usr/bin/env bash
# Redis from Debian's packages (no persistence: it holds locks, short holds
# and caches only).
#
#   infra/redis.sh start    if $REDIS_URL doesn't answer: install (apt) and start it
#   infra/redis.sh stop     stop it, only if infra/redis.sh started it
#   infra/redis.sh status
set -euo pipefail
# shellcheck source=infra/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
load_env

REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}
# redis://[user:password@]host[:port][/db] -> host, port
_hostport=${REDIS_URL#*://}
_hostport=${_hostport##*@}
_hostport=${_hostport%%/*}
REDIS_HOST=${_hostport%:*}
REDIS_PORT=${_hostport##*:}
[[ $REDIS_PORT == "$_hostport" ]] && REDIS_PORT=6379

STATE="$YHDESSA_STATE_DIR/redis"
PID_FILE="$STATE/redis.pid"
LOG="$STATE/redis.log"

# PING over a raw socket: any RESP reply (+PONG, or -NOAUTH) means it answers.
answers() {
  # shellcheck disable=SC2016
  timeout 2 bash -c '
    exec 3<>"/dev/tcp/$0/$1" || exit 1
    printf "PING\r\n" >&3
    IFS= read -r -t 2 reply <&3 && [[ $reply == [+-]* ]]
  ' "$REDIS_HOST" "$REDIS_PORT" 2>/dev/null
}

start() {
  answers && return 0
  host_is_local "$REDIS_HOST" || die "redis: $REDIS_HOST:$REDIS_PORT does not answer (and is not on this machine)"
  command -v redis-server >/dev/null || apt_install redis-server
  # The package's install may have started it already.
  answers && return 0
  mkdir -p "$STATE"
  info "redis: starting redis-server on $REDIS_HOST:$REDIS_PORT"
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" \
    --save "" --appendonly no \
    --dir "$STATE" --pidfile "$PID_FILE" --logfile "$LOG"
  wait_until 30 answers || {
    show_log_tail "$LOG"
    die "redis did not come up on $REDIS_HOST:$REDIS_PORT"
  }
}

stop() {
  if ! pid_running "$PID_FILE" redis-server; then
    info "redis: not started by infra; leaving it running"
    return 0
  fi
  stop_pid redis "$PID_FILE" 30
}

status() {
  if answers; then
    local note=""
    pid_running "$PID_FILE" redis-server && note="  (started by infra, pid $(<"$PID_FILE"))"
    printf '%-9s up    redis://%s:%s%s\n' redis "$REDIS_HOST" "$REDIS_PORT" "$note"
    return 0
  fi
  printf '%-9s down  %s:%s\n' redis "$REDIS_HOST" "$REDIS_PORT"
  return 3
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
