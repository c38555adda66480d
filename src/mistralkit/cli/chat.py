"""``mistralkit chat``: one answer, or an interactive chat when there is no prompt."""

from __future__ import annotations

import sys
from typing import Any, Dict, List, Optional, Tuple

import click

from . import exit_codes
from .attachments import user_content
from .inputs import piped_stdin
from .output import model_json, raw_json
from .render import chat_deltas, show_stream, show_text, text_of
from .session import Session, api_command, with_raw

DEFAULT_MODEL = "mistral-small-latest"


def usage_line(usage: Any) -> str:
    return f"tokens: prompt {usage.prompt_tokens}, completion {usage.completion_tokens}, total {usage.total_tokens}"


def read_prompt(prompt: Optional[str]) -> Optional[str]:
    """The prompt, with piped standard input appended (``-`` means: standard input only)."""
    if prompt == "-":
        return sys.stdin.read()
    if not piped_stdin():
        return prompt
    piped = sys.stdin.read()
    if prompt is None:
        return piped
    return f"{prompt}\n\n{piped}" if piped.strip() else prompt


def stream_answer(session: Session, params: Dict[str, Any], *, markdown: Optional[bool] = None) -> Tuple[str, Any, bool]:
    """Stream one answer to stdout: (its text, its usage or None, whether Ctrl-C stopped it)."""
    usage: List[Any] = []
    with session.client.chat.stream(**params) as stream:
        text, stopped = show_stream(chat_deltas(stream, usage), markdown=markdown)
    return text, (usage[0] if usage else None), stopped


@click.command()
@click.argument("prompt", required=False)
@click.option("-m", "--model", default=DEFAULT_MODEL, show_default=True)
@click.option("-s", "--system", default=None, help="A system message to put first.")
@click.option("--max-tokens", type=int, default=None)
@click.option("--temperature", type=float, default=None)
@click.option("--seed", type=int, default=None, help="random_seed, for repeatable answers.")
@click.option("-f", "--file", "files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Attach a file: text inline, other files (PDF...) as a document. Repeatable.")
@click.option("-i", "--image", "images", multiple=True, metavar="PATH|URL", help="Attach an image. Repeatable.")
@click.option("--no-stream", is_flag=True, help="Wait for the whole answer.")
@click.option("--usage", is_flag=True, help="Print token usage to stderr.")
@api_command
def chat(
    session: Session,
    prompt: Optional[str],
    model: str,
    system: Optional[str],
    max_tokens: Optional[int],
    temperature: Optional[float],
    seed: Optional[int],
    files: Tuple[str, ...],
    images: Tuple[str, ...],
    no_stream: bool,
    usage: bool,
) -> int:
    """Ask one question (PROMPT, piped stdin, or both), or chat interactively when there is neither.

    \b
    mistralkit chat "Write a haiku about the sea"
    cat notes.md | mistralkit chat "Summarise"
    mistralkit chat --image chart.png "What does this show?"
    mistralkit chat                      # interactive: /help lists the commands
    """
    options: Dict[str, Any] = {"max_tokens": max_tokens, "temperature": temperature, "random_seed": seed}
    if prompt is None and sys.stdin is not None and sys.stdin.isatty():
        if session.json:
            raise click.UsageError("--json needs a prompt (the interactive chat is for people)")
        from .interactive import Repl

        return Repl(session, model=model, system=system, options=options, files=files, images=images).run()
    text = read_prompt(prompt)
    if not text and not files and not images:
        raise click.UsageError("no prompt: give one, pipe one on stdin, or run in a terminal for an interactive chat")
    messages: List[Dict[str, Any]] = []
    if system:
        messages.append({"role": "system", "content": system})
    messages.append({"role": "user", "content": user_content(text or "", files, images)})
    params: Dict[str, Any] = {"model": model, "messages": messages, **options}
    if no_stream:
        raw = with_raw(session.client.chat).complete(**params)
        reply = raw.parse()
        if session.json:
            raw_json(raw)
        else:
            show_text(text_of(reply.choices[0].message.content) if reply.choices else "")
        found = reply.usage
    elif session.json:
        found = None
        with session.client.chat.stream(**params) as stream:
            for event in stream:
                model_json(event.data)
                if getattr(event.data, "usage", None) is not None:
                    found = event.data.usage
    else:
        _, found, stopped = stream_answer(session, params)
        if stopped:
            return exit_codes.INTERRUPTED
    if usage and found is not None:
        click.echo(usage_line(found), err=True)
    return exit_codes.OK


__all__ = ["chat", "stream_answer", "usage_line"]
