"""/v1/agents: create, versions, aliases, listing, errors, persistence; /v1/agents/completions."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from emulator_contract import parse_sse
from emulator_support import make_client, user

from mistralkit.emulator import create_app
from mistralkit.emulator.tokenizer import count_tokens

MODEL = "mistral-small-latest"
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city",
        "parameters": {
            "type": "object",
            "properties": {"location": {"type": "string"}, "unit": {"type": "string", "enum": ["C", "F"]}},
            "required": ["location"],
        },
    },
}


async def create(client, **fields: Any) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    body = {"model": MODEL, "name": "Helper", **fields}
    r = await client.post("/v1/agents", json=body)
    assert r.status_code == 200, r.text
    return r.json()


async def test_create_and_get(client) -> None:  # type: ignore[no-untyped-def]
    agent = await create(
        client,
        name="Travel planner",
        description="Plans trips",
        instructions="Answer in two sentences.",
        tools=[{"function": WEATHER_TOOL["function"]}, {"type": "web_search"}],
        completion_args={"temperature": 0.2, "max_tokens": 50},
        metadata={"team": "travel"},
    )
    assert re.fullmatch(r"ag_[0-9a-f]{32}", agent["id"])
    assert agent["object"] == "agent" and agent["version"] == 0 and agent["versions"] == [0]
    assert agent["source"] == "api" and agent["deployment_chat"] is False
    assert agent["tools"][0] == {"type": "function", "function": {**WEATHER_TOOL["function"], "strict": False}}
    assert agent["tools"][1] == {"type": "web_search"}
    args = agent["completion_args"]
    assert args["temperature"] == 0.2 and args["max_tokens"] == 50 and args["tool_choice"] == "auto"
    assert args["top_p"] is None
    assert agent["created_at"].endswith("Z") and datetime.fromisoformat(agent["created_at"])
    got = (await client.get(f"/v1/agents/{agent['id']}")).json()
    assert got == agent


async def test_unknown_agent_is_404(client) -> None:  # type: ignore[no-untyped-def]
    for method, path in (
        ("GET", "/v1/agents/ag_missing"),
        ("DELETE", "/v1/agents/ag_missing"),
        ("GET", "/v1/agents/ag_missing/versions"),
        ("GET", "/v1/agents/ag_missing/versions/0"),
        ("GET", "/v1/agents/ag_missing/aliases"),
        ("PATCH", "/v1/agents/ag_missing/version?version=0"),
    ):
        r = await client.request(method, path)
        assert r.status_code == 404, (method, path, r.text)
        assert r.json()["type"] == "not_found"
    r = await client.patch("/v1/agents/ag_missing", json={"name": "x"})
    assert r.status_code == 404


async def test_updates_make_versions(client) -> None:  # type: ignore[no-untyped-def]
    agent = await create(client, instructions="v0", metadata={"k": 1})
    agent_id = agent["id"]
    r = await client.patch(f"/v1/agents/{agent_id}", json={"instructions": "v1", "version_message": "sharper"})
    v1 = r.json()
    assert v1["version"] == 1 and v1["versions"] == [0, 1]
    assert v1["instructions"] == "v1" and v1["version_message"] == "sharper"
    assert v1["name"] == "Helper" and v1["metadata"] == {"k": 1}  # unchanged fields are kept
    assert v1["created_at"] == agent["created_at"] and v1["updated_at"] >= agent["updated_at"]
    v2 = (await client.patch(f"/v1/agents/{agent_id}", json={"model": "mistral-large-latest", "name": None})).json()
    assert (v2["version"], v2["model"], v2["name"], v2["instructions"]) == (2, "mistral-large-latest", "Helper", "v1")
    assert v2["version_message"] is None
    # null clears what can be cleared
    v3 = (await client.patch(f"/v1/agents/{agent_id}", json={"instructions": None})).json()
    assert v3["instructions"] is None and v3["version"] == 3

    # history is kept
    old = (await client.get(f"/v1/agents/{agent_id}/versions/0")).json()
    assert old["version"] == 0 and old["instructions"] == "v0" and old["versions"] == [0, 1, 2, 3]
    assert (await client.get(f"/v1/agents/{agent_id}", params={"agent_version": 1})).json()["instructions"] == "v1"
    assert (await client.get(f"/v1/agents/{agent_id}")).json()["version"] == 3

    # versions are listed newest first, paged
    page = (await client.get(f"/v1/agents/{agent_id}/versions", params={"page_size": 3})).json()
    assert [v["version"] for v in page] == [3, 2, 1]
    page = (await client.get(f"/v1/agents/{agent_id}/versions", params={"page_size": 3, "page": 1})).json()
    assert [v["version"] for v in page] == [0]

    # switching the current version
    r = await client.patch(f"/v1/agents/{agent_id}/version", params={"version": 1})
    assert r.status_code == 200 and r.json()["version"] == 1 and r.json()["instructions"] == "v1"
    assert (await client.get(f"/v1/agents/{agent_id}")).json()["version"] == 1
    # the next update starts from the current version and gets the next number
    v4 = (await client.patch(f"/v1/agents/{agent_id}", json={"description": "d"})).json()
    assert v4["version"] == 4 and v4["instructions"] == "v1" and v4["description"] == "d"

    for bad in ("/versions/9", "?agent_version=9"):
        path = f"/v1/agents/{agent_id}{bad}"
        assert (await client.get(path)).status_code == 404, path
    assert (await client.patch(f"/v1/agents/{agent_id}/version", params={"version": 9})).status_code == 404


async def test_aliases(client) -> None:  # type: ignore[no-untyped-def]
    agent = await create(client, instructions="first")
    agent_id = agent["id"]
    await client.patch(f"/v1/agents/{agent_id}", json={"instructions": "second"})
    r = await client.put(f"/v1/agents/{agent_id}/aliases", params={"alias": "prod", "version": 0})
    assert r.status_code == 200, r.text
    alias = r.json()
    assert alias["alias"] == "prod" and alias["version"] == 0 and alias["created_at"] == alias["updated_at"]
    await client.put(f"/v1/agents/{agent_id}/aliases", params={"alias": "beta", "version": 1})
    listed = (await client.get(f"/v1/agents/{agent_id}/aliases")).json()
    assert [(a["alias"], a["version"]) for a in listed] == [("beta", 1), ("prod", 0)]

    by_alias = (await client.get(f"/v1/agents/{agent_id}", params={"agent_version": "prod"})).json()
    assert by_alias["version"] == 0 and by_alias["instructions"] == "first"
    assert (await client.get(f"/v1/agents/{agent_id}/versions/beta")).json()["instructions"] == "second"

    moved = (await client.put(f"/v1/agents/{agent_id}/aliases", params={"alias": "prod", "version": 1})).json()
    assert moved["version"] == 1 and moved["created_at"] == alias["created_at"]
    assert moved["updated_at"] >= alias["updated_at"]

    r = await client.delete(f"/v1/agents/{agent_id}/aliases", params={"alias": "prod"})
    assert r.status_code == 204 and r.content == b""
    assert (await client.get(f"/v1/agents/{agent_id}", params={"agent_version": "prod"})).status_code == 404
    assert (await client.delete(f"/v1/agents/{agent_id}/aliases", params={"alias": "prod"})).status_code == 404
    r = await client.put(f"/v1/agents/{agent_id}/aliases", params={"alias": "x", "version": 7})
    assert r.status_code == 404
    r = await client.put(f"/v1/agents/{agent_id}/aliases", params={"alias": "Not-Valid", "version": 0})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "alias"]


async def test_list_filters_and_pages(client) -> None:  # type: ignore[no-untyped-def]
    ids = []
    for i in range(5):
        model = "mistral-large-latest" if i == 4 else MODEL
        agent = await create(client, name=f"Agent {i}", model=model, metadata={"team": "a" if i % 2 else "b", "n": i})
        ids.append(agent["id"])
    await client.patch(f"/v1/agents/{ids[0]}", json={"deployment_chat": True})
    everything = (await client.get("/v1/agents")).json()
    assert [a["id"] for a in everything] == ids[::-1]  # newest first
    page = (await client.get("/v1/agents", params={"page_size": 2, "page": 1})).json()
    assert [a["id"] for a in page] == [ids[2], ids[1]]
    assert [a["id"] for a in (await client.get("/v1/agents", params={"name": "Agent 3"})).json()] == [ids[3]]
    assert [a["id"] for a in (await client.get("/v1/agents", params={"search": "agent 4"})).json()] == [ids[4]]
    assert [a["id"] for a in (await client.get("/v1/agents", params={"search": ids[1]})).json()] == [ids[1]]
    assert [a["id"] for a in (await client.get("/v1/agents", params={"id": ids[2]})).json()] == [ids[2]]
    team_a = (await client.get("/v1/agents", params={"metadata": json.dumps({"team": "a"})})).json()
    assert [a["id"] for a in team_a] == [ids[3], ids[1]]
    one = (await client.get("/v1/agents", params={"metadata": json.dumps({"team": "b", "n": 2})})).json()
    assert [a["id"] for a in one] == [ids[2]]
    large = (await client.get("/v1/agents", params={"model": "mistral-large-latest"})).json()
    assert [a["id"] for a in large] == [ids[4]]
    chat = (await client.get("/v1/agents", params={"deployment_chat": "true"})).json()
    assert [a["id"] for a in chat] == [ids[0]]
    assert len((await client.get("/v1/agents", params=[("sources", "api")])).json()) == 5
    assert (await client.get("/v1/agents", params=[("sources", "playground")])).json() == []
    r = await client.get("/v1/agents", params={"metadata": "{oops"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "metadata"]
    assert (await client.get("/v1/agents", params={"page_size": 0})).status_code == 422


async def test_delete(client) -> None:  # type: ignore[no-untyped-def]
    agent = await create(client)
    await client.put(f"/v1/agents/{agent['id']}/aliases", params={"alias": "prod", "version": 0})
    r = await client.delete(f"/v1/agents/{agent['id']}")
    assert r.status_code == 204 and r.content == b""
    assert (await client.get(f"/v1/agents/{agent['id']}")).status_code == 404
    assert (await client.delete(f"/v1/agents/{agent['id']}")).status_code == 404
    assert (await client.get("/v1/agents")).json() == []


async def test_rejected_agents(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.post("/v1/agents", json={"model": "nope", "name": "x"})
    assert r.status_code == 400 and r.json()["type"] == "invalid_model"
    r = await client.post("/v1/agents", json={"model": "mistral-embed", "name": "x"})
    assert r.status_code == 400
    r = await client.post("/v1/agents", json={"model": MODEL})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "name"]
    bad_schema = {"type": "function", "function": {"name": "f", "parameters": {"type": "object", "required": 3}}}
    r = await client.post("/v1/agents", json={"model": MODEL, "name": "x", "tools": [bad_schema]})
    assert r.status_code == 400 and "parameters" in r.json()["message"]
    r = await client.post("/v1/agents", json={"model": MODEL, "name": "x", "tools": [WEATHER_TOOL, WEATHER_TOOL]})
    assert r.status_code == 400 and "Duplicate" in r.json()["message"]
    r = await client.post("/v1/agents", json={"model": MODEL, "name": "x", "handoffs": ["ag_unknown"]})
    assert r.status_code == 400 and "ag_unknown" in r.json()["message"]
    r = await client.post("/v1/agents", json={"model": MODEL, "name": "x", "tools": [{"type": "telepathy"}]})
    assert r.status_code == 422
    agent = await create(client)
    r = await client.patch(f"/v1/agents/{agent['id']}", json={"handoffs": [agent["id"]]})
    assert r.status_code == 400
    r = await client.patch(f"/v1/agents/{agent['id']}", json={"model": "nope"})
    assert r.status_code == 400
    assert (await client.get(f"/v1/agents/{agent['id']}")).json()["versions"] == [0]  # nothing was saved


async def test_state_survives_restart(data_dir: Path) -> None:
    app = create_app(data_dir=data_dir)
    async with make_client(app) as c:
        agent = await create(c, instructions="v0")
        await c.patch(f"/v1/agents/{agent['id']}", json={"instructions": "v1"})
        await c.put(f"/v1/agents/{agent['id']}/aliases", params={"alias": "stable", "version": 0})
    app.state.emulator.close()
    app = create_app(data_dir=data_dir)
    try:
        async with make_client(app) as c:
            again = (await c.get(f"/v1/agents/{agent['id']}")).json()
            assert again["versions"] == [0, 1] and again["instructions"] == "v1"
            stable = (await c.get(f"/v1/agents/{agent['id']}", params={"agent_version": "stable"})).json()
            assert stable["instructions"] == "v0"
    finally:
        app.state.emulator.close()


# --- /v1/agents/completions ---------------------------------------------------------------------


async def test_agent_completion_is_the_chat_completion_of_its_settings(client) -> None:  # type: ignore[no-untyped-def]
    instructions = "You are a concise assistant for lighthouse keepers."
    agent = await create(client, instructions=instructions, completion_args={"temperature": 0.3})
    messages = [user("Tell me about the lighthouse keepers of Brittany")]
    r = await client.post("/v1/agents/completions", json={"agent_id": agent["id"], "messages": messages})
    assert r.status_code == 200, r.text
    answer = r.json()
    assert answer["model"] == MODEL and answer["object"] == "chat.completion"
    same = await client.post(
        "/v1/chat/completions",
        json={
            "model": MODEL,
            "messages": [{"role": "system", "content": instructions}, *messages],
            "temperature": 0.3,
        },
    )
    expected = same.json()
    assert answer["choices"][0]["message"]["content"] == expected["choices"][0]["message"]["content"]
    assert answer["usage"] == expected["usage"]
    # the instructions are in the prompt: a system message costs 2 + its tokens
    plain = await client.post("/v1/chat/completions", json={"model": MODEL, "messages": messages, "temperature": 0.3})
    assert answer["usage"]["prompt_tokens"] == plain.json()["usage"]["prompt_tokens"] + 2 + count_tokens(instructions)


async def test_agent_completion_arguments_and_overrides(client) -> None:  # type: ignore[no-untyped-def]
    agent = await create(client, completion_args={"max_tokens": 4})
    body = {"agent_id": agent["id"], "messages": [user("Explain tides and the moon in detail")]}
    short = (await client.post("/v1/agents/completions", json=body)).json()
    assert short["choices"][0]["finish_reason"] == "length" and short["usage"]["completion_tokens"] == 4
    longer = (await client.post("/v1/agents/completions", json={**body, "max_tokens": 8})).json()
    assert longer["usage"]["completion_tokens"] == 8
    assert longer["choices"][0]["message"]["content"].startswith(short["choices"][0]["message"]["content"])
    seeded = (await client.post("/v1/agents/completions", json={**body, "random_seed": 5, "max_tokens": 40})).json()
    plain = (await client.post("/v1/agents/completions", json={**body, "max_tokens": 40})).json()
    assert seeded["choices"][0]["message"]["content"] != plain["choices"][0]["message"]["content"]


async def test_agent_completion_uses_the_agents_tools(client) -> None:  # type: ignore[no-untyped-def]
    agent = await create(client, tools=[WEATHER_TOOL, {"type": "web_search"}])
    body = {"agent_id": agent["id"], "messages": [user("What is the weather in Lisbon?")]}
    answer = (await client.post("/v1/agents/completions", json=body)).json()
    choice = answer["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    call = choice["message"]["tool_calls"][0]
    assert call["function"]["name"] == "get_weather"
    assert json.loads(call["function"]["arguments"])["location"] == "Lisbon"
    none = (await client.post("/v1/agents/completions", json={**body, "tool_choice": "none"})).json()
    assert none["choices"][0]["finish_reason"] == "stop"


async def test_agent_completion_stream(client) -> None:  # type: ignore[no-untyped-def]
    agent = await create(client, instructions="Be helpful.")
    body = {"agent_id": agent["id"], "messages": [user("Describe the northern lights")]}
    whole = (await client.post("/v1/agents/completions", json=body)).json()
    r = await client.post("/v1/agents/completions", json={**body, "stream": True})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    events = parse_sse(r.text)
    assert events[-1] == (None, "[DONE]")
    chunks = [json.loads(data) for _, data in events[:-1]]
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
    assert text == whole["choices"][0]["message"]["content"]
    assert chunks[-1]["usage"] == whole["usage"] and chunks[-1]["model"] == MODEL


async def test_agent_completion_errors(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.post("/v1/agents/completions", json={"agent_id": "ag_nope", "messages": [user("hi")]})
    assert r.status_code == 404
    agent = await create(client)
    r = await client.post("/v1/agents/completions", json={"agent_id": agent["id"], "messages": []})
    assert r.status_code == 400
    r = await client.post("/v1/agents/completions", json={"agent_id": agent["id"]})
    assert r.status_code == 422
