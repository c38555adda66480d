"""Agents and conversations end to end through the mistralkit client, against the in-process emulator.

agent -> conversation -> append -> restart -> history; a function call round trip; typed, ordered
stream events; agents completions honouring the agent's settings; versions and aliases; handoffs;
store=false; built-in tools; sync and async clients.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

import pytest

pytest.importorskip("starlette")

from mistralkit import APIStreamError, BadRequestError, NotFoundError  # noqa: E402
from mistralkit.emulator import create_app  # noqa: E402
from mistralkit.testing import emulated_async_client, emulated_client  # noqa: E402
from mistralkit.types import (  # noqa: E402
    AgentHandoffDoneEvent,
    AgentHandoffEntry,
    AgentHandoffStartedEvent,
    FunctionCallEntry,
    FunctionCallEvent,
    MessageOutputEntry,
    MessageOutputEvent,
    ResponseDoneEvent,
    ResponseStartedEvent,
    ToolExecutionDoneEvent,
    ToolExecutionEntry,
    ToolExecutionStartedEvent,
)

MODEL = "mistral-small-latest"
WEATHER = {
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


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Any]:
    application = create_app(data_dir=tmp_path / "emulator")
    yield application
    application.state.emulator.close()


@pytest.fixture
def client(app: Any) -> Iterator[Any]:
    c = emulated_client(app)
    yield c
    c.close()


def text(entry: Any) -> str:
    content = entry.content
    if isinstance(content, str):
        return content
    return "".join(getattr(chunk, "text", "") or "" for chunk in content)


def test_agent_conversation_append_restart_history(client: Any) -> None:
    agent = client.beta.agents.create(
        model=MODEL, name="Guide", description="A museum guide", instructions="Answer like a museum guide."
    )
    assert agent.id.startswith("ag_") and agent.version == 0

    first = client.beta.conversations.start(agent_id=agent.id, inputs="Tell me about the Rosetta Stone")
    [answer] = first.outputs
    assert isinstance(answer, MessageOutputEntry) and answer.agent_id == agent.id and answer.model == MODEL
    assert "Rosetta" in answer.content
    conversation_id = first.conversation_id

    second = client.beta.conversations.append(conversation_id=conversation_id, inputs="Who found it?")
    assert second.conversation_id == conversation_id
    assert second.usage.prompt_tokens > first.usage.prompt_tokens

    history = client.beta.conversations.get_history(conversation_id=conversation_id)
    assert [e.type for e in history.entries] == ["message.input", "message.output"] * 2
    assert history.entries[1].id == answer.id

    branch = client.beta.conversations.restart(
        conversation_id=conversation_id, from_entry_id=answer.id, inputs="Where is it displayed?"
    )
    assert branch.conversation_id != conversation_id
    branched = client.beta.conversations.get_history(conversation_id=branch.conversation_id)
    assert [e.id for e in branched.entries[:2]] == [e.id for e in history.entries[:2]]
    assert branched.entries[2].content == "Where is it displayed?"
    assert len(client.beta.conversations.get_history(conversation_id=conversation_id).entries) == 4

    conversation = client.beta.conversations.get(conversation_id=branch.conversation_id)
    assert conversation.agent_id == agent.id
    messages = client.beta.conversations.get_messages(conversation_id=branch.conversation_id)
    assert len(messages.messages) == 4

    listed = client.beta.conversations.list(page_size=2)
    assert [c.id for c in listed.items] == [branch.conversation_id, conversation_id]
    client.beta.conversations.delete(conversation_id=branch.conversation_id)
    with pytest.raises(NotFoundError):
        client.beta.conversations.get(conversation_id=branch.conversation_id)


def test_function_call_round_trip(client: Any) -> None:
    response = client.beta.conversations.start(
        model=MODEL, inputs="What's the weather like in Paris today?", tools=[WEATHER]
    )
    [call] = response.outputs
    assert isinstance(call, FunctionCallEntry) and call.name == "get_weather"
    arguments = json.loads(call.arguments)
    assert arguments["location"] == "Paris"
    result = json.dumps({"temperature": 18, "conditions": "cloudy"})
    final = client.beta.conversations.append(
        conversation_id=response.conversation_id,
        inputs=[{"type": "function.result", "tool_call_id": call.tool_call_id, "result": result}],
    )
    [message] = final.outputs
    assert isinstance(message, MessageOutputEntry)
    assert "18" in message.content and "cloudy" in message.content
    with pytest.raises(BadRequestError):
        client.beta.conversations.append(
            conversation_id=response.conversation_id,
            inputs=[{"type": "function.result", "tool_call_id": "unknown", "result": "{}"}],
        )


def test_streamed_events_are_typed_and_ordered(client: Any) -> None:
    plain = client.beta.conversations.start(model=MODEL, inputs="Explain the water cycle", store=False)
    events = []
    with client.beta.conversations.start_stream(model=MODEL, inputs="Explain the water cycle") as stream:
        for event in stream:
            events.append(event)
    assert isinstance(events[0].data, ResponseStartedEvent) and events[0].event == "conversation.response.started"
    assert isinstance(events[-1].data, ResponseDoneEvent)
    deltas = events[1:-1]
    assert deltas and all(isinstance(e.data, MessageOutputEvent) for e in deltas)
    assert "".join(e.data.content for e in deltas) == plain.outputs[0].content
    assert events[-1].data.usage.completion_tokens == len(deltas) == plain.usage.completion_tokens
    conversation_id = events[0].data.conversation_id

    # append_stream with a function call
    with client.beta.conversations.append_stream(
        conversation_id=conversation_id, inputs="Now the weather in Rome, please"
    ) as stream:
        appended = list(stream)
    assert appended[-1].event == "conversation.response.done"
    # the conversation was created without tools: the model just answers
    assert {type(e.data) for e in appended[1:-1]} == {MessageOutputEvent}

    # restart_stream
    first_id = client.beta.conversations.get_history(conversation_id=conversation_id).entries[0].id
    with client.beta.conversations.restart_stream(conversation_id=conversation_id, from_entry_id=first_id) as stream:
        restarted = list(stream)
    assert "".join(e.data.content for e in restarted[1:-1]) == plain.outputs[0].content


def test_stream_of_tools_and_function_calls(client: Any) -> None:
    with client.beta.conversations.start_stream(
        model=MODEL, inputs="Search the web for news about Mars rovers", tools=[{"type": "web_search"}, WEATHER]
    ) as stream:
        events = list(stream)
    kinds = [type(e.data) for e in events]
    started, done = kinds.index(ToolExecutionStartedEvent), kinds.index(ToolExecutionDoneEvent)
    assert started < done < kinds.index(MessageOutputEvent)
    finished = next(e.data for e in events if isinstance(e.data, ToolExecutionDoneEvent))
    assert finished.name == "web_search" and finished.info["offline_emulation"] is True
    deltas = [e.data for e in events if isinstance(e.data, MessageOutputEvent)]
    references = [d.content for d in deltas if not isinstance(d.content, str)]
    assert references and all(r.type == "tool_reference" for r in references)

    with client.beta.conversations.start_stream(model=MODEL, inputs="Weather in Madrid?", tools=[WEATHER]) as stream:
        calls = [e.data for e in stream if isinstance(e.data, FunctionCallEvent)]
    assert json.loads("".join(c.arguments for c in calls))["location"] == "Madrid"
    assert len({c.tool_call_id for c in calls}) == 1


def test_stream_error_event_raises(client: Any) -> None:
    stream = client.beta.conversations.start_stream(
        model=MODEL, inputs="Explain photosynthesis", extra_headers={"x-mistralkit-fault": "stream-error=2"}
    )
    with pytest.raises(APIStreamError) as info:
        with stream:
            for _ in stream:
                pass
    assert info.value.event.event == "conversation.response.error"


def test_agents_completions_honour_the_agent(client: Any) -> None:
    instructions = "You are a terse astronomy tutor."
    agent = client.beta.agents.create(
        model="mistral-large-latest",
        name="Tutor",
        instructions=instructions,
        completion_args={"temperature": 0.1, "max_tokens": 12},
    )
    messages = [{"role": "user", "content": "Why is the sky dark at night?"}]
    reply = client.agents.complete(agent_id=agent.id, messages=messages)
    assert reply.model == "mistral-large-latest"
    assert reply.usage.completion_tokens == 12 and reply.choices[0].finish_reason == "length"
    same = client.chat.complete(
        model="mistral-large-latest",
        messages=[{"role": "system", "content": instructions}, *messages],
        temperature=0.1,
        max_tokens=12,
    )
    assert reply.choices[0].message.content == same.choices[0].message.content
    assert reply.usage.prompt_tokens == same.usage.prompt_tokens

    parts = []
    with client.agents.stream(agent_id=agent.id, messages=messages, max_tokens=30) as stream:
        for event in stream:
            if event.data.choices:
                parts.append(event.data.choices[0].delta.content or "")
    longer = client.agents.complete(agent_id=agent.id, messages=messages, max_tokens=30)
    assert "".join(parts) == longer.choices[0].message.content
    assert longer.choices[0].message.content.startswith(reply.choices[0].message.content)


def test_versions_and_aliases(client: Any) -> None:
    agents = client.beta.agents
    agent = agents.create(model=MODEL, name="Writer", instructions="Write haiku.")
    v1 = agents.update(agent_id=agent.id, instructions="Write limericks.", version_message="switch form")
    assert (v1.version, v1.versions, v1.version_message) == (1, [0, 1], "switch form")
    agents.update(agent_id=agent.id, description="poet")
    assert [v.version for v in agents.list_versions(agent_id=agent.id).items] == [2, 1, 0]
    assert agents.get_version(agent_id=agent.id, version=0).instructions == "Write haiku."

    alias = agents.create_version_alias(agent_id=agent.id, alias="production", version=0)
    assert alias.alias == "production" and alias.version == 0
    assert agents.get(agent_id=agent.id, agent_version="production").instructions == "Write haiku."
    assert [a.alias for a in agents.list_version_aliases(agent_id=agent.id)] == ["production"]

    # a conversation pinned to the alias uses that version's instructions
    pinned = client.beta.conversations.start(agent_id=agent.id, agent_version="production", inputs="Autumn leaves")
    latest = client.beta.conversations.start(agent_id=agent.id, inputs="Autumn leaves")
    for conversation, instructions in ((pinned, "Write haiku."), (latest, "Write limericks.")):
        messages = [{"role": "system", "content": instructions}, {"role": "user", "content": "Autumn leaves"}]
        expected = client.chat.complete(model=MODEL, messages=messages).choices[0].message.content
        assert conversation.outputs[0].content == expected

    switched = agents.update_version(agent_id=agent.id, version=1)
    assert switched.version == 1 and agents.get(agent_id=agent.id).instructions == "Write limericks."
    agents.delete_version_alias(agent_id=agent.id, alias="production")
    with pytest.raises(NotFoundError):
        agents.get(agent_id=agent.id, agent_version="production")

    found = agents.list(metadata=None, name="Writer")
    assert [a.id for a in found.items] == [agent.id]
    agents.delete(agent_id=agent.id)
    with pytest.raises(NotFoundError):
        agents.get(agent_id=agent.id)


def test_handoffs(client: Any) -> None:
    agents = client.beta.agents
    billing = agents.create(model=MODEL, name="Billing Agent", description="Invoices, refunds and payments")
    support = agents.create(model=MODEL, name="Support Agent", description="Technical problems and bugs")
    triage = agents.create(model=MODEL, name="Triage", handoffs=[billing.id, support.id])

    server = client.beta.conversations.start(agent_id=triage.id, inputs="I need a refund for my last invoice")
    handoff, message = server.outputs
    assert isinstance(handoff, AgentHandoffEntry)
    assert (handoff.previous_agent_id, handoff.next_agent_id, handoff.next_agent_name) == (
        triage.id,
        billing.id,
        "Billing Agent",
    )
    assert isinstance(message, MessageOutputEntry) and message.agent_id == billing.id

    client_side = client.beta.conversations.start(
        agent_id=triage.id, inputs="The app crashes with a bug", handoff_execution="client"
    )
    [only] = client_side.outputs
    assert isinstance(only, AgentHandoffEntry) and only.next_agent_id == support.id

    with client.beta.conversations.start_stream(agent_id=triage.id, inputs="Refund my payment please") as stream:
        kinds = [type(e.data) for e in stream]
    assert kinds[1:3] == [AgentHandoffStartedEvent, AgentHandoffDoneEvent]


def test_store_false(client: Any) -> None:
    response = client.beta.conversations.start(model=MODEL, inputs="A quick question about tea", store=False)
    assert response.outputs[0].content
    with pytest.raises(NotFoundError):
        client.beta.conversations.get(conversation_id=response.conversation_id)
    assert client.beta.conversations.list().items == []


def test_built_in_tools_are_labelled_offline(client: Any) -> None:
    agent = client.beta.agents.create(
        model=MODEL, name="Toolbox", tools=[{"type": "code_interpreter"}, {"type": "image_generation"}]
    )
    computed = client.beta.conversations.start(agent_id=agent.id, inputs="Calculate 17 * 23 + 4")
    execution, message = computed.outputs
    assert isinstance(execution, ToolExecutionEntry) and execution.name == "code_interpreter"
    assert execution.info["offline_emulation"] is True and execution.info["output"] == "395"
    assert "395" in text(message)
    drawn = client.beta.conversations.start(agent_id=agent.id, inputs="Draw an image of a lighthouse at dusk")
    files = [c for c in drawn.outputs[1].content if getattr(c, "type", None) == "tool_file"]
    assert files and client.files.download(file_id=files[0].file_id).read().startswith(b"\x89PNG")


def test_state_survives_a_restart(tmp_path: Path) -> None:
    data_dir = tmp_path / "emulator"
    app = create_app(data_dir=data_dir)
    with emulated_client(app) as client:
        agent = client.beta.agents.create(model=MODEL, name="Keeper")
        response = client.beta.conversations.start(agent_id=agent.id, inputs="Remember the lighthouse")
    app.state.emulator.close()
    app = create_app(data_dir=data_dir)
    try:
        with emulated_client(app) as client:
            assert client.beta.agents.get(agent_id=agent.id).name == "Keeper"
            history = client.beta.conversations.get_history(conversation_id=response.conversation_id)
            assert [e.id for e in history.entries][1] == response.outputs[0].id
    finally:
        app.state.emulator.close()


async def test_async_client(app: Any) -> None:
    client = emulated_async_client(app)
    async with client:
        agent = await client.beta.agents.create(model=MODEL, name="Async helper", tools=[WEATHER])
        response = await client.beta.conversations.start(agent_id=agent.id, inputs="Weather in Lima?")
        [call] = response.outputs
        assert isinstance(call, FunctionCallEntry)
        final = await client.beta.conversations.append(
            conversation_id=response.conversation_id,
            inputs=[{"tool_call_id": call.tool_call_id, "result": '{"temperature": 21}'}],
        )
        assert "21" in final.outputs[0].content
        stream = await client.beta.conversations.append_stream(
            conversation_id=response.conversation_id, inputs="Thanks! Anything else about Lima?"
        )
        events = [event async for event in stream]
        assert events[0].event == "conversation.response.started" and events[-1].event == "conversation.response.done"
        pages = await client.beta.agents.list(page_size=1)
        assert [a.id async for a in pages] == [agent.id]
        reply = await client.agents.complete(agent_id=agent.id, messages=[{"role": "user", "content": "Hi there"}])
        assert reply.choices[0].message.role == "assistant"
