# Shared settings and helpers for the ./acm launcher. Sourced, not executed.
# Every setting can be overridden from the environment; the defaults are local development values.

ACM_ROOT=${ACM_ROOT:?ACM_ROOT must be set by ./acm}

# Everything the launcher and the servers it starts write is private to the user running the stack: the state
# directory holds the admin, database, runtime and broker passwords (asadmin command files, domain.xml of the DAS
# and of every node, the broker's user file), and Payara writes and re-syncs those files with the umask of the
# process that started it. Only apt-get runs with the system's usual umask (db_install_if_missing).
umask 077
# Every JVM the launcher starts (DAS, nodes through the DAS, broker, replicas) inherits this: glibc's default of up to
# eight malloc arenas per core holds tens of MB of native memory per JVM that a 2-core stack does not use.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
ACM_HOME=${ACM_HOME:-$ACM_ROOT/.acm}
ACM_DIST=$ACM_HOME/dist
ACM_LOGS=$ACM_HOME/logs
ACM_RUN=$ACM_HOME/run
ACM_CONFIG_DIR=$ACM_ROOT/server-config

# Artifacts the build produces.
ACM_EAR=$ACM_ROOT/acm-ear/target/acm.ear
ACM_RAR=$ACM_ROOT/participant-jca-adapter/participant-rar/target/acm-participant-adapter.rar
ACM_SIM_WAR=$ACM_ROOT/participant-simulator/target/participant-simulator.war
ACM_DIST_SRC=$ACM_ROOT/server-config/target/dist

# Loopback only: nothing of the stack listens on, or talks to, another address.
ACM_HOST=127.0.0.1

# PostgreSQL
ACM_DB_PORT=${ACM_DB_PORT:-5432}
ACM_DB_NAME=${ACM_DB_NAME:-acm}
ACM_DB_USER=${ACM_DB_USER:-acm}
ACM_DB_PASSWORD=${ACM_DB_PASSWORD:-acm}

# OpenMQ broker
ACM_BROKER_PORT=${ACM_BROKER_PORT:-7676}

# Payara Server: the DAS uses a port base; runtime node i listens on ACM_RUNTIME_PORT + i - 1 (6969, 6970, ...).
# The launcher tool derives the admin port and every node's ports from these (runtime_layout in runtime.sh).
ACM_DOMAIN=${ACM_DOMAIN:-acm}
ACM_PORTBASE=${ACM_PORTBASE:-24800}
ACM_ADMIN_USER=admin
ACM_RUNTIME_PORT=${ACM_RUNTIME_PORT:-6969}
ACM_INSTANCE_PORTBASE=${ACM_INSTANCE_PORTBASE:-25000}
ACM_DEPLOYMENT_GROUP=acm-dg
ACM_CONFIG=acm-config
ACM_RUNTIME_USER=${ACM_RUNTIME_USER:-runtimeUser}
ACM_RUNTIME_PASSWORD=${ACM_RUNTIME_PASSWORD:-zb!XztG34}
# Replica heartbeat in ms; unset leaves the participant adapter's own default.
ACM_HEARTBEAT_MS=${ACM_HEARTBEAT_MS:-}
ACM_MAX_STATUS_WAIT_MS=${ACM_MAX_STATUS_WAIT_MS:-3000}
# Which replica of a participant runs each operation: round-robin or least-in-flight.
ACM_REPLICA_SELECTION=${ACM_REPLICA_SELECTION:-round-robin}

# Simulator participants (Payara Micro replicas)
ACM_SIM_PORT_FIRST=${ACM_SIM_PORT_FIRST:-8101}
ACM_SIM_USER=${ACM_SIM_USER:-participantUser}
ACM_SIM_PASSWORD=${ACM_SIM_PASSWORD:-zb!XztG34}
# ONAP's simulator participants (sim-1, the default participant, sim-2, sim-3) with the ids and element types of
# ONAP's compose files are presets of the launcher tool: launcher_tool default-participant | simulator-preset NAME.
# ACM_SIM_DEFAULT_ID and ACM_SIM_DEFAULT_TYPES, when set, override the default participant's.

