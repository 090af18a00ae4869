#!/usr/bin/env python3
"""Hostile requests against a real `dfcost serve`, each printed as one line with its status.

Usage: scripts/serve/check-hostile.py DFCOST

Starts `DFCOST serve FOLDER --port 0` on a temporary copy of Scenarios/ (FOLDER) beside a folder
`outside/` holding `secret.toml` (a valid scenario whose title is a marker) and tries, over raw
sockets (so that no client tidies the path):
  - path traversal in every form, on the page, download and API routes: ../, ..%2f, %2e%2e/,
    double-encoded %252e, overlong UTF-8, absolute paths (/etc/passwd, the secret's real path),
    backslashes raw and encoded, NUL (%00), very long paths, a symbolic link inside FOLDER to the
    secret, to a folder outside and to /etc/passwd, and a scenario that `extends` the secret:
    each must answer 404 (a scenario that extends outside too, exit class 66) and never the marker or
    /etc/passwd's text; the answer for the existing secret equals the one for a missing file;
  - a 10 MB body (Content-Length and chunked) -> 413, malformed JSON -> 400 problem+json,
    10^12 trials -> 413, a third simulation while --max-simulations 2 run -> 429 + Retry-After,
    a run over --time-limit -> state failed with a 503 problem;
  - 20 requests held open with their headers never finished (slowloris) while other requests
    are answered promptly, each closed by the server within its idle timeout (10 s) and 5 s, and a thousand requests at once: all answered (2xx, 429 or 503),
    none reset, the server still serving afterwards;
  - a non-loopback --host without a token: exit 64 before listening; with --token: no or a wrong
    token -> 401, the right one (header, ?token= then its cookie) -> 200;
  - SIGTERM during a slow request: the response arrives whole and the server exits 0;
  - a file changed on disk is served anew; FOLDER is never written (digest before and after).
Exit 1 when any case fails; the last line counts them ("N passed, N failed").
"""
import asyncio
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from servelib import PUBLISHED, Server, ServerError, scenarios_copy, tree_digest  # noqa: E402

MARKER = "HEMMELIG-UTENFOR-MAPPEN-7f3a"
results = []


def report(name, ok, status, note=""):
    results.append(ok)
    print(f"{'ok  ' if ok else 'FAIL'}  {name:<58} {status!s:<6} {note}".rstrip(), flush=True)


# -- raw HTTP -------------------------------------------------------------------------------------
def read_response(sock, deadline):
    """(status, headers, body, complete) from a socket; complete is False on a cut response."""
    buf = b""
    while b"\r\n\r\n" not in buf:
        sock.settimeout(max(0.05, deadline - time.monotonic()))
        chunk = sock.recv(65536)
        if not chunk:
            return (None, {}, buf, False)
        buf += chunk
    head, rest = buf.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    m = re.match(r"HTTP/1\.[01] (\d{3})", lines[0])
    status = int(m.group(1)) if m else None
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        headers.setdefault(k.strip().lower(), v.strip())

    def more():
        sock.settimeout(max(0.05, deadline - time.monotonic()))
        return sock.recv(65536)

    if "content-length" in headers:
        n = int(headers["content-length"])
        while len(rest) < n:
            c = more()
            if not c:
                return (status, headers, rest, False)
            rest += c
        return (status, headers, rest[:n], True)
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = b""
        while True:
            while b"\r\n" not in rest:
                c = more()
                if not c:
                    return (status, headers, body, False)
                rest += c
            size_line, rest = rest.split(b"\r\n", 1)
            size = int(size_line.split(b";")[0], 16)
            while len(rest) < size + 2:
                c = more()
                if not c:
                    return (status, headers, body, False)
                rest += c
            if size == 0:
                return (status, headers, body, True)
            body += rest[:size]
            rest = rest[size + 2:]
    while True:
        c = more()
        if not c:
            return (status, headers, rest, True)
        rest += c


def raw(server, request_bytes, timeout=30):
    """Sends raw bytes on a new connection; (status, headers, body, complete) or (None, error)."""
    deadline = time.monotonic() + timeout
    try:
        with socket.create_connection((server.host, server.port), timeout=timeout) as s:
            s.sendall(request_bytes)
            return read_response(s, deadline)
    except OSError as e:
        return (None, {}, str(e).encode(), False)


