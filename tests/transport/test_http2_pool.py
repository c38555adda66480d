"""HTTP/2, pool limits and keep-alive against a real server (hypercorn over TLS)."""

from __future__ import annotations

import asyncio

import httpx2
import pytest

from mistralkit import AsyncMistral, Mistral

MESSAGES = [{"role": "user", "content": "hi"}]


def test_http2_sync(tls_server, tls_files) -> None:
    with Mistral(api_key="k", server_url=tls_server.url, verify=tls_files["ca"], http2=True) as client:
        raw = client.chat.with_raw_response.complete(model="m", messages=MESSAGES)
        assert raw.http_response.http_version == "HTTP/2"
        assert raw.parse().choices[0].message.content == "2"  # the server saw HTTP/2 too


def test_http1_by_default_sync(tls_server, tls_files) -> None:
    with Mistral(api_key="k", server_url=tls_server.url, verify=tls_files["ca"]) as client:
        reply = client.chat.complete(model="m", messages=MESSAGES)
        assert reply.choices[0].message.content == "1.1"


async def test_http2_async_multiplexes_on_one_connection(tls_server, tls_files) -> None:
    async with AsyncMistral(api_key="k", server_url=tls_server.url, verify=tls_files["ca"], http2=True) as client:
        replies = await asyncio.gather(*(client.chat.complete(model="m", messages=MESSAGES) for _ in range(20)))
        assert {r.choices[0].message.content for r in replies} == {"2"}
        pool = client._http()._transport._pool
        assert len(pool.connections) == 1


def test_http2_with_aiohttp_backend_is_refused() -> None:
    with pytest.raises(ValueError, match="http2=True needs the httpx backend"):
        AsyncMistral(api_key="k", http2=True, http_backend="aiohttp")


def test_http2_selects_httpx_under_async() -> None:
    client = AsyncMistral(api_key="k", http2=True)
    assert not client._pool.config.uses_aiohttp()


def test_keepalive_reuses_one_connection(plain_server) -> None:
    with Mistral(api_key="k", server_url=plain_server.url) as client:
        for _ in range(5):
            client.models.list()
        assert len(client._http()._transport._pool.connections) == 1


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_pool_limit_bounds_connections(backend, plain_server) -> None:
    limits = httpx2.Limits(max_connections=2, max_keepalive_connections=2)
    async with AsyncMistral(api_key="k", server_url=plain_server.url, limits=limits, http_backend=backend) as client:
        await asyncio.gather(*(client.models.list() for _ in range(12)))
        http = client._http()
        if backend == "httpx":
            assert len(http._transport._pool.connections) <= 2
        else:
            session = next(iter(http._transport._sessions.values()))
            connector = session.connector
            assert connector.limit == 2
            assert sum(len(v) for v in connector._conns.values()) <= 2


async def test_aiohttp_keepalive_reuses_connections(plain_server) -> None:
    async with AsyncMistral(api_key="k", server_url=plain_server.url, http_backend="aiohttp") as client:
        for _ in range(5):
            await client.models.list()
        session = next(iter(client._http()._transport._sessions.values()))
        assert sum(len(v) for v in session.connector._conns.values()) == 1
