"""TLS against a real server whose certificate comes from a private CA (trustme)."""

from __future__ import annotations

import ssl

import pytest

from mistralkit import APIConnectionError, AsyncMistral, Mistral

from .conftest import BACKENDS

MESSAGES = [{"role": "user", "content": "hi"}]


def test_default_trust_store_rejects_a_private_ca(tls_server) -> None:
    with Mistral(api_key="k", server_url=tls_server.url, max_retries=0) as client:
        with pytest.raises(APIConnectionError) as info:
            client.models.list()
    assert "CERTIFICATE_VERIFY_FAILED" in str(info.value) or "certificate" in str(info.value).lower()


def test_ca_bundle_path_sync(tls_server, tls_files) -> None:
    with Mistral(api_key="k", server_url=tls_server.url, verify=tls_files["ca"]) as client:
        assert len(client.models.list().data) == 50


def test_ssl_context_sync(tls_server, tls_files) -> None:
    ctx = ssl.create_default_context(cafile=tls_files["ca"])
    with Mistral(api_key="k", server_url=tls_server.url, verify=ctx) as client:
        assert len(client.models.list().data) == 50


def test_verify_false_sync(tls_server) -> None:
    with Mistral(api_key="k", server_url=tls_server.url, verify=False) as client:
        assert len(client.models.list().data) == 50


def test_client_certificate_sync(mtls_server, tls_files) -> None:
    cert = (tls_files["client"], tls_files["client_key"])
    with Mistral(api_key="k", server_url=mtls_server.url, verify=tls_files["ca"], cert=cert) as client:
        assert len(client.models.list().data) == 50
    with Mistral(api_key="k", server_url=mtls_server.url, verify=tls_files["ca"], max_retries=0) as client:
        with pytest.raises(APIConnectionError):
            client.models.list()


def test_ssl_cert_file_environment_variable(tls_server, tls_files, monkeypatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", tls_files["ca"])
    with Mistral(api_key="k", server_url=tls_server.url) as client:
        assert len(client.models.list().data) == 50


def test_missing_ca_bundle_fails_at_construction() -> None:
    with pytest.raises(ValueError, match="no CA bundle"):
        Mistral(api_key="k", verify="/nonexistent/ca.pem")


@pytest.mark.parametrize("backend", BACKENDS)
async def test_tls_options_async(backend, tls_server, mtls_server, tls_files) -> None:
    async with AsyncMistral(api_key="k", server_url=tls_server.url, http_backend=backend, max_retries=0) as client:
        with pytest.raises(APIConnectionError):
            await client.models.list()
    async with AsyncMistral(api_key="k", server_url=tls_server.url, http_backend=backend, verify=tls_files["ca"]) as client:
        assert len((await client.models.list()).data) == 50
    async with AsyncMistral(api_key="k", server_url=tls_server.url, http_backend=backend, verify=False) as client:
        assert len((await client.models.list()).data) == 50
    cert = (tls_files["client"], tls_files["client_key"])
    async with AsyncMistral(
        api_key="k", server_url=mtls_server.url, http_backend=backend, verify=tls_files["ca"], cert=cert
    ) as client:
        assert len((await client.models.list()).data) == 50
    async with AsyncMistral(
        api_key="k", server_url=mtls_server.url, http_backend=backend, verify=tls_files["ca"], max_retries=0
    ) as client:
        with pytest.raises(APIConnectionError):
            await client.models.list()


def test_default_context_holds_the_system_trust_store_only_when_tls_is_needed() -> None:
    from mistralkit._transports.config import TransportConfig, ssl_context

    config = TransportConfig()
    ctx = ssl_context(config, needed=True)
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
    if type(ctx).__module__.startswith("truststore"):
        return  # the operating system verifies; there is no CA list to look at
    stats = ctx.cert_store_stats()
    assert stats["x509_ca"] > 0 or ssl.get_default_verify_paths().capath
    # A plain-http client never loads CA certificates.
    assert ssl_context(config, needed=False).cert_store_stats()["x509_ca"] == 0


def test_plain_http_client_builds_no_trust_store(plain_server) -> None:
    with Mistral(api_key="k", server_url=plain_server.url) as client:
        client.models.list()
        pool = client._http()._transport._pool
        assert pool._ssl_context.cert_store_stats()["x509_ca"] == 0
