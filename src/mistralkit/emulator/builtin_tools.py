"""The built-in tools of conversations: when they run and what they return.

Conversations (see :mod:`.conversations`) run these tools on the server and
record each run as a ``tool.execution`` entry whose ``info`` is the tool's
output.  The emulator has no network and no models behind it, so:

* ``web_search`` / ``web_search_premium`` make up a few search results from
  the key words of the question, on reserved ``.example`` domains;
* ``image_generation`` stores a placeholder PNG (a colour gradient chosen from
  the prompt) as a file, downloadable with ``GET /v1/files/{id}/content``;
* ``code_interpreter`` evaluates plain arithmetic found in the message (safely,
  without running any code) and runs nothing else;

and the ``info`` of each of these says so: ``"offline_emulation": true`` plus a
``notice`` sentence.  ``document_library`` is real: it searches the documents
of the libraries given to the tool (:func:`.libraries.search_libraries`), and
the answer quotes and cites the best passages.

When a tool runs (see :func:`triggered`): with ``tool_choice`` ``"none"``
never; ``document_library`` whenever the question has key words; the others
when the question uses one of their trigger words (``search``, ``latest``,
``news``... ; ``image``, ``draw``, ``picture``... ; ``calculate``, ``python``,
``code``... or an arithmetic expression).

Each run also yields the pieces of the answer: sentences, each optionally
followed by a ``tool_reference`` or ``tool_file`` content chunk.
"""

from __future__ import annotations

import ast
import hashlib
import json
import operator
import os
import random
import re
import struct
import time
import uuid
import zlib
from dataclasses import dataclass, field
from typing import Any

from .text_gen import keywords

OFFLINE_SEARCH = (
    "Offline emulation by the mistralkit emulator: no web search was performed. "
    "These results are made up from the words of the query and their URLs are not real."
)
OFFLINE_IMAGE = (
    "Offline emulation by the mistralkit emulator: no image model was run. "
    "The file is a placeholder image (a colour gradient chosen from the prompt)."
)
OFFLINE_CODE = (
    "Offline emulation by the mistralkit emulator: no code was executed. "
    "Plain arithmetic found in the request is evaluated by the emulator; anything else is not run."
)

_WORD_RE = re.compile(r"[a-z]+")
TRIGGERS: dict[str, frozenset[str]] = {
    "web_search": frozenset(
        "search searching web internet online news latest current currently today recent recently google "
        "browse website websites headline headlines yesterday lookup".split()
    ),
    "image_generation": frozenset(
        "image images picture pictures draw drawing illustration illustrate photo photograph sketch paint "
        "painting logo poster render artwork wallpaper".split()
    ),
    "code_interpreter": frozenset(
        "code python run execute calculate calculation compute plot chart script program math evaluate "
        "factorial sqrt interpreter".split()
    ),
}
TRIGGERS["web_search_premium"] = TRIGGERS["web_search"]

TITLE_ENDINGS = ("an overview", "what to know", "key facts", "a short guide", "recent developments", "questions")
# Words that ask for a search rather than say what to search for.
SEARCH_COMMANDS = frozenset("search searching web internet online google browse lookup find look".split())
SEARCH_SITES = ("encyclopedia", "guide", "journal", "forum", "magazine", "reference")
PREMIUM_SITES = ("wire-news", "daily-news", "press-agency", "financial-times")


@dataclass
class ToolRun:
    """One run of a built-in tool."""

    name: str
    arguments: str
    info: dict[str, Any]
    # The answer's pieces: (sentence, chunk or None).
    pieces: list[tuple[str, dict[str, Any] | None]] = field(default_factory=list)


def _words(text: str) -> set[str]:
    return set(_WORD_RE.findall(text.lower()))


def triggered(tool: dict[str, Any], question: str) -> bool:
    """Whether ``tool`` runs for this question under ``tool_choice: "auto"``."""
    kind = tool.get("type")
    if kind == "document_library":
        return bool(keywords(question))
    if kind == "code_interpreter" and find_expression(question) is not None:
        return True
    return bool(TRIGGERS.get(kind or "", frozenset()) & _words(question))


def requires_confirmation(tool: dict[str, Any]) -> bool:
    """``tool_configuration.requires_confirmation`` lists this tool's name."""
    config = tool.get("tool_configuration") or {}
    names = config.get("requires_confirmation") or []
    return tool.get("type") in names


def arguments_for(tool: dict[str, Any], question: str) -> dict[str, Any]:
    kind = tool.get("type")
    if kind in ("web_search", "web_search_premium"):
        topics = [w for w in keywords(question, limit=8) if w.lower() not in SEARCH_COMMANDS]
        return {"query": " ".join(topics) or question.strip()[:200]}
    if kind == "image_generation":
        return {"prompt": question.strip()[:1000]}
    if kind == "code_interpreter":
        return {"code": _code_for(question)[0]}
    if kind == "document_library":
        return {"query": question.strip()[:1000], "library_ids": list(tool.get("library_ids") or [])}
    return {}


