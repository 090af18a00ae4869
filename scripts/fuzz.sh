#!/usr/bin/env bash
# Runs one libFuzzer harness of Fuzz/ for a given time, proves it fuzzed, and prints executions,
# coverage, corpus and findings.
#
#   scripts/fuzz.sh [HARNESS] [SECONDS]
#     HARNESS  fuzz-scenario-derived (default), fuzz-scenario-base, fuzz-import, fuzz-workbook,
#              fuzz-workbook-structure, or `all` (the time is split)
#     SECONDS  total fuzzing time (default 60)
#
# Environment: FUZZ_ROOT the dfcost package to build (default: this checkout; point it at a
# snapshot to fuzz a fixed tree while others edit), FUZZ_SCRATCH the build folder (default
# $FUZZ_ROOT/.build-fuzz), FUZZ_ARGS extra libFuzzer flags. Run it under `nice -n 19` on a shared
# machine.
#
# The seed corpus is built from Scenarios/ and the test fixtures (.toml under Tests/); the working
# corpus lives in $FUZZ_SCRATCH/corpus/HARNESS and grows between runs. Crashes, leaks and
# timeouts are written to Fuzz/findings/HARNESS/; each must become a malformed-corpus case
# (its input in Tests/DFCostCLITests/Fixtures/malformed/, its NAME.expected in
# Tests/DFCostCLITests/Goldens/MalformedCorpusTests/) once fixed. Fuzz/lsan.supp lists the leaks that are
# the toolchain's, not dfcost's.
#
# A run that does not provably fuzz fails: a binary without inline 8-bit counters (checked before
# fuzzing), a log without "Loaded N modules (M inline 8-bit counters)" or with libFuzzer's
# "Is the code instrumented for coverage?" warning, cov 0 or missing, or a corpus that did not grow
# from its seeds (no new unit added during the run). The figures also go to
# $FUZZ_SCRATCH/summary-HARNESS.txt.
#
# Exit status: 0 fuzzed without findings, 1 findings, 2 the run did not provably fuzz, 64 usage,
# 70 build failed.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
root=${FUZZ_ROOT:-$here}
scratch=${FUZZ_SCRATCH:-$root/.build-fuzz}
harness=${1:-fuzz-scenario-derived}
seconds=${2:-60}
harnesses=(fuzz-scenario-derived fuzz-scenario-base fuzz-import fuzz-workbook fuzz-workbook-structure)

