# Simulator participants: each replica is its own Payara Micro process with the adapter RAR and the simulator WAR.
# State per participant lives in $ACM_RUN/sims/<participantId>/: its types, and per replica its port, pid and
# replicaId. Replica ids are stable per slot (derived from participantId and slot), so a restarted replica comes back
# as itself rather than as a stranger.

SIMS_DIR=$ACM_RUN/sims
# A replica's JVM: it holds its participant's view (5,000 instances take about 60 MB) and a Payara Micro with the
# simulator; the serial collector, the client compiler (C1: a replica applies messages, it runs no hot loops) and a
# bounded code cache and metaspace keep it small next to the rest of the stack.
SIM_JVM_OPTIONS="-Xms48m -Xmx320m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=192m"

sim_dir() { echo "$SIMS_DIR/$1"; }
sim_replica_dir() { echo "$SIMS_DIR/$1/replica-$2"; }
sim_participants() { [ -d "$SIMS_DIR" ] && ls "$SIMS_DIR" 2>/dev/null || true; }
sim_replica_slots() { ls -d "$(sim_dir "$1")"/replica-* 2>/dev/null | sed 's/.*replica-//' | sort -n; }
sim_replica_pid() { live_pid "$(sim_replica_dir "$1" "$2")/pid"; }
sim_replica_port() { cat "$(sim_replica_dir "$1" "$2")/port" 2>/dev/null; }
# A replica's logs: <prefix>.log is its stdout, <prefix>.json.log its log records as JSON lines (micro/logging.properties).
sim_log_prefix() { echo "$ACM_LOGS/sim-${1:0:8}-$2"; }
sim_replica_healthy() { [ "$(http_code "http://$ACM_HOST:$(sim_replica_port "$1" "$2")/health/ready")" = 200 ]; }

# What a replica runs; a replica started from other artifacts is restarted by ./acm start.
sim_artifacts_sum() { cat "$ACM_RAR" "$ACM_SIM_WAR" | sha256sum | cut -d' ' -f1; }

# True if the replica runs and runs the current build.
sim_replica_current() {
  sim_replica_pid "$1" "$2" >/dev/null &&
    [ "$(cat "$(sim_replica_dir "$1" "$2")/artifacts" 2>/dev/null)" = "$(sim_artifacts_sum)" ]
}

# Starts the replica unless it runs the current build; one running an older build is stopped first.
sim_replica_ensure() {
  local participant=$1 slot=$2 types=$3 pid
  sim_replica_current "$participant" "$slot" && return 0
  if pid=$(sim_replica_pid "$participant" "$slot"); then
    log "restarting simulator $participant replica $slot on the new build"
    stop_pid "$pid" 20
  fi
  sim_replica_launch "$participant" "$slot" "$types"
}

# A replica's port and id are chosen at its first launch and kept: the launcher tool gives the first port from
# ACM_SIM_PORT_FIRST that no replica has claimed and nothing listens on, and a name-based UUID of participant and slot.
sim_replica_record() {
  local dir=$1 participant=$2 slot=$3 value
  if [ ! -f "$dir/port" ]; then
    value=$(launcher_tool free-port) || die "cannot choose a port for $participant replica $slot"
    echo "$value" >"$dir/port"
  fi
  if [ ! -f "$dir/replica-id" ]; then
    value=$(launcher_tool replica-id "$participant" "$slot") || die "cannot derive the id of $participant replica $slot"
    echo "$value" >"$dir/replica-id"
  fi
}

sim_replica_launch() {
  local participant=$1 slot=$2 types=$3
  local dir port replica
  dir=$(sim_replica_dir "$participant" "$slot")
  mkdir -p "$dir"
  sim_replica_record "$dir" "$participant" "$slot"
  port=$(cat "$dir/port") replica=$(cat "$dir/replica-id")
  # A reused root would redeploy the previous run's applications before the post-boot commands run.
  rm -rf "$dir/root"
  sim_artifacts_sum >"$dir/artifacts"
  port_open "$port" && die "port $port of $participant replica $slot is taken by another process"
  sed "s|@BROKER_PORT@|$ACM_BROKER_PORT|g" "$ACM_CONFIG_DIR/micro/postboot.asadmin" | grep -v '^#' >"$dir/postboot.asadmin"
  sed "s|@LOG_FILE@|$(sim_log_prefix "$participant" "$slot").json.log|g" "$ACM_CONFIG_DIR/micro/logging.properties" \
    >"$dir/logging.properties"
  log "starting simulator $participant replica $slot ($replica) on $ACM_HOST:$port"
  # Passwords go in the environment, which only the process's owner can read, never in the arguments, which every
  # user sees (ps, /proc/<pid>/cmdline): MicroProfile Config reads participant.password as PARTICIPANT_PASSWORD, the
  # adapter its broker login acm.broker.user/password as ACM_BROKER_USER/ACM_BROKER_PASSWORD.
  local broker_user
  broker_user=$(broker_participant_user "$participant")
  broker_add_participant "$participant"
  PARTICIPANT_PASSWORD=$ACM_SIM_PASSWORD ACM_BROKER_USER=$broker_user ACM_BROKER_PASSWORD=$(broker_password "$broker_user") \
    setsid "$ACM_JAVA_HOME/bin/java" $SIM_JVM_OPTIONS \
    -Dparticipant.id="$participant" -Dparticipant.supportedElementTypes="$types" -Dparticipant.replicaId="$replica" \
    ${ACM_HEARTBEAT_MS:+-Dparticipant.heartbeatIntervalMs="$ACM_HEARTBEAT_MS"} \
    -Dparticipant.user="$ACM_SIM_USER" \
    -jar "$MICRO_JAR" --nohazelcast --name "sim-${participant:0:8}-$slot" --port "$port" --rootDir "$dir/root" \
    --prebootcommandfile "$ACM_CONFIG_DIR/micro/preboot.asadmin" --postbootcommandfile "$dir/postboot.asadmin" \
    --logProperties "$dir/logging.properties" \
    --deploy "$ACM_RAR" --deploy "$ACM_SIM_WAR" >>"$(sim_log_prefix "$participant" "$slot").log" 2>&1 </dev/null &
  echo $! >"$dir/pid"
}

# Starts the replicas 1..R of a participant that are not running (and records its types for later restarts).
sim_start() {
  local participant=$1 types=$2 replicas=$3 kind=$4 slot
  mkdir -p "$(sim_dir "$participant")"
  echo "$types" >"$(sim_dir "$participant")/types"
  echo "$kind" >"$(sim_dir "$participant")/kind"
  for ((slot = 1; slot <= replicas; slot++)); do
    sim_replica_ensure "$participant" "$slot" "$types"
  done
}

# Restarts the dead replicas of every participant started before, and those running an older build.
sim_restart_known() {
  local participant slot
  for participant in $(sim_participants); do
    for slot in $(sim_replica_slots "$participant"); do
      sim_replica_ensure "$participant" "$slot" "$(cat "$(sim_dir "$participant")/types")"
    done
  done
}

sim_wait_healthy() {
  local participant=$1 slot
  for slot in $(sim_replica_slots "$participant"); do
    wait_for 240 sim_replica_healthy "$participant" "$slot" ||
      die "simulator $participant replica $slot is not ready, see $(sim_log_prefix "$participant" "$slot").log and .json.log"
  done
  log "simulator $participant UP ($(sim_replica_slots "$participant" | wc -l) replicas)"
}

sim_print() {
  local slot
  for slot in $(sim_replica_slots "$1"); do
    echo "  participant $1 replica $slot: http://$ACM_HOST:$(sim_replica_port "$1" "$slot")/onap/policy/simparticipant/v2 (pid $(sim_replica_pid "$1" "$slot" || echo down))"
  done
}

sim_stop() {
  local participant=$1 slot pid
  [ -d "$(sim_dir "$participant")" ] || { log "no simulator $participant"; return 0; }
  for slot in $(sim_replica_slots "$participant"); do
    if pid=$(sim_replica_pid "$participant" "$slot"); then
      log "stopping simulator $participant replica $slot (pid $pid)"
      stop_pid "$pid" 20 &
    fi
  done
  wait
  rm -rf "$(sim_dir "$participant")"
}

sim_stop_all() {
  local participant
  for participant in $(sim_participants); do sim_stop "$participant"; done
}
