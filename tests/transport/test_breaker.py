"""The circuit breaker against a real server that fails on demand."""

from __future__ import annotations

import asyncio

import pytest

from mistralkit import APIConnectionError, AsyncMistral, InternalServerError, InvalidRequestError, Mistral, NotFoundError
from mistralkit.lib.breaker import CircuitBreaker, CircuitOpenError

from .servers import ThreadServer, switch_app


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def switch():
    state: dict = {"status": 200}
    with ThreadServer(switch_app(state)) as server:
        yield server, state


def test_opens_fails_fast_half_opens_and_closes(switch) -> None:
    server, state = switch
    clock = Clock()
    breaker = CircuitBreaker(failure_threshold=0.5, min_requests=4, window=60, bucket=10, reset_time=30, clock=clock)
    with Mistral(api_key="k", server_url=server.url, circuit_breaker=breaker, max_retries=0) as client:
        client.models.list()
        client.models.list()
        state["status"] = 503
        for _ in range(2):
            with pytest.raises(InternalServerError):
                client.models.list()
        assert breaker.state == "open"  # 2 failures of 4 calls: 50 %
        hits = state["hits"]
        copy = client.with_options(max_retries=3)
        for c in (client, copy):
            with pytest.raises(CircuitOpenError) as info:
                c.models.list()
        assert state["hits"] == hits  # nothing was sent while open
        assert info.value.retry_at == pytest.approx(130.0)
        clock.now += 30
        assert breaker.state == "half-open"
        with pytest.raises(InternalServerError):  # the trial fails: open again
            client.models.list()
        assert breaker.state == "open"
        clock.now += 30
        state["status"] = 200
        client.models.list()  # the trial succeeds: closed
        assert breaker.state == "closed"
        client.models.list()


def test_client_errors_and_low_volume_do_not_open(switch) -> None:
    server, state = switch
    breaker = CircuitBreaker(failure_threshold=0.5, min_requests=4, clock=Clock())
    with Mistral(api_key="k", server_url=server.url, circuit_breaker=breaker, max_retries=0) as client:
        state["status"] = 404
        for _ in range(6):
            with pytest.raises(NotFoundError):
                client.models.list()
        assert breaker.state == "closed"
        state["status"] = 500
        for _ in range(3):
            with pytest.raises(InternalServerError):
                client.models.list()
        assert breaker.state == "closed"  # 3 failures of 9 calls


def test_old_outcomes_leave_the_rolling_window(switch) -> None:
    server, state = switch
    clock = Clock()
    breaker = CircuitBreaker(failure_threshold=0.5, min_requests=4, window=60, bucket=10, clock=clock)
    with Mistral(api_key="k", server_url=server.url, circuit_breaker=breaker, max_retries=0) as client:
        state["status"] = 502
        for _ in range(3):
            with pytest.raises(InternalServerError):
                client.models.list()
        clock.now += 75
        state["status"] = 200
        client.models.list()
        state["status"] = 502
        with pytest.raises(InternalServerError):
            client.models.list()
        assert breaker.state == "closed"  # the 3 old failures are out of the window: 1 of 2


async def test_connection_failures_count_and_async_clients_share_it() -> None:
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    breaker = CircuitBreaker(failure_threshold=1.0, min_requests=3, clock=Clock())
    async with AsyncMistral(api_key="k", server_url=f"http://127.0.0.1:{port}", circuit_breaker=breaker, max_retries=0) as client:
        results = await asyncio.gather(*(client.models.list() for _ in range(3)), return_exceptions=True)
        assert all(isinstance(r, APIConnectionError) for r in results)
        with pytest.raises(CircuitOpenError):
            await client.with_options(timeout=5).models.list()


def test_bad_options() -> None:
    with pytest.raises(ValueError):
        CircuitBreaker(failure_threshold=0)
    with pytest.raises(TypeError):
        Mistral(api_key="k", circuit_breaker=object())


def test_a_trial_that_never_reaches_the_api_gives_its_slot_back(switch) -> None:
    server, state = switch
    clock = Clock()
    breaker = CircuitBreaker(failure_threshold=0.5, min_requests=2, reset_time=30, clock=clock)
    with Mistral(api_key="k", server_url=server.url, circuit_breaker=breaker, max_retries=0) as client:
        state["status"] = 503
        for _ in range(2):
            with pytest.raises(InternalServerError):
                client.models.list()
        assert breaker.state == "open"
        clock.now += 30
        hits = state["hits"]
        # The trial call is refused before sending (bad arguments): no outcome, and no trial spent.
        with pytest.raises(InvalidRequestError):
            client.chat.complete(model="m", messages=[{"role": "nobody", "content": "hi"}])
        assert state["hits"] == hits and breaker.state == "half-open"
        state["status"] = 200
        client.models.list()  # the next call is the trial (it was refused for ever before)
        assert breaker.state == "closed"
