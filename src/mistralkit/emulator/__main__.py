"""``python -m mistralkit.emulator``: serve the emulator from a shell."""

from __future__ import annotations

import argparse
import os

from .server import serve


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m mistralkit.emulator", description="Serve the Mistral API emulator."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--data-dir", default=None, help="keep files here (default: a temporary directory)")
    parser.add_argument(
        "--api-key", default=os.environ.get("MISTRALKIT_EMULATOR_API_KEY"), help="require this bearer key"
    )
    parser.add_argument("--faults", default=None, help="global fault, e.g. 'rate=0.1,status=503'")
    parser.add_argument("--rate-limit", default=None, help="per-key limit, e.g. '60/min'")
    parser.add_argument("--job-speed", type=float, default=1.0, help="run jobs this many times faster than real time")
    parser.add_argument("--engine", default=None, help="OpenAI-compatible server that generates answers")
    parser.add_argument("--log-level", default="info")
    args = parser.parse_args(argv)
    serve(
        host=args.host,
        port=args.port,
        data_dir=args.data_dir,
        api_key=args.api_key,
        faults=args.faults,
        rate_limit=args.rate_limit,
        log_level=args.log_level,
        job_speed=args.job_speed,
        engine=args.engine,
    )


if __name__ == "__main__":
    main()
