"""``mistralkit fim``: fill-in-the-middle code completion."""

from __future__ import annotations

import sys
from typing import Any, List, Optional

import click

from . import exit_codes
from .output import model_json, raw_json, write
from .render import chat_deltas, show_stream, text_of
from .session import Session, api_command, with_raw


@click.command()
@click.argument("prompt")
@click.option("--suffix", default=None, help="The code after the gap.")
@click.option("-m", "--model", default="codestral-latest", show_default=True)
@click.option("--max-tokens", type=int, default=None)
@click.option("--temperature", type=float, default=None)
@click.option("--seed", type=int, default=None, help="random_seed, for repeatable answers.")
@click.option("--stop", multiple=True, help="Stop at this text. Repeatable.")
@click.option("--no-stream", is_flag=True, help="Wait for the whole completion.")
@api_command
def fim(
    session: Session,
    prompt: str,
    suffix: Optional[str],
    model: str,
    max_tokens: Optional[int],
    temperature: Optional[float],
    seed: Optional[int],
    stop: tuple[str, ...],
    no_stream: bool,
) -> int:
    """Complete the code between PROMPT and --suffix ('-' reads PROMPT from stdin).

    \b
    mistralkit fim "def fib(n):" --suffix "print(fib(10))"
    """
    if prompt == "-":
        prompt = sys.stdin.read()
    params: dict[str, Any] = {
        "model": model, "prompt": prompt, "suffix": suffix, "max_tokens": max_tokens,
        "temperature": temperature, "random_seed": seed, "stop": list(stop) or None,
    }
    if no_stream:
        raw = with_raw(session.client.fim).complete(**params)
        reply = raw.parse()
        if session.json:
            raw_json(raw)
        else:
            text = text_of(reply.choices[0].message.content) if reply.choices else ""
            write(text if text.endswith("\n") else text + "\n")
        return exit_codes.OK
    with session.client.fim.stream(**params) as stream:
        if session.json:
            for event in stream:
                model_json(event.data)
            return exit_codes.OK
        usage: List[Any] = []
        _, stopped = show_stream(chat_deltas(stream, usage), markdown=False)
    return exit_codes.INTERRUPTED if stopped else exit_codes.OK
