"""Proxies: ``proxy=`` and HTTP_PROXY/HTTPS_PROXY/NO_PROXY, through a real forwarding proxy."""

from __future__ import annotations

import pytest

from mistralkit import AsyncMistral, Mistral

from .conftest import BACKENDS


def test_proxy_option_plain_http_sync(plain_server, proxy) -> None:
    with Mistral(api_key="k", server_url=plain_server.url, proxy=proxy.url) as client:
        assert len(client.models.list().data) == 50
    assert proxy.seen == [f"GET {plain_server.url}/v1/models"]


def test_proxy_option_https_tunnel_sync(tls_server, tls_files, proxy) -> None:
    with Mistral(api_key="k", server_url=tls_server.url, proxy=proxy.url, verify=tls_files["ca"]) as client:
        assert len(client.models.list().data) == 50
    assert proxy.seen == [f"CONNECT localhost:{tls_server.port}"]


def test_environment_proxy_and_no_proxy_sync(plain_server, proxy, monkeypatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    with Mistral(api_key="k", server_url=plain_server.url) as client:
        client.models.list()
    assert len(proxy.seen) == 1
    with Mistral(api_key="k", server_url=plain_server.url, trust_env=False) as client:
        client.models.list()
    assert len(proxy.seen) == 1  # trust_env=False ignores the variables
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with Mistral(api_key="k", server_url=plain_server.url) as client:
        client.models.list()
    assert len(proxy.seen) == 1  # NO_PROXY bypasses the proxy


@pytest.mark.parametrize("backend", BACKENDS)
async def test_proxy_option_async(backend, plain_server, tls_server, tls_files, proxy) -> None:
    async with AsyncMistral(api_key="k", server_url=plain_server.url, proxy=proxy.url, http_backend=backend) as client:
        assert len((await client.models.list()).data) == 50
    async with AsyncMistral(
        api_key="k", server_url=tls_server.url, proxy=proxy.url, verify=tls_files["ca"], http_backend=backend
    ) as client:
        assert len((await client.models.list()).data) == 50
    assert proxy.seen == [f"GET {plain_server.url}/v1/models", f"CONNECT localhost:{tls_server.port}"]


@pytest.mark.parametrize("backend", BACKENDS)
async def test_environment_proxies_async(backend, plain_server, tls_server, tls_files, proxy, monkeypatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    async with AsyncMistral(api_key="k", server_url=plain_server.url, http_backend=backend) as client:
        await client.models.list()
    async with AsyncMistral(api_key="k", server_url=tls_server.url, verify=tls_files["ca"], http_backend=backend) as client:
        await client.models.list()
    assert proxy.seen == [f"GET {plain_server.url}/v1/models", f"CONNECT localhost:{tls_server.port}"]
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    async with AsyncMistral(api_key="k", server_url=plain_server.url, http_backend=backend) as client:
        await client.models.list()
    async with AsyncMistral(api_key="k", server_url=tls_server.url, verify=tls_files["ca"], http_backend=backend) as client:
        await client.models.list()
    assert len(proxy.seen) == 2


def test_proxy_url_is_checked() -> None:
    with pytest.raises(ValueError, match="proxy must be"):
        Mistral(api_key="k", proxy="socks9://user:secret@host")
    try:
        Mistral(api_key="k", proxy="ftp://user:secret@host:1")
    except ValueError as exc:
        assert "secret" not in str(exc)
