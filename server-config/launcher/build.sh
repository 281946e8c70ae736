# Builds the artifacts and unpacks the servers when they are missing.

build_if_missing() {
  local missing=0 f
  for f in "$ACM_EAR" "$ACM_RAR" "$ACM_SIM_WAR" "$ACM_DIST_SRC/payara.zip" "$ACM_DIST_SRC/payara-micro.jar" \
           "$ACM_DIST_SRC/mq-distribution.zip" "$ACM_DIST_SRC/postgresql.jar"; do
    [ -f "$f" ] || { missing=1; log "missing $f"; }
  done
  if [ $missing = 1 ]; then
    log "building (./mvnw -DskipTests package)"
    (cd "$ACM_ROOT" && ./mvnw -B -q -DskipTests package) || die "build failed"
  fi
}

unpack_if_missing() {
  ensure_dirs
  if [ ! -x "$PAYARA_HOME/bin/asadmin" ]; then
    log "unpacking Payara Server"
    rm -rf "$PAYARA_HOME" && unzip -q -o "$ACM_DIST_SRC/payara.zip" -d "$ACM_DIST" || die "cannot unpack Payara Server"
  fi
  if [ ! -x "$MQ_HOME/bin/imqbrokerd" ]; then
    log "unpacking OpenMQ"
    rm -rf "$MQ_HOME" && unzip -q -o "$ACM_DIST_SRC/mq-distribution.zip" -d "$ACM_DIST" || die "cannot unpack OpenMQ"
  fi
  cp -u "$ACM_DIST_SRC/payara-micro.jar" "$MICRO_JAR"
  cp -u "$ACM_DIST_SRC/postgresql.jar" "$ACM_DIST/postgresql.jar"
}
