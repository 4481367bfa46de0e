#!/usr/bin/env bash
# Runs a designer bench (test sources, org.skupperdesigner.app.ui.bench) with the JVM options ./skupper-designer
# starts the window with: JavaFX as named modules, the app's jars, and the window's class-data sharing archive when
# a window run has made one (docs/decisions/0602). Run from anywhere, after
#   ./mvnw -q -pl app -am package -DskipTests && ./mvnw -q -pl app test-compile
#
#   app/bench/designer-bench.sh [--cds on|off|train] [BENCH_CLASS] [ARGS...]
#     --cds on     use the archive when it is fresh (default); says so when there is none
#     --cds off    run without it (the JVM's own archive of JDK classes only)
#     --cds train  first open the window once (hello-world, 8 s) to make the archive as the launcher does (on
#                  JDK 25 with its training, docs/decisions/0604), then use it
#     BENCH_CLASS  DesignerBench (default), SimulationFrameBench, ...
#   It runs on the java the window runs on (the newest JDK 25 or later installed, else java; SKUPPER_DESIGNER_JAVA
#   chooses another), whose archive is an AOT cache from JDK 25 (docs/decisions/0603).
#   BENCH_JAVA_OPTS are passed to java first (e.g. -Dbench.zoom=1.0 -Dbench.warmup=1000 -Dprism.order=sw).
# Needs a display: run it under xvfb-run -a -s "-screen 0 1600x1000x24".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/app/src/main/sh/designer-jvm.sh"

cds=on
if [ "${1:-}" = --cds ]; then cds=${2:?--cds on|off|train}; shift 2; fi
bench=DesignerBench
case "${1:-}" in [A-Z]*) bench=$1; shift ;; esac

[ -f "$(designer_app_jar "$root")" ] && [ -d "$root/app/target/test-classes" ] || {
  echo "designer-bench: build first: ./mvnw -q -pl app -am package -DskipTests && ./mvnw -q -pl app test-compile" >&2
  exit 2
}
if [ "$cds" = train ]; then
  designer_cds_forget "$root"
  # the launcher rebuilds first when the sources are newer than the jar: let that finish here, since the timeout
  # below would kill a build half-way and leave target/classes incomplete
  "$root/skupper-designer" --version >/dev/null
  # in a home of its own: unsaved work left in the user's would open the recovery prompt, and the session recorded
  # would be one that sat in it
  home="$(mktemp -d)"
  SKUPPER_DESIGNER_JAVA_OPTS="-Dprism.order=sw -Dskupper.designer.home=$home" \
    timeout --foreground -s TERM 8 "$root/skupper-designer" >/dev/null 2>&1 || true
  rm -rf "$home"
  cds=on
fi

java_cmd="$(designer_window_java)"
designer_jvm_options "$root" "$root/app/target/test-classes"
designer_jdk_options "$java_cmd"
echo "designer-bench: on $java_cmd (JDK $(designer_java_feature "$java_cmd"))"
if [ "$cds" = on ]; then
  if designer_cds_fresh "$root" "$java_cmd"; then
    designer_cds_use "$root" "$java_cmd"
    echo "designer-bench: with the window's $(designer_java_uses_aot "$java_cmd" && echo AOT cache || echo class-data sharing archive)"
  else
    echo "designer-bench: no fresh class-data sharing archive (open ./skupper-designer once, or --cds train)"
  fi
fi
cd "$root"
exec "$java_cmd" ${BENCH_JAVA_OPTS:-} "${DESIGNER_JVM_OPTIONS[@]}" "org.skupperdesigner.app.ui.bench.$bench" "$@"
