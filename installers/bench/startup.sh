#!/usr/bin/env bash
# Startup benchmark of the packaged Skupper Designer (a benchmark, not a test: it reports, it never fails on
# numbers). Measures, for a fresh process each time (page cache warm):
#   1. headless `validate` of the bundled hello-world design (hyperfine when installed, else a timed loop);
#      CPU = mean user + system time, a figure that a busy machine disturbs less than wall time;
#   2. `version` (JVM + launcher floor);
#   3. the designer window under Xvfb: time from exec to the window being mapped (visible; polled every 50 ms)
#      and to its first painted frame (its content has more than 16 colours; polled, about +-0.15 s). (JavaFX's
#      pulse logger would time the first frame exactly, but it initialises Flight Recorder, ~0.5 s.)
# each with the installation's AppCDS archive and, with --compare, without it (archive moved aside).
#
# usage: installers/bench/startup.sh [--runs N] [--compare] [LAUNCHER]
#   LAUNCHER defaults to installers/target/jpackage/image/skupper-designer/bin/skupper-designer (build it with
#   ./mvnw -pl installers -am package -DskipTests -Djpackage.type=app-image); /usr/bin/skupper-designer works too.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
runs=10 compare=no
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2;;
    --compare) compare=yes; shift;;
    -h|--help) sed -n '2,15p' "$0"; exit 0;;
    *) break;;
  esac
done
launcher=${1:-$here/../target/jpackage/image/skupper-designer/bin/skupper-designer}
launcher=$(readlink -f "$launcher")
root=$(dirname "$(dirname "$launcher")")
app="$root/lib/app"
hello="$app/examples/hello-world.skupper-design.yaml"
archive="$app/skupper-designer.jsa"
[ -x "$launcher" ] && [ -f "$hello" ] || { echo "no packaged launcher at $launcher (build the app-image first)" >&2; exit 2; }

need=()
command -v xvfb-run >/dev/null || need+=(xvfb xauth)
command -v xwininfo >/dev/null || need+=(x11-utils)
command -v import >/dev/null || need+=(imagemagick)
command -v hyperfine >/dev/null || need+=(hyperfine)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || echo "(could not install ${need[*]}; continuing with what is there)" >&2
fi

work=$(mktemp -d)
restore() { [ -f "$work/saved.jsa" ] && mv -f "$work/saved.jsa" "$archive"; rm -rf "$work"; }
trap restore EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache"
mkdir -p "$HOME"

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

headless() { # headless LABEL
  local label=$1
  if command -v hyperfine >/dev/null; then
    hyperfine -N -i --warmup 2 --runs "$runs" --export-csv "$work/h.csv" \
      "env -u DISPLAY $launcher validate $hello" "env -u DISPLAY $launcher version" >/dev/null 2>&1
    # command,mean,stddev,median,user,system,min,max (seconds)
    awk -F, -v label="$label" -v runs="$runs" 'NR > 1 {
        cmd = ($1 ~ / validate /) ? "validate" : "version"
        printf "  %-14s %-9s median %6.0f ms  mean %6.0f ms  min %6.0f ms  max %6.0f ms  CPU %6.0f ms  (%s runs, hyperfine)\n",
               label, cmd, $4 * 1000, $2 * 1000, $7 * 1000, $8 * 1000, ($5 + $6) * 1000, runs }' "$work/h.csv"
  else
    for cmd in validate version; do
      local times=()
      for _ in $(seq 1 "$runs"); do
        local t0; t0=$(date +%s%N)
        if [ $cmd = validate ]; then env -u DISPLAY "$launcher" validate "$hello" >/dev/null 2>&1 || true
        else env -u DISPLAY "$launcher" version >/dev/null 2>&1 || true; fi
        times+=($((($(date +%s%N) - t0) / 1000000)))
      done
      printf '  %-14s %-9s median %6s ms  (%s runs, shell timer)\n' "$label" $cmd "$(printf '%s\n' "${times[@]}" | median)" "$runs"
    done
  fi
}

gui() { # gui LABEL : N runs in one Xvfb server
  local label=$1
  cat >"$work/gui.sh" <<'EOF'
# One run per iteration. "mapped": the designer window is viewable (xwininfo, polled every 50 ms). "painted": its
# content then has more than 16 colours (an ImageMagick grab sampled to 10 %, polled every 100 ms, ~0.15 s of CPU
# each; so about +-0.15 s, and the probe competes with the application on a small machine).
launcher=$1 runs=$2 out=$3
tck=$(getconf CLK_TCK)
for i in $(seq 1 "$runs"); do
  t0=$(date +%s%N)
  "$launcher" >/dev/null 2>&1 & pid=$!
  mapped=0 painted=0 cpu=0 id=
  while kill -0 $pid 2>/dev/null && [ $(( ($(date +%s%N) - t0) / 1000000 )) -lt 60000 ]; do
    if [ -z "$id" ]; then
      id=$(xwininfo -root -tree 2>/dev/null | awk '/"Skupper Designer/ {print $1; exit}')
    fi
    if [ -n "$id" ] && [ $mapped = 0 ] && xwininfo -id "$id" 2>/dev/null | grep -q IsViewable; then
      mapped=$(( ($(date +%s%N) - t0) / 1000000 ))
    fi
    if [ $mapped != 0 ]; then
      colours=$(import -silent -window "$id" miff:- 2>/dev/null | convert - -sample 10% -format %k info: 2>/dev/null)
      if [ "${colours:-0}" -gt 16 ]; then
        painted=$(( ($(date +%s%N) - t0) / 1000000 ))
        cpu=$(awk -v t="$tck" '{print int(($14 + $15) * 1000 / t)}' /proc/$pid/stat)   # the JVM runs in the launcher process
        break
      fi
      sleep 0.1
    else
      sleep 0.05
    fi
  done
  echo "$mapped $painted $cpu" >>"$out"
  kill $pid 2>/dev/null; wait $pid 2>/dev/null
  sleep 1
done
EOF
  : >"$work/gui.txt"
  xvfb-run -a -s "-screen 0 1600x1000x24" bash "$work/gui.sh" "$launcher" "$runs" "$work/gui.txt" || true
  local first_m first_p
  read -r first_m first_p _ <"$work/gui.txt" || true
  printf '  %-14s window    mapped median %5s ms, first frame painted median %5s ms, CPU until then %5s ms (first run: %s / %s ms; %s runs)\n' \
    "$label" "$(awk '{print $1}' "$work/gui.txt" | median)" "$(awk '{print $2}' "$work/gui.txt" | median)" \
    "$(awk '{print $3}' "$work/gui.txt" | median)" "${first_m:-n/a}" "${first_p:-n/a}" "$(wc -l <"$work/gui.txt")"
}

echo "Skupper Designer startup: $launcher"
echo "  machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "  $(env -u DISPLAY "$launcher" version 2>/dev/null | tr '\n' ' ')"
if [ -f "$archive" ]; then
  headless "AppCDS"
  gui "AppCDS"
else
  echo "  (no AppCDS archive at $archive: run $app/cds/create-archive to measure with it)"
fi
if [ "$compare" = yes ] || [ ! -f "$archive" ]; then
  [ -f "$archive" ] && mv "$archive" "$work/saved.jsa"
  headless "no archive"
  gui "no archive"
fi
echo "  load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
