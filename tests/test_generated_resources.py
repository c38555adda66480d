"""The generated resource methods (tools/generate_resources.py): fresh, complete, and correct on the wire.

Requests go through the real client and transport to scripted HTTP exchanges.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx2
import pytest
import yaml

from mistralkit import APIConnectionError, AsyncMistral, Mistral
from mistralkit._pagination import AsyncPage, Page
from mistralkit.types._operations import OPERATIONS as SPEC_OPERATIONS

from .helpers import Script, make_async_client, make_client

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import generate_resources  # noqa: E402

SPEC = yaml.load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
SDK = json.loads((ROOT / "spec" / "official_sdk.json").read_text(encoding="utf-8"))
MODES = ["sync", "async"]


def test_generated_resources_are_fresh():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "generate_resources.py"), "--check"], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def resolve(client: Any, name: str) -> Any:
    obj = client
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj


@pytest.mark.parametrize("mode", MODES)
def test_every_operation_has_its_method_with_the_official_keywords(mode: str):
    client = Mistral(api_key="k") if mode == "sync" else AsyncMistral(api_key="k")
    table = generate_resources.table(SPEC, SDK)
    assert sorted(table) == sorted(SPEC_OPERATIONS) and len(table) == 293
    official = {m["name"]: m for m in SDK["methods"]}
    for op_id, names in table.items():
        for name in names:
            method = resolve(client, name)
            namespace, _, short = name.rpartition(".")
            hand = namespace in generate_resources.HAND_WRITTEN and short in generate_resources.hand_written_members(
                *generate_resources.HAND_WRITTEN[namespace]
            )
            assert inspect.iscoroutinefunction(method) == (mode == "async"), name
            params = inspect.signature(method).parameters
            for p in official.get(name, {}).get("params", []):
                if p["name"] in generate_resources.SDK_CONTROL:
                    continue
                assert p["name"] in params, (name, p["name"])
                if p["required"] and not hand:  # hand-written methods may default what the API defaults
                    assert params[p["name"]].default is inspect.Parameter.empty, (name, p["name"])


def run(mode: str, script: Script, op: Any) -> Any:
    if mode == "sync":
        with make_client(script) as client:
            result = op(client)
            # Following pages are fetched while iterating: iterate before the client closes.
            return list(result) if isinstance(result, Page) else result

    async def main() -> Any:
        async with make_async_client(script) as client:
            result = await op(client)
            if isinstance(result, AsyncPage):
                return [item async for item in result]
            if hasattr(result, "__aiter__"):
                return [item async for item in result]
            return result

    return asyncio.run(main())


def collect(result: Any) -> Any:
    if isinstance(result, (Page, list)) or hasattr(result, "__iter__") and not isinstance(result, (dict, str)):
        return list(result)
    return result


PROMPT = {"id": "p1", "name": "greet", "version": 1}


@pytest.mark.parametrize("mode", MODES)
def test_cursor_pages_follow_the_next_token(mode: str):
    script = Script(
        httpx2.Response(200, json={"data": [{"id": "a"}, {"id": "b"}], "nextPageToken": "t2"}),
        httpx2.Response(200, json={"data": [{"id": "c"}], "nextPageToken": ""}),
    )
    items = run(mode, script, lambda c: c.beta.prompts.list(page_size=2, sort_field="name"))
    items = collect(items)
    assert [getattr(i, "id", None) or i["id"] for i in items] == ["a", "b", "c"]
    first, second = script.requests
    assert first.url.path == "/v2/prompts" and dict(first.url.params) == {"pageSize": "2", "sort.field": "name"}
    assert dict(second.url.params) == {"pageSize": "2", "sort.field": "name", "pageToken": "t2"}


@pytest.mark.parametrize("mode", MODES)
def test_offset_pages_advance_by_the_items_received(mode: str):
    org = {"id": "o", "name": "Org"}
    script = Script(
        httpx2.Response(200, json={"organizations": [org, org]}),
        httpx2.Response(200, json={"organizations": [org]}),
    )
    items = collect(run(mode, script, lambda c: c.beta.users.list_organizations(limit=2, security={"dashboard_user_context_auth": "k2"})))
    assert len(items) == 3
    assert [dict(r.url.params) for r in script.requests] == [{"limit": "2"}, {"limit": "2", "offset": "2"}]


@pytest.mark.parametrize("mode", MODES)
def test_json_body_uses_wire_names_and_path_parameters_are_encoded(mode: str):
    script = Script(httpx2.Response(200, json=PROMPT))
    run(
        mode,
        script,
        lambda c: c.beta.prompts.create(
            name="greet", definition={"content": "Hello {{name}}"}, sharing_scope="workspace"
        ),
    )
    [request] = script.requests
    assert request.method == "POST" and request.url.path == "/v2/prompts"
    body = json.loads(request.content)
    assert body["sharingScope"] == "workspace" and body["name"] == "greet" and "sharing_scope" not in body
    script = Script(httpx2.Response(200, json=PROMPT))
    run(mode, script, lambda c: c.beta.prompts.get_version(prompt_id="a/b", version=3))
    assert script.requests[0].url.raw_path == b"/v2/prompts/a%2Fb/versions/3"


def test_missing_required_keyword_fails_before_sending():
    script = Script(httpx2.Response(200, json=PROMPT))
    with make_client(script) as client:
        with pytest.raises(TypeError):
            client.beta.prompts.create(name="greet")  # type: ignore[call-arg]
    assert script.requests == []


def _sse(*events: tuple[str, Any]) -> bytes:
    out = []
    for name, data in events:
        out.append((f"event: {name}\n" if name else "") + f"data: {json.dumps(data)}\n\n")
    return "".join(out).encode()


@pytest.mark.parametrize("mode", MODES)
def test_workflow_execution_logs_stream_is_typed_and_resumable(mode: str):
    from mistralkit.types import StreamWorkflowExecutionLogsEvent

    body = _sse(
        ("log", {"message": "started", "level": "INFO", "timestamp": "2026-01-01T00:00:00Z"}),
        ("log", {"message": "done", "level": "INFO", "timestamp": "2026-01-01T00:00:01Z"}),
    )
    script = Script(httpx2.Response(200, content=body, headers={"content-type": "text/event-stream"}))
    events = collect(
        run(mode, script, lambda c: c.workflows.executions.stream_workflow_execution_logs(execution_id="e1", last_event_id="7"))
    )
    assert [type(e) for e in events] == [StreamWorkflowExecutionLogsEvent] * 2
    assert [e.event for e in events] == ["log", "log"]
    data = events[0].data
    assert (data["message"] if isinstance(data, dict) else data.message) == "started"
    [request] = script.requests
    assert request.url.path == "/v1/workflows/executions/e1/logs/stream"
    assert request.headers["last-event-id"] == "7" and request.url.params["last_event_id"] == "7"


@pytest.mark.parametrize("mode", MODES)
def test_speech_streams_typed_events_until_done(mode: str):
    from mistralkit.types import SpeechStreamAudioDelta, SpeechStreamDone

    body = _sse(
        ("speech.audio.delta", {"type": "speech.audio.delta", "audio_data": "AAA="}),
        ("speech.audio.done", {"type": "speech.audio.done", "usage": {"prompt_tokens": 1, "total_tokens": 1}}),
    )
    script = Script(httpx2.Response(200, content=body, headers={"content-type": "text/event-stream"}))
    events = collect(run(mode, script, lambda c: c.audio.speech.complete(input="Bonjour", stream=True)))
    assert [type(e.data) for e in events] == [SpeechStreamAudioDelta, SpeechStreamDone]
    assert json.loads(script.requests[0].content) == {"input": "Bonjour", "stream": True}
    # without stream=: one JSON response
    script = Script(httpx2.Response(200, json={"audio_data": "AAA="}))
    result = run(mode, script, lambda c: c.audio.speech.complete(input="Bonjour"))
    assert result.audio_data == "AAA="


@pytest.mark.parametrize("mode", MODES)
def test_a_stream_with_an_end_event_that_is_cut_short_raises(mode: str):
    body = _sse(("speech.audio.delta", {"type": "speech.audio.delta", "audio_data": "AAA="}))
    script = Script(httpx2.Response(200, content=body, headers={"content-type": "text/event-stream"}))
    with pytest.raises(APIConnectionError, match="without its end marker"):
        collect(run(mode, script, lambda c: c.audio.speech.complete(input="Bonjour", stream=True)))


@pytest.mark.parametrize("mode", MODES)
def test_per_call_security_sets_the_credentials_headers(mode: str):
    script = Script(httpx2.Response(200, json={"id": "u", "email": "a@b.c"}))
    run(mode, script, lambda c: c.beta.users.get_identity(security={"dashboard_user_context_auth": "dash-key"}))
    assert script.requests[0].headers["x-api-key"] == "dash-key"


@pytest.mark.parametrize("mode", MODES)
def test_binary_response_is_returned_as_a_download(mode: str):
    script = Script(httpx2.Response(200, content=b"RIFF....WAVE", headers={"content-type": "audio/wav"}))
    if mode == "sync":
        with make_client(script) as client:
            data = client.audio.voices.get_sample_audio(voice_id="v1").read()
    else:

        async def main() -> bytes:
            async with make_async_client(script) as client:
                download = await client.audio.voices.get_sample_audio(voice_id="v1")
                return await download.read()

        data = asyncio.run(main())
    assert data == b"RIFF....WAVE"
    assert script.requests[0].url.path == "/v1/audio/voices/v1/sample"


@pytest.mark.parametrize("mode", MODES)
def test_workflow_execution_stream_ends_with_the_connection(mode: str):
    from mistralkit.types import StreamV1WorkflowsExecutionsExecutionIdStreamGetEvent as Event

    payload = {"stream": "events", "data": {"event_type": "WORKFLOW_EXECUTION_STARTED"}, "timestamp": "2026-01-01T00:00:00Z"}
    script = Script(httpx2.Response(200, content=_sse(("message", payload)), headers={"content-type": "text/event-stream"}))
    events = collect(run(mode, script, lambda c: c.workflows.executions.stream(execution_id="e1", event_source="db")))
    assert len(events) == 1 and type(events[0]) is Event
    [request] = script.requests
    assert request.url.path == "/v1/workflows/executions/e1/stream" and request.url.params["event_source"] == "db"


@pytest.mark.parametrize("mode", MODES)
def test_deployment_logs_stream(mode: str):
    from mistralkit.types import StreamDeploymentLogsEvent

    script = Script(
        httpx2.Response(
            200,
            content=_sse(("log", {"message": "worker up", "timestamp": "2026-01-01T00:00:00Z"})),
            headers={"content-type": "text/event-stream"},
        )
    )
    events = collect(run(mode, script, lambda c: c.workflows.deployments.stream_deployment_logs(name="prod", last_event_id="3")))
    assert [type(e) for e in events] == [StreamDeploymentLogsEvent] and events[0].event == "log"
    [request] = script.requests
    assert request.url.path == "/v1/workflows/deployments/prod/logs/stream" and request.headers["last-event-id"] == "3"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("namespace", ["events", "workflows.events"])
def test_workflow_events_stream(mode: str, namespace: str):
    from mistralkit.types import GetStreamEventsV1WorkflowsEventsStreamGetEvent as Event

    script = Script(
        httpx2.Response(
            200,
            content=_sse(("message", {"stream": "s", "data": {"event_type": "X"}}), ("message", {"stream": "s", "data": {}})),
            headers={"content-type": "text/event-stream"},
        )
    )
    events = collect(run(mode, script, lambda c: resolve(c, namespace).get_stream_events(workflow_exec_id="w1")))
    assert [type(e) for e in events] == [Event, Event]
    [request] = script.requests
    assert request.url.path == "/v1/workflows/events/stream" and request.url.params["workflow_exec_id"] == "w1"


@pytest.mark.parametrize("mode", MODES)
def test_page_numbers_with_nested_results_follow_the_next_link(mode: str):
    def page(names: list[str], more: bool) -> httpx2.Response:
        results = [{"id": n, "name": n, "created_at": "2026-01-01T00:00:00Z"} for n in names]
        return httpx2.Response(200, json={"datasets": {"results": results, "count": 3, "next": "p2" if more else None}})

    script = Script(page(["a", "b"], True), page(["c"], False))
    items = collect(run(mode, script, lambda c: c.beta.observability.datasets.list(page_size=2)))
    assert [getattr(i, "id", None) or i["id"] for i in items] == ["a", "b", "c"]
    # the observability API numbers pages from 1 (its default)
    assert [dict(r.url.params) for r in script.requests] == [{"page_size": "2"}, {"page_size": "2", "page": "2"}]
