#!/usr/bin/env bash
# The long crash test (docs/reliability.md): a harness process adds entries through the
# services while this test kills it with SIGKILL at random moments; after every kill the
# database must reopen, pass integrity_check and hold every acknowledged entry.
#   scripts/crash-test.sh [KILLS] [MIN_ACKNOWLEDGED_WRITES]     default 100 and 10000
# Env: BUILD_DIR (default build-rel), SOMDESK_CRASH_SEED to replay a run's kill times,
# SOMDESK_CRASH_MAX_DELAY_MS (default 2500: how long a writer may run before its kill).
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-100}
acks=${2:-10000}
build=${BUILD_DIR:-build-rel}
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -DSOMDESK_BUILD_UI=OFF >/dev/null
fi
cmake --build "$build" -j"$(nproc)" --target somdesk-crash-harness test_services_crash
export SOMDESK_CRASH_KILLS=$kills SOMDESK_CRASH_MIN_ACKS=$acks
export SOMDESK_CRASH_MAX_DELAY_MS=${SOMDESK_CRASH_MAX_DELAY_MS:-2500}
echo "crash test: at least $kills kills and $acks acknowledged writes (each writer runs up to ${SOMDESK_CRASH_MAX_DELAY_MS} ms)"
"$build/tests/test_services_crash" "[crash]" 2>&1 | grep -v '\[info\]'
exit "${PIPESTATUS[0]}"