def run(state: Any, tool: dict[str, Any], question: str, rng: random.Random) -> ToolRun:
    """Run ``tool`` for ``question``."""
    kind = tool.get("type") or ""
    args = arguments_for(tool, question)
    arguments = json.dumps(args, ensure_ascii=False)
    if kind in ("web_search", "web_search_premium"):
        return _web_search(kind, args["query"], arguments, rng)
    if kind == "image_generation":
        return _image(state, args["prompt"], arguments)
    if kind == "code_interpreter":
        return _code(question, arguments)
    if kind == "document_library":
        return _documents(state, args["library_ids"], args["query"], arguments)
    return ToolRun(kind, arguments, {"error": f"unknown tool {kind}"}, [(f"The {kind} tool is not available.", None)])


# --------------------------------------------------------------------------
# web search


def _slug(words: list[str]) -> str:
    return "-".join(re.sub(r"[^a-z0-9]+", "-", w.lower()).strip("-") for w in words if w) or "results"


def _web_search(kind: str, query: str, arguments: str, rng: random.Random) -> ToolRun:
    words = sorted(query.split(), key=len, reverse=True) or ["topic"]  # the main subject first
    sites = PREMIUM_SITES if kind == "web_search_premium" else SEARCH_SITES
    picked = rng.sample(sites, k=3)
    results = []
    pieces: list[tuple[str, dict[str, Any] | None]] = []
    for i, site in enumerate(picked):
        focus = words[i % len(words)]
        title = f"{focus[:1].upper()}{focus[1:]}: " + rng.choice(TITLE_ENDINGS)
        url = f"https://{site}.example/{_slug(query.split()[:4])}" + (f"-{i + 1}" if i else "")
        others = [w for w in words if w != focus] or ["related topics"]
        snippet = rng.choice(
            (
                f"This page covers {focus} and its links with {rng.choice(others)}.",
                f"A summary of what is known about {focus}, with background on {rng.choice(others)}.",
                f"Facts, figures and context about {focus}.",
                f"An explainer on {focus} for readers new to the subject.",
            )
        )
        results.append({"title": title, "url": url, "snippet": snippet, "source": f"{site}.example"})
        reference = {"type": "tool_reference", "tool": kind, "title": title, "url": url, "favicon": None}
        reference["description"] = snippet
        pieces.append((snippet, reference))
    info = {"offline_emulation": True, "notice": OFFLINE_SEARCH, "query": query, "results": results}
    intro = f"Offline search results (emulated, not from the web) about {query}:"
    return ToolRun(kind, arguments, info, [(intro, None), *pieces])


# --------------------------------------------------------------------------
# image generation


def placeholder_png(prompt: str, size: int = 256) -> bytes:
    """A ``size`` x ``size`` RGB PNG: a diagonal gradient between two colours chosen from ``prompt``."""
    digest = hashlib.blake2b(prompt.encode("utf-8"), digest_size=6).digest()
    c1, c2 = digest[:3], digest[3:]
    rows = []
    span = max(1, 2 * (size - 1))
    for y in range(size):
        row = bytearray(b"\x00")
        for x in range(size):
            t = (x + y) / span
            row += bytes(int(a + (b - a) * t) for a, b in zip(c1, c2))
        rows.append(bytes(row))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


def store_file(state: Any, data: bytes, filename: str, mimetype: str) -> str:
    """Save ``data`` as a file of the Files API (source ``mistral``); returns its id."""
    temp = state.store.new_temp_path()
    with open(temp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    record = {
        "id": str(uuid.uuid4()),
        "bytes": len(data),
        "created_at": int(time.time()),
        "filename": filename,
        "purpose": "ocr",
        "sample_type": "instruct",
        "source": "mistral",
        "num_lines": None,
        "mimetype": mimetype,
        "signature": hashlib.sha256(data).hexdigest()[:16],
    }
    state.store.add_file(temp, record)
    return record["id"]


def _image(state: Any, prompt: str, arguments: str) -> ToolRun:
    data = placeholder_png(prompt)
    file_id = store_file(state, data, "image_generated_0.png", "image/png")
    info = {
        "offline_emulation": True,
        "notice": OFFLINE_IMAGE,
        "prompt": prompt,
        "file_id": file_id,
        "width": 256,
        "height": 256,
    }
    chunk = {
        "type": "tool_file",
        "tool": "image_generation",
        "file_id": file_id,
        "file_name": "image_generated_0.png",
        "file_type": "png",
    }
    return ToolRun(
        "image_generation",
        arguments,
        info,
        [("Here is a placeholder image for your request (offline emulation: no image model was run).", chunk)],
    )


# --------------------------------------------------------------------------
# code interpreter

_EXPR_RE = re.compile(r"[\d.()+\-*/%^×÷ \t]{3,}")
_HAS_OP_RE = re.compile(r"\d\s*(?:\*\*|[-+*/%^×÷])\s*[\d(.]")
_CODE_BLOCK_RE = re.compile(r"```[a-zA-Z0-9_+-]*\n(.*?)```", re.S)
_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
}


