"""``POST /v1/embeddings``: deterministic, similarity-preserving vectors.

A text is lower-cased and cut into word tokens (``\\w+``).  Each word adds
weight 1.0, and each character trigram of ``#word#`` adds 0.25, to one
coordinate chosen by CRC-32 of the feature, with a sign taken from another
bit of the same hash (the "hashing trick").  The vector is then L2-normalised.
Texts that share words (or word pieces) therefore have a clearly higher
cosine similarity than unrelated texts, and the same text always gets the
same vector.

* ``mistral-embed``: 1024 dimensions, ``output_dimension`` must be empty or 1024.
* ``codestral-embed``: 1536 dimensions by default, ``output_dimension`` up to 3072.
* ``output_dtype``: ``float`` (default), ``int8``/``uint8`` (scaled by the
  largest magnitude), ``binary``/``ubinary`` (sign bits packed 8 per value).
* ``encoding_format: base64`` returns each embedding as a base64 string of the
  little-endian bytes (float32 for ``float``).
* ``usage.prompt_tokens`` is the tokenizer count of all inputs.
"""

from __future__ import annotations

import base64
import math
import re
import struct
import zlib
from typing import Any

from starlette.responses import Response

from . import engine as engine_mod
from .completion import usage
from .errors import bad_request
from .models_catalog import EMBED, require
from .responses import json_response
from .routes import Call
from .tokenizer import count_tokens

WORD_WEIGHT = 1.0
TRIGRAM_WEIGHT = 0.25
_WORD_RE = re.compile(r"\w+")


def embed(text: str, dims: int) -> list[float]:
    """The unit vector of ``text`` in ``dims`` dimensions."""
    vec = [0.0] * dims
    crc = zlib.crc32
    for word in _WORD_RE.findall(text.lower()):
        h = crc(word.encode("utf-8"))
        vec[h % dims] += WORD_WEIGHT if (h >> 31) & 1 else -WORD_WEIGHT
        padded = f"#{word}#"
        for i in range(len(padded) - 2):
            g = crc(b"3:" + padded[i : i + 3].encode("utf-8"))
            vec[g % dims] += TRIGRAM_WEIGHT if (g >> 31) & 1 else -TRIGRAM_WEIGHT
    norm = math.sqrt(sum(v * v for v in vec))
    if norm == 0.0:
        vec[zlib.crc32(text.encode("utf-8")) % dims] = 1.0
        return vec
    return [round(v / norm, 8) for v in vec]


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def _pack_bits(vec: list[float]) -> list[int]:
    out = []
    for i in range(0, len(vec), 8):
        byte = 0
        for bit, v in enumerate(vec[i : i + 8]):
            if v > 0:
                byte |= 0x80 >> bit
        out.append(byte)
    return out


def convert(vec: list[float], dtype: str) -> list[Any]:
    if dtype == "float":
        return vec
    peak = max((abs(v) for v in vec), default=0.0) or 1.0
    if dtype == "int8":
        return [max(-128, min(127, round(v / peak * 127))) for v in vec]
    if dtype == "uint8":
        return [max(0, min(255, round((v / peak + 1.0) / 2.0 * 255))) for v in vec]
    packed = _pack_bits(vec)
    if dtype == "binary":
        return [b - 256 if b > 127 else b for b in packed]
    return packed  # ubinary


def to_base64(values: list[Any], dtype: str) -> str:
    if dtype == "float":
        raw = struct.pack(f"<{len(values)}f", *values)
    elif dtype in ("int8", "binary"):
        raw = struct.pack(f"<{len(values)}b", *values)
    else:
        raw = bytes(values)
    return base64.b64encode(raw).decode("ascii")


async def create_embeddings(call: Call) -> Response:
    body: dict[str, Any] = call.body
    model = require(body["model"], EMBED)
    inputs = body["input"]
    texts = [inputs] if isinstance(inputs, str) else list(inputs)
    if not texts:
        raise bad_request("input must contain at least one text", param="input")
    dims = body.get("output_dimension")
    if dims is None:
        dims = model.embedding_dimensions
    elif model.max_embedding_dimensions == model.embedding_dimensions and dims != model.embedding_dimensions:
        raise bad_request(
            f"output_dimension is not supported by model {body['model']} (fixed at {model.embedding_dimensions})",
            param="output_dimension",
        )
    elif dims > model.max_embedding_dimensions:
        raise bad_request(
            f"output_dimension must be at most {model.max_embedding_dimensions} for model {body['model']}",
            param="output_dimension",
        )
    if call.state.engine is not None:
        answer = await call.state.engine.embeddings(body)
        return json_response(engine_mod.embeddings_response(answer, call.request_id, body["model"]))
    dtype = body.get("output_dtype") or "float"
    encoding = body.get("encoding_format") or "float"
    prompt_tokens = 0
    data = []
    for index, text in enumerate(texts):
        tokens = count_tokens(text)
        if tokens > model.max_context_length:
            raise bad_request(
                f"Input {index} contains {tokens} tokens, more than the model's {model.max_context_length}",
                param="input",
                code="3210",
            )
        prompt_tokens += tokens
        values = convert(embed(text, dims), dtype)
        embedding: Any = to_base64(values, dtype) if encoding == "base64" else values
        data.append({"object": "embedding", "embedding": embedding, "index": index})
    return json_response(
        {
            "id": call.request_id,
            "object": "list",
            "data": data,
            "model": body["model"],
            "usage": usage(prompt_tokens, 0),
        }
    )
