#!/usr/bin/env bash
# Finishes the jpackage app-image (Linux), called by installers/pom.xml from target/jpackage:
#   finish-image.sh IMAGE_DIR TYPE TRAINING CREATE_ARCHIVE_SCRIPT
#     TYPE      app-image | deb | rpm      (for app-image the AppCDS archive is created in place)
#     TRAINING  auto | headless | off      (auto adds a GUI warm-up under xvfb-run when it is installed)
#
# AppCDS (docs/decisions/0601-appcds-archive-created-at-install.md): the launcher uses
# -XX:SharedArchiveFile=$APPDIR/skupper-designer.jsa. A JDK 17 archive records absolute jar paths and
# modification times, so it is created where the application is installed (package post-install step, or here
# for the app-image) by lib/app/cds/create-archive from lib/app/cds/classes.lst. This script builds that class
# list by running the packaged launcher: the headless subcommands on the bundled examples and, when xvfb-run and
# xwininfo are available, the designer window until it has been shown.
set -euo pipefail
image=$(cd "${1:?image dir}" && pwd) type=${2:?type} training=${3:-auto} create_archive=${4:?create-archive script}
launcher="$image/bin/skupper-designer"
app="$image/lib/app"
examples="$app/examples"
cds="$app/cds"
window_title="Skupper Designer"

mkdir -p "$cds"
install -m 755 "$create_archive" "$cds/create-archive"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the training runs must not touch the builder's home (autosave, JavaFX and GTK caches)
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache"
mkdir -p "$HOME"

n=0
train() { # train ARGS... : one run of the launcher, recording the classes it loads; failures only shorten the list
  n=$((n + 1))
  (cd "$app" && JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/classes-$n.lst" timeout 120 "$launcher" "$@") \
    >"$work/run-$n.log" 2>&1 || echo "finish-image: training run '$*' exited with $? (its classes are still listed)"
}

if [ "$training" != off ]; then
  hello="$examples/hello-world.skupper-design.yaml"
  train version
  train --help
  train validate "$hello"
  train export "$hello" -o "$work/export"
  train analyze "$examples/ha-failover.skupper-design.yaml"
  train import "$examples/hello-world-yaml" -o "$work/imported.skupper-design.yaml"
  train simulate "$hello" --duration 2s -q
  # add here the headless commands that should start fast (apply --dry-run, diff, bench ...)

  if [ "$training" = auto ] && command -v xvfb-run >/dev/null && command -v xwininfo >/dev/null; then
    n=$((n + 1))
    gui_list="$work/classes-$n.lst"
    if (cd "$app" && xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
          JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$1" "$2" >"$4" 2>&1 & pid=$!
          shown=no
          for _ in $(seq 1 600); do
            sleep 0.2
            if xwininfo -root -tree 2>/dev/null | grep -qF -- "$3"; then shown=yes; break; fi
            kill -0 $pid 2>/dev/null || break
          done
          [ $shown = yes ] && sleep 4       # let it paint, validate and lay out the example
          kill $pid 2>/dev/null; wait $pid 2>/dev/null
          [ $shown = yes ]' gui "$gui_list" "$launcher" "$window_title" "$work/gui.log"); then
      echo "finish-image: GUI warm-up done (designer window shown under Xvfb)"
    else
      echo "finish-image: the designer window did not appear under Xvfb; GUI classes come only from what loaded:"
      tail -n 5 "$work/gui.log" || true
    fi
  else
    echo "finish-image: no GUI warm-up (training=$training; needs xvfb-run and xwininfo): headless class list only"
  fi
fi

if [ "$training" = off ]; then
  echo "finish-image: no AppCDS class list (cds.training=off; use -Djpackage.type=app-image|deb|rpm or -Dcds.training=auto)"
  exit 0
fi
{
  echo "# Classes for the Skupper Designer AppCDS archive, recorded with -XX:DumpLoadedClassList by finish-image.sh."
  cat "$work"/classes-*.lst 2>/dev/null | grep -v '^#' | awk '!seen[$0]++'
} >"$cds/classes.lst"
echo "finish-image: $(grep -vc '^#' "$cds/classes.lst") classes in lib/app/cds/classes.lst"

if [ "$type" = app-image ]; then
  "$cds/create-archive"
fi
