"""Fault injection and rate limiting."""

from __future__ import annotations

import json
import time

import httpx2
import pytest
from emulator_contract import parse_sse
from emulator_support import chat, make_client

from mistralkit.emulator import create_app
from mistralkit.emulator.faults import FaultSyntaxError, parse

FAULT = "x-mistralkit-fault"


async def test_status_with_retry_after(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.get("/v1/models", headers={FAULT: "status=503;retry-after=2"})
    assert r.status_code == 503 and r.headers["retry-after"] == "2"
    body = r.json()
    assert body["object"] == "error" and body["type"] == "service_unavailable"
    assert "x-request-id" in r.headers
    r = await client.get("/v1/models", headers={FAULT: "status=429;retry-after-ms=150"})
    assert r.status_code == 429 and r.headers["retry-after-ms"] == "150" and r.json()["type"] == "rate_limited"


async def test_times_counts_per_key(client) -> None:  # type: ignore[no-untyped-def]
    headers = {FAULT: "status=500;times=2", "x-mistralkit-fault-key": "retry-test-1"}
    codes = [(await client.get("/v1/models", headers=headers)).status_code for _ in range(4)]
    assert codes == [500, 500, 200, 200]
    other = {**headers, "x-mistralkit-fault-key": "retry-test-2"}
    assert (await client.get("/v1/models", headers=other)).status_code == 500


async def test_latency(client) -> None:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    r = await client.get("/v1/models", headers={FAULT: "latency=0.2"})
    assert r.status_code == 200 and time.perf_counter() - start >= 0.2


async def test_drop_in_process_is_a_transport_error(app) -> None:  # type: ignore[no-untyped-def]
    async with make_client(app, check=False) as client:
        with pytest.raises(httpx2.RemoteProtocolError):
            await client.post("/v1/chat/completions", json=chat("hi"), headers={FAULT: "drop"})
        assert (await client.get("/v1/models")).status_code == 200


async def test_invalid_json(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.post("/v1/chat/completions", json=chat("hi"), headers={FAULT: "invalid-json"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    assert int(r.headers["content-length"]) == len(r.content)
    with pytest.raises(ValueError):
        json.loads(r.content)


async def test_stream_error_after_n_events(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.post(
        "/v1/chat/completions", json=chat("Tell me a story", stream=True), headers={FAULT: "stream-error=3"}
    )
    events = parse_sse(r.text)
    assert len(events) == 4 and "[DONE]" not in r.text
    error = json.loads(events[-1][1])
    assert error["object"] == "error" and error["type"] == "internal_server_error"


async def test_cut_stream_in_process(app) -> None:  # type: ignore[no-untyped-def]
    async with make_client(app, check=False) as client:
        with pytest.raises(httpx2.RemoteProtocolError):
            await client.post("/v1/chat/completions", json=chat("hi", stream=True), headers={FAULT: "cut-stream=5"})


async def test_invalid_json_in_a_stream(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.post(
        "/v1/chat/completions", json=chat("hi", stream=True, max_tokens=3), headers={FAULT: "invalid-json"}
    )
    events = parse_sse(r.text)
    with pytest.raises(ValueError):
        json.loads(events[0][1])
    json.loads(events[1][1])
    assert events[-1][1] == "[DONE]"


async def test_bad_fault_header_is_400(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.get("/v1/models", headers={FAULT: "explode=1"})
    assert r.status_code == 400 and "x-mistralkit-fault" in r.json()["message"]
    with pytest.raises(FaultSyntaxError):
        parse("status=abc")


def _run_global(tmp_path, faults, n=200):  # type: ignore[no-untyped-def]
    import asyncio

    async def go() -> list[int]:
        app = create_app(data_dir=tmp_path, faults=faults)
        try:
            async with make_client(app, check=False) as client:
                return [(await client.get("/v1/models/mistral-embed")).status_code for _ in range(n)]
        finally:
            app.state.emulator.close()

    return asyncio.run(go())


def test_global_rate_is_seeded_and_reproducible(tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = _run_global(tmp_path / "a", "rate=0.25,status=503,seed=7")
    second = _run_global(tmp_path / "b", {"rate": 0.25, "status": 503, "seed": 7})
    assert first == second
    failures = first.count(503)
    assert 25 <= failures <= 80 and set(first) == {200, 503}
    other = _run_global(tmp_path / "c", "rate=0.25,status=503,seed=8")
    assert other != first


def test_env_variable(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("MISTRALKIT_FAULTS", "status=502")
    assert set(_run_global(tmp_path, None, n=3)) == {502}


async def test_internal_routes_are_never_faulted(tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = create_app(data_dir=tmp_path, faults="status=503")
    try:
        async with make_client(app) as client:
            assert (await client.get("/_emulator/health")).status_code == 200
            assert (await client.get("/v1/models")).status_code == 503
            assert (await client.get("/v1/models", headers={FAULT: "latency=0"})).status_code == 200
    finally:
        app.state.emulator.close()


async def test_rate_limit_per_key(tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = create_app(data_dir=tmp_path, rate_limit="3/min")
    try:
        async with make_client(app, api_key="alice") as alice, make_client(app, api_key="bob") as bob:
            seen = []
            for _ in range(4):
                r = await alice.get("/v1/models")
                seen.append((r.status_code, r.headers["x-ratelimit-remaining-requests"]))
            assert seen == [(200, "2"), (200, "1"), (200, "0"), (429, "0")]
            assert r.headers["x-ratelimit-limit-requests"] == "3"
            assert 0 < int(r.headers["retry-after"]) <= 60
            assert 0 < int(r.headers["x-ratelimit-reset-requests"]) <= 60
            assert r.json()["code"] == "1300"
            assert (await bob.get("/v1/models")).status_code == 200
    finally:
        app.state.emulator.close()


def test_rate_limit_window_resets() -> None:
    from mistralkit.emulator.ratelimit import RateLimit, RateLimiter

    now = [100.0]
    limiter = RateLimiter(RateLimit.parse("2/s"), clock=lambda: now[0])
    assert [limiter.hit("k")[0] for _ in range(3)] == [True, True, False]
    now[0] += 1.0
    assert limiter.hit("k")[0] is True
    assert RateLimit.parse("60/min") == RateLimit(60, 60.0)
    assert RateLimit.parse("1000/hour").period == 3600.0
    with pytest.raises(ValueError):
        RateLimit.parse("lots")
