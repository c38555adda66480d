"""The connection options of a client (HTTP/2, proxy, TLS, pool, response limits) and the SSL context they make."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any, Optional, Union

if TYPE_CHECKING:
    import ssl

__all__ = ["TransportConfig", "ssl_context", "BACKENDS"]

BACKENDS = ("auto", "aiohttp", "httpx")

VerifyTypes = Union[bool, str, "os.PathLike[str]", "ssl.SSLContext"]
CertTypes = Union[str, "os.PathLike[str]", tuple[str, str], tuple[str, str, str]]


class TransportConfig:
    """Options that shape the connection pool a client builds for itself. Immutable once built."""

    __slots__ = (
        "http2", "proxy", "verify", "cert", "trust_env", "max_response_bytes", "stream_timeout", "backend",
    )

    def __init__(
        self,
        *,
        http2: bool = False,
        proxy: Optional[str] = None,
        verify: VerifyTypes = True,
        cert: Optional[CertTypes] = None,
        trust_env: bool = True,
        max_response_bytes: Optional[int] = None,
        stream_timeout: Optional[float] = 30.0,
        backend: str = "auto",
    ) -> None:
        if not isinstance(http2, bool):
            raise TypeError("http2 must be True or False")
        if proxy is not None:
            proxy = str(proxy)
            if not proxy.startswith(("http://", "https://")):
                raise ValueError(f"proxy must be an http:// or https:// URL, not {_redact_url(proxy)!r}")
        if not isinstance(verify, (bool, str, os.PathLike)) and not hasattr(verify, "wrap_socket"):
            raise TypeError(f"verify must be True, False, a CA bundle path or an ssl.SSLContext, not {type(verify).__name__}")
        if isinstance(verify, (str, os.PathLike)) and not os.path.exists(verify):
            raise ValueError(f"verify: no CA bundle at {os.fspath(verify)!r}")
        if cert is not None and not isinstance(cert, (str, os.PathLike, tuple)):
            raise TypeError("cert must be a path to a PEM file or a (certfile, keyfile[, password]) tuple")
        if max_response_bytes is not None and (
            isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int) or max_response_bytes <= 0
        ):
            raise ValueError("max_response_bytes must be a positive integer or None")
        if stream_timeout is not None and (
            isinstance(stream_timeout, bool) or not isinstance(stream_timeout, (int, float)) or stream_timeout <= 0
        ):
            raise ValueError("stream_timeout must be a positive number of seconds or None")
        if backend not in BACKENDS:
            raise ValueError(f"http_backend must be one of {', '.join(BACKENDS)}, not {backend!r}")
        if http2 and backend == "aiohttp":
            raise ValueError("http2=True needs the httpx backend; aiohttp speaks HTTP/1.1 only")
        self.http2 = http2
        self.proxy = proxy
        self.verify = verify
        self.cert = cert
        self.trust_env = trust_env
        self.max_response_bytes = max_response_bytes
        self.stream_timeout = None if stream_timeout is None else float(stream_timeout)
        self.backend = backend

    def uses_aiohttp(self) -> bool:
        """Whether an async client built from this config runs on aiohttp."""
        if self.backend == "httpx" or self.http2:
            return False
        if self.backend == "aiohttp":
            return True
        try:
            import aiohttp  # noqa: F401
        except ImportError:
            return False
        return True


def ssl_context(config: TransportConfig, needed: bool = True) -> "ssl.SSLContext":
    """The SSL context for ``config``: the system trust store unless ``verify`` says otherwise.

    ``needed=False`` (a plain-http server and no https proxy) gives a context that loads no CA
    certificates: loading them costs milliseconds and several megabytes that such a client never uses.
    """
    import ssl

    verify = config.verify
    if isinstance(verify, ssl.SSLContext):
        ctx = verify
    elif verify is False:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    elif verify is True:
        ctx = _system_context(config.trust_env) if needed else ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    else:
        path = os.fspath(verify)
        ctx = ssl.create_default_context(capath=path) if os.path.isdir(path) else ssl.create_default_context(cafile=path)
    if config.cert is not None:
        cert: Any = config.cert
        if isinstance(cert, tuple):
            ctx.load_cert_chain(*cert)
        else:
            ctx.load_cert_chain(os.fspath(cert))
    if config.http2:
        ctx.set_alpn_protocols(["h2", "http/1.1"])
    return ctx


def _system_context(trust_env: bool) -> "ssl.SSLContext":
    import ssl

    # SSL_CERT_FILE / SSL_CERT_DIR first (as OpenSSL and httpx2 honour them), then the operating
    # system's trust store through truststore, then the certifi bundle when neither is available.
    if trust_env:
        if os.environ.get("SSL_CERT_FILE"):
            return ssl.create_default_context(cafile=os.environ["SSL_CERT_FILE"])
        if os.environ.get("SSL_CERT_DIR"):
            return ssl.create_default_context(capath=os.environ["SSL_CERT_DIR"])
    # truststore on OpenSSL < 3.4 re-adds the verify paths at every handshake, which that OpenSSL
    # accumulates: there the system's CA files are loaded directly instead.
    if sys.platform in ("win32", "darwin") or ssl.OPENSSL_VERSION_INFO >= (3, 4):
        try:
            import truststore
        except ImportError:
            pass
        else:
            return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx = ssl.create_default_context()
    if ctx.cert_store_stats().get("x509_ca", 0) == 0 and not _has_ca_dir():
        try:
            import certifi
        except ImportError:
            return ctx
        ctx.load_verify_locations(cafile=certifi.where())
    return ctx


def _has_ca_dir() -> bool:
    import ssl

    capath = ssl.get_default_verify_paths().capath
    return bool(capath) and os.path.isdir(capath) and any(name.endswith(".0") for name in os.listdir(capath))


def _redact_url(url: str) -> str:
    # A proxy URL may carry a password: never echo it.
    if "@" in url:
        scheme, _, rest = url.partition("://")
        return f"{scheme}://***@{rest.rsplit('@', 1)[1]}"
    return url
