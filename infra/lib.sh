# shellcheck shell=bash
# Shared helpers for the infra/*.sh scripts. Source this file; don't run it.
#
# Configuration comes from, in order of precedence:
#   1. variables already set in the environment,
#   2. <repo>/.env (if present),
#   3. <repo>/.env.example (defaults for anything .env leaves out).
#
# Downloads and unpacked distributions:  ${YHDESSA_CACHE_DIR:-$HOME/.cache/yhdessa}
# Runtime data, logs and pid files:      ${YHDESSA_STATE_DIR:-$HOME/.local/state/yhdessa}

INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$INFRA_DIR/.." && pwd)"

# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

info() { printf '[infra] %s\n' "$*" >&2; }
warn() { printf '[infra] WARNING: %s\n' "$*" >&2; }
die()  { printf '[infra] ERROR: %s\n' "$*" >&2; exit 1; }

# show_log_tail FILE [LINES]: print the end of a log file, indented, to stderr.
show_log_tail() {
  local file=$1 lines=${2:-40}
  if [[ -s $file ]]; then
    printf '[infra] --- last %s lines of %s ---\n' "$lines" "$file" >&2
    tail -n "$lines" "$file" | sed 's/^/    /' >&2
    printf '[infra] --- end of %s ---\n' "$file" >&2
  else
    printf '[infra] (no log at %s)\n' "$file" >&2
  fi
}

# ---------------------------------------------------------------------------
# Configuration
# ---------------------------------------------------------------------------

