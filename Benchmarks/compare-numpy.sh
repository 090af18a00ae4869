#!/usr/bin/env bash
# Side by side: `dfcost simulate` against the NumPy/SciPy peer (../shared/bench/mc_reference.py) on
# the standard workload (../shared/bench/WORKLOAD.md), as whole processes, alternating, RUNS times
# each; then `dfcost sweep` throughput and `dfcost verify` cold-process wall time.
#
#   Benchmarks/compare-numpy.sh                 # from the repository root (or anywhere)
#   RUNS=3 DFCOST=.build-perf/release/dfcost Benchmarks/compare-numpy.sh
#
# dfcost runs the command users run: `dfcost simulate FILE --trials N --format json`, with its
# default sensitivity analysis (regression and rank correlations on the leading 100 000 trials).
# The same command with `--sensitivity-sample 0` is timed beside it, never instead: the ratios
# and the targets use the default command only.
#
# Points: 10^6 and 10^7 trials of the 14-line workload, 10^6 trials of 200 lines
# (Scenarios/bench/standard-workload-200.toml) and of 1 000 lines (generated into a temporary
# folder by Benchmarks/make-workload.py --lines 1000; the peer's --lines 1000 is the same model).
#
# Environment: DFCOST (the dfcost binary, default .build/release/dfcost, built in release for
# this CPU when missing, as `make build` does), PEER (default ../shared/bench/mc_reference.py),
# RUNS (default 5), RUNS_LARGE (runs at 1 000 lines, default 3: the peer takes minutes there),
# QUICK=1 (skip the 10^7 and 1 000-line points). The peer alone runs under
# `env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE`, so NumPy's OpenBLAS picks its own kernels. Wall
# time is measured around each process (date +%s%N); CPU time (user + system) and peak memory
# (`Maximum resident set size`) come from /usr/bin/time -v. Memory is in MB of 10^6 bytes.
#
# Agreement: the two programs use different generators (Philox keyed by line id vs NumPy's PCG64),
# so they agree only to within Monte Carlo error. For the horizon total with sample sd s and trial
# counts n1 (dfcost) and n2 (peer), the check is, with k = 5 standard errors,
#   mean:  |m1 - m2|  <= k * s * sqrt(1/n1 + 1/n2)
#   P_p:   |q1 - q2|  <= k * s * sqrt(p (1 - p)) / phi(z_p) * sqrt(1/n1 + 1/n2) + 2^-23 |q|
# where z_p = Phi^-1(p) and phi the normal density: the asymptotic SE of a sample quantile is
# sqrt(p (1 - p) / n) / f(x_p), with the density f(x_p) approximated by the normal one phi(z_p) / s
# (the total is close to normal: a sum of many bounded factors), and 2^-23 |q| covers dfcost's
# Float32 storage of per-trial values. P10, P50, P85 and P90 are checked.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"
DFCOST="${DFCOST:-.build/release/dfcost}"
PEER="${PEER:-../shared/bench/mc_reference.py}"
RUNS="${RUNS:-5}"
RUNS_LARGE="${RUNS_LARGE:-3}"
WORKLOAD=Scenarios/bench/standard-workload.toml
WORKLOAD200=Scenarios/bench/standard-workload-200.toml
PUBLISHED=Scenarios/published/ehelseportefolje-2023-10.toml

if [ ! -x "$DFCOST" ]; then
  echo "building $DFCOST (release, for this CPU)..." >&2
  swift build -c release --product dfcost -Xswiftc -target-cpu -Xswiftc native >&2
  DFCOST=.build/release/dfcost
fi
[ -f "$PEER" ] || { echo "peer not found: $PEER" >&2; exit 2; }
[ -f "$WORKLOAD200" ] || python3 Benchmarks/make-workload.py --lines 200 > "$WORKLOAD200"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
WORKLOAD1000="$work/standard-workload-1000.toml"
python3 Benchmarks/make-workload.py --lines 1000 > "$WORKLOAD1000"

# run NAME OUTFILE COMMAND...: one whole process under /usr/bin/time -v; appends
# "NAME wall_seconds cpu_seconds peak_kB" to $work/times and leaves stdout in OUTFILE.
run() {
  local name="$1" out="$2"; shift 2
  local t0 t1
  t0=$(date +%s%N)
  /usr/bin/time -v -o "$work/time.txt" "$@" > "$out"
  t1=$(date +%s%N)
  local rss cpu
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$work/time.txt")
  echo "$name $(( (t1 - t0) / 1000 )) $cpu $rss" >> "$work/times"
}

