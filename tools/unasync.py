"""Generate the sync resources (src/mistralkit/resources/_sync) from the async ones (_async).

Usage: python tools/unasync.py [--check]

The async modules are the source of truth. The transformation is token-based: ``async``/``await``
disappear, names starting with ``Async`` lose that prefix, and a few async-only names map to their
sync twins. ``--check`` exits 1 when the committed sync modules are stale.

Each sync resource class also gets ``<name>_async`` coroutine twins of its async methods (the official
SDK's single-client style, ``client.chat.complete_async(...)``): same signature as the async method, and
a body that runs the async implementation on the sync client's async twin (``mistralkit._twin``). The
logic still exists once; the twins are two lines each.
"""

from __future__ import annotations

import ast
import io
import re
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
    out = {}
    for path in sorted(SOURCE.glob("*.py")):
        source = path.read_text()
        out[TARGET / path.name] = add_twins(source, transform(source), path.stem)
    return out


# --- coroutine twins on the sync classes -----------------------------------------------------------


def _renamed(name: str) -> bool:
    return name in RENAMES or (name.startswith("Async") and len(name) > 5 and name[5].isupper()) or name == "_async"


def _has_yield(func: ast.AsyncFunctionDef) -> bool:
    nested = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)

    def visit(node: ast.AST) -> bool:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.Yield, ast.YieldFrom)):
                return True
            if not isinstance(child, nested) and visit(child):
                return True
        return False

    return visit(func)


def _call_args(func: ast.AsyncFunctionDef) -> str:
    args = func.args
    parts = [a.arg for a in args.posonlyargs]
    parts += [f"{a.arg}={a.arg}" for a in args.args[1:] if a.arg != "self"]
    if args.posonlyargs and args.posonlyargs[0].arg == "self":
        parts = parts[1:]
    if args.vararg:
        parts.append(f"*{args.vararg.arg}")
    parts += [f"{a.arg}={a.arg}" for a in args.kwonlyargs]
    if args.kwarg:
        parts.append(f"**{args.kwarg.arg}")
    return ", ".join(parts)


def _twin_method(func: ast.AsyncFunctionDef, lines: list[str], cls: str, module: str) -> str:
    # The signature is the async method's own text, so defaults and annotations stay identical.
    start = func.lineno - 1
    end = func.body[0].lineno - 1
    header = "".join(lines[start:end]).rstrip() + "\n"
    header = header.replace(f"def {func.name}(", f"def {func.name}_async(", 1)
    indent = " " * (func.col_offset + 4)
    args = _call_args(func)
    call = f"twin(self, {cls}).{func.name}({args})"
    if len(indent) + len(call) + 13 > 110:
        inner = "".join(f"{indent}    {part},\n" for part in args.split(", "))
        call = f"twin(self, {cls}).{func.name}(\n{inner}{indent})"
    if _has_yield(func):
        # An async generator: the twin hands back the async iterator itself.
        header = header.replace("async def ", "def ", 1)
        result = f"{indent}return {call}\n"
    else:
        result = f"{indent}return await {call}\n"
    doc = f'{indent}"""The awaitable twin of ``{func.name}``: same arguments and result, for ``await`` in async code."""\n'
    return f"\n{header}{doc}{indent}from .._async.{module} import {cls}\n\n{result}"


def _provided_async_names(module: str, cls: str) -> set[str]:
    # A class (or a mixin of it) may define its own ``*_async`` methods; those are not generated.
    import importlib

    sys.path.insert(0, str(ROOT / "src"))
    try:
        found = getattr(importlib.import_module(f"mistralkit.resources._async.{module}"), cls, None)
    except ImportError:
        return set()
    finally:
        sys.path.pop(0)
    return {name for name in dir(found) if name.endswith("_async")} if found is not None else set()


def add_twins(source: str, generated: str, module: str) -> str:
    """Append ``<name>_async`` twins to each sync class that has async methods."""
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    out = generated.splitlines(keepends=True)
    offset = len(HEADER.splitlines())
    inserts: list[tuple[int, str]] = []
    used: set[str] = set()
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        provided = _provided_async_names(module, node.name)
        methods = [
            item
            for item in node.body
            if isinstance(item, ast.AsyncFunctionDef)
            and not item.name.startswith("_")
            and not item.name.endswith("_async")
            and f"{item.name}_async" not in provided
        ]
        if not methods:
            continue
        text = ""
        for func in methods:
            text += _twin_method(func, lines, node.name, module)
            signature = "".join(lines[func.lineno - 1 : func.body[0].lineno - 1])
            for tok in tokenize.generate_tokens(io.StringIO(signature.strip() + "\n    pass\n").readline):
                if tok.type == tokenize.NAME and _renamed(tok.string):
                    used.add(tok.string)
                elif tok.type == tokenize.STRING:
                    # A quoted annotation ("AsyncParsedStream") names types too.
                    used.update(n for n in re.findall(r"[A-Za-z_]\w*", tok.string) if _renamed(n))
        assert node.end_lineno is not None
        inserts.append((node.end_lineno + offset, text))
    if not inserts:
        return generated
    for line, text in sorted(inserts, reverse=True):
        out.insert(line, text)
    return "".join(out) + _twin_imports(tree, used, module)


def _twin_imports(tree: ast.Module, used: set[str], module: str) -> str:
    # The twins' annotations name async types (AsyncStream, AsyncPage, ...), which the sync module does
    # not import; they are needed by type checkers only.
    sources: dict[str, tuple[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = "." * node.level + (node.module or "")
            if node.level == 1:
                base = ".._async." + (node.module or "")
            for alias in node.names:
                sources[alias.asname or alias.name] = (base.rstrip("."), alias.name)
        elif isinstance(node, ast.ClassDef):
            sources.setdefault(node.name, (f".._async.{module}", node.name))
    lines = []
    for name in sorted(used):
        if name in sources:
            base, original = sources[name]
            lines.append(f"    from {base} import {original}" + (f" as {name}" if original != name else ""))
    text = "\n\n# Coroutine twins run on the sync client's async twin (see mistralkit._twin).\n"
    text += "from ..._twin import twin  # noqa: E402\n"
    if lines:
        if not any(isinstance(n, ast.ImportFrom) and any(a.name == "TYPE_CHECKING" for a in n.names) for n in tree.body):
            text += "from typing import TYPE_CHECKING  # noqa: E402\n"
        text += "\nif TYPE_CHECKING:\n" + "\n".join(lines) + "\n"
    return text


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
