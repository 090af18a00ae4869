#!/usr/bin/env bash
# Proves that the portable binary runs on a bare Debian: makes a minimal Debian root with
# debootstrap (minbase: no Swift, no LAPACK/BLAS, no Fortran runtime) in a temporary folder,
# copies the binary and the published scenario in, runs `verify`, `totals` and a short
# `simulate` inside it with chroot, and compares each output and exit code with the normal
# build's on the same files.
#
# Usage: scripts/check-dist.sh [PORTABLE-DFCOST [NORMAL-DFCOST]]
#        (defaults dist/dfcost and .build/release/dfcost; `make check-dist` builds both)
# Needs root (debootstrap, chroot, mounting /proc in the root) and the Debian mirror that apt
# uses (DEBIAN_MIRROR overrides it; DEBIAN_SUITE the release, by default this machine's).
# Installs debootstrap with apt-get when missing. Exit 0 when every output matches.
set -euo pipefail

root_dir=$(cd "$(dirname "$0")/.." && pwd)
portable=$(realpath "${1:-$root_dir/dist/dfcost}")
normal=$(realpath "${2:-$root_dir/.build/release/dfcost}")
for b in "$portable" "$normal"; do
    [ -x "$b" ] || { echo "check-dist: $b: no such executable (make dist build)" >&2; exit 2; }
done
[ "$(id -u)" = 0 ] || { echo "check-dist: needs root (debootstrap, chroot, mount)" >&2; exit 2; }

started=$(date +%s)
if ! command -v debootstrap >/dev/null 2>&1; then
    echo "installing: debootstrap"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

# The mirror apt uses: the first URIs of a deb822 source, else the first `deb` line.
mirror=${DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
    mirror=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
fi
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
    mirror=$(awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' /etc/apt/sources.list)
fi
[ -n "$mirror" ] || { echo "check-dist: no Debian mirror found in apt's sources; set DEBIAN_MIRROR" >&2; exit 2; }
suite=${DEBIAN_SUITE:-$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")}

work=$(mktemp -d /tmp/dfcost-check-dist.XXXXXX)
root="$work/root"
cleanup() {
    if mountpoint -q "$root/proc" 2>/dev/null; then umount "$root/proc" || umount -l "$root/proc" || true; fi
    rm -rf --one-file-system "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "check-dist: debootstrap --variant=minbase $suite into $root"
if ! debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1; then
    tail -20 "$work/debootstrap.log" >&2
    echo "check-dist: debootstrap failed" >&2
    exit 1
fi
bootstrapped=$(date +%s)

# The root must be bare: nothing of what the portable build links in may be there to load.
if chroot "$root" /sbin/ldconfig -p | grep -iE 'swift|lapack|blas|gfortran|quadmath|libxml2|libicu'; then
    echo "check-dist: the Debian root is not bare (libraries above)" >&2
    exit 1
fi

# The same relative paths inside and outside: /opt/dfcost holds the binary and Scenarios/.
mkdir -p "$root/opt/dfcost/Scenarios/published" "$root/opt/dfcost/Scenarios/bench"
cp "$portable" "$root/opt/dfcost/dfcost"
cp "$root_dir"/Scenarios/published/*.toml "$root/opt/dfcost/Scenarios/published/"
cp "$root_dir/Scenarios/bench/standard-workload.toml" "$root/opt/dfcost/Scenarios/bench/"
cp "$normal" "$root/opt/dfcost/dfcost-normal"

failed=0
# Without /proc the Swift runtime of a static build cannot read its arguments: dfcost says so
# (exit 70) rather than acting on an empty command line.
set +e
noproc=$(chroot "$root" /opt/dfcost/dfcost verify /opt/dfcost/Scenarios/published 2>&1)
noproc_status=$?
set -e
if [ "$noproc_status" == 70 ] && grep -q 'is /proc mounted' <<<"$noproc"; then
    echo "ok    without /proc: exit 70, \"$noproc\""
else
    failed=1
    echo "DIFF  without /proc: exit $noproc_status, $noproc"
fi

# A real system has /proc; the Swift runtime of a static build reads its arguments there.
mount -t proc proc "$root/proc"

# The normal build cannot run here: the root really lacks its libraries.
if chroot "$root" /opt/dfcost/dfcost-normal --version >"$work/normal.log" 2>&1; then
    failed=1
    echo "DIFF  the normal build runs in the Debian root, which should lack its libraries"
else
    echo "ok    the normal build does not run here: $(head -1 "$work/normal.log")"
fi

commands=(
    "verify Scenarios/published"
    "verify Scenarios/published/ehelseportefolje-2023-10.toml --locale en --annotations github"
    "totals Scenarios/published/ehelseportefolje-2023-10.toml"
    "totals Scenarios/published/ehelseportefolje-2023-10.toml --format json"
    "simulate Scenarios/bench/standard-workload.toml --trials 20000 --seed 1 --locale en"
)
for args in "${commands[@]}"; do
    # shellcheck disable=SC2086 # the arguments are split on purpose
    set +e
    inside=$(chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root /bin/sh -c "cd /opt/dfcost && ./dfcost $args" 2>&1)
    inside_status=$?
    outside=$(cd "$root_dir" && env -i PATH=/usr/bin:/bin HOME=/root /bin/sh -c "\"$normal\" $args" 2>&1)
    outside_status=$?
    set -e
    if [ "$inside" == "$outside" ] && [ "$inside_status" == "$outside_status" ]; then
        echo "ok    dfcost $args (exit $inside_status, $(printf '%s\n' "$inside" | wc -l) lines)"
    else
        failed=1
        echo "DIFF  dfcost $args: exit $inside_status in the Debian root, $outside_status with the normal build"
        diff <(printf '%s\n' "$outside") <(printf '%s\n' "$inside") | head -40 || true
    fi
done

version=$(chroot "$root" /opt/dfcost/dfcost --version --locale en)
if ! grep -q '^build: portable' <<<"$version"; then
    failed=1
    echo "DIFF  dfcost --version does not say it is the portable build:"
fi
printf '%s\n' "$version" | sed 's/^/      /'

finished=$(date +%s)
echo "check-dist: debootstrap $((bootstrapped - started)) s, checks $((finished - bootstrapped)) s, total $((finished - started)) s"
if [ "$failed" != 0 ]; then
    echo "check-dist: FAILED: the portable binary's output differs from the normal build's" >&2
    exit 1
fi
echo "check-dist: OK: the portable binary gives the normal build's output in a bare Debian $suite root"