blas=$(ldd "$DFCOST" | awk '/libblas\.so\.3/ {print $3}')
blas_real=$(readlink -f "$blas" 2>/dev/null || echo "$blas")
# A build for the host CPU uses the 256-bit AVX registers somewhere; a baseline x86-64 build never does.
# (grep -c reads to the end: with pipefail, grep -q would end the pipe early and objdump's SIGPIPE
# would make the test fail.)
if [ "$(objdump -d --no-show-raw-insn "$DFCOST" 2>/dev/null | grep -c '%ymm' || true)" -gt 0 ]; then
  cpu_build="tuned to an AVX CPU (-target-cpu)"; else cpu_build="baseline x86-64"; fi
echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; dfcost: $DFCOST ($cpu_build); runs: $RUNS ($RUNS_LARGE at 1000 lines)"
echo "dfcost's BLAS: $blas -> $blas_real"
echo "load before: $(uptime | sed 's/.*load average: //')"

points=("1e6 14" "1e7 14" "1e6 200" "1e6 1000")
[ "${QUICK:-0}" = 1 ] && points=("1e6 14" "1e6 200")
for point in "${points[@]}"; do
  set -- $point
  trials="$1" lines="$2"
  n=$(python3 -c "print(int(float('$trials')))")
  case "$lines" in 14) scenario=$WORKLOAD ;; 200) scenario=$WORKLOAD200 ;; *) scenario=$WORKLOAD1000 ;; esac
  runs=$RUNS; [ "$lines" = 1000 ] && runs=$RUNS_LARGE
  for i in $(seq 1 "$runs"); do
    run "dfcost:$trials:$lines" "$work/dfcost-$trials-$lines.json" \
      "$DFCOST" simulate "$scenario" --trials "$n" --format json
    run "nosens:$trials:$lines" /dev/null \
      "$DFCOST" simulate "$scenario" --trials "$n" --format json --sensitivity-sample 0
    run "peer:$trials:$lines" "$work/peer-$trials-$lines.json" \
      env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 "$PEER" --trials "$trials" --lines "$lines"
  done
done

# Sweep throughput: 4 x 701 x 501 = 1 404 804 combinations of the published table, CSV to a file.
for i in $(seq 1 "$RUNS"); do
  run "sweep" "$work/sweep.csv" "$DFCOST" sweep "$PUBLISHED" \
    --vary condition:fm-phaseout=delayed:0..3 --vary scale:solution:e-resept=0.8..1.5:0.001 \
    --vary scale:solution:helsenorge=0.5..1.0:0.001
done
sweep_rows=$(( $(wc -l < "$work/sweep.csv") - 1 ))

# verify: a fresh process each time.
if command -v hyperfine > /dev/null; then
  hyperfine -N --warmup 3 --runs 50 --export-json "$work/verify.json" \
    "$DFCOST verify $PUBLISHED" > /dev/null 2>&1
  verify_tool=hyperfine
else
  for i in $(seq 1 30); do run "verify" /dev/null "$DFCOST" verify "$PUBLISHED"; done
  verify_tool=time
fi
echo "load after: $(uptime | sed 's/.*load average: //')"

python3 - "$work" "$sweep_rows" "$verify_tool" <<'EOF'
import json, math, statistics, sys
from statistics import NormalDist
work, sweep_rows, verify_tool = sys.argv[1], int(sys.argv[2]), sys.argv[3]
runs = {}
for line in open(f"{work}/times"):
    name, us, cpu, kb = line.split()
    runs.setdefault(name, []).append((int(us) / 1e6, float(cpu), int(kb) * 1024 / 1e6))
med = lambda name: statistics.median(t for t, _, _ in runs[name])
cpu = lambda name: statistics.median(c for _, c, _ in runs[name])
peak = lambda name: max(m for _, _, m in runs[name])
failures = []
points = [k.split(":")[1:] for k in runs if k.startswith("dfcost:")]
print()
print("simulate, standard workload, whole processes: median wall and CPU (user + system) seconds of")
print("the alternating runs, peak RSS in MB (10^6 bytes). dfcost = the default command (with the")
print("sensitivity tornado); 'no tornado' = the same with --sensitivity-sample 0, shown beside it only.")
print(f"{'trials':>7} {'lines':>5} {'runs':>4} | {'dfcost':>7} {'peer':>7} {'ratio':>6} | {'CPU dfcost':>10} {'peer':>7} {'ratio':>6} | "
      f"{'dfcost RSS':>10} {'peer RSS':>9} | {'no tornado':>10} {'RSS':>6}")
