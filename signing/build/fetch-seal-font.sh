#!/usr/bin/env bash
# Puts the CJK font used for seal pictures into the build's generated resources.
# Font: Noto Serif SC Bold (SIL Open Font License 1.1), taken from the npm package
# @expo-google-fonts/noto-serif-sc@0.4.3, checked against a pinned SHA-256.
# The font (15 MB) is not committed; it is cached in ~/.cache/xietong/fonts (override with
# XIETONG_FONT_CACHE) so a clean build fetches it once per machine.
set -euo pipefail

out_dir="$1/cn/xietong/signing/seal/picture"
pkg="@expo-google-fonts/noto-serif-sc"
ver="0.4.3"
member="package/700Bold/NotoSerifSC_700Bold.ttf"
license_member="package/LICENSE_FONT"
sha="9c6a2ba736e4b499c84f65ce366bd3625c0401885fd3e585ace50fb738b96ff6"
font="$out_dir/NotoSerifSC-Bold.ttf"

if [ -s "$font" ] && [ -s "$out_dir/NotoSerifSC-LICENSE.txt" ]; then
  exit 0
fi
cache="${XIETONG_FONT_CACHE:-${HOME}/.cache/xietong/fonts}"
mkdir -p "$cache" "$out_dir"
cached="$cache/NotoSerifSC-Bold-$sha.ttf"
if [ ! -s "$cached" ] || [ ! -s "$cache/NotoSerifSC-LICENSE.txt" ]; then
  command -v npm >/dev/null || { echo "fetch-seal-font: npm is needed to fetch $pkg@$ver" >&2; exit 1; }
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  echo "fetch-seal-font: fetching $pkg@$ver from the npm registry" >&2
  (cd "$tmp" && npm pack --silent --prefer-offline "$pkg@$ver" >/dev/null)
  tar -xzf "$tmp"/*.tgz -C "$tmp" "$member" "$license_member"
  actual="$(sha256sum "$tmp/$member" | cut -d' ' -f1)"
  if [ "$actual" != "$sha" ]; then
    echo "fetch-seal-font: $member has SHA-256 $actual, expected $sha" >&2
    exit 1
  fi
  mv "$tmp/$license_member" "$cache/NotoSerifSC-LICENSE.txt"
  mv "$tmp/$member" "$cached"
fi
cp "$cached" "$font"
cp "$cache/NotoSerifSC-LICENSE.txt" "$out_dir/NotoSerifSC-LICENSE.txt"
