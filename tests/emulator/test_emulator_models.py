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
    assert "mistral-large-2411" in cards["mistral-large-latest"]["aliases"]


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
