"""Throughput of the emulator: non-streaming chat completions per second.

Starts ``python -m mistralkit.emulator`` (uvicorn, one worker) on a free
loopback port in a subprocess, then sends chat completions from this process
over keep-alive connections for a bounded time and prints the rate and
latency percentiles.  Only loopback traffic; the loop stops by itself.

    python bench/emulator_throughput.py                  # 10 s, 16 connections
    python bench/emulator_throughput.py --duration 5 --connections 8 --client httpx2

The default client is a minimal asyncio HTTP/1.1 client (so that the client,
sharing the machine, costs less CPU than the server it measures); ``--client
httpx2`` uses ``httpx2.AsyncClient`` instead.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
API_KEY = "bench-key"
BODY = json.dumps(
    {
        "model": "mistral-small-latest",
        "messages": [
            {"role": "system", "content": "You are a concise assistant."},
            {"role": "user", "content": "Give me three tips to write faster Python web services."},
        ],
        "max_tokens": 64,
    }
).encode()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("MISTRALKIT_FAULTS", None)
    cmd = [
        sys.executable,
        "-m",
        "mistralkit.emulator",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
    return subprocess.Popen(cmd, env=env)


def wait_ready(port: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
                s.sendall(b"GET /_emulator/health HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n")
                if s.recv(64).startswith(b"HTTP/1.1 200"):
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise SystemExit("emulator did not start")


REQUEST = (
    b"POST /v1/chat/completions HTTP/1.1\r\nHost: bench\r\nAuthorization: Bearer "
    + API_KEY.encode()
    + b"\r\nContent-Type: application/json\r\nContent-Length: "
    + str(len(BODY)).encode()
    + b"\r\n\r\n"
    + BODY
)


async def raw_worker(port: int, stop_at: float, latencies: list[float], errors: list[int]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.perf_counter() < stop_at:
            start = time.perf_counter()
            writer.write(REQUEST)
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head[9:12])
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            body = await reader.readexactly(length)
            latencies.append(time.perf_counter() - start)
            if status != 200 or not body.startswith(b"{"):
                errors.append(status)
    finally:
        writer.close()


async def httpx2_worker(client, stop_at: float, latencies: list[float], errors: list[int]) -> None:  # type: ignore[no-untyped-def]
    while time.perf_counter() < stop_at:
        start = time.perf_counter()
        r = await client.post("/v1/chat/completions", content=BODY, headers={"content-type": "application/json"})
        latencies.append(time.perf_counter() - start)
        if r.status_code != 200:
            errors.append(r.status_code)


async def run(port: int, duration: float, connections: int, client_kind: str) -> tuple[list[float], list[int], float]:
    latencies: list[float] = []
    errors: list[int] = []
    # warm-up
    warm_stop = time.perf_counter() + 0.5
    await asyncio.gather(*(raw_worker(port, warm_stop, [], []) for _ in range(2)))
    start = time.perf_counter()
    stop_at = start + duration
    if client_kind == "httpx2":
        import httpx2

        limits = httpx2.Limits(max_connections=connections, max_keepalive_connections=connections)
        async with httpx2.AsyncClient(
            base_url=f"http://127.0.0.1:{port}", headers={"authorization": f"Bearer {API_KEY}"}, limits=limits
        ) as client:
            await asyncio.gather(*(httpx2_worker(client, stop_at, latencies, errors) for _ in range(connections)))
    else:
        await asyncio.gather(*(raw_worker(port, stop_at, latencies, errors) for _ in range(connections)))
    return latencies, errors, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=10.0, help="seconds of measurement (max 120)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--client", choices=("raw", "httpx2"), default="raw")
    args = parser.parse_args()
    duration = min(max(args.duration, 1.0), 120.0)
    port = free_port()
    server = start_server(port)
    try:
        wait_ready(port)
        latencies, errors, elapsed = asyncio.run(run(port, duration, args.connections, args.client))
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    count = len(latencies)
    lat = sorted(latencies)

    def pct(p: float) -> float:
        return lat[min(len(lat) - 1, int(p / 100 * len(lat)))] * 1000 if lat else float("nan")

    print(f"client={args.client} connections={args.connections} duration={elapsed:.2f}s")
    print(f"requests={count} errors={len(errors)} rate={count / elapsed:.0f} req/s")
    if lat:
        print(
            f"latency ms: mean={statistics.fmean(lat) * 1000:.2f} p50={pct(50):.2f} p90={pct(90):.2f} "
            f"p99={pct(99):.2f} max={lat[-1] * 1000:.2f}"
        )
    if errors:
        raise SystemExit(f"{len(errors)} requests failed (first status {errors[0]})")


if __name__ == "__main__":
    main()
