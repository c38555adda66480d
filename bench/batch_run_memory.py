"""Peak memory of ``client.batch.run`` over many requests: it must stay flat.

Starts the emulator over HTTP in a separate process (so its memory is not counted), then runs
N chat requests (a generator: none is ever held in a list) through ``client.batch.run`` in this
process, consuming the results as they come, and reports the growth of this process's peak RSS
over its level just before the run, next to the 64 MiB budget. Loopback only.

    python bench/batch_run_memory.py                    # 100,000 requests
    python bench/batch_run_memory.py --requests 20000 --job-speed 20000
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

BUDGET_MIB = 64
SERVER = (
    "import sys, time\n"
    "from mistralkit.emulator import BackgroundServer\n"
    "server = BackgroundServer(job_speed=float(sys.argv[1])).start()\n"
    "print(server.url, flush=True)\n"
    "sys.stdin.read()\n"
    "server.stop()\n"
)


def peak_rss_mib() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--job-speed", type=float, default=2_000.0)
    parser.add_argument("--per-job", type=int, default=40_000, help="max_requests_per_job (to exercise splitting)")
    args = parser.parse_args()

    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(args.job_speed)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={"PYTHONPATH": str(ROOT / "src"), **__import__("os").environ},
    )
    try:
        url = server.stdout.readline().strip()  # type: ignore[union-attr]
        from mistralkit import Mistral
        from mistralkit.lib import batch  # noqa: F401  (imported before the baseline)
        from mistralkit.types import ChatCompletionResponse  # noqa: F401

        def requests():
            for i in range(args.requests):
                yield {"messages": [{"role": "user", "content": f"Give me tip number {i} to write faster code."}], "max_tokens": 32}

        with Mistral(api_key="bench", server_url=url, timeout=600) as client:
            client.models.list()  # warm the connection pool and the response models
            baseline = peak_rss_mib()
            started = time.perf_counter()
            count = ok = 0
            first_error = None
            for result in client.batch.run(
                requests(), model="mistral-small-latest", poll_interval=0.2, max_requests_per_job=args.per_job,
                timeout_hours=168,  # the emulator scales it by job_speed too
            ):
                if result.index != count:
                    raise SystemExit(f"result {count} came out of order ({result.index})")
                count += 1
                ok += result.ok
                if result.error is not None and first_error is None:
                    first_error = result.error
            elapsed = time.perf_counter() - started
        growth = peak_rss_mib() - baseline
    finally:
        server.stdin.close()  # type: ignore[union-attr]
        server.wait(timeout=30)
    print(f"requests          {count:,} ({ok:,} succeeded) in {elapsed:.1f} s")
    if first_error is not None:
        print(f"first failure     {first_error}")
    print(f"peak RSS before   {baseline:.1f} MiB")
    print(f"peak RSS growth   {growth:.1f} MiB (budget {BUDGET_MIB} MiB): {'OK' if growth < BUDGET_MIB else 'OVER BUDGET'}")
    return 0 if growth < BUDGET_MIB and count == args.requests else 1


if __name__ == "__main__":
    sys.exit(main())