ACM_JAVA_HOME=${ACM_JAVA_HOME:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}

PAYARA_HOME=$ACM_DIST/payara6
MQ_HOME=$ACM_DIST/mq
MICRO_JAR=$ACM_DIST/payara-micro.jar

# What the launcher computes rather than starts (status, ports, presets, replica ids) is a small Java program, given
# the settings above and runtime.sh's domain paths in its environment (it has no defaults of its own). It is built
# with everything else, or on its own when only it is missing.
ACM_LAUNCHER_TOOL=$ACM_ROOT/server-config/launcher-tool/target/acm-launcher.jar
launcher_tool() {
  if [ ! -f "$ACM_LAUNCHER_TOOL" ]; then
    log "building the launcher tool (./mvnw -q -pl server-config/launcher-tool -DskipTests package)"
    (cd "$ACM_ROOT" && ./mvnw -B -q -pl server-config/launcher-tool -DskipTests package) >&2 ||
      die "cannot build the launcher tool"
  fi
  ACM_HOST=$ACM_HOST ACM_RUN=$ACM_RUN ACM_DOMAIN_DIR=$DOMAIN_DIR/$ACM_DOMAIN \
    ACM_NODES_DIR=$PAYARA_HOME/glassfish/nodes/$NODE_NAME ACM_DB_PORT=$ACM_DB_PORT ACM_DB_NAME=$ACM_DB_NAME \
    ACM_DB_USER=$ACM_DB_USER ACM_DB_PASSWORD=$ACM_DB_PASSWORD ACM_BROKER_PORT=$ACM_BROKER_PORT \
    ACM_PORTBASE=$ACM_PORTBASE ACM_RUNTIME_PORT=$ACM_RUNTIME_PORT ACM_INSTANCE_PORTBASE=$ACM_INSTANCE_PORTBASE \
    ACM_SIM_PORT_FIRST=$ACM_SIM_PORT_FIRST ACM_SIM_DEFAULT_ID=${ACM_SIM_DEFAULT_ID:-} \
    ACM_SIM_DEFAULT_TYPES=${ACM_SIM_DEFAULT_TYPES:-} \
    "$ACM_JAVA_HOME/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$ACM_LAUNCHER_TOOL" "$@"
}

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Prints the pid stored in file $1 if that process is alive.
live_pid() {
  local file=$1 pid
  [ -f "$file" ] || return 1
  pid=$(cat "$file" 2>/dev/null)
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && { echo "$pid"; return 0; }
  return 1
}

# Waits until command "$@" succeeds, at most $1 seconds (first argument).
wait_for() {
  local seconds=$1; shift
  local deadline=$((SECONDS + seconds))
  until "$@"; do
    [ $SECONDS -ge $deadline ] && return 1
    sleep 1
  done
}

port_open() { (exec 3<>"/dev/tcp/$ACM_HOST/$1") 2>/dev/null; }

# HTTP status of a GET, or 000.
http_code() { curl -s -o /dev/null -m 3 -w '%{http_code}' "$@" 2>/dev/null || true; }

# Stops a process by pid: TERM, then KILL after a grace period. Never by name.
stop_pid() {
  local pid=$1 grace=${2:-20}
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null
  local deadline=$((SECONDS + grace))
  while kill -0 "$pid" 2>/dev/null; do
    if [ $SECONDS -ge $deadline ]; then kill -KILL "$pid" 2>/dev/null; break; fi
    sleep 0.5
  done
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}

# Also takes group and other access away from what an earlier launcher (with the default umask) left readable.
ensure_dirs() {
  mkdir -p "$ACM_DIST" "$ACM_LOGS" "$ACM_RUN"
  chmod -R go-rwx "$ACM_HOME"
}
