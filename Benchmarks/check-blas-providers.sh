#!/usr/bin/env bash
# Results agree under both BLAS providers: the reference (netlib) BLAS/LAPACK of Debian's
# libblas3/liblapack3 and OpenBLAS (libopenblas0-pthread), which Debian installs side by side
# behind libblas.so.3/liblapack.so.3 and picks between with update-alternatives. Each run puts
# one provider's directory first with LD_LIBRARY_PATH (checked with ldd), so nothing on the
# system is switched.
#
#   Benchmarks/check-blas-providers.sh [DFCOST]      # default .build/release/dfcost
#
# What must agree: `dfcost simulate` of the 200-line workload, 20 000 trials, sensitivity on all
# of them, JSON. The providers sum in different orders (blocked and vectorized kernels against
# plain loops), so the same seed gives the same figures to rounding, not the same bytes:
#   - means, standard deviations and their standard errors within 1e-12 relative (rounding
#     of sums of 20 000 terms: a few ulps, ~1e-15; the Cholesky factors of the correlation,
#     from dpotrf, differ in the last bit at most);
#   - percentiles within 2^-23 relative (they are Float32 order statistics: a double that
#     moves by an ulp can round to the neighbouring float), so P85 - P50 within 2^-22 P85 and
#     a percentile's standard error (from the spread of two order statistics) within 1e-4;
#   - standardized regression coefficients within 1e-10 (cross-products by dsyrk, Cholesky
#     solve of a well-conditioned correlation matrix: errors ~ cond(R) eps ~ 1e-14);
#   - Spearman coefficients within 1e-6 (factor values move by an ulp, so two Float32 values
#     may tie under one provider and not the other: 6/n^2 = 1.5e-8 per tie at n = 20 000).
# Exit 1 on a difference beyond these, 2 when a provider is not installed.
#
# Environment: REFERENCE_DIRS and OPENBLAS_DIR override the provider directories (e.g. an
# OpenBLAS unpacked with `dpkg -x` rather than installed).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/.."
DFCOST="${1:-${DFCOST:-.build/release/dfcost}}"
multiarch="$(gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)"
lib="/usr/lib/$multiarch"
REFERENCE_DIRS="${REFERENCE_DIRS:-$lib/blas:$lib/lapack}"
OPENBLAS_DIR="${OPENBLAS_DIR:-$lib/openblas-pthread}"
SCENARIO=Scenarios/bench/standard-workload-200.toml

[ -x "$DFCOST" ] || { echo "no dfcost binary at $DFCOST" >&2; exit 2; }
for dir in ${REFERENCE_DIRS//:/ } "$OPENBLAS_DIR"; do
  [ -f "$dir/libblas.so.3" ] || [ -f "$dir/liblapack.so.3" ] || {
    echo "BLAS provider not installed: $dir (apt-get install libblas3 liblapack3 libopenblas0-pthread)" >&2
    exit 2
  }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for provider in reference openblas; do
  dirs="$REFERENCE_DIRS"; [ "$provider" = openblas ] && dirs="$OPENBLAS_DIR"
  loaded="$(LD_LIBRARY_PATH="$dirs" ldd "$DFCOST" | awk '/libblas\.so\.3|liblapack\.so\.3/ {print $3}')"
  for path in $loaded; do
    case ":$dirs:" in *":$(dirname "$path"):"*) ;; *)
      echo "$provider: $path is not from $dirs" >&2; exit 1 ;;
    esac
  done
  echo "$provider: $(echo $loaded)"
  LD_LIBRARY_PATH="$dirs" "$DFCOST" simulate "$SCENARIO" --trials 20000 --seed 7 \
    --sensitivity-sample 20000 --format json > "$work/$provider.json"
done

python3 - "$work/reference.json" "$work/openblas.json" <<'EOF'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
failures, worst = [], {}
def close(what, kind, x, y, tol):
    d = abs(x - y) if kind == "abs" else abs(x - y) / max(abs(x), 1e-300)
    worst[what] = max(worst.get(what, 0.0), d)
    if d > tol:
        failures.append(f"{what}: {x!r} vs {y!r}")
def walk(path, x, y):
    if isinstance(x, dict):
        if set(x) != set(y):
            failures.append(f"{path}: keys differ"); return
        for k in x: walk(f"{path}.{k}", x[k], y[k])
    elif isinstance(x, list):
        if len(x) != len(y):
            failures.append(f"{path}: lengths differ"); return
        for i, (u, v) in enumerate(zip(x, y)): walk(f"{path}[{i}]", u, v)
    elif isinstance(x, float) and isinstance(y, (int, float)):
        leaf = path.rsplit(".", 1)[-1]
        if "standard_errors" in path and leaf.startswith("P"):
            # (x_hi - x_lo) of two Float32 order statistics: each may move by 2^-24 |x|.
            close("percentile SEs", "rel", x, y, 1e-4)
        elif leaf == "reserve":
            close("reserve", "abs", x, y, 2 ** -22 * abs(a["ks2"]["P85"]))
        elif leaf.startswith("P"):
            close("percentiles", "rel", x, y, 2 ** -23)
        else:
            close("moments", "rel", x, y, 1e-12)
    elif x != y:
        failures.append(f"{path}: {x!r} vs {y!r}")
for key in a:
    if key != "sensitivity":
        walk(key, a[key], b.get(key))
sa = {e["factor"]: e for e in a["sensitivity"]}
sb = {e["factor"]: e for e in b["sensitivity"]}
if set(sa) != set(sb):
    failures.append("sensitivity: factors differ")
for f in sa.keys() & sb.keys():
    close("src", "abs", sa[f]["src"], sb[f]["src"], 1e-10)
    close("spearman", "abs", sa[f]["spearman"], sb[f]["spearman"], 1e-6)
print("largest difference (relative for moments and percentiles, absolute for src and spearman):")
for k, v in worst.items():
    print(f"  {k:12} {v:.3g}")
if failures:
    print("DIFFERENT:"); [print("  " + f) for f in failures[:20]]
    sys.exit(1)
print("reference BLAS and OpenBLAS agree")
EOF
