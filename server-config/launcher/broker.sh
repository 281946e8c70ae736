# The OpenMQ broker every runtime node and participant replica reaches: imqbrokerd from the OpenMQ 6.5.0
# distribution, one standalone broker on loopback. Its settings are in server-config/broker/config.properties.

BROKER_PIDFILE=$ACM_RUN/broker.pid
BROKER_SCRIPT_PIDFILE=$ACM_RUN/broker-script.pid

# Broker logins: one private file per broker user under $BROKER_CREDENTIALS (<user>.password, created at first use),
# from which the instance's user repository (etc/passwd) is written; OpenMQ's guest user is not in it, so nobody logs
# in without credentials. The runtime nodes log in as $BROKER_RUNTIME_USER (runtime.sh), each participant as
# participant-<participantId> (simulator.sh); etc/accesscontrol.properties says what each may send and receive.
BROKER_CREDENTIALS=$ACM_HOME/broker
BROKER_RUNTIME_USER=acm-runtime
BROKER_ADMIN_USER=admin
BROKER_VARHOME=$ACM_HOME/mqvar
BROKER_INSTANCE=acmbroker
BROKER_ETC=$BROKER_VARHOME/instances/$BROKER_INSTANCE/etc

broker_pid() { live_pid "$BROKER_PIDFILE"; }
broker_healthy() { broker_pid >/dev/null && port_open "$ACM_BROKER_PORT"; }

broker_start() {
  # Written on every start, also to a running broker (it reads them at every login).
  broker_write_users
  if broker_healthy; then log "broker UP (pid $(broker_pid), $ACM_HOST:$ACM_BROKER_PORT)"; return 0; fi
  broker_stop
  port_open "$ACM_BROKER_PORT" && die "port $ACM_BROKER_PORT is taken by a process this launcher did not start"
  local varhome=$BROKER_VARHOME instance=$BROKER_INSTANCE
  mkdir -p "$varhome/instances/$instance/props"
  cp "$ACM_CONFIG_DIR/broker/config.properties" "$varhome/instances/$instance/props/config.properties"
  log "starting OpenMQ broker on $ACM_HOST:$ACM_BROKER_PORT"
  setsid "$MQ_HOME/bin/imqbrokerd" -javahome "$ACM_JAVA_HOME" -varhome "$varhome" -name "$instance" \
    -port "$ACM_BROKER_PORT" -bgnd -vmargs "-Xms64m -Xmx256m -XX:+UseSerialGC" >>"$ACM_LOGS/broker.log" 2>&1 </dev/null &
  echo $! >"$BROKER_SCRIPT_PIDFILE"
  # The script runs java as a child and does not exec it: the broker's pid is the child's.
  local java_pid
  wait_for 20 pgrep -P "$(cat "$BROKER_SCRIPT_PIDFILE")" java >/dev/null || die "broker did not start, see $ACM_LOGS/broker.log"
  java_pid=$(pgrep -P "$(cat "$BROKER_SCRIPT_PIDFILE")" java | head -1)
  echo "$java_pid" >"$BROKER_PIDFILE"
  wait_for 60 port_open "$ACM_BROKER_PORT" || die "broker did not open $ACM_BROKER_PORT, see $ACM_LOGS/broker.log"
  log "broker UP (pid $java_pid)"
}

broker_stop() {
  local pid
  if pid=$(broker_pid); then log "stopping broker (pid $pid)"; stop_pid "$pid" 30; fi
  if pid=$(live_pid "$BROKER_SCRIPT_PIDFILE"); then stop_pid "$pid" 10; fi
  rm -f "$BROKER_PIDFILE" "$BROKER_SCRIPT_PIDFILE"
}

broker_participant_user() { echo "participant-$1"; }

# Prints broker user $1's password, drawing a random one (kept, private) at its first use.
broker_password() {
  local file=$BROKER_CREDENTIALS/$1.password
  if [ ! -s "$file" ]; then
    mkdir -p "$BROKER_CREDENTIALS"
    head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$file"
  fi
  cat "$file"
}

# Writes the broker's user repository and access control from the credentials. The broker reads both at every login,
# so a participant added while it runs can connect at once.
broker_write_users() {
  broker_password "$BROKER_ADMIN_USER" >/dev/null
  broker_password "$BROKER_RUNTIME_USER" >/dev/null
  mkdir -p "$BROKER_ETC"
  launcher_tool broker-passwd "$BROKER_CREDENTIALS" >"$BROKER_ETC/passwd.new" || die "cannot write the broker's users"
  mv "$BROKER_ETC/passwd.new" "$BROKER_ETC/passwd"
  cp "$ACM_CONFIG_DIR/broker/accesscontrol.properties" "$BROKER_ETC/accesscontrol.properties"
}

# Gives participant $1 its broker login (at its first start) and lets the broker know it.
broker_add_participant() {
  broker_password "$(broker_participant_user "$1")" >/dev/null
  broker_write_users
}
