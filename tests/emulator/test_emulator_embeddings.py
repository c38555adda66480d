"""/v1/embeddings."""

from __future__ import annotations

import base64
import math
import struct

from mistralkit.emulator.embeddings import cosine
from mistralkit.emulator.tokenizer import count_tokens


async def embed(client, inputs, status=200, **extra):  # type: ignore[no-untyped-def]
    r = await client.post(
        "/v1/embeddings", json={"model": extra.pop("model", "mistral-embed"), "input": inputs, **extra}
    )
    assert r.status_code == status, r.text
    return r.json()


async def test_unit_vectors_1024_dims_and_usage(client) -> None:  # type: ignore[no-untyped-def]
    texts = ["The cat sat on the mat.", "Quarterly revenue grew."]
    body = await embed(client, texts)
    assert body["object"] == "list" and body["model"] == "mistral-embed"
    assert [d["index"] for d in body["data"]] == [0, 1]
    for d in body["data"]:
        assert d["object"] == "embedding" and len(d["embedding"]) == 1024
        assert math.isclose(math.sqrt(sum(x * x for x in d["embedding"])), 1.0, rel_tol=1e-6)
    assert body["usage"]["prompt_tokens"] == sum(count_tokens(t) for t in texts)
    assert body["usage"]["completion_tokens"] == 0
    single = await embed(client, texts[0])
    assert single["data"][0]["embedding"] == body["data"][0]["embedding"]


async def test_shared_words_are_closer(client) -> None:  # type: ignore[no-untyped-def]
    texts = [
        "How do I bake sourdough bread at home?",
        "Home baking: a sourdough bread recipe",
        "The central bank raised interest rates again",
        "Interest rates rise as the central bank fights inflation",
    ]
    vecs = [d["embedding"] for d in (await embed(client, texts))["data"]]
    same_topic = [cosine(vecs[0], vecs[1]), cosine(vecs[2], vecs[3])]
    cross = [cosine(vecs[i], vecs[j]) for i in (0, 1) for j in (2, 3)]
    assert min(same_topic) > max(cross) + 0.2


async def test_dimensions_and_dtypes(client) -> None:  # type: ignore[no-untyped-def]
    body = await embed(client, "hello world", model="codestral-embed")
    assert len(body["data"][0]["embedding"]) == 1536
    body = await embed(client, "hello world", model="codestral-embed", output_dimension=256)
    assert len(body["data"][0]["embedding"]) == 256
    await embed(client, "hello", status=400, model="codestral-embed", output_dimension=4096)
    await embed(client, "hello", status=400, output_dimension=512)
    ints = (await embed(client, "hello world", output_dtype="int8"))["data"][0]["embedding"]
    assert all(isinstance(v, int) and -128 <= v <= 127 for v in ints) and max(map(abs, ints)) == 127
    packed = (await embed(client, "hello world", output_dtype="ubinary"))["data"][0]["embedding"]
    assert len(packed) == 128 and all(0 <= v <= 255 for v in packed)
    floats = (await embed(client, "hello world"))["data"][0]["embedding"]
    encoded = (await embed(client, "hello world", encoding_format="base64"))["data"][0]["embedding"]
    decoded = struct.unpack("<1024f", base64.b64decode(encoded))
    assert all(math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-7) for a, b in zip(decoded, floats, strict=True))


async def test_wrong_model_and_empty_input(client) -> None:  # type: ignore[no-untyped-def]
    err = await embed(client, "x", status=400, model="mistral-small-latest")
    assert "does not support embeddings" in err["message"]
    await embed(client, [], status=400)
