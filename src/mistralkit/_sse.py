"""An incremental Server-Sent Events decoder: text as it arrives in, ``(event, data)`` pairs out.

It follows the event-stream rules a client needs: lines end with LF, CRLF or CR (also when a CRLF is
split between two pieces of text); a blank line dispatches the event; ``data`` lines are joined with
LF; ``event`` names it (``"message"`` by default); comments (``:``) and other fields (``id``,
``retry``) are skipped; one space after the colon is dropped. An event, together with a line not yet
ended, may hold at most ``max_event_size`` characters, so a server cannot fill memory with one event.

It exists because every streamed chunk passes through it: it returns plain tuples, a list per piece
of text, where a general-purpose parser builds an object per event and a generator per line.
"""

from __future__ import annotations

from typing import Optional

__all__ = ["SSEDecoder", "EventTooLarge", "DEFAULT_MAX_EVENT_SIZE"]

DEFAULT_MAX_EVENT_SIZE = 1024 * 1024


class EventTooLarge(Exception):
    """One event (or one line of it) exceeded the decoder's ``max_event_size``."""


class SSEDecoder:
    __slots__ = ("_rest", "_cr", "_event", "_data", "_size", "_max")

    def __init__(self, max_event_size: Optional[int] = DEFAULT_MAX_EVENT_SIZE) -> None:
        self._rest = ""  # the start of a line whose end has not arrived
        self._cr = False  # the last piece ended with CR: a LF opening the next one belongs to it
        self._event = ""
        self._data: list[str] = []
        self._size = 0
        self._max = max_event_size

    def feed(self, text: str) -> list[tuple[str, str]]:
        """The events that ``text`` completes, in order."""
        if self._cr:
            self._cr = False
            if text.startswith("\n"):
                text = text[1:]
        if "\r" in text:
            if text.endswith("\r"):
                self._cr = True
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if self._rest:
            text = self._rest + text
        lines = text.split("\n")
        self._rest = rest = lines.pop()
        if rest and self._max is not None and self._size + len(rest) > self._max:
            raise EventTooLarge(f"a server-sent event exceeded {self._max} characters")
        return self._lines(lines) if lines else []

    def flush(self) -> list[tuple[str, str]]:
        """At the end of the stream: the last event, when the stream did not end it with a blank line."""
        lines = [self._rest, ""] if self._rest else [""]
        self._rest = ""
        self._cr = False
        return self._lines(lines)

    def _lines(self, lines: list[str]) -> list[tuple[str, str]]:
        events: list[tuple[str, str]] = []
        data = self._data
        for line in lines:
            if not line:
                if data or self._event:
                    events.append((self._event or "message", "\n".join(data)))
                    self._data = data = []
                    self._event = ""
                self._size = 0
                continue
            if line[0] == ":":
                continue
            self._size += len(line)
            if self._max is not None and self._size > self._max:
                raise EventTooLarge(f"a server-sent event exceeded {self._max} characters")
            if line.startswith("data:"):
                value = line[5:]
                data.append(value[1:] if value[:1] == " " else value)
            elif line == "data":
                data.append("")
            else:
                name, _, value = line.partition(":")
                if name == "event":
                    self._event = value[1:] if value[:1] == " " else value
        return events
