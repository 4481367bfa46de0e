#!/usr/bin/env bash
# Regenerates the raster icons from skupper-designer.svg.
# Needs: apt-get install -y librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for s in 16 32 48 64 128 256 512; do rsvg-convert -w $s -h $s skupper-designer.svg -o "$tmp/$s.png"; done
cp "$tmp/256.png" skupper-designer.png
convert "$tmp"/{16,32,48,64,128,256}.png skupper-designer.ico
png2icns skupper-designer.icns "$tmp"/{16,32,128,256,512}.png >/dev/null
