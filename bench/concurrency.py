"""Throughput under concurrency: many calls and many streams in flight at once, against loopback nginx.

    bash bench/setup.sh                                   # once: .bench-venv, nginx
    .bench-venv/bin/python bench/concurrency.py           # about 2 minutes on 2 cores
    .bench-venv/bin/python bench/concurrency.py --quick   # smoke run
    .bench-venv/bin/python bench/concurrency.py --chart bench/concurrency.png --json out.json

Measures, for each client in the same run: `chat.complete` calls per second with N calls and C in flight
(default 3,000 and 1,000), and streamed chunks per second with S concurrent streams of K chunks (500 of
200). Clients: raw aiohttp, raw httpx2, `AsyncMistral` with its defaults, `AsyncMistral` forced onto
httpx2's own asyncio stack, and the official `mistralai` SDK (`complete_async` / `stream_async`).

nginx (one worker process, keep-alive, access log off) answers from its configuration: the canned
completion of bench/server.py, and for a request with `Accept: text/event-stream` the canned stream of K
`chat.completion.chunk` events. Each measurement is a fresh worker process; every answer is checked (the
content, or the joined deltas of a stream) and anything else counts as an error.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import server as canned  # noqa: E402

CLIENTS = ("aiohttp", "httpx2", "mistralkit", "mistralkit-httpx", "mistralai")
LABELS = {
    "aiohttp": "raw aiohttp",
    "httpx2": "raw httpx2",
    "mistralkit": "AsyncMistral (default)",
    "mistralkit-httpx": "AsyncMistral (httpx2 backend)",
    "mistralai": "mistralai SDK",
}
MODEL = canned.MODEL
MESSAGES = [{"role": "user", "content": "Say hello."}]
BODY = {"model": MODEL, "messages": MESSAGES}
STREAM_BODY = {**BODY, "stream": True}

# --- nginx -----------------------------------------------------------------------------------------------


def nginx_config(prefix: Path, port: int, chunks: int) -> str:
    # Static files, served to POST requests too: the static module refuses POST with 405, which
    # error_page turns into a GET of the same file.
    www = prefix / "www"
    www.mkdir()
    (www / "completion.json").write_bytes(canned.COMPLETION)
    (www / "stream.sse").write_bytes(b"".join(canned.stream_events(chunks)))
    return f"""
