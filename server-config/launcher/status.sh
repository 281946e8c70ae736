# ./acm status: each component and its health, as text or as one JSON object; and what ./acm start prints at the end.

# The launcher tool gathers the status (pid files, then every health probe at once) and prints the table or the JSON;
# it exits 0 when every component shown is UP, 3 otherwise (as systemctl status).
cmd_status() {
  case ${1:-} in
    --json | "") launcher_tool status ${1:+"$1"} ;;
    *) die "usage: ./acm status [--json]" ;;
  esac
}

# Needs runtime_layout.
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
