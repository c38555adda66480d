"""Versioned prompts and skills: versions, deduplication, aliases, pages."""

from __future__ import annotations

import pytest


def prompt(content: str) -> dict:
    return {"content": content, "variables": [{"name": "city"}]}


@pytest.mark.parametrize("kind", ["prompts", "skills"])
async def test_versions_dedup_and_aliases(client, kind: str) -> None:  # type: ignore[no-untyped-def]
    define = prompt if kind == "prompts" else (lambda text: {"description": "weather", "body": text})
    r = await client.post(f"/v2/{kind}", json={"name": "weather", "definition": define("v1"), "aliases": ["prod"]})
    assert r.status_code == 200, r.text
    obj = r.json()
    assert obj["version"] == 1 and obj["latestVersion"] == 1 and obj["aliases"] == ["prod"]
    url = f"/v2/{kind}/{obj['id']}"

    r = await client.post(f"{url}/versions", json={"definition": define("v2"), "notes": "better"})
    assert r.json() == {"version": 2, "deduplicated": False}
    r = await client.post(f"{url}/versions", json={"definition": define("v2")})
    assert r.json() == {"version": 2, "deduplicated": True}

    latest = (await client.get(url)).json()
    assert latest["version"] == 2 and latest["definition"] == define("v2") and latest["notes"] == "better"
    assert (await client.get(url, params={"alias": "prod"})).json()["version"] == 1
    assert (await client.get(url, params={"version": 1})).json()["definition"] == define("v1")
    assert (await client.get(url, params={"version": 7})).status_code == 404

    # an alias moves: giving "prod" to version 2 takes it from version 1
    r = await client.patch(f"{url}/versions/2", json={"aliases": {"values": ["prod"]}, "notes": "shipped"})
    assert r.status_code == 200 and r.json()["aliases"] == ["prod"] and r.json()["notes"] == "shipped"
    versions = (await client.get(f"{url}/versions")).json()["data"]
    assert [(v["version"], v["aliases"]) for v in versions] == [(1, []), (2, ["prod"])]
    assert (await client.get(f"{url}/versions/1")).json()["definition"] == define("v1")

    if kind == "prompts":
        r = await client.patch(url, json={"title": "Weather", "description": "Asks about the weather"})
        assert r.json()["title"] == "Weather" and r.json()["version"] == 2
    r = await client.patch(url, json={"sharingScope": "workspace"})
    assert r.json()["sharingScope"] == "workspace" and (await client.get(url)).json()["sharingScope"] == "workspace"
    assert (await client.post(f"/v2/{kind}", json={"name": "weather", "definition": define("x")})).status_code == 409

    assert (await client.delete(url)).json() == {}
    assert (await client.get(url)).status_code == 404
    assert (await client.get(f"{url}/versions")).status_code == 404


async def test_prompts_list_pages(client) -> None:  # type: ignore[no-untyped-def]
    for i in range(5):
        await client.post("/v2/prompts", json={"name": f"p{i}", "definition": prompt(str(i))})
    seen = []
    token = None
    while True:
        params = {"pageSize": 2, **({"pageToken": token} if token else {})}
        page = (await client.get("/v2/prompts", params=params)).json()
        seen += [p["name"] for p in page["data"]]
        token = page.get("nextPageToken")
        if not token:
            break
    assert seen == ["p4", "p3", "p2", "p1", "p0"]  # newest first
    ascending = (await client.get("/v2/prompts", params={"sort_by": "name", "sort_direction": "asc"})).json()
    assert [p["name"] for p in ascending["data"]] == ["p0", "p1", "p2", "p3", "p4"]
    assert (await client.get("/v2/prompts", params={"pageToken": "garbage"})).status_code == 400
    skills = (await client.get("/v2/skills")).json()
    assert skills == {"data": []}  # prompts and skills are separate
