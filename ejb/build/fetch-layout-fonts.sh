#!/usr/bin/env bash
# Puts the CJK fonts used by the official-document layout (cn.xietong.document.layout) into the
# build's generated resources. All are SIL Open Font License 1.1 fonts from npm packages of
# pinned versions, each checked against a pinned SHA-256:
#   (NotoSerifSC-Bold.ttf, for 方正小标宋 — mark and title — comes with the signing library)
#   NotoSerifSC-Regular.ttf  stands in for 仿宋_GB2312 (body) and 楷体_GB2312 (no free TTF KaiTi
#                            or FangSong is published on npm; see docs/layout.md)
#   NotoSansSC-Regular.ttf   stands in for 黑体 (urgency, first-level headings)
# The fonts (10-15 MB each) are not committed; they are cached in ~/.cache/xietong/fonts
# (override with XIETONG_FONT_CACHE) so a clean build fetches them once per machine.
set -euo pipefail

out_dir="$1/cn/xietong/document/layout/fonts"
cache="${XIETONG_FONT_CACHE:-${HOME}/.cache/xietong/fonts}"
mkdir -p "$cache" "$out_dir"

# fetch NAME PACKAGE VERSION MEMBER SHA256 LICENSE_NAME
fetch() {
  local name="$1" pkg="$2" ver="$3" member="$4" sha="$5" license_name="$6"
  local target="$out_dir/$name.ttf" cached="$cache/$name-$sha.ttf"
  if [ -s "$target" ] && [ -s "$out_dir/$license_name" ]; then
    return 0
  fi
  if [ ! -s "$cached" ] || [ ! -s "$cache/$license_name" ]; then
    command -v npm >/dev/null || { echo "fetch-layout-fonts: npm is needed to fetch $pkg@$ver" >&2; exit 1; }
    local tmp
    tmp="$(mktemp -d)"
    echo "fetch-layout-fonts: fetching $pkg@$ver from the npm registry" >&2
    (cd "$tmp" && npm pack --silent --prefer-offline "$pkg@$ver" >/dev/null)
    tar -xzf "$tmp"/*.tgz -C "$tmp" "$member" package/LICENSE_FONT
    local actual
    actual="$(sha256sum "$tmp/$member" | cut -d' ' -f1)"
    if [ "$actual" != "$sha" ]; then
      echo "fetch-layout-fonts: $pkg@$ver $member has SHA-256 $actual, expected $sha" >&2
      rm -rf "$tmp"
      exit 1
    fi
    mv "$tmp/package/LICENSE_FONT" "$cache/$license_name"
    mv "$tmp/$member" "$cached"
    rm -rf "$tmp"
  fi
  cp "$cached" "$target"
  cp "$cache/$license_name" "$out_dir/$license_name"
}

# NotoSerifSC-Bold (方正小标宋's stand-in) is not fetched here: the signing library ships it for seal
# pictures (signing/build/fetch-seal-font.sh) and the layout reads that copy from the class path.
fetch NotoSerifSC-Regular "@expo-google-fonts/noto-serif-sc" 0.4.3 \
  package/400Regular/NotoSerifSC_400Regular.ttf \
  c358a69de3df5f423a8946a7b03e3126fb6ba116f1130a463455b4e39e1f0742 NotoSerifSC-LICENSE.txt
fetch NotoSansSC-Regular "@expo-google-fonts/noto-sans-sc" 0.4.3 \
  package/400Regular/NotoSansSC_400Regular.ttf \
  d45f67f0a7c0ca3f256950777ce6a61cc7ce5f9696d02900cbbaac25f8aa7d16 NotoSansSC-LICENSE.txt