for trials, lines in points:
    d, p, s = (f"{x}:{trials}:{lines}" for x in ("dfcost", "peer", "nosens"))
    print(f"{trials:>7} {lines:>5} {len(runs[d]):>4} | {med(d):6.2f}s {med(p):6.2f}s {med(p) / med(d):5.1f}x | "
          f"{cpu(d):9.2f}s {cpu(p):6.2f}s {cpu(p) / cpu(d):5.1f}x | "
          f"{peak(d):7.0f} MB {peak(p):6.0f} MB | {med(s):9.2f}s {peak(s):3.0f} MB")
print()
print("agreement of the horizon total (k = 5 combined standard errors, see the script's header)")
print(f"{'trials':>7} {'lines':>5} {'stat':>4} | {'dfcost':>10} {'peer':>10} {'|diff|':>8} {'tol':>8}")
z = NormalDist()
for trials, lines in points:
    a = json.load(open(f"{work}/dfcost-{trials}-{lines}.json"))
    b = json.load(open(f"{work}/peer-{trials}-{lines}.json"))
    n1, n2 = a["trials"], b["trials"]
    ta, tb = a["stats"]["total"], b["stats"]["total"]
    s = ta["sd"]
    root = math.sqrt(1 / n1 + 1 / n2)
    for stat in ["mean", "P10", "P50", "P85", "P90"]:
        if stat == "mean":
            tol = 5 * s * root
        else:
            p = int(stat[1:]) / 100
            tol = 5 * s * math.sqrt(p * (1 - p)) / z.pdf(z.inv_cdf(p)) * root + abs(ta[stat]) * 2**-23
        diff = abs(ta[stat] - tb[stat])
        ok = diff <= tol
        if not ok:
            failures.append(f"{trials} x {lines} {stat}")
        print(f"{trials:>7} {lines:>5} {stat:>4} | {ta[stat]:10.3f} {tb[stat]:10.3f} {diff:8.4f} {tol:8.4f} {'ok' if ok else 'DIFFERENT'}")
print()
sw = med("sweep")
print(f"sweep: {sweep_rows} combinations in {sw:.2f} s (median of {len(runs['sweep'])}) = "
      f"{sweep_rows / sw / 1e6:.2f} x 10^6 combinations/s, peak RSS {peak('sweep'):.0f} MB")
if verify_tool == "hyperfine":
    v = json.load(open(f"{work}/verify.json"))["results"][0]
    print(f"verify (published file), fresh process: median {v['median'] * 1000:.1f} ms, "
          f"min {v['min'] * 1000:.1f} ms, max {v['max'] * 1000:.1f} ms (hyperfine -N, {len(v['times'])} runs)")
    vt = v["median"]
else:
    vt = med("verify")
    print(f"verify (published file), fresh process: median {vt * 1000:.1f} ms of {len(runs['verify'])} runs")
print()
targets = []
def target(label, ok):
    targets.append(ok)
    print(f"  [{'met' if ok else 'NOT MET'}] {label}")
def speed(trials, lines, factor):
    d, p = f"dfcost:{trials}:{lines}", f"peer:{trials}:{lines}"
    r = med(p) / med(d)
    short = "" if r >= factor else (f" (short by {(1 - r / factor) * 100:.0f} %: dfcost took {med(d):.2f} s, "
                                    f"{factor}x needs <= {med(p) / factor:.2f} s)")
    target(f"simulate {trials} x {lines} lines, default command, >= {factor}x the peer (wall): {r:.1f}x{short}", r >= factor)
def memory(trials, lines, limit):
    m = peak(f"dfcost:{trials}:{lines}")
    target(f"peak memory at {trials} x {lines} lines <= {limit} MB: {m:.0f} MB", m <= limit)
print("targets:")
if "dfcost:1e7:14" in runs:
    speed("1e7", "14", 10)
    memory("1e7", "14", 400)
speed("1e6", "200", 5)
memory("1e6", "200", 400)
if "dfcost:1e6:1000" in runs:
    memory("1e6", "1000", 1000)
target(f"sweep >= 10^6 combinations/s: {sweep_rows / sw / 1e6:.2f} x 10^6", sweep_rows / sw >= 1e6)
target(f"verify < 50 ms: {vt * 1000:.1f} ms", vt < 0.05)
target("statistics agree within Monte Carlo error" + ("" if not failures else ": " + ", ".join(failures)), not failures)
sys.exit(0 if all(targets) else 1)
EOF
