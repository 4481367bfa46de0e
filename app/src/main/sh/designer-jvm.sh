# Sourced (bash) by ./skupper-designer and by the designer benches, so both start the JVM the same way:
# the JVM options a source checkout runs the application with, and its class-data sharing (CDS) archive.
# Functions only; nothing runs when this file is sourced.

# designer_jvm_options ROOT [MORE_CLASS_PATH]: fills the array DESIGNER_JVM_OPTIONS for a checkout at ROOT (built).
# JavaFX runs as named modules, as in the installed app (JavaFX warns when loaded from the class path); ControlsFX
# stays on the class path and is given exactly what the packages give it (installers/pom.xml). MORE_CLASS_PATH (the
# benches' classes) comes after the launcher's class path, which an archive requires to stay a prefix.
designer_jvm_options() {
  local lib="$1/app/target/lib" fx_path
  fx_path="$(find "$lib" -maxdepth 1 -name 'javafx-*.jar' | sort | tr '\n' ':')"
  DESIGNER_JVM_OPTIONS=(
    --module-path "${fx_path%:}" --add-modules javafx.controls,javafx.swing
    --add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED
    --add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED
    --add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED
    --add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED
    --add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED
    -cp "$(designer_class_path "$1")${2:+:$2}"
  )
}

designer_app_jar() { echo "$1/app/target/app-0.1.0-SNAPSHOT.jar"; }

# The class path: the app's jar, then every library jar. A CDS archive is only used with the class path it was
# made with (or that class path followed by more entries).
designer_class_path() { echo "$(designer_app_jar "$1"):$1/app/target/lib/*"; }

# The JDK from which the window's archive is an AOT cache (JEP 483 and 515: classes loaded and linked, and the
# method profiles of the run that made it) instead of a dynamic CDS archive (docs/decisions/0603).
DESIGNER_AOT_FEATURE=25

