#!/usr/bin/env bash
# Remakes the user guide's pictures in docs/screenshots/ from the demo database, on a virtual
# X display: the main window, each casework dialog over the first case, and a search.
# Usage: bash scripts/screenshots.sh   (after a build; the demo database is made on first use)
set -euo pipefail
cd "$(dirname "$0")/.."
app=./build/ui/somdesk
[ -x "$app" ] || { echo "build first: cmake -S . -B build && cmake --build build" >&2; exit 1; }
mkdir -p docs/screenshots
shoot() { # NAME SCENE [PALETTE] [ROLE]
  xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --demo --palette "${3:-light}" --demo-role "${4:-officer}" \
    --screenshot "docs/screenshots/$1.png" --screenshot-scene "$2"
}
shoot main record
shoot main-dark record dark
shoot add-entry add-entry
shoot log-visit log-visit
shoot record-arms record-arms
shoot record-plan record-plan
shoot record-screening record-screening
shoot record-notification record-notification
shoot record-custody record-custody
shoot raise-concern raise-concern
shoot register-nominal register-nominal
shoot search "search=visit"
shoot static-scores scores
shoot record-static-score record-static-score
shoot officer-filter officer-filter light sergeant
shoot team team light sergeant
shoot reviews reviews light inspector
shoot dip-sample dip-sample light sergeant
shoot record-audit record-audit light sergeant
shoot override-alert override-alert light inspector
echo "pictures written to docs/screenshots/"
