"""Fields and operations of the current API around the hand-written areas.

Newer request fields validate; library and document PATCH; batch job delete; agents by page.
"""

from __future__ import annotations

import asyncio
import base64
import json

from emulator_data import make_pdf
from emulator_support import chat


def data_url(pdf: bytes) -> str:
    return "data:application/pdf;base64," + base64.b64encode(pdf).decode()


async def test_newer_chat_fields_are_accepted(client) -> None:  # type: ignore[no-untyped-def]
    extra = {
        "reasoning_effort": "high",
        "prompt_cache_key": "user-42",
        "guardrails": [],
        "service_tier": "auto",
    }
    for name, value in extra.items():
        r = await client.post("/v1/chat/completions", json=chat("Hello", **{name: value}))
        assert r.status_code == 200, (name, r.text)
    r = await client.post("/v1/chat/completions", json=chat("Hello", reasoning_effort="enormous"))
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "reasoning_effort"]


async def test_ocr_accepts_what_the_official_sdk_sends(client) -> None:  # type: ignore[no-untyped-def]
    pdf = make_pdf([["Page one text."]], size=(612, 792))
    body = {
        "model": "mistral-ocr-latest",
        "document": {"type": "document_url", "document_url": data_url(pdf)},
        "include_blocks": True,
        "confidence_scores_granularity": "page",
    }
    r = await client.post("/v1/ocr", json=body)
    assert r.status_code == 200, r.text
    assert r.json()["pages"][0]["markdown"] == "Page one text."


async def test_audio_purpose_upload(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.post("/v1/files", files={"file": ("a.wav", b"RIFF0000WAVE")}, data={"purpose": "audio"})
    assert r.status_code == 200, r.text
    assert r.json()["purpose"] == "audio"


async def test_library_and_document_patch_change_only_what_is_sent(client) -> None:  # type: ignore[no-untyped-def]
    lib = (await client.post("/v1/libraries", json={"name": "Handbook", "description": "Rules"})).json()
    r = await client.patch(f"/v1/libraries/{lib['id']}", json={"description": "Team rules"})
    assert r.status_code == 200, r.text
    assert r.json()["name"] == "Handbook" and r.json()["description"] == "Team rules"
    assert (await client.get(f"/v1/libraries/{lib['id']}")).json()["description"] == "Team rules"
    assert (await client.patch("/v1/libraries/3f1c2a4e-8b1d-4c57-9e0a-0a1b2c3d4e5f", json={})).status_code == 404

    files = {"file": ("notes.txt", b"Vacation is 25 days a year.", "text/plain")}
    doc = (await client.post(f"/v1/libraries/{lib['id']}/documents", files=files)).json()
    url = f"/v1/libraries/{lib['id']}/documents/{doc['id']}"
    r = await client.patch(url, json={"name": "policy.txt"})
    assert r.status_code == 200, r.text
    assert r.json()["name"] == "policy.txt"
    assert (await client.get(url)).json()["name"] == "policy.txt"


async def test_batch_job_delete(client) -> None:  # type: ignore[no-untyped-def]
    line = json.dumps({"custom_id": "1", "body": {"messages": [{"role": "user", "content": "hi"}]}})
    r = await client.post("/v1/files", files={"file": ("in.jsonl", line.encode())}, data={"purpose": "batch"})
    file_id = r.json()["id"]
    job = (
        await client.post(
            "/v1/batch/jobs",
            json={"input_files": [file_id], "endpoint": "/v1/chat/completions", "model": "mistral-small-latest"},
        )
    ).json()
    url = f"/v1/batch/jobs/{job['id']}"
    r = await client.delete(url)
    if job["status"] in ("QUEUED", "RUNNING"):
        assert r.status_code == 400 and "cancel it" in r.json()["message"]
        await client.post(f"{url}/cancel")
        for _ in range(200):
            if (await client.get(url)).json()["status"] not in ("QUEUED", "RUNNING", "CANCELLATION_REQUESTED"):
                break
            await asyncio.sleep(0.05)
        r = await client.delete(url)
    assert r.status_code == 200, r.text
    assert r.json() == {"id": job["id"], "object": "batch", "deleted": True}
    assert (await client.get(url)).status_code == 404
    assert job["id"] not in json.dumps((await client.get("/v1/batch/jobs")).json())
    assert (await client.delete(url)).status_code == 404


async def test_agents_pages_walk_by_cursor(client) -> None:  # type: ignore[no-untyped-def]
    ids = []
    for i in range(5):
        r = await client.post("/v1/agents", json={"model": "mistral-small-latest", "name": f"Agent {i}"})
        ids.append(r.json()["id"])
    seen: list[str] = []
    token = None
    while True:
        params = {"page_size": 2, **({"page_token": token} if token else {})}
        page = (await client.get("/v1/agents/pages", params=params)).json()
        assert page["object"] == "list" and len(page["data"]) <= 2
        seen += [a["id"] for a in page["data"]]
        token = page["next_page_token"]
        if token is None:
            break
    assert sorted(seen) == sorted(ids) and len(seen) == 5
    assert seen == [a["id"] for a in (await client.get("/v1/agents", params={"page_size": 10})).json()]
    named = (await client.get("/v1/agents/pages", params={"name": "Agent 3"})).json()
    assert [a["name"] for a in named["data"]] == ["Agent 3"]
    assert (await client.get("/v1/agents/pages", params={"page_token": "nope"})).status_code == 400


async def test_a_files_page_far_past_the_end_is_empty(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.get("/v1/files", params={"page": 256270820475072768, "page_size": 100})
    assert r.status_code == 200 and r.json()["data"] == []
