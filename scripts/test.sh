#!/usr/bin/env bash
# Installs what is missing, builds everything and runs the whole test suite with ctest.
# Warnings are errors here, as in CI. Set SOMDESK_SANITIZE=1 for the ASan+UBSan build of
# everything below the desktop app (core, store, services, CLI, their tests); the app and its
# UI tests run in the ordinary build, so CI does not compile the widgets twice.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

build=build
extra=()
if [ "${SOMDESK_SANITIZE:-0}" = "1" ]; then
  build=build-asan
  extra+=(-DSOMDESK_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug -DSOMDESK_BUILD_UI=OFF)
fi
jobs=$(nproc)
cmake -S . -B "$build" -DSOMDESK_WERROR=ON "${extra[@]}" >/dev/null
cmake --build "$build" -j"$jobs"
export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure -j"$jobs" --timeout 300
