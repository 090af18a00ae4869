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
# Where the time goes: `dfcost simulate FILE --stage-timings --trials STAGE_DRAWS` (a hidden flag)
# times the engine's kernels one stage at a time on one thread (Sources/DFCostNumerics/
# StageTimings.swift), printed beside the floor measured by a hand-vectorized C program
# (FLOOR_* below, ns per draw; per trial for storing and percentiles).
#
# Time to precision: the wall time to reach a 95 % half-width (1.96 standard errors, dfcost's own)
# of at most PRECISION (default 0.01) MNOK on the horizon total's P85 of the 14-line workload. For
# each --sampling method dfcost runs a pilot of PILOT trials (default 10^5), takes the trials that
# standard error scales to (SE ~ 1/sqrt(n) for both methods), runs that many RUNS_PRECISION times
# (default 3), and reports the median wall time and the half-width reached. The peer samples
# plainly and prints no standard error: its trials come from the asymptotic SE of a sample quantile,
# sqrt(p (1 - p) / n) / f(x_p), with f from the normal approximation (as in the agreement check)
# on a pilot of its own. PRECISION_ONLY=1 runs only the stage table and this figure.
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
  /usr/bin/time -v -o "$work/time.txt" "$@" > "$out" 2>> "$work/stderr.txt"
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
[ "${PRECISION_ONLY:-0}" = 1 ] && points=()

# Where the time goes, on one thread.
"$DFCOST" simulate "$WORKLOAD" --stage-timings --trials "${STAGE_DRAWS:-4194304}" > "$work/stages.tsv" 2>> "$work/stderr.txt"

# Time to precision: a pilot per method, then the trials its standard error says are needed.
PRECISION="${PRECISION:-0.01}"
PILOT="${PILOT:-100000}"
RUNS_PRECISION="${RUNS_PRECISION:-3}"
needed() {  # needed JSON: trials for a 95 % half-width <= PRECISION on the total's P85
  python3 -c "import json, math, sys; d = json.load(open(sys.argv[1])); se = d['stats']['total']['standard_errors']['P85']
print(max(1, math.ceil(d['trials'] * (1.96 * se / float(sys.argv[2])) ** 2)))" "$1" "$PRECISION"
}
for method in plain lhs; do
  "$DFCOST" simulate "$WORKLOAD" --trials "$PILOT" --sampling "$method" --format json > "$work/pilot-$method.json" 2>> "$work/stderr.txt"
  n=$(needed "$work/pilot-$method.json")
  echo "$method $n" >> "$work/precision-trials"
  for i in $(seq 1 "$RUNS_PRECISION"); do
    run "precision:$method" "$work/precision-$method.json" \
      "$DFCOST" simulate "$WORKLOAD" --trials "$n" --sampling "$method" --format json
  done
