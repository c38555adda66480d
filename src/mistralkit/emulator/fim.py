"""``POST /v1/fim/completions``: fill in the middle (Codestral models only).

The middle is deterministic, code-shaped text built from the identifiers of
``prompt`` (parameters of the last function header first), indented to fit
the cursor position: one level deeper after a line ending in ``:`` or ``{``.
It ends with a newline when a ``suffix`` follows, so ``prompt + middle +
suffix`` reads as one piece of code.  ``min_tokens`` extends the middle,
``max_tokens`` and ``stop`` cut it, as for chat.

``prompt_tokens``: the FIM template counted by Mistral's tokenizer (see :mod:`.tokenizer`).
"""

from __future__ import annotations

import keyword
import re
from typing import Any

from starlette.responses import Response

from . import engine as engine_mod
from .chat import relay_stream
from .completion import Choice, finish, response_body, stream_events
from .errors import bad_request
from .models_catalog import FIM, require
from .responses import json_response
from .routes import Call
from .sse import sse_response
from .text_gen import request_seed, rng_for
from .tokenizer import count_fim_prompt, count_tokens

_IDENT_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PY_HEADER_RE = re.compile(r"def\s+(\w+)\s*\(([^)]*)\)")
_C_HEADER_RE = re.compile(r"function\s+(\w+)\s*\(([^)]*)\)|(\w+)\s*=\s*\(([^)]*)\)\s*=>")
_NOISE = frozenset(keyword.kwlist) | {
    "self",
    "cls",
    "print",
    "len",
    "range",
    "str",
    "int",
    "float",
    "const",
    "let",
    "var",
    "function",
    "return",
}

# (line template, variable it assigns)
PY_LINES = (
    ('if {a} is None:\n{i}    raise ValueError("{a} is required")', None),
    ("result = {a}", "result"),
    ("{v} = {a} + {b}", "{v}"),
    ("for item in {a}:\n{i}    result = item", "result"),
    ("total = sum([{a}, {b}])", "total"),
    ("value = {a} if {a} else {b}", "value"),
    ('logger.debug("{f}: %s", {a})', None),
)
PY_RETURN = "return {x}"
C_LINES = (
    ('if ({a} === undefined) {{\n{i}  throw new Error("{a} is required");\n{i}}}', None),
    ("const result = {a};", "result"),
    ("const {v} = {a} + {b};", "{v}"),
    ("for (const item of [{a}, {b}]) {{\n{i}  console.log(item);\n{i}}}", None),
    ("let value = {a} ?? {b};", "value"),
)
C_RETURN = "return {x};"


def _style(prompt: str) -> str:
    if re.search(r"\bdef\b|\bimport\b|:\s*\n", prompt) and "{" not in prompt:
        return "py"
    if re.search(r"[{};]", prompt):
        return "c"
    return "py"


def _names(prompt: str) -> tuple[str, list[str]]:
    func = "compute"
    params: list[str] = []
    py_headers = list(_PY_HEADER_RE.finditer(prompt))
    c_headers = list(_C_HEADER_RE.finditer(prompt))
    if py_headers:
        header = py_headers[-1]  # the function being written
        func = header.group(1)
        params = [p.split(":")[0].split("=")[0].strip().lstrip("*") for p in header.group(2).split(",")]
    elif c_headers:
        header = c_headers[-1]
        func = header.group(1) or header.group(3) or func
        params = [p.split("=")[0].strip() for p in (header.group(2) or header.group(4) or "").split(",")]
    params = [p for p in params if p and p not in _NOISE]
    others = [w for w in dict.fromkeys(_IDENT_RE.findall(prompt)) if w not in _NOISE and w != func and w not in params]
    return func, params + others[:4]


def _indent(prompt: str, style: str) -> tuple[str, bool]:
    """Indentation for new lines, and whether the cursor sits mid-line."""
    lines = prompt.split("\n")
    tail = lines[-1]
    previous = next((line for line in reversed(lines[:-1] if not tail.strip() else lines) if line.strip()), "")
    base = previous[: len(previous) - len(previous.lstrip(" \t"))]
    if previous.rstrip().endswith((":", "{")):
        base += "    " if style == "py" else "  "
    return base, bool(tail.strip())


def middle(prompt: str, suffix: str, rng: Any, min_tokens: int = 0) -> str:
    style = _style(prompt)
    func, names = _names(prompt)
    names = names or ["data", "options"]
    ind, mid_line = _indent(prompt, style)
    bank, ret = (PY_LINES, PY_RETURN) if style == "py" else (C_LINES, C_RETURN)
    assigned: list[str] = []

    def line() -> str:
        template, var = rng.choice(bank)
        a = names[rng.randrange(len(names))]
        b = names[rng.randrange(len(names))]
        values = {"a": a, "b": b, "v": f"{func}_result", "f": func, "i": ind}
        if var:
            assigned.append(var.format(**values))
        return template.format(**values)

    body = [line() for _ in range(rng.randint(2, 4))]

    def text_of() -> str:
        x = assigned[-1] if assigned else names[0]
        return _join(body + [ret.format(x=x)], ind, prompt, mid_line)

    text = text_of()
    while count_tokens(text) < min_tokens:
        body.append(line())
        text = text_of()
    return text


def _join(body: list[str], ind: str, prompt: str, mid_line: bool) -> str:
    tail = prompt.split("\n")[-1]
    if mid_line:
        first = "\n" + ind
    elif ind.startswith(tail):
        first = ind[len(tail) :]
    else:
        first = ""
    return first + ("\n" + ind).join(body) + "\n"


async def fim_completion(call: Call) -> Response:
    body: dict[str, Any] = call.body
    require(body["model"], FIM, call.state)
    prompt = body["prompt"]
    suffix = body.get("suffix") or ""
    min_tokens = body.get("min_tokens") or 0
    max_tokens = body.get("max_tokens")
    if max_tokens is not None and min_tokens > max_tokens:
        raise bad_request("min_tokens must not be greater than max_tokens", param="min_tokens")
    if call.state.engine is not None:
        if body.get("stream"):
            events = engine_mod.chat_chunks(call.state.engine.fim_stream(body), call.request_id, body["model"])
            return await relay_stream(call, events)
        data = await call.state.engine.fim(body)
        return json_response(engine_mod.fim_response(data, call.request_id, body["model"]))
    seed = request_seed(body)
    text = middle(prompt, suffix, rng_for(seed), min_tokens)
    choice: Choice = finish(text, stop=body.get("stop"), max_tokens=max_tokens)
    prompt_tokens = count_fim_prompt(prompt, suffix, model=body["model"])
    cid = call.request_id
    if body.get("stream"):
        return sse_response(stream_events(cid, body["model"], [choice], prompt_tokens), call.fault)
    return json_response(response_body(cid, body["model"], [choice], prompt_tokens))