def _evaluate(node: ast.AST) -> float | int:
    if isinstance(node, ast.Expression):
        return _evaluate(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.UAdd, ast.USub)):
        value = _evaluate(node.operand)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        left, right = _evaluate(node.left), _evaluate(node.right)
        if isinstance(node.op, ast.Pow) and (abs(right) > 64 or abs(left) > 1e6):
            raise ValueError("exponent too large")
        return _OPS[type(node.op)](left, right)
    raise ValueError("not arithmetic")


def find_expression(text: str) -> str | None:
    """The first arithmetic expression of ``text`` that evaluates, normalized to Python syntax."""
    for match in _EXPR_RE.finditer(text):
        candidate = match.group(0).strip().strip(".")
        if not _HAS_OP_RE.search(candidate):
            continue
        expr = candidate.replace("×", "*").replace("÷", "/").replace("^", "**")
        try:
            _evaluate(ast.parse(expr, mode="eval"))
        except ZeroDivisionError:
            return expr
        except (SyntaxError, ValueError, TypeError, OverflowError, RecursionError):
            continue
        return expr
    return None


def _format_number(value: float | int) -> str:
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(value, ".10g")
    return str(value)


def _code_for(question: str) -> tuple[str, str | None, bool]:
    """``(code, output, evaluated)`` for a request."""
    expr = find_expression(question)
    if expr is not None:
        code = f"result = {expr}\nprint(result)"
        try:
            output = _format_number(_evaluate(ast.parse(expr, mode="eval")))
        except ZeroDivisionError:
            output = "ZeroDivisionError: division by zero"
        return code, output, True
    block = _CODE_BLOCK_RE.search(question)
    if block:
        return block.group(1).rstrip(), None, False
    topic = " ".join(keywords(question, limit=4)) or "the request"
    return f"# {topic}\n# (offline emulation: this code was not run)", None, False


def _code(question: str, arguments: str) -> ToolRun:
    code, output, evaluated = _code_for(question)
    info = {
        "offline_emulation": True,
        "notice": OFFLINE_CODE,
        "code": code,
        "output": output if output is not None else "",
        "executed": evaluated,
    }
    if evaluated:
        expr = code.split("\n", 1)[0].removeprefix("result = ")
        sentence = f"The code interpreter (offline emulation) evaluated {expr} and got {output}."
    else:
        sentence = (
            "The code was not run: the emulator's code interpreter is an offline emulation "
            "that only evaluates plain arithmetic."
        )
    return ToolRun("code_interpreter", arguments, info, [(sentence, None)])


# --------------------------------------------------------------------------
# document library

_SENTENCE_RE = re.compile(r"[^.!?\n]+[.!?]?")


def best_sentence(text: str, query: str, limit: int = 280) -> str:
    """The sentence of ``text`` sharing the most words with ``query`` (first on ties)."""
    wanted = {w.lower() for w in keywords(query, limit=12)}
    best, best_score = "", -1
    for match in _SENTENCE_RE.finditer(text):
        sentence = " ".join(match.group(0).split())
        if len(sentence) < 3:
            continue
        score = len(wanted & _words(sentence))
        if score > best_score:
            best, best_score = sentence, score
    best = best or " ".join(text.split())
    if len(best) > limit:
        best = best[: limit - 3].rstrip() + "..."
    return best


def _documents(state: Any, library_ids: list[str], query: str, arguments: str) -> ToolRun:
    try:
        from .libraries import search_libraries
    except ImportError:  # pragma: no cover - libraries are part of the emulator
        search_libraries = None
    hits = search_libraries(state, library_ids, query, limit=5) if search_libraries else []
    results = [
        {
            "library_id": h["library_id"],
            "document_id": h["document_id"],
            "document_name": h["document_name"],
            "score": h["score"],
            "text": h["text"][:1000],
        }
        for h in hits
    ]
    info = {"library_ids": library_ids, "query": query, "results": results}
    pieces: list[tuple[str, dict[str, Any] | None]] = []
    # Cite the passages that share a key word with the query, one per document, best first.
    wanted = {w.lower() for w in keywords(query, limit=12)}
    relevant, cited = [], set()
    for hit in hits:
        if hit["score"] > 0 and wanted & _words(hit["text"]) and hit["document_id"] not in cited:
            relevant.append(hit)
            cited.add(hit["document_id"])
    for hit in relevant[:3]:
        quote = best_sentence(hit["text"], query)
        reference = {
            "type": "tool_reference",
            "tool": "document_library",
            "title": hit["document_name"],
            "url": None,
            "favicon": None,
            "description": quote,
        }
        pieces.append((f'According to "{hit["document_name"]}": {quote}', reference))
    if not pieces:
        topic = " ".join(keywords(query, limit=4)) or "this"
        pieces.append((f"I searched the library but found no passage about {topic}.", None))
    return ToolRun("document_library", arguments, info, pieces)
