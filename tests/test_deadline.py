"""The deadline bounds a whole call (connect, send, every read, every retry wait), against real servers."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from mistralkit import APITimeoutError, AsyncMistral, InternalServerError, Mistral

from .helpers import API_KEY, CHAT_RESPONSE, MESSAGES
from .servers import LocalServer, answer, hold_open, stall, trickle

SLACK = 0.2  # the contract: a call ends within deadline + 0.2 s


@pytest.fixture(scope="module", autouse=True)
def warm():
    # The first call of a process imports the types and builds their validators (a one-time cost of
    # a few hundred ms on a busy machine); the contract is about what the server does, so pay it first.
    with LocalServer([answer(200, CHAT_RESPONSE)]) as server:
        with Mistral(api_key=API_KEY, server_url=server.url) as client:
            chat(client)
            first = b'data: {"id":"c","object":"chat.completion.chunk","model":"m","created":1,"choices":[]}\n\ndata: [DONE]\n\n'
            server.replies[0] = hold_open(200, first, server, "text/event-stream", seconds=0.1)
            list(client.chat.stream(model="m", messages=MESSAGES))


@pytest.fixture
def stop():
    event = threading.Event()
    yield event
    event.set()


def chat(client):
    return client.chat.complete(model="m", messages=MESSAGES)


def timed(fn):
    started = time.monotonic()
    try:
        fn()
    finally:
        elapsed = time.monotonic() - started
    return elapsed


def test_trickled_body_is_cut_at_the_deadline(stop):
    with LocalServer([trickle(CHAT_RESPONSE, seconds=2.4, stop=stop)]) as server:
        client = Mistral(api_key=API_KEY, server_url=server.url, deadline=1.0)
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as info:
            chat(client)
        assert time.monotonic() - started < 1.0 + SLACK
        assert "Deadline of 1s exceeded" in str(info.value)
        client.close()


async def test_trickled_body_is_cut_at_the_deadline_async(stop):
    with LocalServer([trickle(CHAT_RESPONSE, seconds=2.4, stop=stop)]) as server:
        async with AsyncMistral(api_key=API_KEY, server_url=server.url, deadline=1.0) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await chat(client)
            assert time.monotonic() - started < 1.0 + SLACK


def test_stalled_server_is_cut_at_the_deadline(stop):
    with LocalServer([stall(stop)]) as server:
        client = Mistral(api_key=API_KEY, server_url=server.url)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            client.chat.complete(model="m", messages=MESSAGES, deadline=0.8)
        assert time.monotonic() - started < 0.8 + SLACK
        client.close()


async def test_stalled_server_is_cut_at_the_deadline_async(stop):
    with LocalServer([stall(stop)]) as server:
        async with AsyncMistral(api_key=API_KEY, server_url=server.url) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await client.chat.complete(model="m", messages=MESSAGES, deadline=0.8)
            assert time.monotonic() - started < 0.8 + SLACK


@pytest.mark.parametrize("retry_after", ["0.3", "5"])
def test_retry_waits_stay_inside_the_deadline(retry_after):
    with LocalServer([answer(503, {"message": "busy"}, {"retry-after": retry_after})]) as server:
        client = Mistral(api_key=API_KEY, server_url=server.url, deadline=1.0, max_retries=10)
        started = time.monotonic()
        # the last 503, or the deadline when it expired during the last wait
        with pytest.raises((InternalServerError, APITimeoutError)):
            chat(client)
        assert time.monotonic() - started < 1.0 + SLACK
        # waits of 0.3 s: attempts at about 0, 0.3, 0.6 and 0.9 s; a 5 s wait never starts
        assert len(server.requests) in ((3, 4) if retry_after == "0.3" else (1,))
        client.close()


async def test_retry_waits_stay_inside_the_deadline_async():
    with LocalServer([answer(503, {"message": "busy"}, {"retry-after": "0.3"})]) as server:
        async with AsyncMistral(api_key=API_KEY, server_url=server.url, deadline=1.0, max_retries=10) as client:
            started = time.monotonic()
            with pytest.raises((InternalServerError, APITimeoutError)):
                await chat(client)
            assert time.monotonic() - started < 1.0 + SLACK


def test_stream_deadline_covers_the_time_until_the_headers(stop):
    with LocalServer([stall(stop)]) as server:
        client = Mistral(api_key=API_KEY, server_url=server.url, deadline=0.5)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            client.chat.stream(model="m", messages=MESSAGES)
        assert time.monotonic() - started < 0.5 + SLACK
        client.close()



def slow_events(pause: float):
    event = b'data: {"id":"c","object":"chat.completion.chunk","model":"m","created":1,"choices":[]}\n\n'

    def reply(conn, request):
        conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n" + event)
        time.sleep(pause)
        conn.sendall(event + b"data: [DONE]\n\n")

    return reply


def test_stream_events_are_not_limited_by_the_deadline():
    # once the headers are in, reading the events is bounded by the timeout, not by the deadline
    with LocalServer([slow_events(0.8)]) as server:
        with Mistral(api_key=API_KEY, server_url=server.url, deadline=0.3) as client:
            with client.chat.stream(model="m", messages=MESSAGES) as stream:
                assert [event.data.id for event in stream] == ["c", "c"]


async def test_async_stream_events_are_not_limited_by_the_deadline():
    with LocalServer([slow_events(0.8)]) as server:
        async with AsyncMistral(api_key=API_KEY, server_url=server.url, deadline=0.3) as client:
            async with await client.chat.stream(model="m", messages=MESSAGES) as stream:
                assert [event.data.id async for event in stream] == ["c", "c"]


def test_deadline_none_removes_the_client_deadline(stop):
    with LocalServer([trickle(CHAT_RESPONSE, seconds=0.6, stop=stop)]) as server:
        client = Mistral(api_key=API_KEY, server_url=server.url, deadline=0.3)
        assert client.chat.complete(model="m", messages=MESSAGES, deadline=None).id == "cmpl-1"
        assert chat(client.with_options(deadline=None)).id == "cmpl-1"
        assert client.with_options(max_retries=1).retry_policy.deadline == 0.3  # left out: unchanged
        with pytest.raises(APITimeoutError):
            chat(client)
        client.close()


def test_async_deadline_none_per_call(stop):
    async def main():
        with LocalServer([trickle(CHAT_RESPONSE, seconds=0.6, stop=stop)]) as server:
            async with AsyncMistral(api_key=API_KEY, server_url=server.url, deadline=0.3) as client:
                reply = await client.chat.complete(model="m", messages=MESSAGES, deadline=None)
                assert reply.id == "cmpl-1"

    asyncio.run(main())
