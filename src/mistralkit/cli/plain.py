"""``mistralkit serve`` without the ``cli`` extra: the emulator needs only its own extra."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Sequence

from .exit_codes import MISSING_EXTRA, OK

EMULATOR_HINT = "The emulator needs the 'emulator' extra: pip install 'mistralkit[emulator]'"


API_KEY_VARIABLE = "MISTRALKIT_EMULATOR_API_KEY"


def serve_options(argv: Sequence[str], prog: str = "mistralkit serve") -> argparse.Namespace:
    """The emulator server's options, as ``mistralkit serve`` (without the ``cli`` extra) and
    ``python -m mistralkit.emulator`` take them."""
    parser = argparse.ArgumentParser(prog=prog, description="Run the Mistral API emulator over HTTP.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--data-dir", default=None, help="keep state here across restarts (default: a temporary directory)")
    parser.add_argument(
        "--api-key",
        default=os.environ.get(API_KEY_VARIABLE) or None,
        help=f"require this bearer key (default: ${API_KEY_VARIABLE}, else accept any non-empty key)",
    )
    parser.add_argument("--faults", default=None, help="inject faults globally, e.g. 'rate=0.1,status=503'")
    parser.add_argument("--rate-limit", default=None, help="per-key request limit, e.g. '60/min'")
    parser.add_argument("--job-speed", type=float, default=1.0, help="run jobs this many times faster than real time")
    parser.add_argument(
        "--engine", default=None, help="OpenAI-compatible server that generates answers (vLLM, llama.cpp, Ollama)"
    )
    parser.add_argument("--log-level", default="info")
    return parser.parse_args(list(argv))


def serve_main(argv: Sequence[str], prog: str = "mistralkit serve") -> int:
    args = serve_options(argv, prog)
    try:
        from ..emulator import serve
    except ImportError:
        print(EMULATOR_HINT, file=sys.stderr)
        return MISSING_EXTRA
    try:
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
    except KeyboardInterrupt:
        pass
    return OK
