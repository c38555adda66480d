"""Client lifecycle (event loops, close, copies), picklable errors, strict and lenient responses."""

from __future__ import annotations

import asyncio
import logging
import pickle
import threading

import httpx2
import pytest

from mistralkit import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncMistral,
    ClientClosedError,
    InternalServerError,
    InvalidRequestError,
    MistralError,
    Mistral,
    UnprocessableEntityError,
)

from .helpers import API_KEY, CHAT_RESPONSE, MESSAGES, Script, make_client, ok
from .servers import LocalServer, answer


@pytest.fixture
def server():
    with LocalServer([answer(200, CHAT_RESPONSE, {"x-request-id": "req-1"})]) as server:
        yield server


def chat(client):
    return client.chat.complete(model="m", messages=MESSAGES)


# --- event loops ------------------------------------------------------------------------------------


def test_async_client_works_across_several_asyncio_runs(server):
    client = AsyncMistral(api_key=API_KEY, server_url=server.url)
    for _ in range(3):
        assert asyncio.run(chat(client)).id == "cmpl-1"
    assert len(server.requests) == 3
    asyncio.run(client.close())
    with pytest.raises(ClientClosedError):
        asyncio.run(chat(client))


def test_async_client_on_two_live_loops_in_threads(server):
    client = AsyncMistral(api_key=API_KEY, server_url=server.url)
    results = []

    def work():
        results.append(asyncio.run(chat(client)).id)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert results == ["cmpl-1"] * 4


# --- close ----------------------------------------------------------------------------------------


def test_a_closed_client_refuses_calls(server):
    client = Mistral(api_key=API_KEY, server_url=server.url)
    chat(client)
    client.close()
    with pytest.raises(ClientClosedError, match="closed"):
        chat(client)
    client.close()  # idempotent
    assert client.is_closed
    with pytest.raises(ClientClosedError):
        client.with_options(max_retries=1)
    with Mistral(api_key=API_KEY, server_url=server.url) as other:
        chat(other)
    with pytest.raises(ClientClosedError):
        chat(other)


async def test_a_closed_async_client_refuses_calls(server):
    async with AsyncMistral(api_key=API_KEY, server_url=server.url) as client:
        await chat(client)
    with pytest.raises(ClientClosedError):
        await chat(client)


def test_closing_a_copy_leaves_the_shared_pool_open(server):
    client = Mistral(api_key=API_KEY, server_url=server.url)
    copy = client.with_options(max_retries=0)
    chat(copy)
    http = client._http()
    copy.close()
    assert not http.is_closed
    assert chat(client).id == "cmpl-1"
    with pytest.raises(ClientClosedError):
        chat(copy)
    other = client.with_options(timeout=5)
    client.close()
    assert http.is_closed
    with pytest.raises(ClientClosedError):
        chat(other)  # the original closed the pool every copy shares


async def test_closing_an_async_copy_leaves_the_shared_pool_open(server):
    client = AsyncMistral(api_key=API_KEY, server_url=server.url)
    copy = client.with_options(max_retries=0)
    await chat(copy)
    await copy.close()
    assert (await chat(client)).id == "cmpl-1"
    await client.close()


