"""mistralkit against raw httpx2 and the official `mistralai` SDK, in one run, interleaved in rounds.

    bash bench/setup.sh                         # once: .bench-venv with mistralai + mistralkit (editable)
    .bench-venv/bin/python bench/run.py         # about 2 minutes on 2 cores
    .bench-venv/bin/python bench/run.py --quick --json results.json

One canned-response server (bench/server.py) runs for the whole benchmark in its own process. Every
measurement runs in a fresh worker process of the same interpreter, so one client's imports and heap
never weigh on another's; in each round every client takes its turn at every measurement, in an order
that rotates from round to round. A client that fails to import or to answer correctly is left out with
a note, and the run goes on.

What is measured (medians over rounds; ratios are medians of the per-round ratios to raw httpx2):
  complete  sync chat.complete: wall and CPU (time.process_time of the client process) per call,
            after a warm-up.
  stream    sync chat.stream of a 200-chunk SSE stream: wall and CPU per chunk, touching
            event.data.choices[0].delta.content of every chunk.
  startup   a fresh `python -c`: import, client construction and first call (perf_counter inside
            the process), peak RSS after them, modules loaded, and the whole process's wall time
            over a bare interpreter's (`python -c pass`-like, spawned in the same rounds).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CLIENTS = ("raw", "typed", "mistralkit", "mistralai")
VERSIONED = ("mistralkit", "mistralai", "httpx2", "httpcore2", "h11", "pydantic", "pydantic-core")
LABELS = {"raw": "raw httpx2", "typed": "httpx2 + pydantic", "mistralkit": "mistralkit", "mistralai": "mistralai (official)"}
MODEL = "mistral-small-latest"
MESSAGES = [{"role": "user", "content": "hi"}]

# --- what each client does ---------------------------------------------------------------------------
# Source snippets, shared by the in-process workers and the fresh-process startup probe, so both measure
# the same code. `URL` is defined before they run; `client` is what CONSTRUCT builds.
IMPORT = {
    "raw": "import json\nimport httpx2",
    # The least any typed client built on the two libraries can do: httpx2, and the answer parsed into
    # three small pydantic models (a stream's events into two).
    "typed": (
        "import httpx2\nfrom pydantic import BaseModel\n"
        "class Message(BaseModel):\n    content: str\n"
        "class Choice(BaseModel):\n    message: Message\n"
        "class Reply(BaseModel):\n    choices: list[Choice]\n"
        "class Delta(BaseModel):\n    content: str\n"
        "class ChunkChoice(BaseModel):\n    delta: Delta\n"
        "class Chunk(BaseModel):\n    choices: list[ChunkChoice]"
    ),
    "mistralkit": "from mistralkit import Mistral",
    # mistralai >= 2 moved the client to mistralai.client; 1.x has it at the top.
    "mistralai": "try:\n    from mistralai import Mistral\nexcept ImportError:\n    from mistralai.client import Mistral",
    "bare": "",
}
CONSTRUCT = {
    "raw": "client = httpx2.Client(headers={'authorization': 'Bearer k'})",
    "typed": "client = httpx2.Client(headers={'authorization': 'Bearer k'})",
    "mistralkit": "client = Mistral(api_key='k', server_url=URL)",
    "mistralai": "client = Mistral(api_key='k', server_url=URL)",
    "bare": "client = None",
}
# httpx2 alone: the same request code for raw (json.loads) and typed (pydantic) clients, {parse} apart.
HTTPX2_COMPLETE = (
    "def complete():\n"
    "    r = client.post(URL + '/v1/chat/completions', json={{'model': MODEL, 'messages': MESSAGES}})\n"
    "    r.raise_for_status()\n"
    "    return {parse}\n"
)
HTTPX2_STREAM = (
    "def stream():\n"
    "    parts = []\n"
    "    body = {{'model': MODEL, 'messages': MESSAGES, 'stream': True}}\n"
    "    with client.stream('POST', URL + '/v1/chat/completions', json=body) as r:\n"
    "        r.raise_for_status()\n"
    "        for line in r.iter_lines():\n"
    "            if line.startswith('data: '):\n"
    "                data = line[6:]\n"
    "                if data == '[DONE]':\n"
    "                    break\n"
    "                parts.append({parse})\n"
    "    return parts\n"
)
COMPLETE = {
    "raw": HTTPX2_COMPLETE.format(parse="json.loads(r.content)['choices'][0]['message']['content']"),
    "typed": HTTPX2_COMPLETE.format(parse="Reply.model_validate_json(r.content).choices[0].message.content"),
    "sdk": (
        "def complete():\n"
        "    r = client.chat.complete(model=MODEL, messages=MESSAGES)\n"
        "    return r.choices[0].message.content\n"
    ),
    "bare": "def complete():\n    return None\n",
}
STREAM = {
    "raw": HTTPX2_STREAM.format(parse="json.loads(data)['choices'][0]['delta']['content']"),
    "typed": HTTPX2_STREAM.format(parse="Chunk.model_validate_json(data).choices[0].delta.content"),
    "sdk": (
        "def stream():\n"
        "    parts = []\n"
        "    for event in client.chat.stream(model=MODEL, messages=MESSAGES):\n"
        "        parts.append(event.data.choices[0].delta.content)\n"
        "    return parts\n"
    ),
}


def client_source(name: str, url: str) -> str:
    kind = name if name in ("raw", "typed", "bare") else "sdk"
    return "\n".join(
        [
            f"URL = {url!r}\nMODEL = {MODEL!r}\nMESSAGES = {MESSAGES!r}",
            IMPORT[name],
            CONSTRUCT[name],
            COMPLETE[kind],
            STREAM.get(kind, ""),
        ]
    )


STARTUP_PROBE = """\
import time
_t0 = time.perf_counter()
{import_}
_t1 = time.perf_counter()
{construct}
_t2 = time.perf_counter()
{complete}
_content = complete()
_t3 = time.perf_counter()
import json as _json, resource as _resource, sys as _sys
# The process's own peak (VmHWM): ru_maxrss would also count the harness's memory at the fork.
try:
    with open("/proc/self/status") as _status:
        _rss = next(int(_l.split()[1]) for _l in _status if _l.startswith("VmHWM:"))
