"""Building a client's HTTP connection pool from its options (``config.TransportConfig``).

``Mistral`` always runs on ``httpx2.Client``. ``AsyncMistral`` runs on ``httpx2.AsyncClient``,
with aiohttp underneath (``aiohttp.AiohttpTransport``) when aiohttp is installed, unless HTTP/2 or
``http_backend="httpx"`` asks for httpx2's own stack.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional

from .config import TransportConfig, ssl_context

__all__ = ["TransportConfig", "new_http"]


def new_http(
    *,
    is_async: bool,
    config: TransportConfig,
    base_url: str,
    timeout: Any,
    limits: Any,
    headers: Mapping[str, str],
) -> Any:
    """A new ``httpx2.Client`` / ``httpx2.AsyncClient`` for a client with these options."""
    import httpx2

    from . import hooks

    if isinstance(timeout, dict):
        timeout = httpx2.Timeout(**timeout)
    needs_tls = base_url.startswith("https://") or _https_proxy(config)
    ctx = ssl_context(config, needed=needs_tls)
    kwargs: dict[str, Any] = {"timeout": timeout, "headers": dict(headers)}
    if limits is not None:
        kwargs["limits"] = limits
    if is_async and config.uses_aiohttp():
        from .aiohttp import AiohttpClient, AiohttpTransport

        transport = AiohttpTransport(ssl_context=ctx, proxy=config.proxy, trust_env=config.trust_env, limits=limits)
        return AiohttpClient(
            transport,
            timeout=timeout,
            headers=headers,
            prepare=hooks.response_preparer(config, is_async=True),
            limits_size=config.max_response_bytes is not None,
        )
    event_hooks = hooks.response_hooks(config, is_async)
    if event_hooks:
        kwargs["event_hooks"] = {"response": event_hooks}
    cls = httpx2.AsyncClient if is_async else httpx2.Client
    return cls(verify=ctx, http2=config.http2, proxy=config.proxy, trust_env=config.trust_env, **kwargs)


def _https_proxy(config: TransportConfig) -> bool:
    if config.proxy is not None:
        return config.proxy.startswith("https://")
    if not config.trust_env:
        return False
    import os

    names = ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy")
    return any(os.environ.get(name, "").startswith("https://") for name in names)


def backend_name(http: Any) -> Optional[str]:
    """``"aiohttp"`` when ``http`` sends through aiohttp, else ``"httpx"``."""
    transport = getattr(http, "_transport", None)
    return "aiohttp" if type(transport).__name__ == "AiohttpTransport" else "httpx"
