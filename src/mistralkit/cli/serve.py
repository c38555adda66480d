"""``mistralkit serve``: the emulator over HTTP."""

from __future__ import annotations

from typing import Optional

import click

from .session import MissingExtra


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8000, show_default=True, help="0 picks a free port.")
@click.option("--data-dir", default=None, help="Keep state here across restarts (default: a temporary directory).")
@click.option("--api-key", default=None, envvar="MISTRALKIT_EMULATOR_API_KEY", show_envvar=True,
              help="Require this bearer key (default: accept any non-empty key).")
@click.option("--faults", default=None, help="Inject faults globally, e.g. 'rate=0.1,status=503' (see docs/emulator.md).")
@click.option("--rate-limit", default=None, help="Per-key request limit, e.g. '60/min'.")
@click.option("--job-speed", type=float, default=1.0, show_default=True, help="Run jobs this many times faster than real time.")
@click.option("--engine", default=None, metavar="URL",
              help="An OpenAI-compatible server that generates the answers (vLLM, llama.cpp, Ollama).")
@click.option("--log-level", default="info", show_default=True)
def serve(
    host: str,
    port: int,
    data_dir: Optional[str],
    api_key: Optional[str],
    faults: Optional[str],
    rate_limit: Optional[str],
    job_speed: float,
    engine: Optional[str],
    log_level: str,
) -> None:
    """Run the Mistral API emulator over HTTP (until Ctrl-C)."""
    try:
        from ..emulator import serve as run_server
    except ImportError as exc:
        raise MissingExtra("the emulator needs the 'emulator' extra: pip install 'mistralkit[emulator]'") from exc
    try:
        run_server(
            host=host,
            port=port,
            data_dir=data_dir,
            api_key=api_key,
            faults=faults,
            rate_limit=rate_limit,
            log_level=log_level,
            job_speed=job_speed,
            engine=engine,
        )
    except KeyboardInterrupt:
        pass
