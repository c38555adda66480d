"""Throughput of the emulator's batch jobs, end to end through the mistralkit client.

Starts the emulator over HTTP in this process (``mistralkit.emulator.BackgroundServer``, uvicorn,
one worker) with a high ``job_speed``, then with a ``mistralkit.Mistral`` client: uploads a JSONL
file of N chat requests, creates a batch job, polls it until it ends, downloads the output file and
checks one result per ``custom_id``.  Prints the time of each phase.  Loopback only; the temporary
data directory is deleted at the end.

    python bench/batch_throughput.py                     # 10,000 lines, job_speed 10000
    python bench/batch_throughput.py --lines 2000 --job-speed 1000
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from mistralkit import Mistral  # noqa: E402
from mistralkit.emulator import BackgroundServer  # noqa: E402

TERMINAL = {"SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLED"}


def make_input(lines: int) -> bytes:
    out = []
    for i in range(lines):
        body = {
            "messages": [
                {"role": "system", "content": "You are a concise assistant."},
                {"role": "user", "content": f"Give me tip number {i} to write faster Python web services."},
            ],
            "max_tokens": 64,
        }
        out.append(json.dumps({"custom_id": f"req-{i}", "body": body}))
    return ("\n".join(out) + "\n").encode()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--job-speed", type=float, default=10_000.0)
    parser.add_argument("--model", default="mistral-small-latest")
    parser.add_argument("--poll", type=float, default=0.1, help="seconds between polls")
    parser.add_argument("--limit", type=float, default=300.0, help="give up after this many seconds")
    args = parser.parse_args()

    data = make_input(args.lines)
    with tempfile.TemporaryDirectory(prefix="mistralkit-batch-bench-") as tmp:
        with BackgroundServer(data_dir=Path(tmp) / "data", job_speed=args.job_speed) as server:
            with Mistral(api_key="bench-key", server_url=server.url) as client:
                t0 = time.perf_counter()
                uploaded = client.files.upload(file=("requests.jsonl", data), purpose="batch")
                t_upload = time.perf_counter()
                job = client.batch.jobs.create(
                    input_files=[uploaded.id], endpoint="/v1/chat/completions", model=args.model
                )
                t_created = time.perf_counter()
                polls = 0
                while job.status not in TERMINAL:
                    if time.perf_counter() - t0 > args.limit:
                        print(f"gave up after {args.limit} s: {job.status}, {job.completed_requests} done")
                        return 1
                    time.sleep(args.poll)
                    job = client.batch.jobs.get(job_id=job.id)
                    polls += 1
                t_done = time.perf_counter()
                if job.output_file is None:
                    print(f"job ended {job.status} without an output file: {job.errors}")
                    return 1
                with client.files.download(file_id=job.output_file) as response:
                    content = response.read()
                t_downloaded = time.perf_counter()

    results = [json.loads(line) for line in content.splitlines() if line.strip()]
    ids = {r["custom_id"] for r in results}
    ok = (
        job.status == "SUCCESS"
        and len(results) == args.lines
        and ids == {f"req-{i}" for i in range(args.lines)}
        and all(r["response"]["status_code"] == 200 for r in results)
    )
    total = t_downloaded - t0
    print(f"lines            {args.lines:,} ({len(data) / 1e6:.1f} MB in, {len(content) / 1e6:.1f} MB out)")
    print(f"job_speed        {args.job_speed:g}")
    print(f"upload           {t_upload - t0:7.2f} s")
    print(f"create           {t_created - t_upload:7.2f} s")
    print(f"run (poll)       {t_done - t_created:7.2f} s  ({polls} polls)")
    print(f"download         {t_downloaded - t_done:7.2f} s")
    print(f"total            {total:7.2f} s  ({args.lines / total:,.0f} requests/s end to end)")
    print(f"status           {job.status}: {job.succeeded_requests} succeeded, {job.failed_requests} failed")
    print("check            " + ("ok: one 200 result per custom_id" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
