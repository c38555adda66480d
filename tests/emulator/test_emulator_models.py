"""/v1/models: catalogue, capabilities, retrieve, delete."""

from __future__ import annotations


async def test_list_has_the_documented_models_with_honest_capabilities(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.get("/v1/models")
    assert r.status_code == 200
    body = r.json()
    assert body["object"] == "list"
    cards = {m["id"]: m for m in body["data"]}
    for name in (
        "mistral-small-latest",
        "mistral-large-latest",
        "codestral-latest",
        "mistral-embed",
        "mistral-moderation-latest",
        "mistral-ocr-latest",
        "voxtral-mini-latest",
    ):
        assert name in cards, name
        assert cards[name]["type"] == "base" and cards[name]["object"] == "model"
    caps = {name: {k for k, v in card["capabilities"].items() if v} for name, card in cards.items()}
    assert {"completion_chat", "function_calling"} <= caps["mistral-large-latest"]
    assert {"completion_fim", "completion_chat"} <= caps["codestral-latest"]
    assert "completion_fim" not in caps["mistral-small-latest"]
    assert caps["mistral-embed"] == set()
    assert {"moderation", "classification"} <= caps["mistral-moderation-latest"]
    assert caps["mistral-ocr-latest"] == {"ocr"}
    assert "audio_transcription" in caps["voxtral-mini-latest"]
    assert "mistral-large-2512" in cards["mistral-large-latest"]["aliases"]


async def test_the_names_users_call_every_day_are_known(client) -> None:  # type: ignore[no-untyped-def]
    cards = {m["id"]: m for m in (await client.get("/v1/models")).json()["data"]}
    for name in (
        "mistral-tiny",
        "voxtral-small-latest",
        "voxtral-mini-2602",
        "pixtral-12b-2409",
        "ministral-3b-latest",
        "mistral-medium-2505",
        "mistral-medium-3-5",
    ):
        assert name in cards, name
        assert (await client.get(f"/v1/models/{name}")).json()["id"] == name
    # An alias and its dated id are the same model.
    assert cards["mistral-medium-3-5"]["name"] == cards["mistral-medium-latest"]["name"] == "Mistral Medium 3.5"
    assert "mistral-medium-latest" in cards["mistral-medium-3-5"]["aliases"]
    assert cards["mistral-tiny"]["name"] == "Mistral Nemo"
    caps = {name: {k for k, v in card["capabilities"].items() if v} for name, card in cards.items()}
    assert caps["voxtral-mini-2602"] == {"audio", "audio_transcription"}
    assert {"completion_chat", "audio", "audio_transcription"} <= caps["voxtral-small-latest"]
    assert "vision" in caps["pixtral-12b-2409"] and "reasoning" in caps["mistral-medium-3-5"]
    assert "audio_speech" in caps["voxtral-mini-tts-latest"]


async def test_deprecations_name_their_replacement(client) -> None:  # type: ignore[no-untyped-def]
    cards = {m["id"]: m for m in (await client.get("/v1/models")).json()["data"]}
    old = cards["mistral-medium-2505"]
    assert old["deprecation"] == "2026-02-28T00:00:00Z"
    assert old["deprecation_replacement_model"] in cards
    assert cards["mistral-medium-3-5"]["deprecation"] is None
    for card in cards.values():  # every replacement is itself a listed model
        if card["deprecation_replacement_model"] is not None:
            assert card["deprecation_replacement_model"] in cards


async def test_every_model_taking_route_refuses_an_unknown_model(client) -> None:  # type: ignore[no-untyped-def]
    wav = _wav()
    calls = [
        ("/v1/chat/completions", {"json": {"model": "nope-1", "messages": [{"role": "user", "content": "hi"}]}}),
        ("/v1/fim/completions", {"json": {"model": "nope-1", "prompt": "def f():"}}),
        ("/v1/embeddings", {"json": {"model": "nope-1", "input": ["hi"]}}),
        ("/v1/moderations", {"json": {"model": "nope-1", "input": ["hi"]}}),
        ("/v1/classifications", {"json": {"model": "nope-1", "input": ["hi"]}}),
        ("/v1/ocr", {"json": {"model": "nope-1", "document": {"type": "document_url", "document_url": "data:application/pdf;base64,JVBERi0="}}}),
        ("/v1/audio/transcriptions", {"files": {"file": ("a.wav", wav, "audio/wav")}, "data": {"model": "nope-1"}}),
        ("/v1/agents", {"json": {"model": "nope-1", "name": "a"}}),
        ("/v1/conversations", {"json": {"model": "nope-1", "inputs": "hi"}}),
        ("/v1/batch/jobs", {"json": {"model": "nope-1", "endpoint": "/v1/chat/completions", "requests": [{"custom_id": "1", "body": {"messages": [{"role": "user", "content": "hi"}]}}]}}),
    ]
    for path, kwargs in calls:
        r = await client.post(path, **kwargs)
        assert r.status_code == 400, (path, r.text)
        assert r.json()["message"] == "Invalid model: nope-1", path
        assert r.json()["type"] == "invalid_model", path
    assert (await client.get("/v1/models/nope-1")).status_code == 404


def _wav() -> bytes:
    import io
    import wave

    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\0\0" * 1600)
    return buf.getvalue()


async def test_retrieve_known_and_unknown(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.get("/v1/models/codestral-latest")
    assert r.status_code == 200 and r.json()["id"] == "codestral-latest"
    r = await client.get("/v1/models/ft:open-mistral-7b:587a6b29:20240514:7e773925")
    assert r.status_code == 404 and r.json()["type"] == "not_found"


async def test_base_models_cannot_be_deleted(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.delete("/v1/models/mistral-small-latest")
    assert r.status_code == 403
    assert "cannot be deleted" in r.json()["message"]
    r = await client.delete("/v1/models/nope")
    assert r.status_code == 404
    assert (await client.get("/v1/models/mistral-small-latest")).status_code == 200
