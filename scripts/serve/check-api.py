#!/usr/bin/env python3
"""The JSON API of `dfcost serve` against its OpenAPI document.

Usage: scripts/serve/check-api.py DFCOST [--max-examples N] [--max-time S]

  1. docs/api/openapi.json (committed) is a valid OpenAPI document (openapi-spec-validator);
  2. a server started on a temporary copy of Scenarios/ serves the same document at
     /api/openapi.json, and it validates too;
  3. schemathesis runs every operation of the served document against that server
     (`st run URL --checks all`, examples, coverage and fuzzing phases, a fixed seed,
     at most N examples per operation, at most S seconds: about a minute on two cores):
     no server error, statuses, content types, headers and bodies as documented, invalid data
     refused and valid data accepted.
The server runs with --time-limit 10 so that a fuzzed large simulation ends soon. Exit 1 when a
part fails, 3 when schemathesis or openapi-spec-validator is missing (make test-deps); the last
line counts the parts ("N passed, N failed").
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from servelib import ROOT, Server, scenarios_copy  # noqa: E402

try:
    from openapi_spec_validator import validate
except ImportError as error:
    print(f"check-api: needs openapi-spec-validator from PyPI (make test-deps): {error}", file=sys.stderr)
    sys.exit(3)

COMMITTED = os.path.join(ROOT, "docs", "api", "openapi.json")
results = []


def report(name, ok, note=""):
    results.append(ok)
    print(f"{'ok  ' if ok else 'FAIL'}  {name:<52} {note}".rstrip(), flush=True)


def main():
    ap = argparse.ArgumentParser(description="dfcost serve's API against its OpenAPI document")
    ap.add_argument("dfcost")
    ap.add_argument("--max-examples", type=int, default=15)
    ap.add_argument("--max-time", type=int, default=60)
    a = ap.parse_args()
    st = shutil.which("st") or shutil.which("schemathesis")
    if not st:
        print("check-api: needs schemathesis from PyPI (make test-deps)", file=sys.stderr)
        sys.exit(3)

    try:
        with open(COMMITTED, encoding="utf-8") as f:
            committed = json.load(f)
        validate(committed)
        report("docs/api/openapi.json is valid OpenAPI", True, committed.get("openapi", "?"))
    except Exception as e:  # noqa: BLE001 - any reason is the failure to print
        committed = None
        report("docs/api/openapi.json is valid OpenAPI", False, f"{type(e).__name__}: {str(e).splitlines()[0][:120]}")

    with scenarios_copy() as tmp, Server(a.dfcost, os.path.join(tmp, "Scenarios"), ["--time-limit", "10"]) as server:
        url = server.url + "api/openapi.json"
        try:
            with urllib.request.urlopen(url, timeout=30) as r:
                served = json.loads(r.read())
                ctype = r.headers.get("Content-Type", "")
            validate(served)
            report("/api/openapi.json is valid OpenAPI", ctype.startswith("application/json"), ctype)
            report("/api/openapi.json is the committed document", served == committed,
                   "" if served == committed else "regenerate docs/api/openapi.json")
        except Exception as e:  # noqa: BLE001
            report("/api/openapi.json is valid OpenAPI", False, f"{type(e).__name__}: {str(e).splitlines()[0][:120]}")
        out = os.path.join(ROOT, ".build", "serve-check")
        os.makedirs(out, exist_ok=True)
        junit = os.path.join(out, "schemathesis.xml")
        cmd = [st, "--config-file", os.path.join(ROOT, "scripts", "serve", "schemathesis.toml"), "run", url, "--checks", "all", "--max-examples", str(a.max_examples),
               "--max-time", str(a.max_time), "--seed", "1", "--workers", "2", "--request-timeout", "30",
               "--phases", "examples,coverage,fuzzing", "--report", "junit", "--report-junit-path", junit,
               "--no-shrink"]
        print("check-api: " + " ".join(os.path.basename(c) if c == st else c for c in cmd), flush=True)
        env = dict(os.environ, NO_COLOR="1", SCHEMATHESIS_HOOKS="")
        with tempfile.TemporaryDirectory() as cwd:  # schemathesis writes .hypothesis/ where it runs
            p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=a.max_time + 240)
        for attempt in (2, 3):
            if p.returncode == 0 or "Failures:" in p.stdout:
                break
            # schemathesis itself failed (an internal error such as Python's "AST constructor
            # recursion depth mismatch"), having found no failure of the server: run it again.
            errors = [l.strip() for l in (p.stdout + p.stderr).splitlines() if "Error" in l][:2]
            print(f"check-api: schemathesis stopped on an error of its own ({'; '.join(errors)[:160]}), without a failure of the server; attempt {attempt}", flush=True)
            with tempfile.TemporaryDirectory() as cwd:
                p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=a.max_time + 240)
        log = os.path.join(out, "schemathesis.log")
        with open(log, "w", encoding="utf-8") as f:
            f.write(p.stdout + p.stderr)
        tail = [l for l in p.stdout.splitlines() if l.strip()][-1:] or ["(no output)"]
        report("schemathesis --checks all", p.returncode == 0, f"{tail[0].strip()[:100]}; log {os.path.relpath(log, ROOT)}")
        if p.returncode != 0:
            print("\n".join(p.stdout.splitlines()[-60:]))
        report("the server still serves after the run", server.alive() and server.get("/api/files")[0] == 200)
    report("SIGTERM: exit 0", server.exit_status == 0, str(server.exit_status))
    failed = results.count(False)
    print(f"check-api: {len(results) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