# designer_java_home [JAVA]: the JDK the java command (default: java on the PATH) belongs to.
designer_java_home() {
  local java_bin
  java_bin="$(readlink -f "$(command -v "${1:-java}")" 2>/dev/null)" && [ -n "$java_bin" ] || return 1
  java_bin=${java_bin%/*}
  echo "${java_bin%/*}"
}

# designer_java_feature [JAVA]: the JDK's feature release (17, 25, ...), read from its release file without
# starting a JVM; empty when unknown.
designer_java_feature() {
  local home line
  home="$(designer_java_home "${1:-}")" && [ -f "$home/release" ] || return 0
  # read with builtins: the launcher asks this of several JDKs on every start
  while IFS= read -r line; do
    case $line in
      JAVA_VERSION=\"*) line=${line#JAVA_VERSION=\"}; echo "${line%%[!0-9]*}"; return 0 ;;
    esac
  done <"$home/release"
}

# designer_java_uses_aot [JAVA]: whether the window's archive on this JDK is an AOT cache.
designer_java_uses_aot() {
  local feature
  feature="$(designer_java_feature "${1:-}")"
  [ "${feature:-0}" -ge "$DESIGNER_AOT_FEATURE" ]
}

# designer_java: the java command a headless subcommand runs on: SKUPPER_DESIGNER_JAVA, or java on the PATH.
designer_java() { echo "${SKUPPER_DESIGNER_JAVA:-java}"; }

# designer_window_java: the java command the window runs on. SKUPPER_DESIGNER_JAVA when set; otherwise the newest
# JDK 25 or later among JAVA_HOME, java on the PATH and the JDKs installed side by side (SKUPPER_DESIGNER_JDKS,
# default /usr/lib/jvm), whose AOT cache starts the window in about two thirds of the time (ADR 0603); otherwise
# java on the PATH.
designer_window_java() {
  [ -z "${SKUPPER_DESIGNER_JAVA:-}" ] || { echo "$SKUPPER_DESIGNER_JAVA"; return 0; }
  local best="" best_feature=0 candidate feature
  for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java || true)" \
      "${SKUPPER_DESIGNER_JDKS:-/usr/lib/jvm}"/*/bin/java; do
    [ -x "$candidate" ] || continue
    feature="$(designer_java_feature "$candidate")"
    if [ "${feature:-0}" -gt "$best_feature" ]; then best=$candidate; best_feature=$feature; fi
  done
  if [ "$best_feature" -ge "$DESIGNER_AOT_FEATURE" ]; then echo "$best"; else echo java; fi
}

# designer_jdk_options [JAVA]: adds to DESIGNER_JVM_OPTIONS what a newer JDK needs to run JavaFX and Netty without
# warnings at every start: their native libraries (JDK 24 warns about JNI) and sun.misc.Unsafe's memory access
# (JDK 23 warns, Marlin and Netty use it). JDK 17 knows neither option.
designer_jdk_options() {
  local feature
  feature="$(designer_java_feature "${1:-}")"
  [ "${feature:-0}" -ge 23 ] && DESIGNER_JVM_OPTIONS+=(--sun-misc-unsafe-memory-access=allow)
  [ "${feature:-0}" -ge 24 ] && DESIGNER_JVM_OPTIONS+=(--enable-native-access=javafx.graphics,ALL-UNNAMED)
  return 0
}

# The window's archive (docs/decisions/0602, 0603): made by the first window run after a build, used by the next;
# a dynamic CDS archive (.jsa) on JDK 17 to 24, an AOT cache (.aot) from JDK 25. Its name carries a checksum of
# the class path and the JDK: an archive only works with the absolute jar paths and the JVM it was made with, so a
# checkout moved elsewhere, or another JDK, makes a new one instead of running without any sharing at all.
# designer_cds_archive ROOT [JAVA]
designer_cds_archive() {
  local sum
  sum="$({ designer_class_path "$1"; designer_java_home "${2:-}"; } | cksum | cut -d' ' -f1)"
  if designer_java_uses_aot "${2:-}"; then
    echo "$1/app/target/skupper-designer-window-$sum.aot"
  else
    echo "$1/app/target/skupper-designer-window-$sum.jsa"
  fi
}

# designer_cds_use ROOT [JAVA]: adds to DESIGNER_JVM_OPTIONS what maps the window's archive (check it is fresh
# first). A JVM that cannot map it runs without it; its log lines are off either way.
designer_cds_use() {
  if designer_java_uses_aot "${2:-}"; then
    DESIGNER_JVM_OPTIONS+=("-XX:AOTCache=$(designer_cds_archive "$1" "${2:-}")" -Xlog:aot*=off -Xlog:cds*=off)
  else
    DESIGNER_JVM_OPTIONS+=("-XX:SharedArchiveFile=$(designer_cds_archive "$1" "${2:-}")" -Xshare:auto -Xlog:cds*=off)
  fi
}

# designer_cds_record ROOT JAVA PARTIAL: adds to DESIGNER_JVM_OPTIONS what makes the window run record its archive
# into PARTIAL when it exits: a dynamic archive is written there by the JVM itself; for an AOT cache the JVM writes
# the classes and profiles it saw to PARTIAL.config, which designer_cds_complete turns into the cache, and the
# window, once closed, trains it on a generated large design for a few seconds (docs/decisions/0604).
designer_cds_record() {
  if designer_java_uses_aot "$2"; then
    DESIGNER_JVM_OPTIONS+=(-XX:AOTMode=record "-XX:AOTConfiguration=$3.config" -Xlog:aot*=off -Xlog:cds*=off
      -Dskupper.designer.aotTraining=true)
  else
    DESIGNER_JVM_OPTIONS+=("-XX:ArchiveClassesAtExit=$3" -Xlog:cds*=off)
  fi
}

# designer_cds_complete ROOT JAVA PARTIAL: after the recording run has exited, makes the archive from what it
# recorded (an AOT cache is assembled by a second JVM with the same options, a few seconds, output dropped) and
# renames it into place; a run that died before writing anything leaves no archive behind.
designer_cds_complete() {
  if designer_java_uses_aot "$2"; then
    if [ -s "$3.config" ]; then
      echo "Skupper Designer: making the start-up cache for the next windows (once per build, a few seconds)..." >&2
      "$2" "${DESIGNER_JVM_OPTIONS[@]}" -XX:AOTMode=create "-XX:AOTConfiguration=$3.config" "-XX:AOTCache=$3" \
        -Xlog:aot*=off -Xlog:cds*=off >/dev/null 2>&1 || rm -f "$3"
    fi
    rm -f "$3.config"
  fi
  if [ -s "$3" ]; then mv -f "$3" "$(designer_cds_archive "$1" "$2")"; else rm -f "$3"; fi
}

# designer_cds_forget ROOT: deletes the window's archives, and any made for where the checkout was before.
designer_cds_forget() { rm -f "$1"/app/target/skupper-designer-window*.jsa "$1"/app/target/skupper-designer-window*.aot; }

# designer_cds_fresh ROOT [JAVA]: succeeds when the archive exists and nothing it was made from is newer: the
# app's jar, the library folder and its jars, and the JVM itself (a JDK update makes an archive unusable, and
# the JVM would then silently run without any sharing at all).
designer_cds_fresh() {
  local archive libjvm
  archive="$(designer_cds_archive "$1" "${2:-}")"
  [ -s "$archive" ] || return 1
  libjvm="$(designer_java_home "${2:-}")/lib/server/libjvm.so" || return 1
  [ -f "$libjvm" ] || return 1
  [ -z "$(find "$(designer_app_jar "$1")" "$1/app/target/lib" "$libjvm" -newer "$archive" -print -quit 2>/dev/null)" ]
}

# designer_cds_can_make ROOT [JAVA]: whether a window run can record the archive: app/target is writable, and for
# a dynamic archive the JDK has its own to layer it on (without it the JVM refuses to start with
# -XX:ArchiveClassesAtExit); an AOT cache stands alone.
designer_cds_can_make() {
  [ -w "$1/app/target" ] || return 1
  designer_java_uses_aot "${2:-}" || [ -f "$(designer_java_home "${2:-}")/lib/server/classes.jsa" ]
}

# designer_is_window_run ARGS...: whether the command line opens the designer window (no arguments, or one file or
# folder to open) rather than a headless subcommand. Mirrors WindowArguments closely enough for choosing JVM
# options; Main makes the real decision.
designer_is_window_run() {
  [ $# -eq 0 ] && return 0
  [ $# -eq 1 ] || return 1
  case "$1" in
    -*) return 1 ;;
    *.skupper-design.yaml) return 0 ;;
  esac
  [ -e "$1" ]
}
