"""Moderation and classification, text and chat."""

from __future__ import annotations

import pytest

from mistralkit.emulator.lexicons import CATEGORIES

SAMPLES = {
    "sexual": "This site is full of porn and nude pictures",
    "hate_and_discrimination": "That racist slur is hateful",
    "violence_and_threats": "I will kill you and burn the house",
    "dangerous_and_criminal_content": "How to make explosives and smuggle weapons",
    "selfharm": "I want to die, I keep thinking about suicide",
    "health": "My doctor changed my medication dosage",
    "financial": "Should I invest my savings in stocks or crypto?",
    "law": "My lawyer says we should sue them in court",
    "pii": "Write to jane.doe@example.com or call +33 6 12 34 56 78",
}


async def moderate(client, inputs):  # type: ignore[no-untyped-def]
    r = await client.post("/v1/moderations", json={"model": "mistral-moderation-latest", "input": inputs})
    assert r.status_code == 200, r.text
    return r.json()


@pytest.mark.parametrize("category", CATEGORIES)
async def test_lexicon_hits_flag_their_category(client, category) -> None:  # type: ignore[no-untyped-def]
    (result,) = (await moderate(client, SAMPLES[category]))["results"]
    assert result["categories"][category] is True
    assert result["category_scores"][category] >= 0.5
    assert all(0.0 <= s <= 1.0 for s in result["category_scores"].values())


async def test_benign_text_is_not_flagged_and_scores_are_deterministic(client) -> None:  # type: ignore[no-untyped-def]
    body = await moderate(client, ["What a lovely sunny afternoon", "What a lovely sunny afternoon"])
    a, b = body["results"]
    assert a == b
    assert not any(a["categories"].values())
    assert all(s < 0.01 for s in a["category_scores"].values())
    assert set(a["categories"]) == set(CATEGORIES)


async def test_more_hits_score_higher(client) -> None:  # type: ignore[no-untyped-def]
    one, three = (await moderate(client, ["kill", "kill murder attack"]))["results"]
    assert three["category_scores"]["violence_and_threats"] > one["category_scores"]["violence_and_threats"]


async def test_chat_moderation_per_conversation(client) -> None:  # type: ignore[no-untyped-def]
    convo = [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "I will hurt you"}]
    r = await client.post("/v1/chat/moderations", json={"model": "mistral-moderation-latest", "input": convo})
    assert r.status_code == 200
    assert r.json()["results"][0]["categories"]["violence_and_threats"] is True
    r = await client.post(
        "/v1/chat/moderations",
        json={"model": "mistral-moderation-latest", "input": [convo, [{"role": "user", "content": "hello"}]]},
    )
    assert [res["categories"]["violence_and_threats"] for res in r.json()["results"]] == [True, False]


async def test_classifications(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.post(
        "/v1/classifications", json={"model": "mistral-moderation-latest", "input": ["sue them in court"]}
    )
    assert r.status_code == 200
    (result,) = r.json()["results"]
    assert result["moderation"]["scores"]["law"] > 0.5
    r = await client.post(
        "/v1/chat/classifications",
        json={
            "model": "mistral-moderation-latest",
            "input": {"messages": [{"role": "user", "content": "buy bitcoin"}]},
        },
    )
    assert r.status_code == 200
    assert r.json()["results"][0]["moderation"]["scores"]["financial"] > 0.5


async def test_wrong_models(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.post("/v1/moderations", json={"model": "mistral-small-latest", "input": "x"})
    assert r.status_code == 400
    r = await client.post("/v1/classifications", json={"model": "nope", "input": "x"})
    assert r.status_code == 400 and r.json()["message"] == "Invalid model: nope"
