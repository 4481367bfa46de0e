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

# The window's CDS archive (docs/decisions/0602): made by the first window run after a build, used by the next.
# Its name carries a checksum of the class path: an archive only works with the absolute jar paths it was made
# from, so a checkout moved elsewhere makes a new one instead of running without any sharing at all.
designer_cds_archive() {
  echo "$1/app/target/skupper-designer-window-$(designer_class_path "$1" | cksum | cut -d' ' -f1).jsa"
}

# designer_cds_use ROOT: adds to DESIGNER_JVM_OPTIONS what maps the window's archive (check it is fresh first).
designer_cds_use() {
  DESIGNER_JVM_OPTIONS+=("-XX:SharedArchiveFile=$(designer_cds_archive "$1")" -Xshare:auto -Xlog:cds*=off)
}

# designer_cds_forget ROOT: deletes the window's archive, and any made for where the checkout was before.
designer_cds_forget() { rm -f "$1"/app/target/skupper-designer-window*.jsa; }

# designer_java_home [JAVA]: the JDK the java command (default: java on the PATH) belongs to.
designer_java_home() {
  local java_bin
  java_bin="$(readlink -f "$(command -v "${1:-java}")" 2>/dev/null)" || return 1
  dirname "$(dirname "$java_bin")"
}

# designer_cds_fresh ROOT [JAVA]: succeeds when the archive exists and nothing it was made from is newer: the
# app's jar, the library folder and its jars, and the JVM itself (a JDK update makes an archive unusable, and
# the JVM would then silently run without any sharing at all).
designer_cds_fresh() {
  local archive libjvm
  archive="$(designer_cds_archive "$1")"
  [ -s "$archive" ] || return 1
  libjvm="$(designer_java_home "${2:-}")/lib/server/libjvm.so" || return 1
  [ -f "$libjvm" ] || return 1
  [ -z "$(find "$(designer_app_jar "$1")" "$1/app/target/lib" "$libjvm" -newer "$archive" -print -quit 2>/dev/null)" ]
}

# designer_cds_can_make ROOT [JAVA]: whether a window run can record the archive: a dynamic archive is layered on
# the JDK's own (without it the JVM refuses to start with -XX:ArchiveClassesAtExit), and app/target is writable.
designer_cds_can_make() {
  [ -f "$(designer_java_home "${2:-}")/lib/server/classes.jsa" ] && [ -w "$1/app/target" ]
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
