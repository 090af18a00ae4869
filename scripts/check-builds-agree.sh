#!/usr/bin/env bash
# The same seed gives the same bytes from any build: the debug build (baseline x86-64, no
# optimization) and the release build `make build` makes (tuned to this CPU with -target-cpu),
# on one and on two threads, with the sensitivity tornado. Swift neither fuses multiplies and
# adds nor reorders floating-point operations, so wider vectors must not change a digit; this
# checks it on every `make test`. The analysis model's git commit is left out of the comparison:
# it names the build (a plain debug build does not know it, `make build` stamps it), not a figure.
#
#   scripts/check-builds-agree.sh DEBUG_BINARY RELEASE_BINARY
set -euo pipefail
cd "$(dirname "$0")/.."
debug=${1:?debug binary}; release=${2:?release binary}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
status=0
for scenario in Scenarios/bench/standard-workload.toml Scenarios/payers-uncertain.toml; do
    for threads in 1 2; do
        "$debug" simulate "$scenario" --trials 200000 --seed 5 --threads "$threads" --format json | grep -v '^ *"commit": ' > "$work/debug.json"
        "$release" simulate "$scenario" --trials 200000 --seed 5 --threads 1 --format json | grep -v '^ *"commit": ' > "$work/release.json"
        if cmp -s "$work/debug.json" "$work/release.json"; then
            echo "same bytes: $scenario, debug on $threads thread(s) = release on 1"
        else
            echo "DIFFERENT: $scenario, debug on $threads thread(s) against release on 1:" >&2
            diff "$work/debug.json" "$work/release.json" | head -5 >&2
            status=1
        fi
    done
done
exit $status