if [ "$harness" = all ]; then
    per=$(( seconds / ${#harnesses[@]} )); status=0
    for h in "${harnesses[@]}"; do
        "$0" "$h" "$per" || { s=$?; [ "$status" -ge "$s" ] || status=$s; }
    done
    exit $status
fi
case " ${harnesses[*]} " in *" $harness "*) ;; *) echo "unknown harness '$harness' (${harnesses[*]})" >&2; exit 64;; esac

# The sanitizers go to swiftc as ONE flag. SwiftPM turns `--sanitize=fuzzer --sanitize=address`
# into two flags, `-sanitize=fuzzer -sanitize=address`, in an order that changes from one
# `swift build` to the next (it keeps them in a Set), and swift-driver's compile jobs keep only the
# last -sanitize= flag (its link jobs merge them). So a build got either coverage or ASan, never
# both, and when the order changed the next harness's build recompiled every module without
# coverage ("Is the code instrumented for coverage?"). `--sanitize=fuzzer` alone stays: without it
# SwiftPM renames the harnesses' `main`, which libFuzzer provides; the -Xswiftc flag comes after it
# and wins. lld, not gold: with gold the inline 8-bit counters are not registered either.
echo "== building $harness (release, fuzzer + address sanitizer) in $scratch"
(cd "$root/Fuzz" && swift build -c release --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address \
    --scratch-path "$scratch" --product "$harness" -Xswiftc -use-ld=lld 2>&1 | grep -Ev '^\[' || true)
binary="$scratch/release/$harness"
[ -x "$binary" ] || { echo "build failed" >&2; exit 70; }
# Both instrumentations must be in the binary before a second is spent fuzzing it.
sections=$(readelf -SW "$binary" 2>/dev/null || true)
symbols=$(nm "$binary" 2>/dev/null || true)
if ! grep -q '__sancov_cntrs' <<<"$sections"; then
    echo "FAIL $harness: $binary has no __sancov_cntrs section (not instrumented for coverage)" >&2; exit 2
fi
if ! grep -q 'asan\.module_ctor' <<<"$symbols"; then
    echo "FAIL $harness: $binary has no asan.module_ctor (not instrumented for AddressSanitizer)" >&2; exit 2
fi

corpus="$scratch/corpus/$harness"; seeds="$scratch/seeds/$harness"
findings="$here/Fuzz/findings/$harness"
mkdir -p "$corpus" "$seeds" "$findings"
rm -f "$seeds"/seed-*
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
dict="$here/Fuzz/scenario.dict"; max_len=8192
if [ "$harness" = fuzz-workbook ]; then
    # Workbooks: every .xlsx/.xls fixture as it is (the container form), and the XML parts of each
    # .xlsx joined by NUL bytes (the form the harness packs into a zip itself; see FuzzWorkbook).
    dict="$here/Fuzz/workbook.dict"; max_len=32768
    while IFS= read -r -d '' f; do
        i=$((i + 1)); cp "$f" "$seeds/seed-$i.xlsx"
        if unzip -l "$f" xl/worksheets/sheet1.xml >/dev/null 2>&1; then
            i=$((i + 1))
            { unzip -p "$f" xl/worksheets/sheet1.xml; printf '\0'; unzip -p "$f" xl/sharedStrings.xml; printf '\0'
              unzip -p "$f" xl/styles.xml; printf '\0'; unzip -p "$f" xl/workbook.xml; } > "$seeds/seed-$i.parts" 2>/dev/null || true
        fi
    done < <(find "$root/Tests" "$root/Scenarios" -type f \( -name '*.xlsx' -o -name '*.xls' \) -size -64k -print0 2>/dev/null)
fi
if [ "$harness" = fuzz-workbook-structure ]; then
    # Programs of edits to the harness's own seed workbook: no edit (the seed as it is), and a
    # few fixed byte strings; libFuzzer grows the rest.
    dict=""; max_len=4096
    printf '' > "$seeds/seed-0.bin"
    for s in 'edit-sheet' 'AAAAAAAAAAAAAAAA' "$(printf '\001\002\003\004\005\006\007\010\011')" 'zzzz0000ZZZZ9999'; do
        i=$((i + 1)); printf '%s' "$s" > "$seeds/seed-$i.bin"
    done
fi
while [ "$harness" != fuzz-import ] && [ "$harness" != fuzz-workbook ] && [ "$harness" != fuzz-workbook-structure ] && IFS= read -r -d '' f; do
    i=$((i + 1))
    sed -e 's#"\.\./published/#"published/#' -e 's#"\.\./base\.toml"#"base.toml"#' "$f" > "$seeds/seed-$i.toml"
done < <(find "$root/Scenarios" "$root/Tests" -type f \( -name '*.toml' -o -name '*.csv' \) -print0 2>/dev/null)
seedcount=$(find "$seeds" -type f | wc -l)
before=$(find "$corpus" -type f | wc -l)

log="$scratch/fuzz-$harness.log"
echo "== fuzzing $harness for ${seconds}s ($seedcount seeds, $before in the working corpus; log $log)"
stamp="$scratch/.stamp-$harness"; : > "$stamp"
started=$(date +%s)
set +e
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
    LSAN_OPTIONS=suppressions="$here/Fuzz/lsan.supp":print_suppressions=0 \
    "$binary" "$corpus" "$seeds" -max_total_time="$seconds" \
    ${dict:+-dict="$dict"} -max_len="$max_len" -timeout=10 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$findings/" ${FUZZ_ARGS:-} >"$log" 2>&1
status=$?
set -e
wall=$(( $(date +%s) - started ))
after=$(find "$corpus" -type f | wc -l)

counters=$(grep -oE 'Loaded [0-9]+ modules +\([0-9]+ inline 8-bit counters\)' "$log" | head -1 | grep -oE '\([0-9]+' | tr -d '(' || true)
inited=$(grep -E '^#[0-9]+[[:space:]]+INITED' "$log" | head -1 || true)
last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
execs=$(grep -E 'stat::number_of_executed_units' "$log" | awk '{print $2}' | tail -1)
added=$(grep -E 'stat::new_units_added' "$log" | awk '{print $2}' | tail -1)
cov=$(grep -oE 'cov: [0-9]+' <<<"$last" | awk '{print $2}' || true)
ft=$(grep -oE 'ft: [0-9]+' <<<"$last" | awk '{print $2}' || true)
corp_start=$(grep -oE 'corp: [0-9]+/[0-9a-zA-Z]+' <<<"$inited" | awk '{print $2}' || true)
corp_end=$(grep -oE 'corp: [0-9]+/[0-9a-zA-Z]+' <<<"$last" | awk '{print $2}' || true)
found=$(find "$findings" -type f -newer "$stamp" \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'slow-unit-*' \) | wc -l)
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')
dirty=$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null | grep -q . && echo '+changes' || true)

summary="$scratch/summary-$harness.txt"
{
    echo "harness:    $harness"
    echo "commit:     $commit$dirty"
    echo "seconds:    $seconds asked, $wall wall"
    echo "executions: ${execs:-?}"
    echo "counters:   ${counters:-none} inline 8-bit counters"
    echo "coverage:   cov ${cov:-?} ft ${ft:-?}"
    echo "corpus:     $seedcount seeds + $before working files before; libFuzzer corpus ${corp_start:-?} after loading the seeds, ${corp_end:-?} at the end (${added:-?} new units); $after working files after"
    echo "findings:   $found new in $findings (libFuzzer exit $status)"
} | tee "$summary"

problems=()
[ -n "$counters" ] && [ "$counters" -gt 0 ] || problems+=("no 'Loaded N modules (M inline 8-bit counters)' line")
! grep -q 'Is the code instrumented for coverage' "$log" || problems+=("libFuzzer warned: Is the code instrumented for coverage?")
[ -n "$cov" ] && [ "$cov" -gt 0 ] || problems+=("coverage is ${cov:-missing}")
[ -n "$added" ] && [ "$added" -gt 0 ] || problems+=("the corpus did not grow from its seeds (${added:-no} new units)")
if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then
    grep -E 'ERROR: |Fatal error|SUMMARY|Test unit written' "$log" | head -8
    echo "FINDINGS $harness: $found artefact(s) in $findings" >&2
    exit 1
fi
if [ ${#problems[@]} -gt 0 ]; then
    for p in "${problems[@]}"; do echo "FAIL $harness: $p (log $log)" >&2; done
    echo "FAIL $harness: the run did not provably fuzz" >&2
    exit 2
fi
echo "OK   $harness fuzzed with coverage"