def test_close_is_thread_safe(server):
    for _ in range(5):
        client = Mistral(api_key=API_KEY, server_url=server.url)
        chat(client)
        barrier = threading.Barrier(8)
        errors = []

        def close(client=client, barrier=barrier, errors=errors):
            barrier.wait()
            try:
                client.close()
            except Exception as exc:  # pragma: no cover - the failure this test looks for
                errors.append(exc)

        threads = [threading.Thread(target=close) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert client.is_closed


def test_a_user_http_client_is_left_open_but_the_client_is_closed():
    http = httpx2.Client(transport=httpx2.MockTransport(Script(ok())))
    client = Mistral(api_key=API_KEY, server_url="https://api.test", http_client=http)
    chat(client)
    client.close()
    assert not http.is_closed
    with pytest.raises(ClientClosedError):
        chat(client)


def test_closed_error_is_a_mistral_error():
    assert issubclass(ClientClosedError, MistralError)


# --- pickling ---------------------------------------------------------------------------------------


def round_trip(exc):
    again = pickle.loads(pickle.dumps(exc))
    assert type(again) is type(exc)
    assert str(again) == str(exc)
    return again


def test_status_errors_survive_pickle():
    body = {"object": "error", "message": "busy", "type": "service_unavailable", "code": "1"}
    script = Script(httpx2.Response(503, json=body, headers={"x-request-id": "req-7"}))
    with pytest.raises(InternalServerError) as info:
        chat(make_client(script, max_retries=2))
    again = round_trip(info.value)
    assert (again.status_code, again.message, again.request_id, again.body) == (503, "busy", "req-7", body)
    assert again.retries == 2 and again.history == info.value.history
    assert again.headers["X-Request-Id"] == "req-7"
    assert (again.type, again.code, again.method, again.url) == ("service_unavailable", "1", "POST", info.value.url)


def test_every_error_kind_survives_pickle():
    detail = {"detail": [{"loc": ["body", "model"], "msg": "required", "type": "missing"}]}
    with pytest.raises(UnprocessableEntityError) as info:
        chat(make_client(Script(httpx2.Response(422, json=detail))))
    assert round_trip(info.value).details == info.value.details
    with pytest.raises(APITimeoutError) as timeout:
        chat(make_client(Script(httpx2.ReadTimeout("slow")), max_retries=1))
    assert round_trip(timeout.value).retries == 1
    with pytest.raises(APIConnectionError) as refused:
        chat(make_client(Script(httpx2.ConnectError("refused")), max_retries=0))
    round_trip(refused.value)
    with pytest.raises(InvalidRequestError) as invalid:
        make_client(Script(ok())).chat.complete(model="m", messages=[{"role": 3}])
    assert round_trip(invalid.value).errors == invalid.value.errors
    with pytest.raises(APIResponseValidationError) as bad:
        make_client(Script(httpx2.Response(200, content=b"{no"))).models.list()
    assert round_trip(bad.value).status_code == 200
    round_trip(ClientClosedError("closed"))


# --- strict and lenient responses --------------------------------------------------------------------

MISSHAPEN = {**CHAT_RESPONSE, "choices": [{"index": "first", "message": {"role": "assistant", "content": "Hi"}}], "created": "yesterday"}


def test_a_misshapen_response_is_kept_and_warned_about_once(caplog):
    from mistralkit import _transport

    _transport._WARNED.discard("ChatCompletionResponse")
    caplog.set_level(logging.WARNING, logger="mistralkit")
    client = make_client(Script(ok(MISSHAPEN)))
    reply = chat(client)
    assert reply.choices[0].message.content == "Hi"
    chat(client)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    text = warnings[0].getMessage()
    assert "ChatCompletionResponse" in text and "choices.0.index" in text and "created" in text


def test_strict_client_raises_on_a_misshapen_response():
    client = make_client(Script(ok(MISSHAPEN), ok()), strict=True)
    with pytest.raises(APIResponseValidationError) as info:
        chat(client)
    assert "choices.0.index" in str(info.value)
    assert info.value.body["created"] == "yesterday"
    assert chat(client).id == "cmpl-1"  # a well-formed answer is fine
    lenient = client.with_options(strict=False)
    assert chat(lenient.with_options()) is not None


async def test_strict_async_client():
    from .helpers import make_async_client

    client = make_async_client(Script(ok(MISSHAPEN)), strict=True)
    with pytest.raises(APIResponseValidationError):
        await chat(client)


def test_unknown_fields_are_not_a_mismatch(caplog):
    caplog.set_level(logging.WARNING, logger="mistralkit")
    client = make_client(Script(ok({**CHAT_RESPONSE, "brand_new_field": {"x": 1}})), strict=True)
    assert chat(client).id == "cmpl-1"
    assert not [r for r in caplog.records if r.levelno == logging.WARNING]
