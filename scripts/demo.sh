#!/usr/bin/env bash
# Installs what is missing, builds the desktop app and launches it on a fictitious demo
# database (created on first run in the app data folder; password "demo-password").
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build >/dev/null
cmake --build build -j"$(nproc)" --target somdesk somdesk-cli
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/ui/somdesk --demo
fi
# No display (a server or container): run on a virtual X display and save a picture.
echo "No display found: running under Xvfb and saving a screenshot to build/somdesk-demo.png"
exec xvfb-run -a -s "-screen 0 1600x1000x24" ./build/ui/somdesk --demo --screenshot build/somdesk-demo.png
