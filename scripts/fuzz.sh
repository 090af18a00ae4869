#!/usr/bin/env bash
# Runs one libFuzzer harness of Fuzz/ for a given time and prints executions, coverage, findings.
#
#   scripts/fuzz.sh [HARNESS] [SECONDS]
#     HARNESS  fuzz-scenario-derived (default), fuzz-scenario-base, fuzz-import, or `all` (the time is split)
#     SECONDS  total fuzzing time (default 60)
#
# Environment: FUZZ_ROOT the dfcost package to build (default: this checkout; point it at a
# snapshot to fuzz a fixed tree while others edit), FUZZ_SCRATCH the build folder (default
# $FUZZ_ROOT/.build-fuzz), FUZZ_ARGS extra libFuzzer flags.
#
# The seed corpus is built from Scenarios/ and the test fixtures (.toml under Tests/); the working
# corpus lives in $FUZZ_SCRATCH/corpus/HARNESS and grows between runs. Crashes, leaks and
# timeouts are written to Fuzz/findings/HARNESS/; each must become a malformed-corpus case
# (Tests/DFCostCLITests/Fixtures/malformed/) once fixed. Exit status: 0 no findings, 1 findings.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
root=${FUZZ_ROOT:-$here}
scratch=${FUZZ_SCRATCH:-$root/.build-fuzz}
harness=${1:-fuzz-scenario-derived}
seconds=${2:-60}
harnesses=(fuzz-scenario-derived fuzz-scenario-base fuzz-import)

if [ "$harness" = all ]; then
    per=$(( seconds / ${#harnesses[@]} )); status=0
    for h in "${harnesses[@]}"; do "$0" "$h" "$per" || status=1; done
    exit $status
fi
case " ${harnesses[*]} " in *" $harness "*) ;; *) echo "unknown harness '$harness' (${harnesses[*]})" >&2; exit 64;; esac

echo "== building $harness (release, fuzzer + address sanitizer) in $scratch"
(cd "$root/Fuzz" && swift build -c release --sanitize=fuzzer --sanitize=address \
    --scratch-path "$scratch" --product "$harness" -Xswiftc -use-ld=lld 2>&1 | grep -Ev '^\[' || true)
binary="$scratch/release/$harness"
[ -x "$binary" ] || { echo "build failed" >&2; exit 70; }

corpus="$scratch/corpus/$harness"; seeds="$scratch/seeds/$harness"
findings="$here/Fuzz/findings/$harness"
mkdir -p "$corpus" "$seeds" "$findings"
# Seeds: every scenario and fixture. The harness's folder holds published/…, base.toml and
# mid.toml, so `extends` lines pointing one folder up are rewritten to resolve there.
i=0
if [ "$harness" = fuzz-import ]; then
    # Tables as text: every .csv/.tsv/.txt fixture, and the published table in the machine layout.
    if [ -x "$root/.build/release/dfcost" ]; then
        "$root/.build/release/dfcost" totals "$root/Scenarios/published/ehelseportefolje-2023-10.toml" --format csv > "$seeds/published-excel.csv" 2>/dev/null || true
        "$root/.build/release/dfcost" totals "$root/Scenarios/published/ehelseportefolje-2023-10.toml" --format csv --csv rfc4180 > "$seeds/published-rfc4180.csv" 2>/dev/null || true
    fi
    while IFS= read -r -d '' f; do i=$((i + 1)); cp "$f" "$seeds/seed-$i.txt"; done \
        < <(find "$root/Tests" "$root/Scenarios" -type f \( -name '*.csv' -o -name '*.tsv' -o -name '*.txt' \) -print0 2>/dev/null)
fi
while [ "$harness" != fuzz-import ] && IFS= read -r -d '' f; do
    i=$((i + 1))
    sed -e 's#"\.\./published/#"published/#' -e 's#"\.\./base\.toml"#"base.toml"#' "$f" > "$seeds/seed-$i.toml"
done < <(find "$root/Scenarios" "$root/Tests" -type f \( -name '*.toml' -o -name '*.csv' \) -print0 2>/dev/null)

log="$scratch/fuzz-$harness.log"
echo "== fuzzing $harness for ${seconds}s ($i seeds; log $log)"
# lld, not gold: with gold the inline 8-bit counters are not registered and libFuzzer sees no
# coverage ("no interesting inputs"). -jobs=1 runs the fuzzer in a child that logs to fuzz-0.log in
# the working directory, hence the cd.
cd "$scratch"
set +e
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
    "$binary" "$corpus" "$seeds" -max_total_time="$seconds" -workers=1 -jobs=1 \
    -dict="$here/Fuzz/scenario.dict" -max_len=8192 -timeout=10 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$findings/" ${FUZZ_ARGS:-} >"$log" 2>&1
status=$?
[ -f fuzz-0.log ] && cat fuzz-0.log >> "$log" && rm -f fuzz-0.log
set -e
last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
execs=$(grep -E 'stat::number_of_executed_units' "$log" | awk '{print $2}' | tail -1)
echo "harness:    $harness"
echo "seconds:    $seconds"
echo "executions: ${execs:-?}"
echo "coverage:   $(echo "$last" | grep -oE 'cov: [0-9]+ ft: [0-9]+' || echo '?')  corpus: $(echo "$last" | grep -oE 'corp: [0-9]+/[0-9a-zA-Z]+' || echo '?')"
found=$(find "$findings" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
echo "findings:   $found in $findings (libFuzzer exit $status)"
if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then
    grep -E 'ERROR: |Fatal error|SUMMARY' "$log" | head -5
    exit 1
fi
