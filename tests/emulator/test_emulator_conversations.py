"""/v1/conversations: turns, history, restart, store=false, function calls, handoffs, built-in tools,
tool confirmations, streams (checked event by event against ConversationEvents), errors, persistence."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from emulator_contract import ContractError, check_response, component, parse_sse
from emulator_support import API_KEY, BASE_URL
from jsonschema import Draft202012Validator

from mistralkit.emulator import create_app
from mistralkit.emulator.tokenizer import count_chat_prompt, count_tokens

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
            "additionalProperties": False,
        },
    },
}
CONVERSATION_STREAMS = re.compile(r"^/v1/conversations(/[^/]+(/restart)?)?$")


def check_conversation_stream(response: httpx2.Response) -> list[tuple[str, dict[str, Any]]]:
    """Every event is named, its name is its ``type``, and it validates as ``ConversationEvents``."""
    events = []
    for name, data in parse_sse(response.text):
        payload = json.loads(data)
        if name is None or payload.get("type") != name:
            raise ContractError(f"event {name!r} carries {payload.get('type')!r}")
        errors = list(component("ConversationEvents").iter_errors({"event": name, "data": payload}))
        if errors:
            raise ContractError(f"{name}: " + "; ".join(e.message for e in errors[:3]))
        events.append((name, payload))
    return events


class Checker:
    """Response hook: the shared contract checker, plus conversation streams."""

    async def __call__(self, response: httpx2.Response) -> None:
        await response.aread()
        streamed = response.headers.get("content-type", "").startswith("text/event-stream")
        if streamed and CONVERSATION_STREAMS.match(response.request.url.path):
            check_conversation_stream(response)
        else:
            check_response(response)


def conversation_client(app: Any) -> httpx2.AsyncClient:
    return httpx2.AsyncClient(
        transport=httpx2.ASGITransport(app=app),
        base_url=BASE_URL,
        headers={"Authorization": f"Bearer {API_KEY}"},
        event_hooks={"response": [Checker()]},
    )


@pytest.fixture
def app(data_dir: Path) -> Any:
    application = create_app(data_dir=data_dir)
    yield application
    application.state.emulator.close()


@pytest.fixture
async def client(app: Any) -> AsyncIterator[httpx2.AsyncClient]:
    async with conversation_client(app) as c:
        yield c


async def post(client, path: str, body: dict[str, Any], status: int = 200) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    r = await client.post(path, json=body)
    assert r.status_code == status, r.text
    return r.json()


async def start(client, **body: Any) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    body.setdefault("model", MODEL) if "agent_id" not in body else None
    return await post(client, "/v1/conversations", body)


async def agent(client, **fields: Any) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return await post(client, "/v1/agents", {"model": MODEL, "name": "Helper", **fields})


async def history(client, conversation_id: str) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    r = await client.get(f"/v1/conversations/{conversation_id}/history")
    assert r.status_code == 200, r.text
    return r.json()["entries"]


def text_of(entry: dict[str, Any]) -> str:
    content = entry["content"]
    if isinstance(content, str):
        return content
    return "".join(c.get("text", "") for c in content if c["type"] == "text")


# --- basics -------------------------------------------------------------------------------------


async def test_start_append_history_messages(client) -> None:  # type: ignore[no-untyped-def]
    first = await start(client, inputs="Tell me about lighthouses", instructions="Be brief.", name="lights")
    assert first["object"] == "conversation.response"
    conversation_id = first["conversation_id"]
    assert re.fullmatch(r"conv_[0-9a-f]{32}", conversation_id)
    [output] = first["outputs"]
    assert output["type"] == "message.output" and output["role"] == "assistant" and output["model"] == MODEL
    assert re.fullmatch(r"msg_[0-9a-f]{32}", output["id"]) and output["completed_at"] >= output["created_at"]
    assert "lighthouses" in output["content"]

    second = await post(client, f"/v1/conversations/{conversation_id}", {"inputs": "And what about their keepers?"})
    assert second["conversation_id"] == conversation_id
    assert "keepers" in second["outputs"][0]["content"]
    assert second["usage"]["prompt_tokens"] > first["usage"]["prompt_tokens"]  # the history is in the prompt

    entries = await history(client, conversation_id)
    assert [(e["type"], e.get("role")) for e in entries] == [
        ("message.input", "user"),
        ("message.output", "assistant"),
        ("message.input", "user"),
        ("message.output", "assistant"),
    ]
    assert entries[1] == output and entries[3] == second["outputs"][0]
    assert entries[0]["content"] == "Tell me about lighthouses" and entries[0]["object"] == "entry"
    messages = (await client.get(f"/v1/conversations/{conversation_id}/messages")).json()
    assert messages["object"] == "conversation.messages" and messages["messages"] == entries

    conv = (await client.get(f"/v1/conversations/{conversation_id}")).json()
    assert conv["object"] == "conversation" and conv["id"] == conversation_id and conv["model"] == MODEL
    assert conv["instructions"] == "Be brief." and conv["name"] == "lights" and conv["tools"] == []
    assert conv["completion_args"]["tool_choice"] == "auto"
    assert conv["updated_at"] > conv["created_at"]


async def test_answers_are_deterministic_and_match_chat(client) -> None:  # type: ignore[no-untyped-def]
    body = {
        "inputs": "Explain how tides work",
        "instructions": "Answer simply.",
        "completion_args": {"temperature": 0.4},
    }
    one = await start(client, **body)
    two = await start(client, **body)
    assert one["conversation_id"] != two["conversation_id"]
    assert one["outputs"][0]["content"] == two["outputs"][0]["content"]
    messages = [{"role": "system", "content": "Answer simply."}, {"role": "user", "content": "Explain how tides work"}]
    chat = await post(client, "/v1/chat/completions", {"model": MODEL, "messages": messages, "temperature": 0.4})
    assert one["outputs"][0]["content"] == chat["choices"][0]["message"]["content"]
    usage = one["usage"]
    assert usage["prompt_tokens"] == count_chat_prompt(messages) == chat["usage"]["prompt_tokens"]
    assert usage["completion_tokens"] == count_tokens(one["outputs"][0]["content"])
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    assert usage["connector_tokens"] is None and usage["connectors"] is None
    other = await start(client, **{**body, "completion_args": {"temperature": 0.4, "random_seed": 3}})
    assert other["outputs"][0]["content"] != one["outputs"][0]["content"]


async def test_completion_args(client) -> None:  # type: ignore[no-untyped-def]
    first = await start(client, inputs="Describe volcanoes", completion_args={"max_tokens": 5})
    assert first["usage"]["completion_tokens"] == 5
    conversation_id = first["conversation_id"]
    more = await post(
        client, f"/v1/conversations/{conversation_id}", {"inputs": "More please", "completion_args": {"max_tokens": 9}}
    )
    assert more["usage"]["completion_tokens"] == 9
    schema = {"type": "object", "properties": {"summary": {"type": "string"}}, "required": ["summary"]}
    fmt = {"type": "json_schema", "json_schema": {"name": "s", "schema": schema}}
    structured = await start(client, inputs="Summarize volcanoes", completion_args={"response_format": fmt})
    assert set(json.loads(structured["outputs"][0]["content"])) == {"summary"}


async def test_list_get_delete(client) -> None:  # type: ignore[no-untyped-def]
    ids = []
    for i in range(4):
        r = await start(client, inputs=f"Question {i} about rivers", metadata={"n": i, "even": i % 2 == 0})
        ids.append(r["conversation_id"])
    listed = (await client.get("/v1/conversations")).json()
    assert [c["id"] for c in listed] == ids[::-1]
    page = (await client.get("/v1/conversations", params={"page_size": 3, "page": 1})).json()
    assert [c["id"] for c in page] == [ids[0]]
    even = (await client.get("/v1/conversations", params={"metadata": json.dumps({"even": True})})).json()
    assert [c["id"] for c in even] == [ids[2], ids[0]]
    assert (await client.get("/v1/conversations", params={"metadata": "[1"})).status_code == 422
    assert (await client.get("/v1/conversations", params={"page": -1})).status_code == 422
    r = await client.delete(f"/v1/conversations/{ids[0]}")
    assert r.status_code == 204 and r.content == b""
    for path in ("", "/history", "/messages"):
        assert (await client.get(f"/v1/conversations/{ids[0]}{path}")).status_code == 404
    assert (await client.delete(f"/v1/conversations/{ids[0]}")).status_code == 404
    r = await client.post(f"/v1/conversations/{ids[0]}", json={"inputs": "hello?"})
    assert r.status_code == 404 and r.json()["type"] == "not_found"


async def test_store_false(client) -> None:  # type: ignore[no-untyped-def]
    stored = await start(client, inputs="Tell me about owls")
    unsaved = await start(client, inputs="Tell me about owls", store=False)
    assert unsaved["outputs"][0]["content"] == stored["outputs"][0]["content"]
    assert (await client.get(f"/v1/conversations/{unsaved['conversation_id']}")).status_code == 404
    assert [c["id"] for c in (await client.get("/v1/conversations")).json()] == [stored["conversation_id"]]
    conversation_id = stored["conversation_id"]
    answer = await post(client, f"/v1/conversations/{conversation_id}", {"inputs": "And barn owls?", "store": False})
    assert answer["outputs"][0]["type"] == "message.output"
    assert len(await history(client, conversation_id)) == 2  # nothing was added


async def test_restart(client) -> None:  # type: ignore[no-untyped-def]
    first = await start(client, inputs="Tell me about glaciers", metadata={"v": 1})
    conversation_id = first["conversation_id"]
    await post(client, f"/v1/conversations/{conversation_id}", {"inputs": "How fast do they move?"})
    original = await history(client, conversation_id)
    # restart from the first answer with a different follow-up question
    branch = await post(
        client,
        f"/v1/conversations/{conversation_id}/restart",
        {"from_entry_id": original[1]["id"], "inputs": "Where are the largest ones?", "metadata": {"v": 2}},
    )
    new_id = branch["conversation_id"]
    assert new_id != conversation_id
    copied = await history(client, new_id)
    assert copied[:2] == original[:2]  # the same entries, ids included
    assert copied[2]["content"] == "Where are the largest ones?" and copied[3] == branch["outputs"][0]
    assert await history(client, conversation_id) == original  # the original is untouched
    assert (await client.get(f"/v1/conversations/{new_id}")).json()["metadata"] == {"v": 2}
    # restarting from a question without new inputs answers it again, identically
    again = await post(client, f"/v1/conversations/{conversation_id}/restart", {"from_entry_id": original[0]["id"]})
    assert again["outputs"][0]["content"] == original[1]["content"]
    # errors
    restart = f"/v1/conversations/{conversation_id}/restart"
    r = await client.post(restart, json={"from_entry_id": "msg_nope", "inputs": "x"})
    assert r.status_code == 400 and r.json()["param"] == "from_entry_id"
    r = await client.post(f"/v1/conversations/{conversation_id}/restart", json={"from_entry_id": original[1]["id"]})
    assert r.status_code == 400 and r.json()["type"] == "invalid_request_message_order"
    r = await client.post("/v1/conversations/conv_nope/restart", json={"from_entry_id": original[1]["id"]})
    assert r.status_code == 404


async def test_rejected_requests(client) -> None:  # type: ignore[no-untyped-def]
    helper = await agent(client)
    cases = [
        ({"inputs": "hi"}, 400),
        ({"inputs": "hi", "model": MODEL, "agent_id": helper["id"]}, 400),
        ({"inputs": "hi", "agent_id": helper["id"], "instructions": "x"}, 400),
        ({"inputs": "hi", "agent_id": "ag_nope"}, 404),
        ({"inputs": "hi", "agent_id": helper["id"], "agent_version": 7}, 404),
        ({"inputs": "hi", "model": "nope"}, 400),
        ({"inputs": "hi", "model": "mistral-embed"}, 400),
        ({"inputs": [], "model": MODEL}, 400),
        ({"inputs": [{"role": "assistant", "content": "I said"}], "model": MODEL}, 400),
        ({"model": MODEL}, 422),
        ({"inputs": "hi", "model": MODEL, "tools": [{"type": "nope"}]}, 422),
        ({"inputs": [{"role": "robot", "content": "beep"}], "model": MODEL}, 422),
    ]
    for body, status in cases:
        r = await client.post("/v1/conversations", json=body)
        assert r.status_code == status, (body, r.text)
    conv = await start(client, inputs="hello there")
    r = await client.post(f"/v1/conversations/{conv['conversation_id']}", json={})
    assert r.status_code == 400


# --- function calls -------------------------------------------------------------------------------


async def test_function_call_round_trip(client) -> None:  # type: ignore[no-untyped-def]
    first = await start(client, inputs="What's the weather in Lisbon?", tools=[WEATHER_TOOL])
    [call] = first["outputs"]
    assert call["type"] == "function.call" and call["name"] == "get_weather"
    assert re.fullmatch(r"fc_[0-9a-f]{32}", call["id"]) and re.fullmatch(r"[A-Za-z0-9]{9}", call["tool_call_id"])
    arguments = json.loads(call["arguments"])
    Draft202012Validator(WEATHER_TOOL["function"]["parameters"]).validate(arguments)
    assert arguments["location"] == "Lisbon"
    usage = first["usage"]
    assert usage["completion_tokens"] == count_tokens("get_weather") + count_tokens(call["arguments"])

    conversation_id = first["conversation_id"]
    r = await client.post(f"/v1/conversations/{conversation_id}", json={"inputs": "Never mind"})
    assert r.status_code == 400 and call["tool_call_id"] in r.json()["message"]
    r = await client.post(
        f"/v1/conversations/{conversation_id}", json={"inputs": [{"tool_call_id": "zzz", "result": "{}"}]}
    )
    assert r.status_code == 400

    result = json.dumps({"temperature": 23, "conditions": "sunny"})
    answer = await post(
        client,
        f"/v1/conversations/{conversation_id}",
        {"inputs": [{"type": "function.result", "tool_call_id": call["tool_call_id"], "result": result}]},
    )
    [message] = answer["outputs"]
    assert message["type"] == "message.output"
    assert "get_weather" in message["content"] and "23" in message["content"] and "sunny" in message["content"]
    entries = await history(client, conversation_id)
    assert [e["type"] for e in entries] == ["message.input", "function.call", "function.result", "message.output"]
    assert re.fullmatch(r"fr_[0-9a-f]{32}", entries[2]["id"])
    # a function result is not a message
    messages = (await client.get(f"/v1/conversations/{conversation_id}/messages")).json()["messages"]
    assert [m["type"] for m in messages] == ["message.input", "message.output"]


async def test_tool_choice(client) -> None:  # type: ignore[no-untyped-def]
    forced = await start(client, inputs="Hello there", tools=[WEATHER_TOOL], completion_args={"tool_choice": "any"})
    assert forced["outputs"][0]["type"] == "function.call"
    none = await start(
        client, inputs="Weather in Oslo?", tools=[WEATHER_TOOL], completion_args={"tool_choice": "none"}
    )
    assert none["outputs"][0]["type"] == "message.output"
    unrelated = await start(client, inputs="Tell me a story about dragons", tools=[WEATHER_TOOL])
    assert unrelated["outputs"][0]["type"] == "message.output"


# --- handoffs ---------------------------------------------------------------------------------------


async def make_team(client) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:  # type: ignore[no-untyped-def]
    weather = await agent(client, name="Weather Agent", description="Forecasts and climate questions")
    finance = await agent(
        client, name="Finance Agent", description="Stock markets and interest rates", model="mistral-large-latest"
    )
    triage = await agent(client, name="Triage", handoffs=[weather["id"], finance["id"]])
    return triage, weather, finance


async def test_handoff_executed_on_the_server(client) -> None:  # type: ignore[no-untyped-def]
    triage, weather, finance = await make_team(client)
    r = await start(client, agent_id=triage["id"], inputs="What is the interest rate outlook for the stock market?")
    handoff, message = r["outputs"]
    assert handoff["type"] == "agent.handoff" and re.fullmatch(r"handoff_[0-9a-f]{32}", handoff["id"])
    assert (handoff["previous_agent_id"], handoff["previous_agent_name"]) == (triage["id"], "Triage")
    assert (handoff["next_agent_id"], handoff["next_agent_name"]) == (finance["id"], "Finance Agent")
    assert message["type"] == "message.output" and message["agent_id"] == finance["id"]
    assert message["model"] == "mistral-large-latest"
    conv = (await client.get(f"/v1/conversations/{r['conversation_id']}")).json()
    assert conv["agent_id"] == triage["id"] and conv["agent_version"] is None and "model" not in conv
    # each turn starts with the conversation's agent, which routes again
    nxt = await post(client, f"/v1/conversations/{r['conversation_id']}", {"inputs": "Any forecasts of rain?"})
    assert nxt["outputs"][0]["next_agent_id"] == weather["id"]
    assert nxt["outputs"][1]["agent_id"] == weather["id"]
    # without a match, the triage agent answers itself
    plain = await start(client, agent_id=triage["id"], inputs="Hello, who are you?")
    assert [o["type"] for o in plain["outputs"]] == ["message.output"]
    assert plain["outputs"][0]["agent_id"] == triage["id"]


async def test_handoff_executed_by_the_client(client) -> None:  # type: ignore[no-untyped-def]
    triage, weather, _ = await make_team(client)
    r = await start(client, agent_id=triage["id"], inputs="Will the forecasts show rain?", handoff_execution="client")
    [handoff] = r["outputs"]
    assert handoff["type"] == "agent.handoff" and handoff["next_agent_id"] == weather["id"]
    assert r["usage"]["completion_tokens"] == count_tokens("Weather Agent")


async def test_agent_conversations_follow_versions(client) -> None:  # type: ignore[no-untyped-def]
    helper = await agent(client, instructions="Version zero.")
    await client.patch(f"/v1/agents/{helper['id']}", json={"instructions": "Version one, longer instructions."})
    await client.put(f"/v1/agents/{helper['id']}/aliases", params={"alias": "old", "version": 0})
    latest = await start(client, agent_id=helper["id"], inputs="Hi about comets")
    pinned = await start(client, agent_id=helper["id"], agent_version="old", inputs="Hi about comets")
    assert latest["usage"]["prompt_tokens"] > pinned["usage"]["prompt_tokens"]
    conv = (await client.get(f"/v1/conversations/{pinned['conversation_id']}")).json()
    assert conv["agent_version"] == "old"
    restarted = await post(
        client,
        f"/v1/conversations/{pinned['conversation_id']}/restart",
        {"from_entry_id": (await history(client, pinned["conversation_id"]))[0]["id"], "agent_version": 1},
    )
    assert restarted["usage"]["prompt_tokens"] == latest["usage"]["prompt_tokens"]
    await client.delete(f"/v1/agents/{helper['id']}")
    r = await client.post(f"/v1/conversations/{latest['conversation_id']}", json={"inputs": "still there?"})
    assert r.status_code == 404


# --- built-in tools ---------------------------------------------------------------------------------


async def test_web_search_is_an_offline_emulation(client) -> None:  # type: ignore[no-untyped-def]
    r = await start(client, inputs="Search the latest news about Antarctic penguins", tools=[{"type": "web_search"}])
    execution, message = r["outputs"]
    assert execution["type"] == "tool.execution" and execution["name"] == "web_search"
    assert re.fullmatch(r"tool_exec_[0-9a-f]{32}", execution["id"])
    assert json.loads(execution["arguments"])["query"]
    info = execution["info"]
    assert info["offline_emulation"] is True and "no web search was performed" in info["notice"]
    assert all(res["url"].split("/")[2].endswith(".example") for res in info["results"])
    references = [c for c in message["content"] if c["type"] == "tool_reference"]
    assert [ref["url"] for ref in references] == [res["url"] for res in info["results"]]
    assert all(ref["tool"] == "web_search" and ref["title"] for ref in references)
    assert "Offline search results" in text_of(message)
    usage = r["usage"]
    assert usage["connectors"] == {"web_search": 1} and usage["connector_tokens"] > 0
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"] + usage["connector_tokens"]
    # no trigger word: no search
    quiet = await start(client, inputs="Tell me about penguins", tools=[{"type": "web_search"}])
    assert [o["type"] for o in quiet["outputs"]] == ["message.output"]
    forced = await start(
        client,
        inputs="Tell me about penguins",
        tools=[{"type": "web_search_premium"}],
        completion_args={"tool_choice": "any"},
    )
    assert forced["outputs"][0]["name"] == "web_search_premium"


async def test_code_interpreter_evaluates_arithmetic_only(client) -> None:  # type: ignore[no-untyped-def]
    r = await start(client, inputs="Please calculate (12 + 30) * 2^3 for me", tools=[{"type": "code_interpreter"}])
    execution, message = r["outputs"]
    assert execution["name"] == "code_interpreter"
    info = execution["info"]
    assert info["offline_emulation"] is True and info["executed"] is True and info["output"] == "336"
    assert json.loads(execution["arguments"])["code"] == info["code"] == "result = (12 + 30) * 2**3\nprint(result)"
    assert "336" in message["content"]
    code = "Run this python code:\n```python\nimport os\nos.remove('x')\n```"
    r = await start(client, inputs=code, tools=[{"type": "code_interpreter"}])
    info = r["outputs"][0]["info"]
    assert info["executed"] is False and info["output"] == "" and "os.remove" in info["code"]


async def test_image_generation_stores_a_placeholder_file(client) -> None:  # type: ignore[no-untyped-def]
    r = await start(client, inputs="Draw a picture of a red fox", tools=[{"type": "image_generation"}])
    execution, message = r["outputs"]
    assert execution["info"]["offline_emulation"] is True
    [chunk] = [c for c in message["content"] if c["type"] == "tool_file"]
    assert chunk["tool"] == "image_generation" and chunk["file_type"] == "png"
    download = await client.get(f"/v1/files/{chunk['file_id']}/content")
    assert download.status_code == 200 and download.content.startswith(b"\x89PNG\r\n\x1a\n")
    again = await start(client, inputs="Draw a picture of a red fox", tools=[{"type": "image_generation"}])
    file_id = [c for c in again["outputs"][1]["content"] if c["type"] == "tool_file"][0]["file_id"]
    assert (await client.get(f"/v1/files/{file_id}/content")).content == download.content  # same prompt, same image


async def test_document_library_cites_search_results(client, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from mistralkit.emulator import libraries

    seen: list[tuple[list[str], str]] = []

    def fake_search(state: Any, library_ids: list[str], query: str, limit: int = 5) -> list[dict[str, Any]]:
        seen.append((library_ids, query))
        return [
            {"library_id": "lib-1", "document_id": "d1", "document_name": "handbook.pdf", "score": 0.61,
             "text": "Welcome. Employees get 25 vacation days per year. Ask HR for details."},
            {"library_id": "lib-1", "document_id": "d2", "document_name": "menu.md", "score": 0.05,
             "text": "Soup of the day: leek and potato."},
        ]

    monkeypatch.setattr(libraries, "search_libraries", fake_search)
    tool = {"type": "document_library", "library_ids": ["lib-1"]}
    r = await start(client, inputs="How many vacation days do employees get?", tools=[tool])
    execution, message = r["outputs"]
    assert execution["name"] == "document_library" and "offline_emulation" not in execution["info"]
    assert seen == [(["lib-1"], "How many vacation days do employees get?")]
    assert [res["document_name"] for res in execution["info"]["results"]] == ["handbook.pdf", "menu.md"]
    references = [c for c in message["content"] if c["type"] == "tool_reference"]
    assert [(ref["title"], ref["tool"]) for ref in references] == [("handbook.pdf", "document_library")]
    assert references[0]["description"] == "Employees get 25 vacation days per year."
    assert "25 vacation days" in text_of(message)


async def test_tool_confirmations(client) -> None:  # type: ignore[no-untyped-def]
    tool = {"type": "web_search", "tool_configuration": {"requires_confirmation": ["web_search"]}}
    first = await start(client, inputs="Search the web for comet news", tools=[tool])
    [pending] = first["outputs"]
    assert pending["type"] == "function.call" and pending["name"] == "web_search"
    assert pending["confirmation_status"] == "pending"
    conversation_id = first["conversation_id"]
    r = await client.post(f"/v1/conversations/{conversation_id}", json={"inputs": "hurry up"})
    assert r.status_code == 400 and r.json()["param"] == "tool_confirmations"
    r = await client.post(
        f"/v1/conversations/{conversation_id}",
        json={"tool_confirmations": [{"tool_call_id": "other", "confirmation": "allow"}]},
    )
    assert r.status_code == 400
    allowed = await post(
        client,
        f"/v1/conversations/{conversation_id}",
        {"tool_confirmations": [{"tool_call_id": pending["tool_call_id"], "confirmation": "allow"}]},
    )
    assert [o["type"] for o in allowed["outputs"]] == ["tool.execution", "message.output"]
    entries = await history(client, conversation_id)
    assert entries[1]["confirmation_status"] == "allowed"
    # denied
    second = await start(client, inputs="Search the web for comet news", tools=[tool])
    denied = await post(
        client,
        f"/v1/conversations/{second['conversation_id']}",
        {"tool_confirmations": [{"tool_call_id": second["outputs"][0]["tool_call_id"], "confirmation": "deny"}]},
    )
    [message] = denied["outputs"]
    assert "denied" in message["content"]


# --- streams ----------------------------------------------------------------------------------------


def assemble(events: list[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """Rebuild output entries from stream events."""
    outputs: dict[int, dict[str, Any]] = {}
    for name, data in events:
        index = data.get("output_index")
        if name == "message.output.delta":
            out = outputs.setdefault(index, {"type": "message.output", "id": data["id"], "chunks": {}})
            chunks = out["chunks"]
            piece = data["content"]
            if isinstance(piece, str):
                chunks[data["content_index"]] = chunks.get(data["content_index"], "") + piece
            else:
                chunks[data["content_index"]] = piece
        elif name == "function.call.delta":
            out = outputs.setdefault(index, {"type": "function.call", "id": data["id"], "arguments": ""})
            out.update(name=data["name"], tool_call_id=data["tool_call_id"])
            out["arguments"] += data["arguments"]
        elif name.startswith("tool.execution."):
            out = outputs.setdefault(index, {"type": "tool.execution", "id": data["id"], "arguments": ""})
            out["name"] = data["name"]
            if name == "tool.execution.delta":
                out["arguments"] += data["arguments"]
            if name == "tool.execution.done":
                out["info"] = data["info"]
        elif name.startswith("agent.handoff."):
            out = outputs.setdefault(index, {"type": "agent.handoff", "id": data["id"]})
            out.update({k: v for k, v in data.items() if k.startswith(("previous_", "next_"))})
    rebuilt = []
    for index in sorted(outputs):
        out = outputs[index]
        if out["type"] == "message.output":
            chunks = [out["chunks"][i] for i in sorted(out["chunks"])]
            if len(chunks) == 1 and isinstance(chunks[0], str):
                out["content"] = chunks[0]
            else:
                out["content"] = [{"type": "text", "text": c} if isinstance(c, str) else c for c in chunks]
            del out["chunks"]
        rebuilt.append(out)
    return rebuilt


def comparable(entry: dict[str, Any]) -> dict[str, Any]:
    keys = {"type", "id", "content", "name", "arguments", "tool_call_id", "info"}
    keys |= {"previous_agent_id", "previous_agent_name", "next_agent_id", "next_agent_name"}
    return {k: v for k, v in entry.items() if k in keys}


async def stream(client, path: str, body: dict[str, Any], **kwargs: Any) -> list[tuple[str, dict[str, Any]]]:  # type: ignore[no-untyped-def]
    r = await client.post(path, json={**body, "stream": True}, **kwargs)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/event-stream")
    assert "[DONE]" not in r.text
    return check_conversation_stream(r)


async def test_stream_start_append_restart(client) -> None:  # type: ignore[no-untyped-def]
    body = {"model": MODEL, "inputs": "Describe the aurora", "tools": [WEATHER_TOOL]}
    events = await stream(client, "/v1/conversations", body)
    names = [n for n, _ in events]
    assert names[0] == "conversation.response.started" and names[-1] == "conversation.response.done"
    assert set(names[1:-1]) == {"message.output.delta"}
    conversation_id = events[0][1]["conversation_id"]
    entries = await history(client, conversation_id)
    [rebuilt] = assemble(events)
    assert comparable(rebuilt) == comparable(entries[1])
    assert len(names) - 2 == count_tokens(entries[1]["content"]) == events[-1][1]["usage"]["completion_tokens"]

    # a function call streamed
    events = await stream(client, f"/v1/conversations/{conversation_id}", {"inputs": "And the weather in Tromso?"})
    assert [n for n, _ in events][1:-1] == ["function.call.delta"] * (len(events) - 2)
    entries = await history(client, conversation_id)
    assert comparable(assemble(events)[0]) == comparable(entries[3])

    # restart streamed: same outputs as the plain request
    body = {"from_entry_id": entries[0]["id"]}
    plain = await post(client, f"/v1/conversations/{conversation_id}/restart", body)
    events = await stream(client, f"/v1/conversations/{conversation_id}/restart", body)
    assert events[0][1]["conversation_id"] not in (conversation_id, plain["conversation_id"])
    assert [comparable(o) | {"id": None} for o in assemble(events)] == [
        comparable(o) | {"id": None} for o in plain["outputs"]
    ]
    assert events[-1][1]["usage"] == plain["usage"]


async def test_stream_with_tools_and_handoff(client) -> None:  # type: ignore[no-untyped-def]
    weather = await agent(
        client, name="Weather Agent", description="Forecasts", tools=[{"type": "web_search"}]
    )
    triage = await agent(client, name="Triage", handoffs=[weather["id"]])
    body = {"agent_id": triage["id"], "inputs": "Search today's forecasts for Bergen"}
    events = await stream(client, "/v1/conversations", body)
    names = [n for n, _ in events]
    order = [n for i, n in enumerate(names) if i == 0 or names[i - 1] != n]
    assert order == [
        "conversation.response.started",
        "agent.handoff.started",
        "agent.handoff.done",
        "tool.execution.started",
        "tool.execution.delta",
        "tool.execution.done",
        "message.output.delta",
        "conversation.response.done",
    ]
    indexes = [d["output_index"] for n, d in events if "output_index" in d]
    assert indexes == sorted(indexes) and set(indexes) == {0, 1, 2}
    started = next(d for n, d in events if n == "tool.execution.started")
    assert started["arguments"] == "" and started["agent_id"] == weather["id"]
    content_indexes = {d["content_index"] for n, d in events if n == "message.output.delta"}
    assert len(content_indexes) > 2  # text and tool_reference chunks
    entries = await history(client, events[0][1]["conversation_id"])
    assert [comparable(o) for o in assemble(events)] == [comparable(e) for e in entries[1:]]


async def test_stream_error_fault(client) -> None:  # type: ignore[no-untyped-def]
    body = {"model": MODEL, "inputs": "Describe the aurora", "stream": True}
    r = await client.post("/v1/conversations", json=body, headers={"x-mistralkit-fault": "stream-error=3"})
    events = check_conversation_stream(r)
    assert [n for n, _ in events][-1] == "conversation.response.error" and len(events) == 4
    assert events[-1][1]["code"] == 3000 and "stream-error" in events[-1][1]["message"]


async def test_state_survives_restart(data_dir: Path) -> None:
    app = create_app(data_dir=data_dir)
    async with conversation_client(app) as c:
        helper = await agent(c, instructions="Be kind.")
        first = await start(c, agent_id=helper["id"], inputs="Tell me about bees")
        before = await history(c, first["conversation_id"])
    app.state.emulator.close()
    app = create_app(data_dir=data_dir)
    try:
        async with conversation_client(app) as c:
            assert await history(c, first["conversation_id"]) == before
            more = await post(c, f"/v1/conversations/{first['conversation_id']}", {"inputs": "And wasps?"})
            assert more["outputs"][0]["agent_id"] == helper["id"]
            assert len(await history(c, first["conversation_id"])) == 4
    finally:
        app.state.emulator.close()


def test_acknowledged_turns_survive_kill_9(tmp_path: Path) -> None:
    from test_emulator_server import AUTH, Server

    data_dir = tmp_path / "data"
    first = Server(data_dir)
    try:
        with httpx2.Client(base_url=first.url, headers=AUTH, timeout=10) as c:
            helper = c.post("/v1/agents", json={"model": MODEL, "name": "Durable"}).json()
            c.patch(f"/v1/agents/{helper['id']}", json={"instructions": "v1"})
            started = c.post("/v1/conversations", json={"agent_id": helper["id"], "inputs": "Tell me about oak trees"})
            conversation_id = started.json()["conversation_id"]
            with c.stream(
                "POST", f"/v1/conversations/{conversation_id}", json={"inputs": "And birches?", "stream": True}
            ) as resp:
                assert resp.headers["content-type"].startswith("text/event-stream")
                names = [line[7:] for line in resp.iter_lines() if line.startswith("event: ")]
            assert names[0] == "conversation.response.started" and names[-1] == "conversation.response.done"
        first.kill_hard()
    finally:
        first.stop()
    second = Server(data_dir)
    try:
        with httpx2.Client(base_url=second.url, headers=AUTH, timeout=10) as c:
            assert c.get(f"/v1/agents/{helper['id']}").json()["versions"] == [0, 1]
            entries = c.get(f"/v1/conversations/{conversation_id}/history").json()["entries"]
            assert [e["type"] for e in entries] == ["message.input", "message.output"] * 2
    finally:
        second.stop()
