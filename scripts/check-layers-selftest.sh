#!/usr/bin/env bash
# The layering check must be able to fail: plant one violation of each kind in a copy of
# the tree and expect check-layers.sh to name it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for plant in "ui/Planted.cpp:#include \"store/Database.h\"" \
             "src/cli/Planted.cpp:#include \"store/CaseRepository.h\"" \
             "src/core/Planted.cpp:#include \"services/Services.h\"" \
             "src/services/Planted.cpp:#include <QWidget>" \
             "src/services/Planted2.cpp:#include <sqlite3.h>" \
             "src/core/Planted2.cpp:#include <QPainter>"; do
  rm -rf "$tmp/tree" && mkdir -p "$tmp/tree"
  file="${plant%%:*}"
  mkdir -p "$tmp/tree/$(dirname "$file")"
  printf '%s\n' "${plant#*:}" >"$tmp/tree/$file"
  if bash "$here/check-layers.sh" "$tmp/tree" 2>"$tmp/err"; then
    echo "check-layers.sh accepted $plant" >&2
    exit 1
  fi
  grep -q "$file:1:" "$tmp/err" || { echo "check-layers.sh did not name $file" >&2; exit 1; }
done
mkdir -p "$tmp/clean/ui" && printf '#include "services/Services.h"\n' >"$tmp/clean/ui/Fine.cpp"
bash "$here/check-layers.sh" "$tmp/clean" >/dev/null
echo "layering self-test: ok"
