#!/usr/bin/env python3
"""Load on `dfcost serve` over loopback: requests per second and p50/p99 latency.

Usage: Benchmarks/serve-load.py DFCOST [--seconds S] [--clients 1,8,64] [--json FILE]

Starts `DFCOST serve` on a temporary copy of Scenarios/ (port 0, loopback only) and, for each
page and each number of concurrent clients, runs that many HTTP/1.1 keep-alive connections for
S seconds (after a short warm-up), each sending its next GET as soon as the previous answer is
read whole (a closed loop). Pages:
  table    /table/published/ehelseportefolje-2023-10.toml              (the published table)
  what-if  the same with condition=fm-phaseout=delayed:1 and scale=solution:e-resept=1.2
Prints a Markdown table (requests, requests per second, p50 and p99 latency in ms, errors); a
non-2xx answer, a reset or a timeout is an error and fails the run (exit 1). The client is
asyncio from the standard library (no dependency); on a two-core machine it shares the CPU with
the server, so the figures are a floor, not the server's ceiling. `make test` runs it with
--seconds 2; Benchmarks/README.md ("dfcost serve under load") has a quiet run's figures.
"""
import argparse
import asyncio
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "scripts", "serve"))
from servelib import PUBLISHED, Server, scenarios_copy  # noqa: E402

PAGES = [
    ("table", f"/table/{PUBLISHED}"),
    ("what-if", f"/table/{PUBLISHED}?condition=fm-phaseout%3Ddelayed%3A1&scale=solution%3Ae-resept%3D1.2"),
]


class Stats:
    def __init__(self):
        self.latencies = []
        self.errors = {}

    def error(self, what):
        self.errors[what] = self.errors.get(what, 0) + 1


async def read_response(reader):
    """(status, keep-alive) after reading one whole response."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        if k:
            headers[k.strip().lower()] = v.strip().lower()
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding") == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    else:
        await reader.read()
        return status, False
    return status, headers.get("connection") != "close"


async def client(host, port, path, deadline, stats, record):
    request = f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: text/html\r\n\r\n".encode()
    reader = writer = None
    while time.monotonic() < deadline:
        try:
            if writer is None:
                reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), 10)
            t0 = time.perf_counter()
            writer.write(request)
            status, keep = await asyncio.wait_for(read_response(reader), 30)
            elapsed = time.perf_counter() - t0
            if record:
                if 200 <= status < 300:
                    stats.latencies.append(elapsed)
                else:
                    stats.error(str(status))
            if not keep:
                writer.close()
                writer = None
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.TimeoutError, OSError) as e:
            if record:
                stats.error(type(e).__name__)
            if writer is not None:
                writer.close()
            writer = None
    if writer is not None:
        writer.close()


async def cell(host, port, path, clients, seconds):
    await asyncio.gather(*(client(host, port, path, time.monotonic() + 0.3, Stats(), False) for _ in range(clients)))
    stats = Stats()
    t0 = time.monotonic()
    await asyncio.gather(*(client(host, port, path, t0 + seconds, stats, True) for _ in range(clients)))
    return stats, time.monotonic() - t0


def percentile(values, p):
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(p / 100 * len(s) + 0.5)) - 1))]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dfcost")
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--clients", default="1,8,64")
    ap.add_argument("--json", help="also write the figures to FILE")
    a = ap.parse_args()
    counts = [int(c) for c in a.clients.split(",")]
    rows, failed = [], False
    with scenarios_copy() as tmp, Server(a.dfcost, os.path.join(tmp, "Scenarios")) as server:
        print(f"serve-load: {server.start_line.strip()}; {a.seconds:g} s per cell, keep-alive clients on loopback")
        print()
        print("| page | clients | requests | requests/s | p50 ms | p99 ms | errors |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
        for name, path in PAGES:
            for c in counts:
                stats, took = asyncio.run(cell(server.host, server.port, path, c, a.seconds))
                n = len(stats.latencies)
                errors = ", ".join(f"{v}x {k}" for k, v in sorted(stats.errors.items())) or "0"
                row = {"page": name, "clients": c, "requests": n, "rps": n / took,
                       "p50_ms": percentile(stats.latencies, 50) * 1000, "p99_ms": percentile(stats.latencies, 99) * 1000,
                       "errors": stats.errors}
                rows.append(row)
                failed |= bool(stats.errors) or n == 0
                print(f"| {name} | {c} | {n} | {row['rps']:.0f} | {row['p50_ms']:.1f} | {row['p99_ms']:.1f} | {errors} |", flush=True)
        alive = server.get("/api/files")[0] == 200
    print()
    if not alive:
        print("serve-load: the server stopped answering after the run")
    if server.exit_status != 0:
        print(f"serve-load: the server exited {server.exit_status} on SIGTERM")
    failed |= not alive or server.exit_status != 0
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(rows, f, indent=2)
    print(f"serve-load: {'FAILED (errors above)' if failed else 'ok'}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
