#!/usr/bin/env bash
# Fails on any #include that crosses the dependency rule of docs/architecture.md the wrong
# way: core <- store <- services <- reports <- {cli, ui}; demo (on core) feeds services and
# bench; bench sees services, demo and core.
# Also: QtWidgets only under ui/, QtGui only under src/reports/ and ui/, QtSql and
# sqlite3.h only under src/store/ (tests and fuzz targets are exempt: they test layers).
# Usage: check-layers.sh [ROOT]   (default: the checkout this script is in)
set -euo pipefail
root="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
cd "$root"

allowed_for() {
  case "$1" in
    src/core/*) echo "core" ;;
    src/store/*) echo "core store" ;;
    src/services/*) echo "core store demo services" ;;
    src/reports/*) echo "core services reports" ;;
    src/demo/*) echo "core demo" ;;
    src/cli/*) echo "core services reports cli" ;;
    ui/*) echo "core services reports" ;;
    bench/*) echo "core demo services" ;;
    *) echo "" ;;
  esac
}

layers="core store services reports demo cli"
failures=0
while IFS= read -r file; do
  allowed="$(allowed_for "$file")"
  while IFS=: read -r line text; do
    [ -n "$line" ] || continue
    target="$(sed -E 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]([^>"]+)[>"].*/\1/' <<<"$text")"
    first="${target%%/*}"
    problem=""
    if [ "$first" != "$target" ] && [[ " $layers " == *" $first "* ]] && [[ " $allowed " != *" $first "* ]]; then
      problem="a ${file%%/*}/$(cut -d/ -f2 <<<"$file") file may not include the $first layer"
    fi
    case "$target" in
      QtWidgets/* | QtWidgets | QAction | QApplication | QWidget | QDialog | QMainWindow)
        [[ "$file" == ui/* ]] || problem="QtWidgets outside ui/" ;;
      QtSql/* | QSql*)
        [[ "$file" == src/store/* ]] || problem="QtSql outside src/store/" ;;
      sqlite3.h)
        [[ "$file" == src/store/* ]] || problem="sqlite3 outside src/store/" ;;
      QtGui/* | QGuiApplication | QPdfWriter | QPainter | QTextDocument | QImage | QColor | QPalette)
        [[ "$file" == src/reports/* || "$file" == ui/* ]] || problem="QtGui outside src/reports/ and ui/" ;;
    esac
    if [ -n "$problem" ]; then
      echo "$file:$line: #include <$target>: $problem" >&2
      failures=$((failures + 1))
    fi
  done < <(grep -nE '^[[:space:]]*#[[:space:]]*include' "$file" || true)
done < <(find src ui bench -type f \( -name '*.cpp' -o -name '*.h' \) 2>/dev/null | sort)

if [ "$failures" -gt 0 ]; then
  echo "layering: $failures include(s) cross the dependency rule" >&2
  exit 1
fi
echo "layering: ok"
