"""Replay safety: a request that may have reached the server is sent again only when that is harmless.

Requests are counted at a real local server.
"""

from __future__ import annotations

import io
import threading

import httpx2
import pytest

from mistralkit import APIConnectionError, APITimeoutError, AsyncMistral, InternalServerError, Mistral
from mistralkit._retry import replay_safe

from .helpers import API_KEY, CHAT_RESPONSE, MESSAGES, Script, make_client, ok
from .servers import LocalServer, answer, stall

FILE = {"id": "f1", "object": "file", "bytes": 3, "created_at": 1, "filename": "a.jsonl", "purpose": "fine-tune"}
BATCH = {"id": "b1", "object": "batch", "input_files": [], "endpoint": "/v1/chat/completions", "errors": [], "status": "QUEUED", "created_at": 1, "total_requests": 0, "completed_requests": 0, "succeeded_requests": 0, "failed_requests": 0}


@pytest.fixture
def stop():
    event = threading.Event()
    yield event
    event.set()


def upload(client, **options):
    return client.files.upload(file=("a.jsonl", io.BytesIO(b"{}\n")), purpose="fine-tune", **options)


def test_upload_answered_by_a_read_timeout_is_sent_once(stop):
    with LocalServer([stall(stop), answer(200, FILE)]) as server:
        with Mistral(api_key=API_KEY, server_url=server.url, timeout=0.3, max_retries=3) as client:
            with pytest.raises(APITimeoutError) as info:
                upload(client)
        assert len(server.requests) == 1
        assert info.value.retries == 0


def test_chat_answered_by_a_read_timeout_is_retried(stop):
    with LocalServer([stall(stop), answer(200, CHAT_RESPONSE)]) as server:
        with Mistral(api_key=API_KEY, server_url=server.url, timeout=0.3) as client:
            assert client.chat.complete(model="m", messages=MESSAGES).id == "cmpl-1"
        assert len(server.requests) == 2


async def test_async_upload_answered_by_a_read_timeout_is_sent_once(stop):
    with LocalServer([stall(stop), answer(200, FILE)]) as server:
        async with AsyncMistral(api_key=API_KEY, server_url=server.url, timeout=0.3) as client:
            with pytest.raises(APITimeoutError):
                await upload(client)
        assert len(server.requests) == 1


@pytest.mark.parametrize("where", ["call", "client", "with_options"])
def test_retry_unsafe_opts_in(stop, where):
    with LocalServer([stall(stop), answer(200, FILE)]) as server:
        client = Mistral(api_key=API_KEY, server_url=server.url, timeout=0.3, retry_unsafe=where == "client")
        if where == "with_options":
            client = client.with_options(retry_unsafe=True)
        assert upload(client, **({"retry_unsafe": True} if where == "call" else {})).id == "f1"
        assert len(server.requests) == 2


@pytest.mark.parametrize(
    "status, headers, sent",
    [
        (503, {}, 1),  # may have been processed
        (500, {}, 1),
        (429, {}, 2),  # rate limited: not processed
        (500, {"x-should-retry": "true"}, 2),  # the server says so
        (429, {"x-should-retry": "false"}, 1),
    ],
)
def test_state_changing_operations_on_error_statuses(status, headers, sent):
    with LocalServer([answer(status, {"message": "no"}, {"retry-after": "0", **headers}), answer(200, BATCH)]) as server:
        with Mistral(api_key=API_KEY, server_url=server.url) as client:
            try:
                client.batch.jobs.create(input_files=["f"], endpoint="/v1/chat/completions", model="m")
            except InternalServerError:
                pass
            except Exception as exc:  # 429 sent once: a RateLimitError
                assert sent == 1, exc
        assert len(server.requests) == sent
        assert all(r.path == "/v1/batch/jobs" for r in server.requests)


@pytest.mark.parametrize("call", ["chat", "embeddings", "models", "delete"])
def test_replayable_operations_are_retried_on_503(call):
    with LocalServer([answer(503, {"message": "busy"}, {"retry-after": "0"}), answer(200, {})]) as server:
        with Mistral(api_key=API_KEY, server_url=server.url) as client:
            if call == "chat":
                client.chat.complete(model="m", messages=MESSAGES)
            elif call == "embeddings":
                client.embeddings.create(model="m", inputs=["a"])
            elif call == "models":
                client.models.list()
            else:
                client.files.delete(file_id="f1")
        assert len(server.requests) == 2


def test_connect_errors_are_retried_for_every_operation():
    script = Script(httpx2.ConnectError("refused"), ok(FILE))
    assert upload(make_client(script)).id == "f1"
    assert len(script.requests) == 2
    script = Script(httpx2.PoolTimeout("busy pool"), ok(FILE))
    assert upload(make_client(script)).id == "f1"
    script = Script(httpx2.ReadError("reset"), ok(FILE))
    with pytest.raises(APIConnectionError):
        upload(make_client(script))
    assert len(script.requests) == 1


@pytest.mark.parametrize("exc", [httpx2.LocalProtocolError("bad header"), httpx2.UnsupportedProtocol("ftp")])
def test_protocol_errors_are_never_retried(exc):
    script = Script(exc, ok())
    with pytest.raises(APIConnectionError):
        make_client(script, retry_unsafe=True).models.list()
    assert len(script.requests) == 1


def test_the_rule_is_keyed_on_method_and_path():
    for method in ("GET", "HEAD", "PUT", "DELETE"):
        assert replay_safe(method, "/v1/anything/{id}")
    for path in (
        "/v1/chat/completions", "/v1/fim/completions", "/v1/agents/completions", "/v1/embeddings",
        "/v1/moderations", "/v1/chat/moderations", "/v1/classifications", "/v1/chat/classifications",
        "/v1/ocr", "/v1/audio/transcriptions",
    ):
        assert replay_safe("POST", path)
    for method, path in [
        ("POST", "/v1/files"), ("POST", "/v1/batch/jobs"), ("POST", "/v1/fine_tuning/jobs"),
        ("POST", "/v1/agents"), ("POST", "/v1/libraries"), ("POST", "/v1/conversations"),
        ("POST", "/v1/conversations/c1"), ("POST", "/v1/conversations/c1/restart"),
        ("POST", "/v1/libraries/l1/share"), ("PATCH", "/v1/agents/a1"),
        ("POST", "/v2/anything/new"),
    ]:
        assert not replay_safe(method, path)
