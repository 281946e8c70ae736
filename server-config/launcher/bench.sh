# ./acm bench [--quick]: the benchmark (acm-bench, a plain Java program) against the running stack.
# The full run rewrites docs/benchmarks.md; --quick (the smoke test CI runs) writes .acm/bench-quick.md; --only runs
# the named scenarios (lifecycle, concurrent, deploy, convergence, scale, startup) and writes .acm/bench-only.md.

ACM_BENCH_JAR=$ACM_ROOT/acm-bench/target/acm-bench.jar

# Why ./acm start must not be used to restart a runtime node now (it would redeploy the EAR or restart simulator
# replicas, because the build differs from what runs), or nothing.
bench_restart_obstacle() {
  local marker=$DOMAIN_DIR/$ACM_DOMAIN/.acm-ear.sha256 participant slot
  [ -f "$ACM_EAR" ] && [ -f "$marker" ] || { echo "no EAR deployed by this launcher"; return; }
  [ "$(sha256sum "$ACM_EAR" | cut -d' ' -f1)" = "$(cat "$marker")" ] ||
    { echo "./acm start would redeploy the EAR (the build differs from what runs)"; return; }
  for participant in $(sim_participants); do
    for slot in $(sim_replica_slots "$participant"); do
      sim_replica_current "$participant" "$slot" ||
        { echo "./acm start would restart simulator replicas (the build differs from what runs)"; return; }
    done
  done
}

cmd_bench() {
  local quick="" only=() output obstacle commit
  while [ $# -gt 0 ]; do
    case $1 in
      --quick) quick=--quick; shift ;;
      --only) [ $# -ge 2 ] || die "--only needs a list"; only=(--only "$2"); shift 2 ;;
      *) die "unknown option $1 (usage: ./acm bench [--quick] [--only SCENARIO,...])" ;;
    esac
  done
  if [ ! -f "$ACM_BENCH_JAR" ]; then
    log "building the benchmark (./mvnw -q -pl acm-bench -am -DskipTests package)"
    (cd "$ACM_ROOT" && ./mvnw -q -B -pl acm-bench -am -DskipTests package) || die "cannot build acm-bench"
  fi
  if [ -n "$quick" ]; then
    output=$ACM_ROOT/.acm/bench-quick.md
    obstacle="not in --quick"
  elif [ ${#only[@]} -gt 0 ]; then
    output=$ACM_ROOT/.acm/bench-only.md
    obstacle=$(bench_restart_obstacle)
  else
    output=$ACM_ROOT/docs/benchmarks.md
    obstacle=$(bench_restart_obstacle)
  fi
  commit=$(git -C "$ACM_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
  [ -n "$(git -C "$ACM_ROOT" status --porcelain 2>/dev/null)" ] && commit+=" (with uncommitted changes)"
  mkdir -p "$(dirname "$output")"
  "$ACM_JAVA_HOME/bin/java" -Xmx512m -cp "$ACM_BENCH_JAR:$ACM_ROOT/acm-bench/target/lib/*" dev.acmr.bench.Main \
    $quick "${only[@]}" --launcher "$ACM_ROOT/acm" --output "$output" --git-commit "$commit" --last-start "$ACM_RUN/last-start" \
    --profile "$ACM_ROOT/docs/benchmarks-profile.md" \
    --node-restart "$([ -z "$obstacle" ] && echo allow || echo "skip:$obstacle")"
}
