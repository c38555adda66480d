"""Streaming an answer to the terminal: Markdown on a terminal, plain text when piped."""

from __future__ import annotations

import sys
from typing import Any, Iterable, Iterator, List, Optional, Tuple

from rich.console import Console, ConsoleOptions, RenderResult
from rich.live import Live
from rich.markdown import Markdown
from rich.segment import Segment

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


def split_blocks(text: str) -> Tuple[str, str]:
    """(the complete Markdown blocks at the start of ``text``, the rest): blocks end at a blank line
    outside a code fence."""
    cut = 0
    position = 0
    fenced = False
    lines = text.split("\n")
    for line in lines[:-1]:  # the last line may still grow
        position += len(line) + 1
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and not line.strip():
            cut = position
    return text[:cut], text[cut:]


class _Lines:
    """Lines already rendered, printed as they are."""

    def __init__(self, lines: List[List[Segment]]) -> None:
        self.lines = lines

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in self.lines:
            yield from line
            yield Segment.line()


class _Tail:
    """The block being written, rendered at each refresh and cut to the screen's height (its end shows)."""

    def __init__(self) -> None:
        self.text = ""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if not self.text.strip():
            return
        lines = console.render_lines(Markdown(self.text), options, pad=False)
        height = max(1, console.size.height - 1)
        for line in lines[-height:]:
            yield from line
            yield Segment.line()


def _markdown_stream(pieces: Iterable[str]) -> Tuple[str, bool]:
    """Markdown as it streams: finished blocks are printed once, the block being written is redrawn
    in place. Redrawing only that block keeps long answers cheap and free of repeated lines."""
    console = out()
    text = ""
    printed = 0
    blocks = 0
    stopped = False
    tail = _Tail()

    def emit(block: str) -> None:
        # Blocks rendered apart get one blank line between them, whatever margins rich gives each.
        nonlocal blocks
        lines = console.render_lines(Markdown(block), console.options, pad=False)
        while lines and not "".join(segment.text for segment in lines[0]).strip():
            lines.pop(0)
        while lines and not "".join(segment.text for segment in lines[-1]).strip():
            lines.pop()
        if not lines:
            return
        if blocks:
            console.print()
        console.print(_Lines(lines))
        blocks += 1

    with Live(tail, console=console, refresh_per_second=10, transient=True, vertical_overflow="visible") as live:
        try:
            for piece in pieces:
                text += piece
                done, rest = split_blocks(text[printed:])
                if done:
                    tail.text = ""
                    live.refresh()
                    emit(done)
                    printed += len(done)
                tail.text = rest
        except KeyboardInterrupt:
            stopped = True
        tail.text = ""
        live.refresh()
    emit(text[printed:])
    return text, stopped


def show_stream(pieces: Iterable[str], *, markdown: Optional[bool] = None) -> Tuple[str, bool]:
    """Print text pieces as they arrive; returns (the whole text, whether Ctrl-C stopped it).

    ``markdown``: render as Markdown (default: when stdout is a terminal).
    """
    if markdown is None:
        markdown = sys.stdout.isatty()
    if markdown:
        return _markdown_stream(pieces)
    text = ""
    stopped = False
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