worker_processes 1;
daemon off;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log error;
events {{ worker_connections 8192; }}
http {{
    access_log off;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    keepalive_requests 1000000;
    keepalive_timeout 120s;
    sendfile on;
    tcp_nodelay on;
    server {{
        listen 127.0.0.1:{port} backlog=4096;
        root {www};
        location = /v1/chat/completions {{
            if ($http_accept ~* "event-stream") {{ rewrite ^ /stream.sse last; }}
            rewrite ^ /completion.json last;
        }}
        location = /completion.json {{
            internal;
            default_type application/json;
            error_page 405 =200 $uri;
        }}
        location = /stream.sse {{
            internal;
            default_type text/event-stream;
            error_page 405 =200 $uri;
        }}
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_nginx(chunks: int) -> tuple[subprocess.Popen[bytes], str, Path]:
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.path.exists(binary):
        sys.exit("nginx not found: run bash bench/setup.sh (or apt-get install nginx)")
    prefix = Path(tempfile.mkdtemp(prefix="bench-nginx-"))
    prefix.chmod(0o755)  # run as root, nginx's worker reads the files as an unprivileged user
    port = free_port()
    (prefix / "nginx.conf").write_text(nginx_config(prefix, port, chunks))
    process = subprocess.Popen([binary, "-p", str(prefix), "-c", str(prefix / "nginx.conf")])
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.02)
    else:
        process.kill()
        sys.exit(f"nginx did not start: {(prefix / 'error.log').read_text()}")
    return process, f"http://127.0.0.1:{port}", prefix


# --- workers (one fresh process per measurement) -----------------------------------------------------------


def _content_of(text: bytes) -> str:
    return str(json.loads(text)["choices"][0]["message"]["content"])


def _delta_of(line: bytes) -> str:
    return str(json.loads(line)["choices"][0]["delta"].get("content") or "")


def make_client(name: str, url: str) -> tuple[Any, Any, Any]:
    """(complete coroutine function, stream coroutine function returning the joined deltas, close)."""
    if name == "aiohttp":
        import aiohttp

        session = aiohttp.ClientSession()
        headers = {"Authorization": "Bearer k"}

        async def complete() -> str:
            async with session.post(url + "/v1/chat/completions", json=BODY, headers=headers) as r:
                return _content_of(await r.read())

        async def stream() -> str:
            parts = []
            async with session.post(
                url + "/v1/chat/completions", json=STREAM_BODY, headers={**headers, "Accept": "text/event-stream"}
            ) as r:
                async for line in r.content:
                    if line.startswith(b"data: ") and line[6:].strip() != b"[DONE]":
                        parts.append(_delta_of(line[6:]))
            return "".join(parts)

        return complete, stream, session.close
    if name == "httpx2":
        import httpx2

        client = httpx2.AsyncClient(headers={"Authorization": "Bearer k"}, timeout=600)

        async def complete() -> str:
            r = await client.post(url + "/v1/chat/completions", json=BODY)
            return _content_of(r.content)

        async def stream() -> str:
            parts = []
            async with client.stream(
                "POST", url + "/v1/chat/completions", json=STREAM_BODY, headers={"Accept": "text/event-stream"}
            ) as r:
                async for line in r.aiter_lines():
                    if line.startswith("data: ") and line[6:].strip() != "[DONE]":
                        parts.append(_delta_of(line[6:].encode()))
            return "".join(parts)

        return complete, stream, client.aclose
    if name in ("mistralkit", "mistralkit-httpx"):
        from mistralkit import AsyncMistral

        options = {"http_backend": "httpx"} if name == "mistralkit-httpx" else {}
        mk = AsyncMistral(api_key="k", server_url=url, **options)

        async def complete() -> str:
            reply = await mk.chat.complete(model=MODEL, messages=MESSAGES)
            return str(reply.choices[0].message.content)

        async def stream() -> str:
            parts = []
            async with await mk.chat.stream(model=MODEL, messages=MESSAGES) as events:
                async for event in events:
                    parts.append(event.data.choices[0].delta.content or "")
            return "".join(parts)

        return complete, stream, mk.close
    if name == "mistralai":
        try:
            from mistralai import Mistral
        except ImportError:  # mistralai >= 2 keeps the client in mistralai.client
            from mistralai.client import Mistral

        sdk = Mistral(api_key="k", server_url=url)

        async def complete() -> str:
            reply = await sdk.chat.complete_async(model=MODEL, messages=MESSAGES)
            return str(reply.choices[0].message.content)

        async def stream() -> str:
            parts = []
            events = await sdk.chat.stream_async(model=MODEL, messages=MESSAGES)
            async for event in events:
                parts.append(event.data.choices[0].delta.content or "")
            return "".join(parts)

        async def close() -> None:
            pass

        return complete, stream, close
    raise SystemExit(f"unknown client {name}")


async def _drive(fn: Any, total: int, inflight: int, expected: str) -> tuple[int, int, float]:
    import asyncio

    done = errors = 0
    next_index = 0

    async def lane() -> None:
        nonlocal done, errors, next_index
        while next_index < total:
            next_index += 1
            try:
                if await fn() == expected:
                    done += 1
                else:
                    errors += 1
            except Exception as exc:  # every failure counts; the first few are shown
                errors += 1
                if errors <= 3:
                    print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)

    started = time.perf_counter()
    await asyncio.gather(*(lane() for _ in range(inflight)))
    return done, errors, time.perf_counter() - started


def worker(args: argparse.Namespace) -> dict[str, Any]:
    import asyncio

    async def main() -> dict[str, Any]:
        complete, stream, close = make_client(args.client, args.url)
        try:
            if args.worker == "complete":
                await _drive(complete, min(200, args.count), min(100, args.inflight), canned.CONTENT)  # warm-up
                done, errors, elapsed = await _drive(complete, args.count, args.inflight, canned.CONTENT)
                return {"rate": done / elapsed, "errors": errors, "done": done, "seconds": elapsed}
            expected = "".join(canned.chunk_text(i) for i in range(args.chunks))
            await _drive(stream, min(20, args.count), min(20, args.inflight), expected)
            done, errors, elapsed = await _drive(stream, args.count, args.inflight, expected)
            return {"rate": done * args.chunks / elapsed, "errors": errors, "done": done, "seconds": elapsed}
        finally:
            await close()

    return asyncio.run(main())


def run_worker(python: str, client: str, kind: str, url: str, count: int, inflight: int, chunks: int) -> dict[str, Any]:
    command = [python, __file__, "--worker", kind, "--client", client, "--url", url, "--count", str(count),
               "--inflight", str(inflight), "--chunks", str(chunks)]
    out = subprocess.run(command, capture_output=True, text=True, timeout=900)
    if out.returncode != 0:
        tail = (out.stderr.strip().splitlines() or ["(no output)"])[-1]
        return {"rate": 0.0, "errors": count, "failed": tail}
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


# --- the run -----------------------------------------------------------------------------------------------


def available(python: str, client: str) -> bool:
    module = {"aiohttp": "aiohttp", "httpx2": "httpx2", "mistralai": "mistralai.client"}.get(client, "mistralkit")
    return subprocess.run([python, "-c", f"import {module}"], capture_output=True).returncode == 0


def versions(python: str) -> dict[str, str]:
    code = (
        "import json, platform\nfrom importlib.metadata import version\nout = {'python': platform.python_version()}\n"
        "for n in ('mistralkit', 'mistralai', 'httpx2', 'aiohttp'):\n"
        "    try: out[n] = version(n)\n    except Exception: pass\nprint(json.dumps(out))"
    )
    result: dict[str, str] = json.loads(subprocess.run([python, "-c", code], capture_output=True, text=True).stdout)
    nginx = subprocess.run([shutil.which("nginx") or "/usr/sbin/nginx", "-v"], capture_output=True, text=True)
    result["nginx"] = nginx.stderr.strip().split("/")[-1]
    result["cpus"] = str(os.cpu_count())
    return result


def benchmark(args: argparse.Namespace) -> dict[str, Any]:
    clients = [c for c in args.clients.split(",") if c]
    missing = [c for c in clients if not available(args.python, c)]
    clients = [c for c in clients if c not in missing]
    process, url, prefix = start_nginx(args.chunks)
    results: dict[str, dict[str, list[dict[str, Any]]]] = {c: {"complete": [], "stream": []} for c in clients}
    try:
        for round_index in range(args.rounds):
            order = clients[round_index % len(clients):] + clients[: round_index % len(clients)]
            for client in order:
                # The official SDK is an order of magnitude slower: it gets a share of the work (its
                # rate is measured with the same number in flight) so that a run stays short.
                # Its streams are CPU-bound at a few hundred chunks per second, so it runs fewer of them
                # at once (sdk_streams): its rate does not depend on how many are open.
                share = args.sdk_share if client == "mistralai" else 1.0
                stream_inflight = min(args.stream_inflight, args.sdk_streams) if client == "mistralai" else args.stream_inflight
                for kind, count, inflight in (
                    ("complete", max(args.inflight, int(args.calls * share)), args.inflight),
                    ("stream", args.streams if client != "mistralai" else stream_inflight, stream_inflight),
                ):
                    result = run_worker(args.python, client, kind, url, count, inflight, args.chunks)
                    results[client][kind].append(result)
                    unit = "req/s" if kind == "complete" else "chunks/s"
                    print(f"round {round_index + 1} {client:17} {kind:8} {result['rate']:>10,.0f} {unit}"
                          f"  errors {result['errors']}", flush=True)
    finally:
        process.terminate()
        process.wait(10)
        shutil.rmtree(prefix, ignore_errors=True)
    summary: dict[str, Any] = {"clients": {}, "missing": missing, "versions": versions(args.python),
                               "settings": {k: getattr(args, k) for k in ("calls", "inflight", "streams",
                                                                          "stream_inflight", "chunks", "rounds",
                                                                          "sdk_share", "sdk_streams")}}
    for client in clients:
        entry = {}
        for kind in ("complete", "stream"):
            runs = results[client][kind]
            entry[kind] = {"rate": median(r["rate"] for r in runs), "errors": sum(r["errors"] for r in runs),
                           "runs": runs}
        summary["clients"][client] = entry
    base = summary["clients"].get("aiohttp")
    for client, entry in summary["clients"].items():
        for kind in ("complete", "stream"):
            entry[kind]["vs_aiohttp"] = entry[kind]["rate"] / base[kind]["rate"] if base and base[kind]["rate"] else None
    return summary


def render(summary: dict[str, Any]) -> str:
    s = summary["settings"]
    lines = [
        f"| client | chat.complete req/s ({s['calls']:,} calls, {s['inflight']:,} in flight) | × raw aiohttp | "
        f"stream chunks/s ({s['streams']:,} streams × {s['chunks']} chunks, {s['stream_inflight']} at once) | "
        "× raw aiohttp | errors |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for client, entry in summary["clients"].items():
        c, st = entry["complete"], entry["stream"]
        lines.append(
            f"| {LABELS[client]} | {c['rate']:,.0f} | {_ratio(c['vs_aiohttp'])} | {st['rate']:,.0f} | "
            f"{_ratio(st['vs_aiohttp'])} | {c['errors'] + st['errors']} |"
        )
    if "mistralai" in summary["clients"]:
        sdk_calls = max(s["inflight"], int(s["calls"] * s["sdk_share"]))
        lines.append(
            f"\nThe official SDK, an order of magnitude slower, makes {sdk_calls:,} calls ({s['inflight']:,} in flight) and "
            f"{s['sdk_streams']} streams at once, so that a run stays short; its rates are per second all the same."
        )
    if summary["missing"]:
        lines.append(f"\nLeft out (not importable): {', '.join(summary['missing'])}.")
    return "\n".join(lines)


def _ratio(value: Any) -> str:
    return "" if value is None else f"{value:.2f}×"


def chart(summary: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    clients = list(summary["clients"])
    labels = [LABELS[c] for c in clients]
    fig, axes = plt.subplots(1, 2, figsize=(12, 4.6))
    s = summary["settings"]
    for axis, kind, title in (
        (axes[0], "complete", f"chat.complete: {s['calls']:,} calls, {s['inflight']:,} in flight (req/s)"),
        (axes[1], "stream", f"{s['streams']:,} streams of {s['chunks']} chunks, {s['stream_inflight']} at once (chunks/s)"),
    ):
        rates = [summary["clients"][c][kind]["rate"] for c in clients]
        colors = ["#e8590c" if c.startswith("mistralkit") else "#868e96" for c in clients]
        bars = axis.barh(labels, rates, color=colors)
        axis.invert_yaxis()
        axis.set_title(title, fontsize=10)
        axis.bar_label(bars, labels=[f"{r:,.0f}" for r in rates], padding=3, fontsize=9)
        axis.set_xlim(0, max(rates) * 1.22 if rates and max(rates) > 0 else 1)
        axis.tick_params(axis="y", labelsize=9)
        axis.tick_params(axis="x", labelsize=8)
        axis.xaxis.set_major_locator(MaxNLocator(nbins=5))
        axis.xaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:,.0f}"))
    v = summary["versions"]
    fig.suptitle(
        f"Async throughput against loopback nginx ({v.get('cpus')} CPUs; Python {v.get('python')}, "
        f"mistralkit {v.get('mistralkit')}, mistralai {v.get('mistralai', '-')}, httpx2 {v.get('httpx2')}, "
        f"aiohttp {v.get('aiohttp')})",
        fontsize=10,
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=3000)
    parser.add_argument("--inflight", type=int, default=1000)
    parser.add_argument("--streams", type=int, default=500, help="streams per measurement")
    parser.add_argument("--stream-inflight", type=int, default=500, help="streams at once")
    parser.add_argument("--chunks", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--clients", default=",".join(CLIENTS), help="comma-separated, from: " + ", ".join(CLIENTS))
    parser.add_argument("--sdk-share", type=float, default=0.34,
                        help="fraction of the calls and streams the official SDK makes (it is slow)")
    parser.add_argument("--sdk-streams", type=int, default=50, help="streams the official SDK runs at once")
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--quick", action="store_true", help="1 round of 600 calls and 100 streams")
    parser.add_argument("--json", type=Path, help="write the full results here")
    parser.add_argument("--chart", type=Path, help="draw the results as a PNG here (needs matplotlib)")
    parser.add_argument("--redraw", type=Path, metavar="JSON",
                        help="measure nothing: draw --chart from the results a run wrote with --json")
    parser.add_argument("--worker", choices=("complete", "stream"), help=argparse.SUPPRESS)
    parser.add_argument("--client", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args)))
        return
    if args.redraw:
        if not args.chart:
            parser.error("--redraw needs --chart")
        chart(json.loads(args.redraw.read_text()), args.chart)
        print(f"chart: {args.chart}")
        return
    if args.quick:
        args.rounds, args.calls, args.streams = 1, 600, 100
        args.inflight, args.stream_inflight = min(args.inflight, 200), min(args.stream_inflight, 100)
    summary = benchmark(args)
    print()
    print(render(summary))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2))
    if args.chart:
        chart(summary, args.chart)
        print(f"\nchart: {args.chart}")


if __name__ == "__main__":
    main()
