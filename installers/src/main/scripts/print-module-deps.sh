#!/usr/bin/env bash
# Prints the JDK/JavaFX modules that the packaged class path statically needs (jdeps), to compare with
# jlink.modules in installers/pom.xml after adding a dependency. jdeps cannot see service-loaded or reflective
# needs (jdk.crypto.ec, for one), so this is an audit, not the list itself (docs/decisions/0600-*).
# usage: bash installers/src/main/scripts/print-module-deps.sh   (after ./mvnw -pl installers -am package)
set -euo pipefail
dir=$(cd "$(dirname "$0")/../../../target/jpackage" && pwd)
[ -d "$dir/input" ] && [ -d "$dir/jfx" ] || { echo "build the installers module first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# extracted classes, not jars: jdeps refuses modular jars whose descriptors it cannot read (class-file 65 here)
for j in "$dir"/input/*.jar; do (cd "$work" && "${JAVA_HOME:+$JAVA_HOME/bin/}jar" xf "$j"); done
find "$work" -name module-info.class -delete
rm -rf "$work/META-INF"
"${JAVA_HOME:+$JAVA_HOME/bin/}jdeps" --ignore-missing-deps --print-module-deps --module-path "$dir/jfx" "$work"
