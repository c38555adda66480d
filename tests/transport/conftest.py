"""Fixtures for the transport tests: a private CA (trustme), TLS and plain servers, a proxy."""

from __future__ import annotations

from typing import Any, Iterator

import pytest

from .servers import ForwardProxy, ThreadServer, api_app

BACKENDS = ["httpx", "aiohttp"]


@pytest.fixture(scope="session")
def ca() -> Any:
    import trustme

    return trustme.CA()


@pytest.fixture(scope="session")
def tls_files(ca: Any, tmp_path_factory: Any) -> dict[str, str]:
    """PEM files: the CA, the server's chain and key, a client certificate with its key."""
    folder = tmp_path_factory.mktemp("tls")
    server = ca.issue_cert("localhost", "127.0.0.1")
    client = ca.issue_cert("client@example.test")
    files = {
        "ca": folder / "ca.pem",
        "server_chain": folder / "server-chain.pem",
        "server_key": folder / "server-key.pem",
        "client": folder / "client.pem",
        "client_key": folder / "client-key.pem",
    }
    ca.cert_pem.write_to_path(str(files["ca"]))
    server.private_key_pem.write_to_path(str(files["server_key"]))
    with open(files["server_chain"], "wb") as fh:
        for blob in server.cert_chain_pems:
            fh.write(blob.bytes())
    client.cert_chain_pems[0].write_to_path(str(files["client"]))
    client.private_key_pem.write_to_path(str(files["client_key"]))
    return {k: str(v) for k, v in files.items()}


@pytest.fixture
def tls_server(tls_files: dict[str, str]) -> Iterator[ThreadServer]:
    with ThreadServer(api_app(), certfile=tls_files["server_chain"], keyfile=tls_files["server_key"]) as server:
        yield server


@pytest.fixture
def mtls_server(tls_files: dict[str, str]) -> Iterator[ThreadServer]:
    with ThreadServer(
        api_app(), certfile=tls_files["server_chain"], keyfile=tls_files["server_key"],
        ca_certs=tls_files["ca"], require_client_cert=True,
    ) as server:
        yield server


@pytest.fixture
def plain_server() -> Iterator[ThreadServer]:
    with ThreadServer(api_app()) as server:
        yield server


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    with ForwardProxy() as server:
        yield server


@pytest.fixture(autouse=True)
def _no_env_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    # A proxy set on the machine would change what these tests measure.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy", "no_proxy",
                 "SSL_CERT_FILE", "SSL_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)
