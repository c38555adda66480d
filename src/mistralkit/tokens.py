"""Count tokens as Mistral's API does, before sending a request.

    from mistralkit import tokens

    tokens.count("Hello, world")                                    # a text
    tokens.count([{"role": "user", "content": "Hi"}], model="mistral-small-latest")  # a chat prompt
    tokens.count(messages, model="mistral-large-latest", tools=tools)
    tokens.count_fim("def add(a, b):", suffix="return a + b", model="codestral-latest")

The counting is Mistral's own tokenizer library, ``mistral-common``, which
ships the tokenizer files: install the ``tokens`` extra
(``pip install 'mistralkit[tokens]'``).  Nothing is downloaded.

For a chat prompt the messages are rendered by the model's instruct template
(control tokens, system prompt, tool definitions, tool calls and results) and
the tokens of the whole prompt are counted, which is what ``usage.prompt_tokens``
reports.  Which tokenizer serves which model: Mistral Nemo (``open-mistral-nemo``,
``mistral-tiny``) uses ``tekken_240718``; every other model uses
``tekken_240911``, the most recent tekken file that ``mistral-common`` ships
(newer models' files, e.g. with v7+ control tokens, are not in the package, so
their counts can differ by a few tokens per message).  Images and audio in
messages are not tokenized (that needs the pixels or the samples): each image
counts :data:`IMAGE_TOKENS`.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mistral_common.tokens.tokenizers.mistral import MistralTokenizer

    Tokenizer = MistralTokenizer[Any, Any, Any, Any, Any]

__all__ = ["IMAGE_TOKENS", "count", "count_fim", "tokenizer_name"]

IMAGE_TOKENS = 256
NEMO_TOKENIZER = "tekken_240718"
DEFAULT_TOKENIZER = "tekken_240911"
_NEMO_MODELS = ("open-mistral-nemo", "mistral-tiny")
_CACHE_SIZE = 4096

_lock = threading.Lock()
_tokenizers: dict[str, Tokenizer] = {}
_counts: OrderedDict[str, int] = OrderedDict()


def tokenizer_name(model: str) -> str:
    """The tokenizer file (without extension) used to count for ``model``."""
    base = model.split(":")[1] if model.startswith("ft:") and model.count(":") >= 1 else model
    return NEMO_TOKENIZER if base.startswith(_NEMO_MODELS) else DEFAULT_TOKENIZER


def _tokenizer(name: str) -> Tokenizer:
    found = _tokenizers.get(name)
    if found is not None:
        return found
    try:
        import mistral_common
        from mistral_common.tokens.tokenizers.mistral import MistralTokenizer
    except ImportError:
        raise ModuleNotFoundError(
            "mistralkit.tokens needs Mistral's tokenizer library: pip install 'mistralkit[tokens]'"
        ) from None
    with _lock:  # loading a tokenizer file takes a few seconds: once per process
        found = _tokenizers.get(name)
        if found is None:
            path = Path(mistral_common.__file__).parent / "data" / f"{name}.json"
            found = MistralTokenizer.from_file(str(path))
            _tokenizers[name] = found
    return found


def count(
    messages_or_text: str | Iterable[Any],
    *,
    model: str = "mistral-small-latest",
    tools: Iterable[Any] | None = None,
) -> int:
    """Tokens of a text, or of the chat prompt made of ``messages`` (and ``tools``) for ``model``.

    Messages and tools may be dicts or mistralkit models.  Raises
    ``ModuleNotFoundError`` without the ``tokens`` extra.
    """
    name = tokenizer_name(model)
    if isinstance(messages_or_text, str):
        raw = _tokenizer(name).instruct_tokenizer.tokenizer
        return len(raw.encode(messages_or_text, bos=False, eos=False))
    messages = [_plain(m) for m in messages_or_text]
    tool_list = [_plain(t) for t in tools] if tools is not None else []
    key = name + json.dumps([messages, tool_list], sort_keys=True, separators=(",", ":"), default=str)
    cached = _counts.get(key)
    if cached is not None:
        return cached
    result = _count_chat(_tokenizer(name), messages, tool_list)
    with _lock:
        _counts[key] = result
        if len(_counts) > _CACHE_SIZE:
            _counts.popitem(last=False)
    return result


def count_fim(prompt: str, suffix: str | None = None, *, model: str = "codestral-latest") -> int:
    """Tokens of a fill-in-the-middle prompt (``prompt`` and ``suffix`` in the FIM template)."""
    from mistral_common.protocol.fim.request import FIMRequest

    tokenizer = _tokenizer(tokenizer_name(model))
    return len(tokenizer.encode_fim(FIMRequest(prompt=prompt, suffix=suffix)).tokens)


def _plain(item: Any) -> dict[str, Any]:
    if isinstance(item, Mapping):
        return dict(item)
    dump = getattr(item, "model_dump", None)
    if callable(dump):
        out = dump(exclude_none=True, by_alias=True)
        if isinstance(out, dict):
            return out
    raise TypeError(f"expected a message or tool as a dict or a mistralkit model, got {type(item).__name__}")


def _text(content: Any) -> tuple[str, int]:
    """The text of a message content, and how many images it holds."""
    if content is None:
        return "", 0
    if isinstance(content, str):
        return content, 0
    parts: list[str] = []
    images = 0
    for chunk in content:
        if not isinstance(chunk, Mapping):
            continue
        kind = chunk.get("type", "text")
        if kind == "text":
            parts.append(str(chunk.get("text", "")))
        elif kind == "thinking":
            for sub in chunk.get("thinking") or []:
                if isinstance(sub, Mapping) and "text" in sub:
                    parts.append(str(sub["text"]))
        elif kind == "image_url":
            images += 1
        elif kind == "document_url":
            parts.append(str(chunk.get("document_name") or ""))
    return "\n".join(p for p in parts if p), images


def _arguments(arguments: Any) -> str:
    return arguments if isinstance(arguments, str) else json.dumps(arguments, ensure_ascii=False)


def _count_chat(tokenizer: Tokenizer, messages: list[dict[str, Any]], tools: list[dict[str, Any]]) -> int:
    from mistral_common.exceptions import MistralCommonException
    from mistral_common.protocol.instruct.request import ChatCompletionRequest
    from pydantic import ValidationError

    images = 0
    plain: list[dict[str, Any]] = []
    for message in messages:
        text, n = _text(message.get("content"))
        images += n
        out: dict[str, Any] = {"role": message.get("role", "user"), "content": text}
        if message.get("tool_calls"):
            out["tool_calls"] = [
                {
                    "id": call.get("id") or "000000000",
                    "type": "function",
                    "function": {
                        "name": str((call.get("function") or {}).get("name", "")),
                        "arguments": _arguments((call.get("function") or {}).get("arguments", "")),
                    },
                }
                for call in message["tool_calls"]
            ]
        if message.get("role") == "tool":
            out["tool_call_id"] = message.get("tool_call_id") or "000000000"
            if message.get("name"):
                out["name"] = message["name"]
        plain.append(out)
    functions = [t for t in tools if t.get("type", "function") == "function" and t.get("function")]
    try:
        prefix = bool(messages and messages[-1].get("role") == "assistant")
        request = ChatCompletionRequest.from_openai(
            messages=plain, tools=functions or None, continue_final_message=prefix
        )
        return len(tokenizer.encode_chat_completion(request).tokens) + IMAGE_TOKENS * images
    except (MistralCommonException, ValidationError, ValueError, KeyError):
        # A conversation the instruct template does not take as it stands (the API judges
        # the request on its own): count its parts with the same tokenizer.
        raw = tokenizer.instruct_tokenizer.tokenizer
        total = 1
        for message in plain:
            pieces = [message["content"]] + [
                c["function"]["name"] + c["function"]["arguments"] for c in message.get("tool_calls", [])
            ]
            total += 2 + sum(len(raw.encode(p, bos=False, eos=False)) for p in pieces if p)
        if functions:
            total += 2 + len(raw.encode(json.dumps(functions, separators=(",", ":")), bos=False, eos=False))
        return total + IMAGE_TOKENS * images
