# ./acm status: each component and its health, as text or as one JSON object.

json_str() { [ -n "$1" ] && printf '"%s"' "$1" || printf 'null'; }
json_num() { [ -n "$1" ] && printf '%s' "$1" || printf 'null'; }
up_down() { "$@" && echo UP || echo DOWN; }

status_json() {
  local i n sep="" participant slot psep rsep name id
  n=$(runtime_node_count)
  printf '{"runtime":['
  for ((i = 1; i <= n; i++)); do
    printf '%s{"name":"%s","url":"http://%s:%s","pid":%s,"health":"%s"}' "$sep" "$(runtime_node_name "$i")" \
      "$ACM_HOST" "$(runtime_node_port "$i")" "$(json_num "$(runtime_node_pid "$i")")" "$(up_down runtime_node_healthy "$i")"
    sep=,
  done
  printf '],"defaultParticipant":"%s","simulatorPresets":{' "$ACM_SIM_DEFAULT_ID"
  local preset presep=""
  for preset in "${ACM_SIM_PRESETS[@]}"; do
    read -r name id _ <<<"$preset"
    printf '%s"%s":"%s"' "$presep" "$name" "$id"
    presep=,
  done
  printf '},"participants":['
  psep=""
  for participant in $(sim_participants); do
    printf '%s{"participantId":"%s","replicas":[' "$psep" "$participant"
    rsep=""
    for slot in $(sim_replica_slots "$participant"); do
      printf '%s{"replicaId":%s,"url":"http://%s:%s","pid":%s,"health":"%s"}' "$rsep" \
        "$(json_str "$(cat "$(sim_replica_dir "$participant" "$slot")/replica-id" 2>/dev/null)")" "$ACM_HOST" \
        "$(sim_replica_port "$participant" "$slot")" "$(json_num "$(sim_replica_pid "$participant" "$slot")")" \
        "$(up_down sim_replica_healthy "$participant" "$slot")"
      rsep=,
    done
    printf ']}'
    psep=,
  done
  printf '],"broker":{"url":"mq://%s:%s","pid":%s,"health":"%s"}' "$ACM_HOST" "$ACM_BROKER_PORT" \
    "$(json_num "$(broker_pid)")" "$(up_down broker_healthy)"
  printf ',"database":{"url":"postgresql://%s:%s/%s","health":"%s"}}\n' "$ACM_HOST" "$ACM_DB_PORT" "$ACM_DB_NAME" \
    "$(up_down db_healthy)"
}

status_text() {
  local i n participant slot
  n=$(runtime_node_count)
  printf '%-34s %-8s %-6s %s\n' COMPONENT PID HEALTH ENDPOINT
  printf '%-34s %-8s %-6s %s\n' database - "$(up_down db_healthy)" "postgresql://$ACM_HOST:$ACM_DB_PORT/$ACM_DB_NAME"
  printf '%-34s %-8s %-6s %s\n' broker "$(broker_pid || echo -)" "$(up_down broker_healthy)" "mq://$ACM_HOST:$ACM_BROKER_PORT"
  printf '%-34s %-8s %-6s %s\n' "admin server (DAS)" "$(runtime_das_pid || echo -)" \
    "$(runtime_das_pid >/dev/null && echo UP || echo DOWN)" "http://$ACM_HOST:$ACM_ADMIN_PORT"
  for ((i = 1; i <= n; i++)); do
    printf '%-34s %-8s %-6s %s\n' "runtime $(runtime_node_name "$i")" "$(runtime_node_pid "$i" || echo -)" \
      "$(up_down runtime_node_healthy "$i")" "http://$ACM_HOST:$(runtime_node_port "$i")/onap/policy/clamp/acm/v2"
  done
  for participant in $(sim_participants); do
    for slot in $(sim_replica_slots "$participant"); do
      printf '%-34s %-8s %-6s %s\n' "sim ${participant:0:8} replica $slot" "$(sim_replica_pid "$participant" "$slot" || echo -)" \
        "$(up_down sim_replica_healthy "$participant" "$slot")" \
        "http://$ACM_HOST:$(sim_replica_port "$participant" "$slot")/onap/policy/simparticipant/v2"
    done
  done
}

# Exit status 0 when every component is UP, 3 otherwise (as systemctl status).
cmd_status() {
  local out
  case ${1:-} in
    --json) out=$(status_json); echo "$out" ;;
    "") out=$(status_text); echo "$out" ;;
    *) die "usage: ./acm status [--json]" ;;
  esac
  grep -q DOWN <<<"$out" && return 3 || return 0
}

print_endpoints() {
  local i
  echo
  echo "ACM stack is up."
  for ((i = 1; i <= $(runtime_node_count); i++)); do
    echo "  runtime node $i: http://$ACM_HOST:$(runtime_node_port "$i")/onap/policy/clamp/acm/v2 (user $ACM_RUNTIME_USER)"
  done
  for participant in $(sim_participants); do sim_print "$participant"; done
  echo "  broker: mq://$ACM_HOST:$ACM_BROKER_PORT   database: postgresql://$ACM_HOST:$ACM_DB_PORT/$ACM_DB_NAME"
  echo "  logs: $ACM_LOGS, runtime nodes: $PAYARA_HOME/glassfish/nodes/$NODE_NAME/*/logs/server.log"
}
