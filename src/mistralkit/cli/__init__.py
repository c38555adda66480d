"""The ``mistralkit`` command: talk to the API (or the local emulator) and serve the emulator."""

from __future__ import annotations

import argparse
import sys
from typing import Any, Optional, Sequence

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mistralkit", description="Mistral AI API client and local emulator.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    def target(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--emulator",
            action="store_true",
            help="answer from an in-process emulator (no API key, no network)",
        )
        p.add_argument("--server-url", default=None, help="API base URL (default: MISTRAL_BASE_URL or api.mistral.ai)")

    chat = sub.add_parser("chat", help="one chat completion, streamed to stdout")
    chat.add_argument("prompt", help="the user message ('-' reads standard input)")
    chat.add_argument("--model", default="mistral-small-latest")
    chat.add_argument("--system", default=None, help="a system message to put first")
    chat.add_argument("--max-tokens", type=int, default=None)
    chat.add_argument("--temperature", type=float, default=None)
    chat.add_argument("--seed", type=int, default=None, help="random_seed")
    chat.add_argument("--no-stream", action="store_true", help="wait for the whole answer")
    chat.add_argument("--usage", action="store_true", help="print token usage to stderr")
    target(chat)

    models = sub.add_parser("models", help="list the models available")
    target(models)

    serve = sub.add_parser("serve", help="run the Mistral API emulator over HTTP")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--data-dir", default=None, help="keep state here across restarts (default: a temporary directory)")
    serve.add_argument("--api-key", default=None, help="require this bearer key (default: accept any non-empty key)")
    serve.add_argument("--faults", default=None, help="inject faults globally, e.g. 'rate=0.1,status=503' (see docs/emulator.md)")
    serve.add_argument("--rate-limit", default=None, help="per-key request limit, e.g. '60/min'")
    serve.add_argument("--job-speed", type=float, default=1.0, help="run jobs this many times faster than real time")
    serve.add_argument("--engine", default=None, help="OpenAI-compatible server that generates answers (vLLM, llama.cpp, Ollama)")
    serve.add_argument("--log-level", default="info")
    return parser


def _client(args: argparse.Namespace) -> Any:
    if args.emulator:
        from ..testing import emulated_client

        return emulated_client()
    from .._client import Mistral

    return Mistral(server_url=args.server_url)


def _chat(args: argparse.Namespace) -> int:
    prompt = sys.stdin.read() if args.prompt == "-" else args.prompt
    messages = []
    if args.system:
        messages.append({"role": "system", "content": args.system})
    messages.append({"role": "user", "content": prompt})
    params = dict(
        model=args.model,
        messages=messages,
        max_tokens=args.max_tokens,
        temperature=args.temperature,
        random_seed=args.seed,
    )
    with _client(args) as client:
        if args.no_stream:
            reply = client.chat.complete(**params)
            print(reply.choices[0].message.content)
            usage = reply.usage
        else:
            usage = None
            with client.chat.stream(**params) as stream:
                for event in stream:
                    chunk = event.data
                    if chunk.choices:
                        delta = chunk.choices[0].delta.content
                        if isinstance(delta, str):
                            sys.stdout.write(delta)
                            sys.stdout.flush()
                    if chunk.usage is not None:
                        usage = chunk.usage
            sys.stdout.write("\n")
    if args.usage and usage is not None:
        print(
            f"tokens: prompt {usage.prompt_tokens}, completion {usage.completion_tokens}, total {usage.total_tokens}",
            file=sys.stderr,
        )
    return 0


def _models(args: argparse.Namespace) -> int:
    with _client(args) as client:
        for card in client.models.list().data or []:
            caps = card.capabilities
            flags = [name for name in ("completion_chat", "completion_fim", "function_calling", "vision") if getattr(caps, name, False)]
            print(f"{card.id:40} {getattr(card, 'type', '') or '':10} {','.join(flags)}")
    return 0


def _serve(args: argparse.Namespace) -> int:
    try:
        from ..emulator import serve
    except ImportError:
        print("The emulator needs the 'emulator' extra: pip install 'mistralkit[emulator]'", file=sys.stderr)
        return 2
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
    return 0


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = _parser().parse_args(argv)
    from .._errors import MistralError

    try:
        return {"chat": _chat, "models": _models, "serve": _serve}[args.command](args)
    except MistralError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
