"""Generate the sync resources (src/mistralkit/resources/_sync) from the async ones (_async).

Usage: python tools/unasync.py [--check]

The async modules are the source of truth. The transformation is token-based: ``async``/``await``
disappear, names starting with ``Async`` lose that prefix, and a few async-only names map to their
sync twins. ``--check`` exits 1 when the committed sync modules are stale.
"""

from __future__ import annotations

import io
import sys
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "mistralkit" / "resources" / "_async"
TARGET = ROOT / "src" / "mistralkit" / "resources" / "_sync"
HEADER = "# Generated from resources/_async by tools/unasync.py. Do not edit.\n"

RENAMES = {
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "aclose": "close",
    "aread": "read",
    "aiter_bytes": "iter_bytes",
    "aiter_raw": "iter_raw",
    "AsyncIterator": "Iterator",
    "AsyncIterable": "Iterable",
    "AsyncGenerator": "Generator",
    "StopAsyncIteration": "StopIteration",
    "AsyncMistral": "Mistral",
    "asyncio_sleep": "time_sleep",
}


def transform(source: str) -> str:
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    lines = source.splitlines(keepends=True)
    # Edits per line, applied right to left so earlier columns stay valid.
    edits: dict[int, list[tuple[int, int, str]]] = {}
    for i, tok in enumerate(tokens):
        if tok.type == tokenize.STRING and tok.start[0] == tok.end[0]:
            renamed = _rename_in_string(tok.string)
            if renamed != tok.string:
                edits.setdefault(tok.start[0], []).append((tok.start[1], tok.end[1], renamed))
            continue
        if tok.type != tokenize.NAME:
            continue
        (row, col), (_, end) = tok.start, tok.end
        new = None
        if tok.string in ("async", "await"):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            # Drop the keyword and the space after it.
            if nxt is not None and nxt.start[0] == row:
                end = nxt.start[1]
            new = ""
        elif tok.string in RENAMES:
            new = RENAMES[tok.string]
        elif tok.string.startswith("Async") and len(tok.string) > 5 and tok.string[5].isupper():
            new = tok.string[5:]
        elif tok.string == "_async":
            new = "_sync"
        if new is not None:
            edits.setdefault(row, []).append((col, end, new))
    for row, changes in edits.items():
        line = lines[row - 1]
        for col, end, new in sorted(changes, reverse=True):
            line = line[:col] + new + line[end:]
        lines[row - 1] = line
    return HEADER + "".join(lines)


def _rename_in_string(text: str) -> str:
    # Only whole quoted names such as "AsyncChat" in __all__; prose in docstrings is left alone.
    quote = text[0]
    inner = text[1:-1]
    if text[-1] == quote and inner.startswith("Async") and inner[5:6].isupper() and inner.isidentifier():
        return quote + inner[5:] + quote
    return text


def expected() -> dict[Path, str]:
    return {TARGET / path.name: transform(path.read_text()) for path in sorted(SOURCE.glob("*.py"))}


def main(argv: list[str]) -> int:
    want = expected()
    stale = [p for p, text in want.items() if not p.exists() or p.read_text() != text]
    extra = [p for p in TARGET.glob("*.py") if p not in want]
    if "--check" in argv:
        for p in stale + extra:
            print(f"stale: {p.relative_to(ROOT)}")
        return 1 if stale or extra or _response_types(argv) else 0
    TARGET.mkdir(parents=True, exist_ok=True)
    for p in stale:
        p.write_text(want[p])
    for p in extra:
        p.unlink()
    print(f"{len(want)} sync modules up to date ({len(stale)} written, {len(extra)} removed)")
    return _response_types(argv)


def _response_types(argv: list[str]) -> int:
    # The static types of with_raw_response / with_streaming_response follow the resource modules.
    import runpy

    module = runpy.run_path(str(Path(__file__).with_name("response_types.py")))
    return int(module["main"](argv))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
