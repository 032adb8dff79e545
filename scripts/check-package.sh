#!/usr/bin/env bash
# Builds the Debian package from a finished build (cpack -G DEB) and checks it as an installer
# would: both programs, the desktop entry and the icon are in it, and every shared library the
# programs load comes from a package the .deb declares (or from the base system).
# Usage: bash scripts/check-package.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: check-package.sh BUILD_DIR}" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/*.deb)
fail() { echo "package: $*" >&2; exit 1; }

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/somdesk ./usr/bin/somdesk-cli ./usr/share/applications/somdesk.desktop \
         ./usr/share/icons/hicolor/256x256/apps/somdesk.png; do
  grep -qx "$f" <<<"$contents" || fail "$f is missing from $(basename "$deb")"
done
grep -q '^Exec=somdesk' <(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/applications/somdesk.desktop) ||
  fail "the desktop entry does not start somdesk"

depends=$(dpkg-deb -f "$deb" Depends)
declared=$(tr ',' '\n' <<<"$depends" | sed 's/(.*//; s/ //g' | sort -u)
# The base system every Debian has: not declared, as Debian's own packages do not.
base='^(libc6|libgcc-s1|libstdc\+\+6|libzstd1|zlib1g|libglib2.0-0|libpcre2-8-0|libpcre2-16-0|libicu72|libdouble-conversion3|libb2-1|libgomp1|libsystemd0|liblz4-4|liblzma5|libgcrypt20|libgpg-error0|libcap2|libselinux1|libmount1|libblkid1|libffi8|libssl3|libkrb5.*|libk5crypto3|libcom-err2|libkeyutils1|libgssapi-krb5-2)$'
# Everything the declared packages bring with them.
closure=$(for d in $declared; do apt-cache depends --recurse --important "$d" 2>/dev/null; done |
  sed -n 's/^ *Depends: //p' | grep -v '^<' | sort -u)
dpkg-deb -x "$deb" "$out/root"
for program in somdesk somdesk-cli; do
  for lib in $(ldd "$out/root/usr/bin/$program" | awk '/=> \//{print $3}'); do
    pkg=$(dpkg -S "$(readlink -f "$lib")" 2>/dev/null | head -1 | cut -d: -f1) ||
      pkg=$(dpkg -S "$lib" 2>/dev/null | head -1 | cut -d: -f1) || true
    [ -n "$pkg" ] || fail "$program loads $lib, which no package provides"
    grep -qx -- "$pkg" <<<"$declared" && continue
    grep -qE "$base" <<<"$pkg" && continue
    # Libraries pulled in by a declared one are that package's dependencies, not ours.
    grep -qx -- "$pkg" <<<"$closure" && needed_by_declared=1 || needed_by_declared=0
    [ "$needed_by_declared" = 1 ] || fail "$program loads $lib from $pkg, which Depends does not declare ($depends)"
  done
done
# The SQLite driver is a plugin, loaded at run time: ldd cannot see it.
grep -qx 'libqt6sql6-sqlite' <<<"$declared" || fail "libqt6sql6-sqlite (the SQLite driver) is not declared"
echo "package ok: $(basename "$deb")"
