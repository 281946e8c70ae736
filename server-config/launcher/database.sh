# PostgreSQL: on a Debian machine as root, installs the server with apt-get when absent, starts the first cluster
# with pg_ctlcluster and creates the role and database. Elsewhere it only checks that ACM_DB_* reach a server.

db_psql() {
  PGPASSWORD=$ACM_DB_PASSWORD psql -h "$ACM_HOST" -p "$ACM_DB_PORT" -U "$ACM_DB_USER" -d "$ACM_DB_NAME" \
    -v ON_ERROR_STOP=1 -qAtX "$@"
}

db_healthy() { db_psql -c 'select 1' >/dev/null 2>&1; }

db_install_if_missing() {
  command -v pg_ctlcluster >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing PostgreSQL with apt-get"
    # System packages get the system's modes, not the launcher's private umask.
    (umask 022 && DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || die "apt-get install postgresql failed"
  else
    die "PostgreSQL is not reachable at $ACM_HOST:$ACM_DB_PORT and this is not a Debian machine run as root: start a PostgreSQL and set ACM_DB_PORT/ACM_DB_NAME/ACM_DB_USER/ACM_DB_PASSWORD"
  fi
}

db_cluster_start() {
  local version cluster status
  read -r version cluster status < <(pg_lsclusters --no-header | awk -v p="$ACM_DB_PORT" '$3 == p {print $1, $2, $4; exit}')
  if [ -z "$version" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -1)
    log "creating PostgreSQL cluster $version/main on port $ACM_DB_PORT"
    (umask 022 && pg_createcluster -p "$ACM_DB_PORT" "$version" main >/dev/null) || die "pg_createcluster failed"
    cluster=main status=down
  fi
  if [ "$status" != online ]; then
    log "starting PostgreSQL $version/$cluster"
    pg_ctlcluster "$version" "$cluster" start || die "pg_ctlcluster $version $cluster start failed"
  fi
}

# Creates the role and the database if missing; runs as the postgres superuser over the local socket.
db_provision() {
  local sql="DO \$\$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ACM_DB_USER') THEN
      CREATE ROLE \"$ACM_DB_USER\" LOGIN PASSWORD '$ACM_DB_PASSWORD';
    END IF; END \$\$;"
  su postgres -c "psql -p $ACM_DB_PORT -qAtX -v ON_ERROR_STOP=1" <<<"$sql" >/dev/null || die "cannot create role $ACM_DB_USER"
  if [ -z "$(su postgres -c "psql -p $ACM_DB_PORT -qAtX -c \"select 1 from pg_database where datname = '$ACM_DB_NAME'\"")" ]; then
    su postgres -c "createdb -p $ACM_DB_PORT -O '$ACM_DB_USER' '$ACM_DB_NAME'" || die "cannot create database $ACM_DB_NAME"
  fi
}

db_start() {
  db_healthy && { log "database UP ($ACM_HOST:$ACM_DB_PORT/$ACM_DB_NAME)"; return 0; }
  db_install_if_missing
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    db_cluster_start
    wait_for 30 pg_isready -q -h "$ACM_HOST" -p "$ACM_DB_PORT" || die "PostgreSQL did not come up"
    db_provision
  fi
  wait_for 30 db_healthy || die "cannot connect to PostgreSQL as $ACM_DB_USER at $ACM_HOST:$ACM_DB_PORT/$ACM_DB_NAME"
  log "database UP ($ACM_HOST:$ACM_DB_PORT/$ACM_DB_NAME)"
}
