#!/usr/bin/env bash
# Finishes the jlinked runtime (Linux), called by installers/pom.xml from target/jpackage:
#   finish-runtime.sh RUNTIME_DIR JAVAFX_JARS_DIR
# 1. puts JavaFX's native libraries into the runtime's lib/ (where the JavaFX jmods would put them), so JavaFX
#    loads them from there instead of extracting them into ~/.openjfx/cache on the first start, and so that
#    jpackage's dependency scan sees them;
# 2. strips the native commands except bin/java, which the installed package uses once to create its AppCDS
#    archive (cds/create-archive), which jlink's --strip-native-commands would remove;
# 3. drops the base CDS archive for non-compressed oops (only generated on Windows/macOS, where it is unused);
# 4. strips the symbol tables of the native libraries (binutils' strip, when installed).
set -euo pipefail
runtime=${1:?runtime dir} jfx=$(cd "${2:?javafx jars dir}" && pwd)
jar=${JAVA_HOME:?JAVA_HOME}/bin/jar

count=0
for j in "$jfx"/*.jar; do
  mapfile -t libs < <("$jar" tf "$j" | grep -E '^[^/]+\.so$' || true)
  [ ${#libs[@]} -gt 0 ] || continue
  (cd "$runtime/lib" && "$jar" xf "$j" "${libs[@]}")
  count=$((count + ${#libs[@]}))
done
chmod 755 "$runtime"/lib/*.so
[ "$count" -gt 0 ] || { echo "finish-runtime: no JavaFX native library found in $jfx" >&2; exit 1; }

find "$runtime/bin" -mindepth 1 ! -name java -delete
rm -f "$runtime/lib/server/classes_nocoops.jsa"
# symbol tables of the native libraries (the JDK's are not stripped on Debian): about 5 MB
if command -v strip >/dev/null; then
  find "$runtime" -type f \( -name '*.so' -o -path '*/bin/java' \) -exec strip --strip-unneeded {} +
fi
echo "finish-runtime: $count JavaFX native libraries in lib/, native commands stripped (bin/java kept), $(du -sh "$runtime" | cut -f1)"
