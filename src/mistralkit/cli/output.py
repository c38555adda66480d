"""Printing results: the API's JSON for scripts, tables and text for people."""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Callable, Iterable, Optional, Sequence

from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from .session import Session

_stdout: Optional[Console] = None
_stderr: Optional[Console] = None


def out() -> Console:
    """The console on standard output (created per process, so tests capturing stdout see it)."""
    global _stdout
    if _stdout is None or _stdout.file is not sys.stdout:
        tty = sys.stdout.isatty()
        # Piped: never cut a table to 80 columns; the reader is a program or a file.
        _stdout = Console(file=sys.stdout, highlight=False, width=None if tty else 1000)
    return _stdout


def err() -> Console:
    """The console on standard error: progress bars, notes and errors."""
    global _stderr
    if _stderr is None or _stderr.file is not sys.stderr:
        _stderr = Console(file=sys.stderr, highlight=False)
    return _stderr


def write(text: str) -> None:
    """Plain text on stdout, exactly as given (no markup, no wrapping)."""
    sys.stdout.write(text)
    sys.stdout.flush()


def json_line(value: Any) -> None:
    write(json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n")


def raw_json(raw: Any) -> None:
    """The response body as the API sent it, on one line."""
    text = raw.text.strip()
    if text:
        write(text + "\n")


def json_items(body: Any, key: str = "data") -> list[Any]:
    """The items of a list body: the body itself when it is a bare list, else its ``key``."""
    if isinstance(body, list):
        return body
    return list(body.get(key) or []) if isinstance(body, dict) else []


def raw_items(raw: Any, key: str = "data") -> None:
    """A list response as JSON lines: one item per line, as the API sent it."""
    for item in json_items(raw.json(), key):
        json_line(item)


#: The page size ``--all`` asks for.
ALL_PAGE_SIZE = 100


def show_list(
    session: "Session",
    fetch: Callable[[Optional[int], Optional[int]], Any],
    human: Callable[[Any], None],
    *,
    page: Optional[int] = None,
    page_size: Optional[int] = None,
    every: bool = False,
) -> None:
    """A paged list: ``fetch(page, page_size)`` returns a raw response. One page, or with ``every``
    each page from ``page`` on until one comes back short; JSON lines with ``--json``, else ``human``
    given the items."""
    if every:
        page_size = page_size or ALL_PAGE_SIZE
        page = page or 0
    raws = [fetch(page, page_size)]
    while every and page_size and len(json_items(raws[-1].json())) >= page_size:
        page = (page or 0) + 1
        raws.append(fetch(page, page_size))
    if session.json:
        for raw in raws:
            raw_items(raw)
        return
    human([item for raw in raws for item in items_of(raw.parse())])


def model_json(model: Any) -> None:
    """A model parsed from the API, dumped back with only the fields the API sent."""
    if hasattr(model, "model_dump_json"):
        write(model.model_dump_json(exclude_unset=True, by_alias=True) + "\n")
    else:
        json_line(model)


def show(session: "Session", raw: Any, human: Callable[[Any], None], *, items: Optional[str] = None) -> Any:
    """Print a response: raw JSON (``items``: JSON lines of that list key) with ``--json``, else ``human``."""
    parsed = raw.parse()
    if session.json:
        if items is None:
            raw_json(raw)
        else:
            raw_items(raw, items)
    else:
        human(parsed)
    return parsed


def table(columns: Sequence[str], rows: Iterable[Sequence[Any]], *, title: Optional[str] = None) -> None:
    grid = Table(*columns, title=title, box=None, header_style="bold", pad_edge=False)
    count = 0
    for row in rows:
        grid.add_row(*(cell(value) for value in row))
        count += 1
    if count == 0:
        err().print("(none)")
        return
    out().print(grid)


def fields(pairs: Iterable[tuple[str, Any]]) -> None:
    """One ``name: value`` per line, for a single object."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    for name, value in pairs:
        if value is None or value == [] or value == {}:
            continue
        grid.add_row(name, cell(value))
    out().print(grid)


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, (list, tuple)):
        return ", ".join(cell(v) for v in value)
    if hasattr(value, "value") and not isinstance(value, (int, float, str)):
        return str(value.value)
    return str(value)


def when(timestamp: Any) -> str:
    """A Unix timestamp (or datetime) as UTC ``YYYY-MM-DD HH:MM``."""
    if timestamp is None:
        return ""
    if isinstance(timestamp, datetime):
        return cell(timestamp)
    try:
        return datetime.fromtimestamp(int(timestamp), tz=timezone.utc).strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError, OverflowError, OSError):
        return str(timestamp)


def size(count: Any) -> str:
    """A byte count for people: 1.2 MB."""
    if count is None:
        return ""
    value = float(count)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return str(count)


def note(message: str) -> None:
    """A short message for people, on stderr (never mixed into the output)."""
    err().print(message, markup=False, highlight=False)


def items_of(result: Any) -> list[Any]:
    """The items of a list response: a bare JSON list, or the ``data`` of a list object."""
    if isinstance(result, list):
        return result
    page_items = getattr(result, "items", None)
    if isinstance(page_items, list):  # a Page: this page's items, fetching no other page
        return page_items
    return list(getattr(result, "data", None) or [])