def get(server, target, headers=(), timeout=30):
    lines = [f"GET {target} HTTP/1.1", f"Host: {server.host}:{server.port}", "Connection: close", *headers]
    return raw(server, ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"), timeout)


def post_json(server, target, body, headers=(), timeout=30):
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    lines = [f"POST {target} HTTP/1.1", f"Host: {server.host}:{server.port}", "Connection: close",
             "Content-Type: application/json", f"Content-Length: {len(data)}", *headers]
    return raw(server, ("\r\n".join(lines) + "\r\n\r\n").encode() + data, timeout)


def leaks(body):
    return MARKER.encode() in body or b"root:x:0:0" in body or b"root:" in body[:4096] and b"/bin/" in body


def problem(headers, body):
    """The problem+json document of a response, or None."""
    if not headers.get("content-type", "").startswith("application/problem+json"):
        return None
    try:
        return json.loads(body)
    except ValueError:
        return None


# -- the cases ------------------------------------------------------------------------------------
def make_outside(tmp, folder):
    """outside/secret.toml (the published table titled MARKER), links and an extends from FOLDER."""
    outside = os.path.join(tmp, "outside")
    os.makedirs(outside)
    with open(os.path.join(folder, PUBLISHED), encoding="utf-8") as f:
        text = f.read()
    text = text.replace('title = "Estimert', f'title = "{MARKER} Estimert', 1)
    with open(os.path.join(outside, "secret.toml"), "w", encoding="utf-8") as f:
        f.write(f"# {MARKER}\n" + text)
    os.symlink(os.path.join(outside, "secret.toml"), os.path.join(folder, "link.toml"))
    os.symlink(outside, os.path.join(folder, "linkdir"))
    os.symlink("/etc/passwd", os.path.join(folder, "passwd.toml"))
    os.symlink("../outside/secret.toml", os.path.join(folder, "published", "relative-link.toml"))
    with open(os.path.join(folder, "escape.toml"), "w", encoding="utf-8") as f:
        f.write('version = 1\nextends = "../outside/secret.toml"\n\n[scenario]\nname = "escape"\n')
    with open(os.path.join(folder, "escape-abs.toml"), "w", encoding="utf-8") as f:
        f.write(f'version = 1\nextends = "{outside}/secret.toml"\n\n[scenario]\nname = "escape-abs"\n')
    return outside


def traversal_names(outside):
    """(label, path as written after the route prefix) reaching outside FOLDER."""
    up = "../" * 12
    return [
        ("../", "../outside/secret.toml"),
        ("../ deep to /etc/passwd", up + "etc/passwd"),
        ("dir/../../", "published/../../outside/secret.toml"),
        ("./../", "./../outside/secret.toml"),
        ("..%2f", "..%2foutside%2fsecret.toml"),
        ("..%2F deep", "..%2F" * 12 + "etc%2Fpasswd"),
        ("%2e%2e/", "%2e%2e/outside/secret.toml"),
        ("%2E%2E%2F", "%2E%2E%2Foutside%2Fsecret.toml"),
        (".%2e/", ".%2e/outside/secret.toml"),
        ("double-encoded %252e%252e%252f", "%252e%252e%252foutside%252fsecret.toml"),
        ("double-encoded %252e%252e/", "%252e%252e/outside/secret.toml"),
        ("overlong UTF-8 %c0%ae%c0%ae/", "%c0%ae%c0%ae/outside/secret.toml"),
        ("overlong UTF-8 ..%c0%af", "..%c0%afoutside%c0%afsecret.toml"),
        ("backslash ..\\", "..\\outside\\secret.toml"),
        ("backslash %5c", "..%5coutside%5csecret.toml"),
        ("absolute /etc/passwd", "/etc/passwd"),
        ("absolute %2fetc%2fpasswd", "%2fetc%2fpasswd"),
        ("absolute path of the secret", outside + "/secret.toml"),
        ("NUL after the name", "../outside/secret.toml%00"),
        ("NUL inside a good name", "published/ehelseportefolje-2023-10.toml%00.html"),
        ("NUL then ../", "published%00/../../outside/secret.toml"),
        ("symlink to a file outside", "link.toml"),
        ("symlink to a folder outside", "linkdir/secret.toml"),
        ("symlink to /etc/passwd", "passwd.toml"),
        ("relative symlink in a subfolder", "published/relative-link.toml"),
    ]


def check_traversal(server, outside):
    routes = [("/table/", "{}"), ("/simulate/", "{}?trials=100&seed=1&run=1"),
              ("/download/xlsx/table/", "{}"), ("/download/json/table/", "{}"),
              ("/api/totals?file=", "{}"), ("/api/compare?file=published/ehelseportefolje-2023-10.toml&file=", "{}")]
    for label, name in traversal_names(outside):
        for prefix, shape in routes:
            target = prefix + shape.format(name)
            status, headers, body, complete = get(server, target)
            # a raw backslash is not allowed in a request target (RFC 3986), and a query value that does not
            # decode to text (NUL, overlong UTF-8) is a malformed request: a 400 there, answered alike
            # whether or not the file exists, is as safe as the 404
            undecodable = "\\" in name or prefix.startswith("/api/") and ("%00" in name or "%c0" in name)
            ok = (status == 404 or status == 400 and undecodable) and not leaks(body)
            report(f"traversal {label} {prefix.split('?')[0]}", ok, status,
                   "" if ok else f"{target[:70]} leaked" if leaks(body) else target[:80])
    # POST with the file in the body
    for label, name in [("../", "../outside/secret.toml"), ("absolute", outside + "/secret.toml"),
                        ("symlink", "link.toml"), ("/etc/passwd", "/etc/passwd"), ("NUL", "published/x.toml\u0000")]:
        status, headers, body, _ = post_json(server, "/api/simulations", {"file": name, "trials": 100, "seed": 1})
        ok = status == 404 and not leaks(body)
        report(f"traversal {label} POST /api/simulations", ok, status)
    # a missing outside file answers exactly as the existing one (does not reveal existence)
    a = get(server, "/table/../outside/secret.toml")
    b = get(server, "/table/../outside/nothere.toml")
    same = a[0] == b[0] and a[2].replace(b"secret", b"X") == b[2].replace(b"nothere", b"X")
    report("existing and missing outside file answered alike", same, a[0], "" if same else f"{a[0]}/{b[0]} bodies differ")
    # very long paths
    for n in (8_000, 100_000):
        target = "/table/" + "a/" * (n // 2) + "x.toml"
        status, headers, body, complete = get(server, target)
        # past the HTTP parser's limit on a request line, the parser's 400 is the answer
        ok = (status in (404, 414, 431) or status == 400 and n > 80_000) and not leaks(body)
        report(f"very long path ({n // 1000} KB)", ok, status, "" if ok else "expected 404, 414 or 431")
    # extends outside FOLDER: a problem, never the file
    for name in ("escape.toml", "escape-abs.toml"):
        for target in (f"/table/{name}", f"/api/totals?file={name}", f"/download/csv/table/{name}"):
            status, headers, body, _ = get(server, target)
            p = problem(headers, body)
            ok = status == 404 and not leaks(body) and (p is None or p.get("exit_status") == 66)
            report(f"extends outside FOLDER: {name} {target.split('?')[0].replace(name, '')}", ok, status, "" if ok else "leaked" if leaks(body) else "")
    # the listing does not show files reached through links that leave FOLDER
    for target in ("/api/files", "/"):
        status, headers, body, _ = get(server, target)
        ok = status == 200 and not leaks(body)
        report(f"listing {target} shows nothing from outside", ok, status)


def check_bodies(server):
    big = 10 * 1024 * 1024
    # Content-Length 10 MB: the server may answer before reading it all
    try:
        with socket.create_connection((server.host, server.port), timeout=30) as s:
            s.sendall((f"POST /api/simulations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                       f"Content-Length: {big}\r\nConnection: close\r\n\r\n").encode())
            chunk = b"{" + b" " * (1 << 20)
            try:
                for _ in range(10):
                    s.sendall(chunk[: 1 << 20])
            except OSError:
                pass
            status, headers, body, _ = read_response(s, time.monotonic() + 30)
    except OSError as e:
        status, headers, body = None, {}, str(e).encode()
    report("10 MB body (Content-Length)", status == 413, status)
    try:
        with socket.create_connection((server.host, server.port), timeout=30) as s:
            s.sendall(b"POST /api/simulations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
            try:
                for _ in range(10):
                    s.sendall(b"100000\r\n" + b" " * (1 << 20) + b"\r\n")
                s.sendall(b"0\r\n\r\n")
            except OSError:
                pass
            status, headers, body, _ = read_response(s, time.monotonic() + 30)
    except OSError as e:
        status = None
    report("10 MB body (chunked)", status == 413, status)
    for label, body in [("malformed JSON", b'{"file": "published/ehelseportefolje-2023-10.toml", "trials": '),
                        ("JSON of the wrong shape", b'{"file": 12, "trials": "many"}'),
                        ("not JSON at all", b"\xff\xfe<xml/>")]:
        status, headers, data, _ = post_json(server, "/api/simulations", body)
        p = problem(headers, data)
        ok = status == 400 and p is not None and p.get("status") == 400 and bool(p.get("detail"))
        report(f"{label} -> 400 problem+json", ok, status, "" if ok else headers.get("content-type", "") + " " + data[:80].decode("utf-8", "replace"))
    status, headers, data, _ = post_json(server, "/api/simulations", {"file": PUBLISHED, "trials": 10**12, "seed": 1})
    p = problem(headers, data)
    report("10^12 trials (API) -> 413 problem+json", status == 413 and p is not None, status)
    status, headers, data, _ = get(server, f"/simulate/{PUBLISHED}?trials=1000000000000&seed=1&run=1")
    report("10^12 trials (page, run=1) -> 413", status == 413, status)
    status, headers, data, _ = get(server, "/api/totals?file=published/no-such-file.toml")
    p = problem(headers, data)
    report("missing file -> 404 problem+json", status == 404 and p is not None and p.get("exit_status") == 66, status)
    status, headers, data, _ = get(server, f"/api/totals?file={PUBLISHED}&condition=fm-phaseout=sometimes")
    p = problem(headers, data)
    report("bad what-if -> 400 problem+json, exit class 64", status == 400 and p is not None and p.get("exit_status") == 64, status,
           "" if p else data[:80].decode("utf-8", "replace"))


def check_simulation_limits(binary, folder):
    with Server(binary, folder, ["--max-simulations", "2"]) as server:
        body = {"file": "bench/standard-workload.toml", "trials": 10_000_000, "seed": 1}
        ids, statuses = [], []
        for _ in range(2):
            status, headers, data, _ = post_json(server, "/api/simulations", body)
            statuses.append(status)
            if status == 202:
                ids.append(json.loads(data)["id"])
        report("two simulations accepted -> 202, 202", statuses == [202, 202], ",".join(map(str, statuses)))
        status, headers, data, _ = post_json(server, "/api/simulations", body)
        ok = status == 429 and "retry-after" in headers and problem(headers, data) is not None
        report("a third while two run -> 429 + Retry-After", ok, status, f"Retry-After: {headers.get('retry-after')}")
        status, headers, data, _ = get(server, f"/simulate/bench/standard-workload.toml?trials=10000000&seed=1&run=1")
        report("a third through the page (run=1) -> 429", status == 429, status)
        t0 = time.monotonic()
        status, headers, data, _ = get(server, "/api/files", timeout=5)
        report("other requests still answered while two run", status == 200 and time.monotonic() - t0 < 2, status,
               f"{(time.monotonic() - t0) * 1000:.0f} ms")
        for i in ids:
            status, headers, data, _ = raw(server, f"DELETE /api/simulations/{i} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
            first = json.loads(data).get("state") if status == 200 else None
            state, deadline = first, time.monotonic() + 10
            while state == "running" and time.monotonic() < deadline:
                time.sleep(0.2)
                s2, h2, d2, _ = get(server, f"/api/simulations/{i}")
                state = json.loads(d2).get("state") if s2 == 200 else None
            report("DELETE a running simulation -> 200, then cancelled", status == 200 and state == "cancelled", status,
                   f"state {first} in the answer, {state} after")
        status, headers, data, _ = get(server, "/api/simulations/does-not-exist")
        report("an unknown simulation id -> 404", status == 404, status)
    with Server(binary, folder, ["--time-limit", "1"]) as server:
        status, headers, data, _ = post_json(server, "/api/simulations", {"file": "bench/standard-workload.toml", "trials": 10_000_000, "seed": 1})
        state, prob = None, None
        if status == 202:
            sid = json.loads(data)["id"]
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                s2, h2, d2, _ = get(server, f"/api/simulations/{sid}")
                doc = json.loads(d2) if s2 == 200 else {}
                state, prob = doc.get("state"), doc.get("problem")
                if state != "running":
                    break
                time.sleep(0.25)
        ok = state == "failed" and isinstance(prob, dict) and prob.get("status") == 503
        report("a run over --time-limit 1 -> failed, 503 problem", ok, status, f"state {state}")
        t0 = time.monotonic()
        status, headers, data, _ = get(server, "/simulate/bench/standard-workload.toml?trials=10000000&seed=1&run=1", timeout=60)
        report("a page run over --time-limit 1 -> 503", status == 503 and time.monotonic() - t0 < 15, status,
               f"after {time.monotonic() - t0:.1f} s")


IDLE_TIMEOUT = 10  # seconds: the server closes a connection without a complete request after this
CLOSE_MARGIN = 5


def check_slowloris(server):
    held = []
    opened = time.monotonic()
    for _ in range(20):
        s = socket.create_connection((server.host, server.port), timeout=10)
        s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        held.append(s)
    times, statuses = [], []
    for i in range(10):
        t0 = time.monotonic()
        status, headers, body, _ = get(server, "/api/files" if i % 2 else f"/table/{PUBLISHED}", timeout=10)
        times.append(time.monotonic() - t0)
        statuses.append(status)
        time.sleep(0.2)
        for s in held:  # keep trickling, never finishing the headers
            try:
                s.sendall(b"a")
            except OSError:
                pass
    ok = all(s == 200 for s in statuses) and max(times) < 2
    report("20 partial requests held open, 10 others answered", ok, statuses[0],
           f"slowest {max(times) * 1000:.0f} ms")
    # Trickling does not keep them open: each is closed within the idle timeout and a margin.
    closed, last = 0, 0.0
    for s in held:
        try:
            s.settimeout(max(0.01, opened + IDLE_TIMEOUT + CLOSE_MARGIN - time.monotonic()))
            if s.recv(1) == b"":
                closed += 1
                last = time.monotonic() - opened
        except socket.timeout:
            pass
        except OSError:
            closed += 1
            last = time.monotonic() - opened
        s.close()
    report(f"the 20 partial requests closed within {IDLE_TIMEOUT}+{CLOSE_MARGIN} s", closed == 20, "-",
           f"{closed} closed, the last after {last:.1f} s")


def check_thousand(server, n=1000):
    async def one(i):
        target = ["/api/files", f"/api/totals?file={PUBLISHED}", "/", f"/table/{PUBLISHED}?condition=fm-phaseout=delayed:1"][i % 4]
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection(server.host, server.port), 60)
            writer.write(f"GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
            await writer.drain()
            data = await asyncio.wait_for(reader.read(), 120)
            writer.close()
            m = re.match(rb"HTTP/1\.[01] (\d{3})", data)
            return int(m.group(1)) if m else "empty"
        except ConnectionResetError:
            return "reset"
        except (asyncio.TimeoutError, OSError) as e:
            return type(e).__name__

    async def all_at_once():
        return await asyncio.gather(*(one(i) for i in range(n)))

    t0 = time.monotonic()
    answers = asyncio.run(all_at_once())
    took = time.monotonic() - t0
    counts = {}
    for a in answers:
        counts[a] = counts.get(a, 0) + 1
    ok = all(isinstance(a, int) and (200 <= a < 300 or a in (429, 503)) for a in answers)
    report(f"{n} requests at once all answered", ok, "/".join(str(k) for k in counts),
           ", ".join(f"{v}x {k}" for k, v in sorted(counts.items(), key=str)) + f" in {took:.1f} s")
    status, headers, body, _ = get(server, f"/table/{PUBLISHED}", timeout=10)
    report("still serving afterwards", status == 200, status)


def check_host_and_token(binary, folder):
    for host in ("0.0.0.0", "::"):
        p = subprocess.run([binary, "serve", folder, "--host", host, "--port", "0"],
                           capture_output=True, text=True, timeout=60)
        lines = [l for l in p.stderr.splitlines() if l.strip()]
        report(f"--host {host} without a token refuses, exit 64", p.returncode == 64 and len(lines) == 1, p.returncode,
               lines[0][:90] if lines else "")
    p = subprocess.run([binary, "serve", os.path.join(folder, PUBLISHED), "--port", "0"], capture_output=True, text=True, timeout=60)
    report("FOLDER that is a file: exit 66", p.returncode == 66, p.returncode)
    with Server(binary, folder) as first:
        p = subprocess.run([binary, "serve", folder, "--port", str(first.port)], capture_output=True, text=True, timeout=60)
        lines = [l for l in p.stderr.splitlines() if l.strip()]
        report("a port already in use: one worded line, exit 69 (EX_UNAVAILABLE)",
               p.returncode == 69 and len(lines) == 1 and str(first.port) in lines[0], p.returncode,
               lines[0][:90] if lines else "")
    token = "t0ken-" + os.urandom(8).hex()
    with Server(binary, folder, ["--token", token]) as server:
        cases = [("no token", [], 401), ("wrong token", ["Authorization: Bearer nope"], 401),
                 ("a token one character short", [f"Authorization: Bearer {token[:-1]}"], 401),
                 ("right token (Bearer)", [f"Authorization: Bearer {token}"], 200)]
        for label, headers, want in cases:
            for target in ("/api/files", "/"):
                status, h, body, _ = get(server, target, headers)
                report(f"with --token: {label} {target}", status == want, status)
        status, h, body, _ = get(server, "/?token=wrong")
        report("with --token: ?token=wrong /", status == 401, status)
        status, h, body, _ = get(server, f"/?token={token}")
        cookie = h.get("set-cookie", "")
        ok = status in (200, 303, 302) and "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()
        report("with --token: ?token=right sets an HttpOnly SameSite=Strict cookie", ok, status, cookie.split(";")[0][:20] + "…")
        if cookie:
            status, h, body, _ = get(server, f"/table/{PUBLISHED}", [f"Cookie: {cookie.split(';')[0]}"])
            report("with --token: the cookie alone -> 200", status == 200, status)
    with tempfile.NamedTemporaryFile("w", suffix=".token", delete=False) as f:
        f.write(token + "\n")
    try:
        with Server(binary, folder, ["--token-file", f.name]) as server:
            a = get(server, "/api/files")[0]
            b = get(server, "/api/files", [f"Authorization: Bearer {token}"])[0]
            report("with --token-file: none -> 401, right -> 200", (a, b) == (401, 200), f"{a},{b}")
    finally:
        os.unlink(f.name)


def check_sigterm(binary, folder):
    with Server(binary, folder) as server:
        # a run long enough to be in flight when the signal comes: about 3 s, from a 100 000-trial run
        t0 = time.monotonic()
        get(server, "/simulate/bench/standard-workload.toml?trials=100000&seed=1&run=1", timeout=120)
        per = max(time.monotonic() - t0, 0.01) / 100_000
        trials = int(min(10_000_000, max(200_000, 3.0 / per)))
        out = {}

        def slow():
            out["r"] = get(server, f"/simulate/bench/standard-workload.toml?trials={trials}&seed=1&run=1", timeout=180)

        t = threading.Thread(target=slow)
        t.start()
        time.sleep(0.5)
        server.proc.send_signal(signal.SIGTERM)
        t.join(200)
        status, headers, body, complete = out.get("r", (None, {}, b"", False))
        try:
            code = server.proc.wait(60)
        except subprocess.TimeoutExpired:
            code = None
        # The page finished (200), or its run was cancelled by the stop: a whole 503 page with the problem.
        page_problem = status == 503 and b'id="problem"' in body
        whole = complete and ((status == 200 or page_problem) and b"</html>" in body or problem(headers, body) is not None)
        report(f"SIGTERM during a {trials}-trial page run: answered whole", whole, status,
               f"{len(body)} bytes, {'complete' if complete else 'CUT'}")
        report("SIGTERM: the server exits 0", code == 0, code)


def check_reload(binary, tmp):
    folder = os.path.join(tmp, "Scenarios")
    with Server(binary, folder) as server:
        status, headers, before, _ = get(server, f"/table/{PUBLISHED}")
        path = os.path.join(folder, PUBLISHED)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace('title = "Estimert', 'title = "ENDRET-PÅ-DISK Estimert', 1))
        status, headers, after, _ = get(server, f"/table/{PUBLISHED}")
        report("a file changed on disk is served anew", "ENDRET-PÅ-DISK".encode() in after and "ENDRET-PÅ-DISK".encode() not in before, status)


def main():
    if len(sys.argv) != 2 or not os.access(sys.argv[1], os.X_OK):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        sys.exit(64)
    binary = os.path.abspath(sys.argv[1])
    with scenarios_copy() as tmp:
        folder = os.path.join(tmp, "Scenarios")
        outside = make_outside(tmp, folder)
        before = tree_digest(tmp)
        try:
            with Server(binary, folder) as server:
                status, headers, body, _ = get(server, f"/table/{PUBLISHED}")
                report("control: the published table -> 200", status == 200, status)
                check_traversal(server, outside)
                check_bodies(server)
                check_slowloris(server)
                check_thousand(server)
            report("SIGTERM after all that: exit 0", server.exit_status == 0, server.exit_status)
            check_simulation_limits(binary, folder)
            check_host_and_token(binary, folder)
            check_sigterm(binary, folder)
        except ServerError as e:
            report("the server started", False, "-", str(e))
        report("FOLDER and outside/ never written", tree_digest(tmp) == before, "-")
    with scenarios_copy() as tmp:
        check_reload(binary, tmp)
    failed = results.count(False)
    print(f"check-hostile: {len(results) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
