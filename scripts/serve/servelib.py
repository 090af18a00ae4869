"""Shared by the checks of `dfcost serve` (scripts/serve/*.py, Benchmarks/serve-load.py).

A check starts its own server on a free loopback port (`dfcost serve FOLDER --port 0`), reads the
port from the one start line the server prints on stderr (`dfcost serve: http://127.0.0.1:PORT/
(FOLDER, N filer)`), talks to it over HTTP/1.1 and stops it with SIGTERM, expecting exit 0.
FOLDER is a temporary copy of the repository's Scenarios/ unless a check says otherwise.
"""
import contextlib
import hashlib
import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCENARIOS = os.path.join(ROOT, "Scenarios")
PUBLISHED = "published/ehelseportefolje-2023-10.toml"
START_LINE = re.compile(r"http://[^ ]+/")


class ServerError(Exception):
    pass


class Server:
    """A running `dfcost serve`; `with Server(binary, folder, args) as s:` starts and stops it."""

    def __init__(self, binary, folder, args=(), start_timeout=60, env=None):
        self.binary = os.path.abspath(binary)
        self.folder = folder
        self.args = list(args)
        self.start_timeout = start_timeout
        self.env = env
        self.proc = None
        self.url = None
        self.host = None
        self.port = None
        self.start_line = None
        self.stderr_lines = []
        self.exit_status = None
        self.started_in = None

    def start(self):
        t0 = time.monotonic()
        self.proc = subprocess.Popen(
            [self.binary, "serve", self.folder, "--port", "0", *self.args],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            env=self.env, text=True, errors="replace")
        found = threading.Event()

        def drain():
            for line in self.proc.stderr:
                self.stderr_lines.append(line.rstrip("\n"))
                if not found.is_set():
                    m = START_LINE.search(line)
                    if m:
                        self.start_line = line.rstrip("\n")
                        self.url = m.group(0)
                        found.set()
            found.set()

        threading.Thread(target=drain, daemon=True).start()
        found.wait(self.start_timeout)
        if self.url is None:
            self.kill()
            raise ServerError("dfcost serve printed no start line with its address; stderr:\n  "
                              + "\n  ".join(self.stderr_lines[-10:]))
        self.started_in = time.monotonic() - t0
        m = re.match(r"http://(\[[^\]]+\]|[^:/]+):(\d+)/", self.url)
        if not m:
            self.kill()
            raise ServerError(f"cannot read host and port from {self.url!r}")
        self.host, self.port = m.group(1).strip("[]"), int(m.group(2))
        return self

    def stop(self, timeout=20):
        """SIGTERM and wait; returns the exit status (kills after `timeout` seconds, status None)."""
        if self.proc is None or self.proc.poll() is not None:
            self.exit_status = None if self.proc is None else self.proc.returncode
            return self.exit_status
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.exit_status = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            self.exit_status = None
        return self.exit_status

    def kill(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
        return False

    # -- plain HTTP ------------------------------------------------------------------------------
    def request(self, method, path, body=None, headers=None, timeout=30):
        """(status, headers dict with lower-case names, body bytes) over a new connection."""
        conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            r = conn.getresponse()
            data = r.read()
            return r.status, {k.lower(): v for k, v in r.getheaders()}, data
        finally:
            conn.close()

    def get(self, path, **kw):
        return self.request("GET", path, **kw)


@contextlib.contextmanager
def scenarios_copy(prefix="dfcost-serve-"):
    """A temporary directory holding a copy of Scenarios/ at DIR/Scenarios; yields DIR."""
    tmp = tempfile.mkdtemp(prefix=prefix)
    try:
        shutil.copytree(SCENARIOS, os.path.join(tmp, "Scenarios"), symlinks=True)
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def tree_digest(folder):
    """One hash over every path, link target and file content under folder (to see it unwritten)."""
    h = hashlib.sha256()
    for base, dirs, files in sorted(os.walk(folder)):
        dirs.sort()
        for name in sorted(dirs + files):
            p = os.path.join(base, name)
            h.update(os.path.relpath(p, folder).encode())
            if os.path.islink(p):
                h.update(b"->" + os.readlink(p).encode())
            elif os.path.isfile(p):
                st = os.stat(p)
                h.update(str(st.st_mtime_ns).encode())
                with open(p, "rb") as f:
                    h.update(f.read())
    return h.hexdigest()


def dfcost(binary, *args, check=True):
    """Runs the command line (the independent answer the server is checked against)."""
    r = subprocess.run([os.path.abspath(binary), *args], capture_output=True, text=True, cwd=ROOT)
    if check and r.returncode != 0:
        raise ServerError(f"dfcost {' '.join(args)} exited {r.returncode}: {r.stderr.strip()}")
    return r.stdout


def require_binary(argv, usage):
    if len(argv) < 2 or not os.access(argv[1], os.X_OK):
        print(usage, file=sys.stderr)
        sys.exit(64)
    return argv[1]
