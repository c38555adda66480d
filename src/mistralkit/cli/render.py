"""Streaming an answer to the terminal: Markdown on a terminal, plain text when piped."""

from __future__ import annotations

import sys
from typing import Any, Iterable, Iterator, Optional, Tuple

from rich.live import Live
from rich.markdown import Markdown

from .output import out, write


def text_of(content: Any) -> str:
    """The text of a message or delta ``content``: a string, or a list of chunks."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    parts = []
    for chunk in content if isinstance(content, list) else [content]:
        text = getattr(chunk, "text", None)
        if text is None and isinstance(chunk, dict):
            text = chunk.get("text")
        if isinstance(text, str):
            parts.append(text)
    return "".join(parts)


def chat_deltas(stream: Iterable[Any], usage_box: list[Any]) -> Iterator[str]:
    """The text pieces of a chat/FIM stream; the last usage seen is put in ``usage_box``."""
    for event in stream:
        chunk = event.data
        if chunk.choices:
            piece = text_of(chunk.choices[0].delta.content)
            if piece:
                yield piece
        if getattr(chunk, "usage", None) is not None:
            usage_box[:] = [chunk.usage]


def show_stream(pieces: Iterable[str], *, markdown: Optional[bool] = None) -> Tuple[str, bool]:
    """Print text pieces as they arrive; returns (the whole text, whether Ctrl-C stopped it).

    ``markdown``: render as Markdown (default: when stdout is a terminal).
    """
    if markdown is None:
        markdown = sys.stdout.isatty()
    text = ""
    stopped = False
    if markdown:
        console = out()
        with Live(Markdown(""), console=console, refresh_per_second=12, vertical_overflow="visible") as live:
            try:
                for piece in pieces:
                    text += piece
                    live.update(Markdown(text))
            except KeyboardInterrupt:
                stopped = True
            live.update(Markdown(text))
    else:
        try:
            for piece in pieces:
                text += piece
                write(piece)
        except KeyboardInterrupt:
            stopped = True
        if not text.endswith("\n"):
            write("\n")
    return text, stopped


def show_text(text: str, *, markdown: Optional[bool] = None) -> None:
    if markdown is None:
        markdown = sys.stdout.isatty()
    if markdown:
        out().print(Markdown(text))
    else:
        write(text if text.endswith("\n") else text + "\n")