# _load_env_file FILE: export KEY=VALUE lines from FILE for keys not set yet.
_load_env_file() {
  local file=$1 line key val
  [[ -f $file ]] || return 0
  while IFS= read -r line || [[ -n $line ]]; do
    line=${line%$'\r'}
    [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
    [[ $line =~ ^[[:space:]]*(export[[:space:]]+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$ ]] || continue
    key=${BASH_REMATCH[2]}
    val=${BASH_REMATCH[3]}
    # Strip one pair of surrounding quotes, or (unquoted) a trailing " # comment".
    if [[ $val =~ ^\"(.*)\"$ || $val =~ ^\'(.*)\'$ ]]; then
      val=${BASH_REMATCH[1]}
    else
      val=${val%%[[:space:]]#*}
      val=${val%"${val##*[![:space:]]}"}
    fi
    [[ -n ${!key+x} ]] && continue   # the environment wins
    export "$key=$val"
  done <"$file"
}

load_env() {
  _load_env_file "$REPO_ROOT/.env"
  _load_env_file "$REPO_ROOT/.env.example"

  export YHDESSA_CACHE_DIR="${YHDESSA_CACHE_DIR:-$HOME/.cache/yhdessa}"
  export YHDESSA_STATE_DIR="${YHDESSA_STATE_DIR:-$HOME/.local/state/yhdessa}"
  mkdir -p "$YHDESSA_CACHE_DIR" "$YHDESSA_STATE_DIR"
}

# The platform's services are listed once, in tools/platform/services.json (node reads it; any
# version will do).
#   service_list FIELD           that field of every service that has one, one per line, in the
#                                list's order: `service_list name`, `service_list databaseVariable`
#   service_field SERVICE FIELD  one service's field; empty when it has none, an error when the
#                                service is not listed
SERVICES_JSON="$REPO_ROOT/tools/platform/services.json"

_services_node() {
  command -v node >/dev/null || die "node is needed to read $SERVICES_JSON (apt-get install nodejs)"
  node -e "const { services } = require(process.argv[1]); $1" "$SERVICES_JSON" "${@:2}"
}

service_list() {
  _services_node 'for (const service of services) if (service[process.argv[2]]) console.log(service[process.argv[2]]);' "$1"
}

service_field() {
  _services_node '
    const service = services.find((candidate) => candidate.name === process.argv[2]);
    if (!service) { console.error(`${process.argv[2]} is not in ${process.argv[1]}`); process.exit(1); }
    console.log(service[process.argv[3]] ?? "");' "$1" "$2"
}

# ---------------------------------------------------------------------------
# Network probes
# ---------------------------------------------------------------------------

# port_open HOST PORT: true if a TCP connection can be made within ~2 s.
port_open() {
  local host=$1 port=$2
  # shellcheck disable=SC2016 # $0/$1 expand in the child shell
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$host" "$port" 2>/dev/null
}

# host_is_local HOST: true for addresses on this machine.
host_is_local() {
  case $1 in
    127.* | localhost | ::1 | '[::1]') return 0 ;;
    *) return 1 ;;
  esac
}

# wait_until TIMEOUT_SECONDS CMD...: poll CMD every second until it succeeds.
wait_until() {
  local timeout=$1 start=$SECONDS
  shift
  until "$@"; do
    ((SECONDS - start >= timeout)) && return 1
    sleep 1
  done
}

# ---------------------------------------------------------------------------
# Processes started by these scripts (pid files under the state dir)
# ---------------------------------------------------------------------------

# pid_running PIDFILE [CMDLINE_PATTERN]: true if the pid in PIDFILE is alive
# (and, when given, its command line contains PATTERN, guarding against a
# recycled pid).
pid_running() {
  local pidfile=$1 pattern=${2:-} pid
  [[ -s $pidfile ]] || return 1
  pid=$(<"$pidfile")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  if [[ -n $pattern ]]; then
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$pattern" || return 1
  fi
}

# start_detached PIDFILE LOGFILE CMD...: run CMD under setsid, detached
# from this shell (it survives the caller's exit and terminal hang-ups), with
# stdout+stderr appended to LOGFILE. The pid written is the one CMD runs as.
start_detached() {
  local pidfile=$1 logfile=$2
  shift 2
  mkdir -p "$(dirname "$pidfile")" "$(dirname "$logfile")"
  rm -f "$pidfile"
  # shellcheck disable=SC2016 # $$ and $0 expand in the child shell
  setsid nohup bash -c 'echo $$ >"$0"; exec "$@"' "$pidfile" "$@" \
    </dev/null >>"$logfile" 2>&1 &
  # Wait (briefly) for the child to record its pid.
  local tries=50
  while ((tries-- > 0)); do
    [[ -s $pidfile ]] && return 0
    sleep 0.1
  done
  die "could not start: $*"
}

# stop_pid NAME PIDFILE [TIMEOUT]: SIGTERM the process, wait for it to exit
# (SIGKILL after TIMEOUT seconds), remove the pid file.
stop_pid() {
  local name=$1 pidfile=$2 timeout=${3:-60} pid start=$SECONDS
  [[ -s $pidfile ]] || return 0
  pid=$(<"$pidfile")
  if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
    info "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do
      if ((SECONDS - start >= timeout)); then
        warn "$name did not stop within ${timeout}s; killing it"
        # start_detached (setsid) made it a process group leader: kill
        # the whole group so no child is left behind.
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
        sleep 1
        break
      fi
      sleep 0.5
    done
  fi
  rm -f "$pidfile"
}

# rotate_log FILE: keep the previous run's log as FILE.prev, start FILE empty.
rotate_log() {
  local file=$1
  mkdir -p "$(dirname "$file")"
  [[ -f $file ]] && mv -f "$file" "$file.prev"
  : >"$file"
}

# ---------------------------------------------------------------------------
# Packages and tools
# ---------------------------------------------------------------------------

# as_root CMD...: run CMD as root (directly, or through sudo).
as_root() {
  if ((EUID == 0)); then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    die "needs root to run: $* (no sudo available)"
  fi
}

_APT_UPDATED=
# apt_install PKG...: install Debian packages (non-interactive).
apt_install() {
  info "installing Debian packages: $*"
  if [[ -z $_APT_UPDATED ]]; then
    as_root apt-get update -qq >/dev/null
    _APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# need_cmd CMD [DEBIAN_PACKAGE]: make sure CMD exists, installing it if possible.
need_cmd() {
  local cmd=$1 pkg=${2:-$1}
  command -v "$cmd" >/dev/null && return 0
  apt_install "$pkg"
  command -v "$cmd" >/dev/null || die "'$cmd' not found even after installing '$pkg'"
}

# mvn_cached ARGS...: Maven, batch mode, with its repository inside the cache
# dir so every download lives in one place. Output goes to a log, shown on failure.
mvn_cached() {
  need_cmd mvn maven
  local log="$YHDESSA_CACHE_DIR/mvn.log" work rc=0
  # Run in a scratch dir: goals run without a project leave files in the cwd.
  work=$(mktemp -d "$YHDESSA_CACHE_DIR/mvn-work.XXXXXX")
  (cd "$work" && mvn -B -ntp -Dmaven.repo.local="$YHDESSA_CACHE_DIR/m2" "$@") >"$log" 2>&1 || rc=$?
  rm -rf "$work"
  if ((rc != 0)); then
    show_log_tail "$log" 30
    return "$rc"
  fi
}

# ---------------------------------------------------------------------------
# Java
# ---------------------------------------------------------------------------

# java_major JAVA_HOME: print the feature version (17, 21, 25...) of a JDK/JRE.
java_major() {
  local home=$1 v=
  [[ -x $home/bin/java ]] || return 1
  if [[ -f $home/release ]]; then
    v=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$home/release")
  fi
  if [[ -z $v ]]; then
    v=$("$home/bin/java" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java.specification.version = //p')
  fi
  v=${v#1.}        # 1.8 -> 8
  echo "${v%%[.+-]*}"
}

# find_java_home MIN_MAJOR: print the home of the newest JDK >= MIN_MAJOR found
# under /usr/lib/jvm (or the `java` on PATH). Fails if there is none.
find_java_home() {
  local min=$1 best='' best_v=0 home v
  local -a candidates=(/usr/lib/jvm/*)
  if command -v java >/dev/null; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for home in "${candidates[@]}"; do
    [[ -d $home ]] || continue
    home=$(readlink -f "$home")
    v=$(java_major "$home" 2>/dev/null) || continue
    [[ $v =~ ^[0-9]+$ ]] || continue
    if ((v >= min && v > best_v)); then
      best=$home best_v=$v
    fi
  done
  [[ -n $best ]] || return 1
  echo "$best"
}