done
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 "$PEER" --trials "$PILOT" > "$work/pilot-peer.json"
n=$(python3 -c "import json, math, sys
from statistics import NormalDist
d = json.load(open(sys.argv[1])); t = d['stats']['total']; z = NormalDist()
# The sd of the total from the interdecile range of a near-normal total (the peer prints no sd).
s = (t['P90'] - t['P10']) / (2 * z.inv_cdf(0.9))
se1 = s * math.sqrt(0.85 * 0.15) / z.pdf(z.inv_cdf(0.85))  # SE of P85 times sqrt(n)
print(max(1, math.ceil((1.96 * se1 / float(sys.argv[2])) ** 2)))" "$work/pilot-peer.json" "$PRECISION")
echo "peer $n" >> "$work/precision-trials"
for i in $(seq 1 "$RUNS_PRECISION"); do
  run "precision:peer" "$work/precision-peer.json" \
    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 "$PEER" --trials "$n"
done
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
sweep_runs=$RUNS; [ "${PRECISION_ONLY:-0}" = 1 ] && sweep_runs=0
for i in $(seq 1 "$sweep_runs"); do
  run "sweep" "$work/sweep.csv" "$DFCOST" sweep "$PUBLISHED" \
    --vary condition:fm-phaseout=delayed:0..3 --vary scale:solution:e-resept=0.8..1.5:0.001 \
    --vary scale:solution:helsenorge=0.5..1.0:0.001
done
sweep_rows=0; [ -f "$work/sweep.csv" ] && sweep_rows=$(( $(wc -l < "$work/sweep.csv") - 1 ))

# verify: a fresh process each time.
if [ "${PRECISION_ONLY:-0}" = 1 ]; then
  verify_tool=none
elif command -v hyperfine > /dev/null; then
  hyperfine -N --warmup 3 --runs 50 --export-json "$work/verify.json" \
    "$DFCOST verify $PUBLISHED" > /dev/null 2>&1
  verify_tool=hyperfine
else
  for i in $(seq 1 30); do run "verify" /dev/null "$DFCOST" verify "$PUBLISHED"; done
  verify_tool=time
fi
echo "load after: $(uptime | sed 's/.*load average: //')"

# What the timed processes wrote on standard error (the workload's warning, once per run), each
# distinct line once, so that it neither floods the table nor goes unseen.
if [ -s "$work/stderr.txt" ]; then
  echo "standard error of the timed runs (each distinct line once):"
  sort "$work/stderr.txt" | uniq -c | sed 's/^ */  /'
  echo
fi
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
# Where the time goes: dfcost's stages (one thread) beside the floor of a hand-vectorized C program
# doing exactly dfcost's draws (issue 23; ns per draw, per trial for storing and percentiles).
floor = {"random numbers": 0.85, "normal quantile": 1.0, "Cholesky row": 0.25, "Φ": 1.1,
         "triangular quantile": 0.54, "accumulation": 10.8, "percentiles": None}
print()
print("where the time goes: ns per draw (per trial where the unit says so), one thread")
print(f"{'stage':<52} {'unit':>5} {'dfcost':>8} {'floor':>7} {'ratio':>6}")
for line in list(open(f"{work}/stages.tsv"))[1:]:
    name, unit, ns = line.rstrip("\n").split("\t")
    f = next((v for k, v in floor.items() if name.startswith(k)), None)
    print(f"{name:<52} {unit:>5} {float(ns):8.2f} " + (f"{f:7.2f} {float(ns) / f:5.1f}x" if f else f"{'-':>7} {'-':>6}"))
print("  (floor: accumulation is storing a trial with its moments and percentiles, 10.8 ns per trial)")

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
precision = float(__import__("os").environ.get("PRECISION", "0.01"))
trials_needed = dict(line.split() for line in open(f"{work}/precision-trials"))
print(f"time to precision: 95 % half-width <= {precision} MNOK on the horizon total's P85 (14 lines),")
print("trials from a pilot's standard error; median wall time of the runs; half-width reached (1.96 SE)")
print(f"{'program':<14} {'sampling':>8} {'trials':>11} {'wall':>8} {'half-width':>10} {'P85':>10}  agrees with the peer (5 combined SE)")
p85 = {}
for who in ["peer", "plain", "lhs"]:
    name = f"precision:{who}"
    d = json.load(open(f"{work}/precision-{who}.json"))
    if who == "peer":
        t = d["stats"]["total"]; zz = NormalDist()
        s = (t["P90"] - t["P10"]) / (2 * zz.inv_cdf(0.9))
        hw = 1.96 * s * math.sqrt(0.85 * 0.15) / zz.pdf(zz.inv_cdf(0.85)) / math.sqrt(d["trials"])
    else:
        hw = 1.96 * d["stats"]["total"]["standard_errors"]["P85"]
    p85[who] = (d["stats"]["total"]["P85"], hw / 1.96)
    agrees = ""
    if who != "peer":
        (a, sa), (b, sb) = p85[who], p85["peer"]
        ok = abs(a - b) <= 5 * math.sqrt(sa * sa + sb * sb)
        agrees = "ok" if ok else "DIFFERENT"
        if not ok:
            failures.append(f"time to precision, {who}: P85 {a:.4f} against the peer's {b:.4f}")
    print(f"{'peer' if who == 'peer' else 'dfcost':<14} {'plain' if who == 'peer' else who:>8} "
          f"{int(trials_needed[who]):>11} {med(name):7.2f}s {hw:10.4f} {p85[who][0]:10.4f}  {agrees}")
print()
sw = med("sweep") if "sweep" in runs else None
if sw: print(f"sweep: {sweep_rows} combinations in {sw:.2f} s (median of {len(runs['sweep'])}) = "
      f"{sweep_rows / sw / 1e6:.2f} x 10^6 combinations/s, peak RSS {peak('sweep'):.0f} MB")
vt = None
if verify_tool == "hyperfine":
    v = json.load(open(f"{work}/verify.json"))["results"][0]
    print(f"verify (published file), fresh process: median {v['median'] * 1000:.1f} ms, "
          f"min {v['min'] * 1000:.1f} ms, max {v['max'] * 1000:.1f} ms (hyperfine -N, {len(v['times'])} runs)")
    vt = v["median"]
elif verify_tool == "time":
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
# Issue 23's targets: >= 20x the peer at 10^7 x 14 and 10^6 x 200 lines, >= 15x at 10^6 x 1 000;
# peak memory <= 300 MB at 10^7 x 14 and <= 1 GB at 1 000 lines.
if "dfcost:1e7:14" in runs:
    speed("1e7", "14", 20)
    memory("1e7", "14", 300)
if "dfcost:1e6:200" in runs:
    speed("1e6", "200", 20)
    memory("1e6", "200", 400)
if "dfcost:1e6:1000" in runs:
    speed("1e6", "1000", 15)
    memory("1e6", "1000", 1000)
best = min(med("precision:plain"), med("precision:lhs"))
target(f"time to precision (P85 ± {precision}): dfcost's best method {best:.2f} s, peer {med('precision:peer'):.2f} s "
       f"= {med('precision:peer') / best:.1f}x (>= 20x)", med("precision:peer") / best >= 20)
if sw:
    target(f"sweep >= 10^6 combinations/s: {sweep_rows / sw / 1e6:.2f} x 10^6", sweep_rows / sw >= 1e6)
if vt is not None:
    target(f"verify < 50 ms: {vt * 1000:.1f} ms", vt < 0.05)
target("statistics agree within Monte Carlo error" + ("" if not failures else ": " + ", ".join(failures)), not failures)
sys.exit(0 if all(targets) else 1)
EOF
