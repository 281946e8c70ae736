# The OpenMQ broker every runtime node and participant replica reaches: imqbrokerd from the OpenMQ 6.5.0
# distribution, one standalone broker on loopback. Its settings are in server-config/broker/config.properties.

BROKER_PIDFILE=$ACM_RUN/broker.pid
BROKER_SCRIPT_PIDFILE=$ACM_RUN/broker-script.pid

broker_pid() { live_pid "$BROKER_PIDFILE"; }
broker_healthy() { broker_pid >/dev/null && port_open "$ACM_BROKER_PORT"; }

broker_start() {
  if broker_healthy; then log "broker UP (pid $(broker_pid), $ACM_HOST:$ACM_BROKER_PORT)"; return 0; fi
  broker_stop
  port_open "$ACM_BROKER_PORT" && die "port $ACM_BROKER_PORT is taken by a process this launcher did not start"
  local varhome=$ACM_HOME/mqvar instance=acmbroker
  mkdir -p "$varhome/instances/$instance/props"
  cp "$ACM_CONFIG_DIR/broker/config.properties" "$varhome/instances/$instance/props/config.properties"
  log "starting OpenMQ broker on $ACM_HOST:$ACM_BROKER_PORT"
  setsid "$MQ_HOME/bin/imqbrokerd" -javahome "$ACM_JAVA_HOME" -varhome "$varhome" -name "$instance" \
    -port "$ACM_BROKER_PORT" -bgnd -vmargs "-Xmx256m" >>"$ACM_LOGS/broker.log" 2>&1 </dev/null &
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
