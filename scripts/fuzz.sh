#!/usr/bin/env bash
# Fuzzes the bundle reader (fuzz/BundleReaderFuzz.cpp) with libFuzzer + AddressSanitizer.
#   scripts/fuzz.sh [SECONDS]        default 120
# Builds src/core with clang++ and the fuzzer flags in build-fuzz/ (not part of the main
# build), starts from fuzz/corpus/ and keeps what it learns in build-fuzz/corpus/.
# A crash leaves its input in build-fuzz/artifacts/; turn each into a test under
# tests/core/bundle_regressions/ ("fuzz regression: ...").
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-120}
out=build-fuzz
jobs=$(nproc)

fuzzer_lib() { ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a 2>/dev/null | head -1; }
if ! command -v clang++ >/dev/null || [ -z "$(fuzzer_lib)" ]; then
  echo "installing clang and libclang-rt-14-dev"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get install -y --no-install-recommends clang libclang-rt-14-dev
fi

mkdir -p "$out/obj" "$out/corpus" "$out/artifacts"
flags=(-std=c++20 -g -O1 -fPIC -fno-omit-frame-pointer -fsanitize=address,fuzzer-no-link -Isrc
       -DQT_NO_CAST_FROM_ASCII $(pkg-config --cflags Qt6Core))

# Compile core in parallel, each file only when it changed (object named after its path).
printf '%s\n' "${flags[@]}" > "$out/flags.rsp"
find src/core -name '*.cpp' | sort > "$out/sources.txt"
xargs -P"$jobs" -I{} sh -c 'o="$1/obj/$(echo "$2" | tr / _).o"; [ -f "$o" ] && [ ! "$2" -nt "$o" ] || \
  clang++ @"$1/flags.rsp" -c "$2" -o "$o"' sh "$out" {} < "$out/sources.txt"
objs=()
while IFS= read -r src; do objs+=("$out/obj/$(echo "$src" | tr / _).o"); done < "$out/sources.txt"
clang++ "${flags[@]}" -fsanitize=address,fuzzer fuzz/BundleReaderFuzz.cpp "${objs[@]}" \
  $(pkg-config --libs Qt6Core) -o "$out/bundle_reader_fuzz"

echo "fuzzing BundleReader::read for ${seconds}s (corpus: fuzz/corpus + $out/corpus)"
set +e
ASAN_OPTIONS=detect_leaks=1 "$out/bundle_reader_fuzz" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
  -dict=fuzz/bundle.dict -print_final_stats=1 -artifact_prefix="$out/artifacts/" "$out/corpus" fuzz/corpus 2>&1 | tee "$out/last-run.log" | \
  grep -E '^#[0-9]+ +(INITED|DONE|pulse)|^Done|stat::|ERROR|SUMMARY|rejected|round trip|Test unit written'
rc=${PIPESTATUS[0]}
set -e
execs=$(grep -Eo '^stat::number_of_executed_units: *[0-9]+' "$out/last-run.log" | grep -Eo '[0-9]+$' || echo "?")
crashes=$(ls "$out/artifacts" 2>/dev/null | wc -l)
echo "fuzz figures: ${execs} executions in ${seconds}s, exit code ${rc}, ${crashes} crash/timeout inputs in $out/artifacts/"
exit "$rc"
