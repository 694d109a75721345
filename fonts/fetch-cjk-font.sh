#!/bin/sh
# Puts the CJK-capable font (WenQuanYi Zen Hei, TrueType collection) where the build bundles it
# into the jar, so plan PDFs show Chinese, Japanese and Korean names. Run by Maven at
# generate-resources; never at run time. The font is ~17 MB, so it is not kept in git.
#
# Where it comes from, first that works:
#   1. the Debian/Ubuntu package fonts-wqy-zenhei when installed (apt-get install fonts-wqy-zenhei);
#   2. the same package downloaded without root (apt-get download) and unpacked (dpkg-deb);
#      as root on a machine with no package lists yet, 'apt-get update' first.
# The file's SHA-256 is pinned: another version would change every PDF's bytes.
set -eu
out="$1/fonts"
font="$out/wqy-zenhei.ttc"
want=79c18ebe7b811951e8311bad7103ebeae8c337ed9988ea69e8a78a66cfe029b9
installed=/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc

if [ -s "$font" ] && echo "$want  $font" | sha256sum -c - >/dev/null 2>&1; then
    exit 0
fi
mkdir -p "$out"
if [ -s "$installed" ]; then
    cp "$installed" "$font"
    [ -f /usr/share/doc/fonts-wqy-zenhei/copyright ] && cp /usr/share/doc/fonts-wqy-zenhei/copyright "$out/wqy-zenhei.copyright"
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    fetch() { (cd "$work" && apt-get download fonts-wqy-zenhei >/dev/null 2>&1); }
    # A fresh machine may have no package lists yet; as root, fetch them once and try again.
    if ! fetch && ! { [ "$(id -u)" = 0 ] && apt-get update -qq >/dev/null 2>&1 && fetch; }; then
        echo "CJK font missing: install the package fonts-wqy-zenhei (or run 'apt-get update' so 'apt-get download' can fetch it)" >&2
        exit 1
    fi
    dpkg-deb -x "$work"/fonts-wqy-zenhei_*.deb "$work/unpacked"
    cp "$work/unpacked/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc" "$font"
    cp "$work/unpacked/usr/share/doc/fonts-wqy-zenhei/copyright" "$out/wqy-zenhei.copyright" 2>/dev/null || true
fi
if ! echo "$want  $font" | sha256sum -c - >/dev/null 2>&1; then
    echo "CJK font $font is not the pinned version 0.9.45 (SHA-256 $want)" >&2
    rm -f "$font"
    exit 1
fi
