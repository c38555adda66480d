"""Client-side rate limiting against the emulator's per-key rate limit (real HTTP)."""

from __future__ import annotations

import asyncio
import time

import pytest

from mistralkit import APITimeoutError, AsyncMistral, Mistral, RateLimitError
from mistralkit.emulator import BackgroundServer
from mistralkit.lib.ratelimit import RateLimiter

from .conftest import BACKENDS
from .servers import ThreadServer, switch_app

MESSAGES = [{"role": "user", "content": "hi"}]


@pytest.fixture
def limited():
    with BackgroundServer(rate_limit="10/s") as server:
        yield server


@pytest.mark.parametrize("backend", BACKENDS)
async def test_bulk_async_job_sees_no_429(limited, backend) -> None:
    limiter = RateLimiter()
    # max_retries=0: a single 429 would fail the job.
    async with AsyncMistral(
        api_key="k", server_url=limited.url, rate_limit=limiter, max_retries=0, http_backend=backend
    ) as client:
        started = time.monotonic()
        results = await asyncio.gather(
            *(client.embeddings.create(model="mistral-embed", inputs=[f"doc {i}"]) for i in range(35))
        )
        elapsed = time.monotonic() - started
    assert len(results) == 35
    assert elapsed >= 2.0  # 35 requests at 10 per second: paced over at least 3 windows
    assert limiter.limits["requests"] <= 10


async def test_without_the_limiter_the_same_job_collects_429s(limited) -> None:
    async with AsyncMistral(api_key="k", server_url=limited.url, max_retries=0) as client:
        results = await asyncio.gather(
            *(client.embeddings.create(model="mistral-embed", inputs=[f"doc {i}"]) for i in range(35)),
            return_exceptions=True,
        )
    assert any(isinstance(r, RateLimitError) for r in results)


def test_sync_client_shares_the_limiter_across_copies(limited) -> None:
    limiter = RateLimiter()
    with Mistral(api_key="k", server_url=limited.url, rate_limit=limiter, max_retries=0) as client:
        copy = client.with_options(timeout=30)
        for i in range(25):
            (client if i % 2 else copy).models.list()
    assert "requests" in limiter.limits


def test_user_limits_pace_requests_and_tokens() -> None:
    now = [0.0]
    limiter = RateLimiter(requests_per_minute=3, tokens_per_minute=1000, learn=False, clock=lambda: now[0])
    assert [limiter.reserve(100) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.reserve(100) == pytest.approx(60.0)  # the 4th request waits for the first to age out
    now[0] = 60.0
    assert limiter.reserve(100) == 0.0
    now[0] = 200.0
    assert limiter.reserve(900) == 0.0
    assert limiter.reserve(200) == pytest.approx(60.0)  # 900 + 200 tokens > 1000 per minute


def test_learns_from_headers_and_429() -> None:
    now = [0.0]
    limiter = RateLimiter(clock=lambda: now[0])
    assert limiter.reserve() == 0.0
    assert limiter.reserve() > 0  # until the first answer: one request at a time
    limiter.observe({"x-ratelimit-limit-requests": "2", "x-ratelimit-remaining-requests": "1", "x-ratelimit-reset-requests": "5"})
    assert limiter.reserve() == 0.0
    assert limiter.reserve() == pytest.approx(5.0)
    now[0] = 5.0
    assert limiter.reserve() == 0.0
    limiter.observe({"retry-after": "7"}, 429)
    assert limiter.reserve() == pytest.approx(7.0)


def test_estimate_tokens() -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "x" * 400}], "max_tokens": 50}
    assert 150 <= RateLimiter.estimate_tokens(body) <= 200


def test_bad_options() -> None:
    with pytest.raises(ValueError):
        RateLimiter(requests_per_minute=0)
    with pytest.raises(TypeError):
        Mistral(api_key="k", rate_limit="60/min")


def test_learns_token_limits_from_headers() -> None:
    now = [0.0]
    limiter = RateLimiter(clock=lambda: now[0])
    assert limiter.reserve(100) == 0.0
    limiter.observe({
        "x-ratelimit-limit-tokens-minute": "1000", "x-ratelimit-remaining-tokens-minute": "250",
        "x-ratelimit-limit-req-minute": "100", "x-ratelimit-remaining-req-minute": "99",
    })
    assert limiter.uses_tokens()
    assert limiter.reserve(200) == 0.0
    assert limiter.reserve(200) == pytest.approx(60.0)  # 50 tokens left until the window resets


@pytest.fixture
def counting():
    state: dict = {"status": 200}
    with ThreadServer(switch_app(state)) as server:
        yield server, state


@pytest.mark.parametrize("per_call", [False, True])
def test_a_wait_past_the_deadline_fails_at_once_and_sends_nothing(counting, per_call) -> None:
    server, state = counting
    limiter = RateLimiter(requests_per_minute=1, learn=False)
    client_options = {} if per_call else {"deadline": 2.0}
    call_options = {"deadline": 2.0} if per_call else {}
    with Mistral(api_key="k", server_url=server.url, rate_limit=limiter, **client_options) as client:
        client.models.list(**call_options)
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as info:
            client.models.list(**call_options)  # the limiter would wait a minute
        assert time.monotonic() - started < 1.0
        assert "rate limit" in str(info.value) and "nothing was sent" in str(info.value)
        assert state["hits"] == 1


async def test_async_wait_past_the_deadline_fails_at_once(counting) -> None:
    server, state = counting
    limiter = RateLimiter(requests_per_minute=1, learn=False)
    async with AsyncMistral(api_key="k", server_url=server.url, rate_limit=limiter, deadline=2.0) as client:
        await client.models.list()
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await client.models.list()
        assert time.monotonic() - started < 1.0
        assert state["hits"] == 1


def test_a_wait_within_the_deadline_is_taken(counting) -> None:
    server, state = counting
    base, offset = time.monotonic(), [0.0]
    # The limiter's clock jumps ahead so that the minute is nearly over: the next slot is 0.3 s away.
    limiter = RateLimiter(requests_per_minute=1, learn=False, clock=lambda: time.monotonic() - base + offset[0])
    with Mistral(api_key="k", server_url=server.url, rate_limit=limiter, deadline=5.0) as client:
        client.models.list()
        offset[0] = 59.7
        started = time.monotonic()
        client.models.list()
        assert time.monotonic() - started >= 0.25
    assert state["hits"] == 2
