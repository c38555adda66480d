"""Moderation and classification (text and chat).

For a text, every category of :mod:`.lexicons` gets a score in [0, 1]:

* a small deterministic base in [0.0001, 0.01) drawn from the text's hash,
* raised by each lexicon hit: ``score = 1 - (1 - base) * 0.3 ** hits``
  (one hit gives about 0.70, two about 0.91, three about 0.97);

and is flagged (``categories[name] = true``) when the score is at least
:data:`THRESHOLD` (0.5), i.e. from the first hit on.

* ``/v1/moderations``: one result per input text.
* ``/v1/chat/moderations``: one result per conversation, scoring the text of
  all its messages.
* ``/v1/classifications`` and ``/v1/chat/classifications``: one result per
  input, ``{"moderation": {"scores": {category: score, ...}}}`` -- the
  moderation model exposed as a single multi-label classifier target.

``usage`` counts the input tokens with the emulator's tokenizer.
"""

from __future__ import annotations

import hashlib
from typing import Any

from starlette.responses import Response

from .completion import usage
from .errors import bad_request
from .lexicons import CATEGORIES, hits
from .models_catalog import CLASSIFICATION, MODERATION, require
from .responses import json_response
from .routes import Call
from .tokenizer import content_text, count_tokens

THRESHOLD = 0.5
HIT_FACTOR = 0.3
TARGET_NAME = "moderation"


def scores(text: str) -> dict[str, float]:
    found = hits(text)
    out = {}
    for category in CATEGORIES:
        digest = hashlib.blake2b(f"{category}\0{text}".encode(), digest_size=4).digest()
        base = 0.0001 + (int.from_bytes(digest, "big") / 2**32) * 0.0099
        out[category] = round(1.0 - (1.0 - base) * HIT_FACTOR ** found[category], 6)
    return out


def moderation_result(text: str) -> dict[str, Any]:
    s = scores(text)
    return {"categories": {c: s[c] >= THRESHOLD for c in CATEGORIES}, "category_scores": s}


def _texts(inputs: Any) -> list[str]:
    texts = [inputs] if isinstance(inputs, str) else list(inputs)
    if not texts:
        raise bad_request("input must contain at least one text", param="input")
    return texts


def _conversations(inputs: Any) -> list[list[dict[str, Any]]]:
    if not inputs:
        raise bad_request("input must contain at least one message", param="input")
    if isinstance(inputs, list) and inputs and isinstance(inputs[0], list):
        return inputs
    return [inputs]


def _conversation_text(messages: list[dict[str, Any]]) -> str:
    return "\n".join(content_text(m.get("content")) for m in messages)


def _instruct_conversations(inputs: Any) -> list[list[dict[str, Any]]]:
    items = inputs if isinstance(inputs, list) else [inputs]
    if not items:
        raise bad_request("input must contain at least one conversation", param="input")
    return [item["messages"] for item in items]


def _reply(call: Call, model: str, results: list[Any], texts: list[str]) -> Response:
    body = {
        "id": call.request_id,
        "model": model,
        "results": results,
        "usage": usage(sum(count_tokens(t) for t in texts), 0),
    }
    return json_response(body)


async def moderations(call: Call) -> Response:
    require(call.body["model"], MODERATION)
    texts = _texts(call.body["input"])
    return _reply(call, call.body["model"], [moderation_result(t) for t in texts], texts)


async def chat_moderations(call: Call) -> Response:
    require(call.body["model"], MODERATION)
    texts = [_conversation_text(c) for c in _conversations(call.body["input"])]
    return _reply(call, call.body["model"], [moderation_result(t) for t in texts], texts)


async def classifications(call: Call) -> Response:
    require(call.body["model"], CLASSIFICATION)
    texts = _texts(call.body["input"])
    return _reply(call, call.body["model"], [{TARGET_NAME: {"scores": scores(t)}} for t in texts], texts)


async def chat_classifications(call: Call) -> Response:
    require(call.body["model"], CLASSIFICATION)
    texts = [_conversation_text(c) for c in _instruct_conversations(call.body["input"])]
    return _reply(call, call.body["model"], [{TARGET_NAME: {"scores": scores(t)}} for t in texts], texts)
