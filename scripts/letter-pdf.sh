#!/usr/bin/env bash
# Converts a letter written by DocxLetterWriter to PDF with LibreOffice (headless) and renders its
# first page to PNG, to look at the layout (GB/T 9704-2012 page, fonts, signature, seal, page number):
#
#   scripts/letter-pdf.sh letters/target/letters-samples/answer-zh.docx /tmp/letters
#   -> /tmp/letters/answer-zh.pdf and /tmp/letters/page1.png (80 dpi)
#
# The sample documents are written by the letters module's tests
# (mvn -B -o -q -pl core,rules,letters -am verify). The script installs nothing; on Debian or Ubuntu:
#
#   apt-get install -y --no-install-recommends libreoffice-writer poppler-utils fonts-noto-cjk
#
# Without the agency fonts (仿宋_GB2312, 方正小标宋简体) LibreOffice substitutes an installed CJK font
# (Noto Serif/Sans CJK with fonts-noto-cjk); positions and sizes are those of the document. Not part
# of the Maven build.
set -euo pipefail
in="${1:?usage: scripts/letter-pdf.sh IN.docx OUTDIR}"
out="${2:?usage: scripts/letter-pdf.sh IN.docx OUTDIR}"
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
if ((${#missing[@]})); then
  echo "missing: ${missing[*]}; install with:" >&2
  echo "  apt-get install -y --no-install-recommends libreoffice-writer poppler-utils fonts-noto-cjk" >&2
  exit 2
fi
if [[ ! -f "$in" ]]; then
  echo "no such file: $in" >&2
  exit 2
fi
mkdir -p "$out"
# a private LibreOffice profile: no clash with a running instance, nothing left in the user's home
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$in" >/dev/null
pdf="$out/$(basename "${in%.*}").pdf"
if [[ ! -f "$pdf" ]]; then
  echo "LibreOffice wrote no PDF for $in" >&2
  exit 1
fi
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$pdf" "$out/page1"
echo "$pdf"
echo "$out/page1.png"