except (OSError, StopIteration):
    _rss = _resource.getrusage(_resource.RUSAGE_SELF).ru_maxrss
print(_json.dumps({{"import_ms": (_t1 - _t0) * 1e3, "construct_ms": (_t2 - _t1) * 1e3,
    "first_call_ms": (_t3 - _t2) * 1e3, "rss_kb": _rss,
    "modules": len(_sys.modules), "content": _content}}))
"""


def startup_probe(name: str, url: str) -> str:
    kind = name if name in ("raw", "typed", "bare") else "sdk"
    return (
        f"URL = {url!r}\nMODEL = {MODEL!r}\nMESSAGES = {MESSAGES!r}\n"
        + STARTUP_PROBE.format(import_=IMPORT[name] or "pass", construct=CONSTRUCT[name], complete=COMPLETE[kind])
    )


# --- worker side (runs in a fresh process) --------------------------------------------------------------
def worker(args) -> dict:
    namespace: dict = {}
    # dont_inherit: this file's `from __future__ import annotations` must not turn the snippets' annotations into strings.
    exec(compile(client_source(args.client, args.url), f"<{args.client}>", "exec", dont_inherit=True), namespace)
    if args.worker == "complete":
        call, per = namespace["complete"], 1
        for _ in range(args.warmup):
            call()
        wall0, cpu0 = time.perf_counter(), time.process_time()
        for _ in range(args.count):
            result = call()
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        units = args.count
    else:
        call = namespace["stream"]
        for _ in range(args.warmup):
            call()
        chunks = 0
        wall0, cpu0 = time.perf_counter(), time.process_time()
        for _ in range(args.count):
            parts = call()
            chunks += len(parts)
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        result, units, per = "".join(parts), chunks, len(parts)
    return {"wall_us": wall / units * 1e6, "cpu_us": cpu / units * 1e6, "content": result, "per_call_units": per}


# --- harness side ---------------------------------------------------------------------------------------
def start_server(python: str, chunks: int) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen(
        [python, str(HERE / "server.py"), "--port", "0", "--chunks", str(chunks)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True,
    )
    line = process.stdout.readline()
    if not line.startswith("READY "):
        process.kill()
        raise SystemExit(f"bench server did not start: {line}{process.stdout.read()}")
    return process, line.split()[1]


def run_worker(python: str, kind: str, client: str, url: str, count: int, warmup: int) -> dict:
    command = [python, str(Path(__file__).resolve()), "--worker", kind, "--client", client, "--url", url,
               "--count", str(count), "--warmup", str(warmup)]
    return _run_json(command)


def run_startup(python: str, client: str, url: str) -> dict:
    started = time.perf_counter()
    result = _run_json([python, "-c", startup_probe(client, url)])
    result.setdefault("process_ms", (time.perf_counter() - started) * 1e3)
    return result


def _child_env() -> dict:
    # Bytecode caches on, as for an installed package: with PYTHONDONTWRITEBYTECODE set (some shells set it)
    # the editable mistralkit would be compiled again by every fresh process and its import would look slow.
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _run_json(command: list[str]) -> dict:
    # A neutral working directory: `python -c` puts it first on sys.path.
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=900, cwd=tempfile.gettempdir(), env=_child_env()
    )
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines() or ["(no output)"]
        return {"error": lines[-1][:300], "stderr": done.stderr[-3000:]}
    try:
        return json.loads(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {"error": f"unreadable worker output: {done.stdout[-300:]!r}"}


def check(client: str, kind: str, result: dict, expected: dict) -> dict:
    """Turn a wrong answer into an error: a client must parse what the server sent to be measured."""
    if "error" in result:
        return result
    want = expected[kind]
    if result.get("content") != want:
        return {"error": f"{kind}: wrong content {str(result.get('content'))[:80]!r}, expected {want[:80]!r}"}
    return result


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def machine_description(python: str) -> dict:
    version = subprocess.run([python, "-c", "import platform; print(platform.python_version())"],
                             capture_output=True, text=True).stdout.strip()
    info = {"python": version, "implementation": platform.python_implementation(),
            "platform": platform.platform(), "cores": os.cpu_count(), "cpu": platform.processor() or "?"}
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines():
            if line.startswith("Model name:"):
                info["cpu"] = line.split(":", 1)[1].strip()
    except OSError:
        pass
    probe = (
        "import json\nfrom importlib.metadata import version, PackageNotFoundError\nout = {}\n"
        f"for p in {VERSIONED!r}:\n"
        "    try:\n        out[p] = version(p)\n    except PackageNotFoundError:\n        out[p] = None\n"
        "print(json.dumps(out))"
    )
    found = _run_json([python, "-c", probe])
    info.update({p: found.get(p) for p in VERSIONED})
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=REPO, capture_output=True, text=True)
        info["mistralkit_commit"] = commit.stdout.strip() + (" + uncommitted src changes" if dirty.stdout.strip() else "")
    except OSError:
        pass
    return info


def benchmark(args) -> dict:
    sys.path.insert(0, str(HERE))
    import server  # the canned content, to check each client's answers

    expected = {"complete": server.CONTENT, "stream": "".join(server.chunk_text(i) for i in range(args.chunks))}
    python = args.python
    process, url = start_server(python, args.chunks)
    clients = list(args.clients)
    broken: dict[str, str] = {}
    results: dict = {kind: {c: [] for c in clients} for kind in ("complete", "stream")}
    startup: dict = {c: [] for c in [*clients, "bare"]}
    log = lambda message: print(message, file=sys.stderr, flush=True)  # noqa: E731
    try:
        log(f"server {url}; clients {', '.join(clients)}; {args.rounds} rounds")
        for client in clients:  # warm-up: bytecode caches, and find the clients that do not work at all
            probe = run_startup(python, client, url)
            probe = check(client, "complete", probe, expected)
            if "error" in probe:
                broken[client] = probe["error"]
                log(f"  {client}: left out: {probe['error']}")
        for round_ in range(args.rounds):
            shift = round_ % len(clients)
            order = clients[shift:] + clients[:shift]
            log(f"round {round_ + 1}/{args.rounds}: {' -> '.join(order)}")
            for kind, count, warmup in (("complete", args.calls, args.warmup), ("stream", args.streams, 3)):
                for client in order:
                    if client in broken:
                        results[kind][client].append(None)
                        continue
                    result = check(client, kind, run_worker(python, kind, client, url, count, warmup), expected)
                    if "error" in result:
                        broken[client] = result["error"]
                        log(f"  {client} {kind}: left out: {result['error']}")
                        results[kind][client].append(None)
                        continue
                    results[kind][client].append(result)
                    log(f"  {kind:8} {client:10} wall {result['wall_us']:8.1f} us  cpu {result['cpu_us']:8.1f} us")
            for _ in range(args.startup_samples):
                for client in ["bare", *order]:
                    if client in broken:
                        continue
                    result = check(client, "complete", run_startup(python, client, url), expected) \
                        if client != "bare" else run_startup(python, client, url)
                    if "error" not in result:
                        startup[client].append(result)
    finally:
        process.kill()
        process.wait()
    return summarise(args, clients, broken, results, startup)


def summarise(args, clients, broken, results, startup) -> dict:
    summary: dict = {"clients": clients, "left_out": broken, "rounds": args.rounds, "calls_per_round": args.calls,
                     "streams_per_round": args.streams, "chunks_per_stream": args.chunks, "measures": {}}

    def per_round(kind, metric, client):
        return [r[metric] if r else None for r in results[kind][client]]

    def ratio_to_raw(kind, metric, client):
        pairs = zip(per_round(kind, metric, client), per_round(kind, metric, "raw")) if "raw" in clients else []
        return median([a / b for a, b in pairs if a and b])

    for kind, unit in (("complete", "us/call"), ("stream", "us/chunk")):
        for metric in ("wall_us", "cpu_us"):
            row = {}
            for client in clients:
                row[client] = {"median": median(per_round(kind, metric, client)),
                               "ratio": ratio_to_raw(kind, metric, client), "rounds": per_round(kind, metric, client)}
            summary["measures"][f"{kind} {metric[:-3]} {unit}"] = row
    bare_process = median([s["process_ms"] for s in startup["bare"]])
    bare_rss = median([s["rss_kb"] for s in startup["bare"]])
    summary["bare"] = {"process_ms": bare_process, "rss_kb": bare_rss,
                       "modules": median([s["modules"] for s in startup["bare"]])}
    for metric, label in (("import_ms", "import ms"), ("construct_ms", "construct ms"),
                          ("first_call_ms", "first call ms"), ("process_ms", "process over bare ms"),
                          ("rss_kb", "peak RSS MB"), ("modules", "modules loaded")):
        row = {}
        for client in clients:
            value = median([s[metric] for s in startup[client]])
            if value is not None and metric == "process_ms" and bare_process is not None:
                value -= bare_process
            if value is not None and metric == "rss_kb":
                value /= 1024
            row[client] = {"median": value, "samples": len(startup[client])}
        summary["measures"][label] = row
    return summary


TARGETS = (  # mistralkit's goals: (measure, field, limit, wording); ratios are judged on wall and on CPU
    ("complete {} us/call", "ratio", 1.1, "<= 1.1x raw"),
    ("stream {} us/chunk", "ratio", 1.5, "<= 1.5x raw"),
    ("construct ms", "median", 5.0, "<= 5 ms"),
    ("first call ms", "median", 50.0, "<= 50 ms"),
    ("peak RSS MB", "median", 32.0, "<= 32 MB"),
)


def verdicts(summary: dict) -> list[str]:
    lines = []
    for label, field, limit, wording in TARGETS:
        names = [label.format("wall"), label.format("cpu")] if "{}" in label else [label]
        parts = []
        for name in names:
            value = summary["measures"][name]["mistralkit"][field]
            if value is None:
                parts.append(f"{name}: n/a")
                continue
            shown = f"{value:.3f}x" if field == "ratio" else f"{value:.1f} {name.split()[-1]}"
            parts.append(f"{name} {shown} {'met' if value <= limit else 'MISSED'}")
        lines.append(f"target mistralkit {wording.replace('raw', 'raw httpx2')}: " + "; ".join(parts))
    return lines


def render(summary: dict, machine: dict) -> str:
    clients = summary["clients"]
    lines = [
        f"machine: {machine['cpu']}, {machine['cores']} cores, {machine['platform']}",
        f"python {machine['python']}; " + ", ".join(
            f"{p} {machine.get(p) or '-'}" for p in ("mistralkit", "mistralai", "httpx2", "pydantic", "pydantic-core")
        ) + (f"; mistralkit at {machine['mistralkit_commit']}" if machine.get("mistralkit_commit") else ""),
        f"{summary['rounds']} rounds x ({summary['calls_per_round']} calls, {summary['streams_per_round']} streams of "
        f"{summary['chunks_per_stream']} chunks, startup probes); bare interpreter: "
        f"{_fmt(summary['bare']['process_ms'])} ms process, {_fmt((summary['bare']['rss_kb'] or 0) / 1024)} MB RSS",
        "",
        "| measure | " + " | ".join(LABELS.get(c, c) for c in clients) + " |",
        "|---|" + "---:|" * len(clients),
    ]
    for label, row in summary["measures"].items():
        cells = []
        for client in clients:
            cell = row[client]
            if cell["median"] is None:
                cells.append("n/a")
                continue
            text = _fmt(cell["median"])
            if cell.get("ratio") is not None and client != "raw":
                text += f" ({cell['ratio']:.2f}x)"
            cells.append(text)
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    if "mistralkit" in clients:
        lines += ["", *verdicts(summary)]
    for client, why in summary["left_out"].items():
        lines.append(f"note: {client} left out: {why}")
    return "\n".join(lines)


def _fmt(value) -> str:
    if value is None:
        return "n/a"
    return f"{value:.0f}" if abs(value) >= 100 else f"{value:.1f}" if abs(value) >= 10 else f"{value:.2f}"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--calls", type=int, default=2000, help="chat.complete calls per round and client")
    parser.add_argument("--warmup", type=int, default=200, help="chat.complete calls before timing")
    parser.add_argument("--streams", type=int, default=50, help="streams per round and client")
    parser.add_argument("--chunks", type=int, default=200, help="chunks per stream")
    parser.add_argument("--startup-samples", type=int, default=2, help="fresh-process probes per round and client")
    parser.add_argument("--clients", default=",".join(CLIENTS), help="comma-separated, from: " + ", ".join(CLIENTS))
    parser.add_argument("--python", default=sys.executable, help="interpreter for the server and the workers")
    parser.add_argument("--quick", action="store_true", help="defaults for a smoke run: 3 rounds of 300 calls and 10 streams")
    parser.add_argument("--json", type=Path, help="also write the full results here")
    # worker mode (internal)
    parser.add_argument("--worker", choices=("complete", "stream"), help=argparse.SUPPRESS)
    parser.add_argument("--client", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, help=argparse.SUPPRESS)
    argv = sys.argv[1:] if argv is None else argv
    if "--quick" in argv:  # smaller defaults; flags given explicitly still win
        parser.set_defaults(rounds=3, calls=300, warmup=50, streams=10, startup_samples=1)
    args = parser.parse_args(argv)

    if args.worker:
        try:
            print(json.dumps(worker(args)))
        except Exception as exc:  # reported as this client's note by the harness
            print(json.dumps({"error": f"{type(exc).__name__}: {exc}"[:300]}))
        return
    args.clients = [c.strip() for c in args.clients.split(",") if c.strip()]
    unknown = set(args.clients) - set(CLIENTS)
    if unknown:
        parser.error(f"unknown clients: {', '.join(sorted(unknown))}")
    machine = machine_description(args.python)
    summary = benchmark(args)
    print(render(summary, machine))
    if args.json:
        args.json.write_text(json.dumps({"machine": machine, **summary}, indent=2))


if __name__ == "__main__":
    main()
