# The runtime: a Payara Server domain whose deployment group of N instances (the runtime nodes) runs the EAR.
# Node i listens on ACM_RUNTIME_PORT + i - 1; its other ports are ACM_INSTANCE_PORTBASE + 100 * i + offset. The
# launcher tool computes the names and ports and reads which nodes the domain holds (runtime_layout), once per call.

DOMAIN_DIR=$ACM_HOME/domains
ADMIN_PWFILE=$ACM_HOME/admin-password.txt
NODE_NAME=localhost-$ACM_DOMAIN

asadmin_local() { AS_JAVA=$ACM_JAVA_HOME "$PAYARA_HOME/bin/asadmin" --interactive=false "$@"; }
asadmin_remote() {
  asadmin_local --host "$ACM_HOST" --port "$ACM_ADMIN_PORT" --user "$ACM_ADMIN_USER" --passwordfile "$ADMIN_PWFILE" "$@"
}

# Sets ACM_ADMIN_PORT, RUNTIME_GRID_MEMBERS (for $1 nodes) and, for nodes 1..max($1, existing nodes),
# RUNTIME_NODE_NAME, RUNTIME_NODE_PORT, RUNTIME_NODE_EXISTS (1 or 0) and RUNTIME_NODE_PROPERTIES (create-instance's).
runtime_layout() {
  local layout
  layout=$(launcher_tool runtime-layout "${1:-0}") || die "cannot compute the runtime layout"
  eval "$layout"
}
runtime_node_name() { echo "${RUNTIME_NODE_NAME[$1]}"; }
runtime_node_port() { echo "${RUNTIME_NODE_PORT[$1]}"; }
runtime_node_exists() { [ "${RUNTIME_NODE_EXISTS[$1]:-0}" = 1 ]; }
runtime_node_dir() { echo "$PAYARA_HOME/glassfish/nodes/$NODE_NAME/$(runtime_node_name "$1")"; }
runtime_node_pid() { live_pid "$(runtime_node_dir "$1")/config/pid"; }
runtime_das_pid() { live_pid "$DOMAIN_DIR/$ACM_DOMAIN/config/pid"; }
runtime_node_healthy() { [ "$(http_code "http://$ACM_HOST:$(runtime_node_port "$1")/health/ready")" = 200 ]; }

# Nodes that exist in the domain (created once, kept across restarts), counted from node 1.
runtime_node_count() {
  local n=0
  while runtime_node_exists $((n + 1)); do n=$((n + 1)); done
  echo $n
}

runtime_domain_create() {
  [ -d "$DOMAIN_DIR/$ACM_DOMAIN" ] && return 0
  log "creating Payara domain $ACM_DOMAIN (port base $ACM_PORTBASE)"
  printf 'AS_ADMIN_PASSWORD=%s\n' "$(head -c 18 /dev/urandom | base64 | tr -d '/+=')" >"$ADMIN_PWFILE"
  asadmin_local --user "$ACM_ADMIN_USER" --passwordfile "$ADMIN_PWFILE" create-domain --domaindir "$DOMAIN_DIR" \
    --portbase "$ACM_PORTBASE" "$ACM_DOMAIN" >>"$ACM_LOGS/asadmin.log" 2>&1 || die "create-domain failed, see $ACM_LOGS/asadmin.log"
}

runtime_das_start() {
  runtime_das_pid >/dev/null && return 0
  log "starting the domain administration server (admin port $ACM_ADMIN_PORT)"
  asadmin_local start-domain --domaindir "$DOMAIN_DIR" "$ACM_DOMAIN" >>"$ACM_LOGS/asadmin.log" 2>&1 ||
    die "start-domain failed, see $ACM_LOGS/asadmin.log and $DOMAIN_DIR/$ACM_DOMAIN/logs/server.log"
}

runtime_configure() {
  local marker=$DOMAIN_DIR/$ACM_DOMAIN/.acm-configured
  [ -f "$marker" ] && return 0
  log "configuring the domain (resources, deployment group, loopback listeners)"
  local file=$ACM_RUN/configure-domain.asadmin
  sed -e "s|@DIST@|$ACM_DIST|g" -e "s|@BROKER_PORT@|$ACM_BROKER_PORT|g" -e "s|@CONFIG@|$ACM_CONFIG|g" \
      -e "s|@GROUP@|$ACM_DEPLOYMENT_GROUP|g" -e "s|@DB_PORT@|$ACM_DB_PORT|g" -e "s|@DB_NAME@|$ACM_DB_NAME|g" \
      -e "s|@DB_USER@|$ACM_DB_USER|g" -e "s|@DB_PASSWORD@|$ACM_DB_PASSWORD|g" \
      -e "s|@GRID_MEMBERS@|$RUNTIME_GRID_MEMBERS|g" \
      "$ACM_CONFIG_DIR/asadmin/configure-domain.asadmin" | grep -v '^#' | grep -v '^$' >"$file"
  asadmin_remote multimode --file "$file" >>"$ACM_LOGS/asadmin.log" 2>&1 ||
    die "domain configuration failed, see $ACM_LOGS/asadmin.log"
  # The JVM and pool settings go in now, so that the restart below takes them: a new domain needs no second restart
  # of the DAS (one right before the nodes' first start made an instance's first synchronisation fail, CLI802).
  runtime_apply_file tuning "the JVM and pool settings (heap, collector, code cache, validation)" || true
  # Listener addresses and the data grid settings of the DAS take effect after a restart.
  asadmin_local stop-domain --domaindir "$DOMAIN_DIR" "$ACM_DOMAIN" >>"$ACM_LOGS/asadmin.log" 2>&1
  touch "$marker"
  runtime_das_start
}

# asadmin separates system properties with ':' and names from values with '='.
asadmin_escape() { sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g' <<<"$1"; }
# A line of an `asadmin multimode` file is split into arguments as a shell would: a backslash keeps the next character.
multimode_escape() { sed -e 's/[\\"'"'"' 	]/\\&/g' <<<"$1"; }

# The runtime's MicroProfile Config settings, as system properties of the nodes' configuration. Applied at every
# start when they changed, so ACM_RUNTIME_USER and friends take effect without recreating the domain; nodes read them
# when they (re)start.
runtime_apply_settings() {
  local marker=$DOMAIN_DIR/$ACM_DOMAIN/.acm-settings settings
  settings="acm.runtime.user=$(asadmin_escape "$ACM_RUNTIME_USER"):acm.runtime.password=$(asadmin_escape "$ACM_RUNTIME_PASSWORD")"
  settings+=":acm.participant.maxStatusWaitMs=$ACM_MAX_STATUS_WAIT_MS:acm.replica.selection=$ACM_REPLICA_SELECTION"
  [ -f "$marker" ] && [ "$(cat "$marker")" = "$settings" ] && return 0
  log "applying runtime settings (credentials, liveness window, replica selection) to $ACM_CONFIG"
  # Through a command file (private, like everything the launcher writes), not asadmin's arguments: those are
  # visible to every user in ps and /proc/<pid>/cmdline.
  local file=$ACM_RUN/settings.asadmin
  printf 'create-system-properties --target %s %s\n' "$ACM_CONFIG" "$(multimode_escape "$settings")" >"$file"
  asadmin_remote multimode --file "$file" >>"$ACM_LOGS/asadmin.log" 2>&1 ||
    die "cannot set the runtime settings, see $ACM_LOGS/asadmin.log"
  echo "$settings" >"$marker"
  RUNTIME_SETTINGS_CHANGED=1
}

# The runtime's broker login: the user and password of the connection factory that the runtime's producers and its
# message-driven beans (which name it in connectionFactoryLookup and take its login) use, the JMS resource adapter's
# default login, and the broker administrator's for Payara's JMS service. Applied when changed, through a private command file; nodes take it when
# they (re)start. The passwords are the launcher's (broker.sh), random per stack.
runtime_apply_broker_login() {
  local marker=$DOMAIN_DIR/$ACM_DOMAIN/.acm-broker-login file=$ACM_RUN/broker-login.asadmin config
  local pool=resources.connector-connection-pool.jms/acmConnectionFactory-Connection-Pool
  {
    printf 'set %s.property.UserName=%s\n' "$pool" "$BROKER_RUNTIME_USER"
    printf 'set %s.property.Password=%s\n' "$pool" "$(broker_password "$BROKER_RUNTIME_USER")"
    for config in server-config "$ACM_CONFIG"; do
      # The JMS resource adapter's own default login (its UserName/Password, which Payara takes from these
      # jms-service properties): what a consumer uses when neither its activation nor its factory names one.
      printf 'set configs.config.%s.jms-service.property.user-name=%s\n' "$config" "$BROKER_RUNTIME_USER"
      printf 'set configs.config.%s.jms-service.property.password=%s\n' "$config" \
        "$(broker_password "$BROKER_RUNTIME_USER")"
      printf 'set configs.config.%s.jms-service.jms-host.default_JMS_host.admin-user-name=%s\n' "$config" \
        "$BROKER_ADMIN_USER"
      printf 'set configs.config.%s.jms-service.jms-host.default_JMS_host.admin-password=%s\n' "$config" \
        "$(broker_password "$BROKER_ADMIN_USER")"
    done
  } >"$file"
  [ -f "$marker" ] && cmp -s "$marker" "$file" && return 0
  log "applying the runtime's broker login ($BROKER_RUNTIME_USER) to $ACM_CONFIG"
  asadmin_remote multimode --file "$file" >>"$ACM_LOGS/asadmin.log" 2>&1 ||
    die "cannot set the runtime's broker login, see $ACM_LOGS/asadmin.log"
  cp "$file" "$marker"
  RUNTIME_SETTINGS_CHANGED=1
}

# Applies server-config/asadmin/$1.asadmin (@CONFIG@ replaced) to the DAS and the nodes' configuration whenever the
# file changed since it was last applied, so that a domain configured before it gets it too; running nodes are
# restarted to take it, as for the settings. $2 says what it sets. Returns 1 if there was nothing to apply.
runtime_apply_file() {
  local name=$1 what=$2 marker=$DOMAIN_DIR/$ACM_DOMAIN/.acm-$1 file=$ACM_RUN/$1.asadmin
  sed -e "s|@CONFIG@|$ACM_CONFIG|g" "$ACM_CONFIG_DIR/asadmin/$name.asadmin" | grep -v '^#' | grep -v '^$' >"$file"
  [ -f "$marker" ] && cmp -s "$marker" "$file" && return 1
  log "applying $what to the DAS and $ACM_CONFIG"
  asadmin_remote multimode --file "$file" >>"$ACM_LOGS/asadmin.log" 2>&1 ||
    die "cannot apply $what, see $ACM_LOGS/asadmin.log"
  cp "$file" "$marker"
  RUNTIME_SETTINGS_CHANGED=1
}

# The log format (logging.asadmin): JSON lines in server.log.
runtime_apply_logging() {
  runtime_apply_file logging "the log format (JSON lines)" || true
}

# The JVM and pool settings (tuning.asadmin); the DAS restarts at once to take its own.
runtime_apply_tuning() {
  runtime_apply_file tuning "the JVM and pool settings (heap, collector, code cache, validation)" || return 0
  asadmin_local stop-domain --domaindir "$DOMAIN_DIR" "$ACM_DOMAIN" >>"$ACM_LOGS/asadmin.log" 2>&1
  runtime_das_start
}

# Creates node $1 with its ports (HTTP and the rest: the data grid, IIOP, JMX, ... all on loopback).
runtime_node_create() {
  local i=$1
  log "creating runtime node $(runtime_node_name "$i") (http $ACM_HOST:$(runtime_node_port "$i"))"
  asadmin_remote create-instance --node "$NODE_NAME" --config "$ACM_CONFIG" --deploymentgroup "$ACM_DEPLOYMENT_GROUP" \
    --systemproperties "${RUNTIME_NODE_PROPERTIES[$i]}" "$(runtime_node_name "$i")" >>"$ACM_LOGS/asadmin.log" 2>&1 ||
    die "create-instance $(runtime_node_name "$i") failed, see $ACM_LOGS/asadmin.log"
  RUNTIME_NODE_EXISTS[$i]=1
}

# Deploys the EAR to the group when it changed since the last deployment.
runtime_deploy() {
  local marker=$DOMAIN_DIR/$ACM_DOMAIN/.acm-ear.sha256 sum
  sum=$(sha256sum "$ACM_EAR" | cut -d' ' -f1)
  [ -f "$marker" ] && [ "$(cat "$marker")" = "$sum" ] && return 0
  log "deploying $(basename "$ACM_EAR") to $ACM_DEPLOYMENT_GROUP"
  if ! asadmin_remote deploy --target "$ACM_DEPLOYMENT_GROUP" --name acm --force=true "$ACM_EAR" >>"$ACM_LOGS/asadmin.log" 2>&1; then
    # A forced redeploy after a failed load can be refused; a clean undeploy and deploy recovers.
    asadmin_remote undeploy --target domain acm >>"$ACM_LOGS/asadmin.log" 2>&1 || true
    asadmin_remote deploy --target "$ACM_DEPLOYMENT_GROUP" --name acm "$ACM_EAR" >>"$ACM_LOGS/asadmin.log" 2>&1 ||
      die "deploy failed, see $ACM_LOGS/asadmin.log"
  fi
  echo "$sum" >"$marker"
}

# Needs runtime_layout for $1 nodes.
runtime_start() {
  local nodes=$1 i pids=()
  runtime_domain_create
  runtime_das_start
  runtime_configure
  for ((i = 1; i <= nodes; i++)); do
    runtime_node_exists "$i" || runtime_node_create "$i"
  done
  RUNTIME_SETTINGS_CHANGED=0
  runtime_apply_settings
  runtime_apply_broker_login
  runtime_apply_logging
  runtime_apply_tuning
  # The first deployment goes in before the nodes start; a redeployment waits for them, because a forced redeploy
  # while the nodes are offline leaves the DAS refusing the application name ("already in use").
  [ -f "$DOMAIN_DIR/$ACM_DOMAIN/.acm-ear.sha256" ] || runtime_deploy
  for ((i = 1; i <= nodes; i++)); do
    if runtime_node_pid "$i" >/dev/null; then
      [ "$RUNTIME_SETTINGS_CHANGED" = 1 ] || continue
      log "restarting runtime node $(runtime_node_name "$i") for the new settings"
      # stop + start rather than restart-instance, whose asynchronous respawn can leave the node down.
      { asadmin_remote stop-instance "$(runtime_node_name "$i")" &&
          asadmin_remote start-instance "$(runtime_node_name "$i")"; } >>"$ACM_LOGS/asadmin.log" 2>&1 &
      pids+=($!)
      continue
    fi
    log "starting runtime node $(runtime_node_name "$i")"
    runtime_start_instance "$(runtime_node_name "$i")" &
    pids+=($!)
  done
  for i in "${pids[@]}"; do wait "$i" || die "start-instance failed, see $ACM_LOGS/asadmin.log"; done
  runtime_deploy
  runtime_protect_files
}

# Starts node $1 through the DAS, once more after a failure: Payara's first synchronisation of a new instance with a
# DAS that has just started can fail (CLI802, "Authentication failed for user: null") and succeeds when repeated.
runtime_start_instance() {
  asadmin_remote start-instance "$1" >>"$ACM_LOGS/asadmin.log" 2>&1 && return 0
  log "starting runtime node $1 failed (see $ACM_LOGS/asadmin.log); trying once more"
  sleep 5
  asadmin_remote start-instance "$1" >>"$ACM_LOGS/asadmin.log" 2>&1
}

# The DAS's and the nodes' domain.xml hold the database and runtime passwords. The umask (common.sh) makes what the
# servers write private; this covers files a DAS started by an earlier launcher, with the default umask, re-synced.
runtime_protect_files() {
  chmod -R go-rwx "$DOMAIN_DIR" "$PAYARA_HOME/glassfish/nodes" 2>/dev/null || true
}

runtime_wait_healthy() {
  local nodes=$1 i
  for ((i = 1; i <= nodes; i++)); do
    # start-instance returns before the applications are loaded: wait for readiness over HTTP.
    wait_for 300 runtime_node_healthy "$i" ||
      die "runtime node $i not ready on port $(runtime_node_port "$i"), see $(runtime_node_dir "$i")/logs/server.log"
    log "runtime node $(runtime_node_name "$i") UP on http://$ACM_HOST:$(runtime_node_port "$i")"
  done
}

runtime_stop() {
  local i pid n
  runtime_layout 0
  n=$(runtime_node_count)
  for ((i = 1; i <= n; i++)); do
    if pid=$(runtime_node_pid "$i"); then
      log "stopping runtime node $(runtime_node_name "$i") (pid $pid)"
      asadmin_remote stop-instance "$(runtime_node_name "$i")" >>"$ACM_LOGS/asadmin.log" 2>&1 &
    fi
  done
  wait
  for ((i = 1; i <= n; i++)); do pid=$(runtime_node_pid "$i") && stop_pid "$pid" 20; done
  if pid=$(runtime_das_pid); then
    log "stopping the domain administration server (pid $pid)"
    asadmin_local stop-domain --domaindir "$DOMAIN_DIR" "$ACM_DOMAIN" >>"$ACM_LOGS/asadmin.log" 2>&1 || true
    stop_pid "$pid" 20
  fi
  return 0
}
