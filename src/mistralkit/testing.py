"""Test against a local emulator of the Mistral API: no API key, no network, no cost.

    from mistralkit.testing import emulated_client

    with emulated_client() as client:
        reply = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": "Hi"}])

``emulated_client`` / ``emulated_async_client`` wire a ``Mistral`` / ``AsyncMistral`` to a fresh
in-process emulator through an ASGI transport (no socket). With the ``emulator`` extra installed,
this module is also a pytest plugin giving the fixtures ``mistral_emulator`` (the ASGI app),
``mistral_client`` and ``async_mistral_client``.
"""

from __future__ import annotations

import asyncio
import threading
from typing import TYPE_CHECKING, Any, Iterator, Optional, cast

if TYPE_CHECKING:
    import httpx2

    from ._client import AsyncMistral, Mistral

__all__ = ["emulated_client", "emulated_async_client", "SyncASGITransport", "EMULATOR_URL"]  # noqa: F822 - lazy, see __getattr__

EMULATOR_URL = "http://emulator.local"
TEST_API_KEY = "emulator-test-key"


def _transport_classes() -> Any:
    import httpx2

    class SyncASGITransport(httpx2.BaseTransport):
        """Serve sync requests from an ASGI app running on a private event loop in a thread."""

        def __init__(self, app: Any) -> None:
            self._asgi = httpx2.ASGITransport(app=app)
            self._loop = asyncio.new_event_loop()
            self._thread = threading.Thread(target=self._loop.run_forever, name="mistralkit-emulator", daemon=True)
            self._thread.start()

        def handle_request(self, request: httpx2.Request) -> httpx2.Response:
            body = request.read()
            forwarded = httpx2.Request(request.method, request.url, headers=request.headers, content=body)
            future = asyncio.run_coroutine_threadsafe(self._exchange(forwarded), self._loop)
            status, headers, content = future.result()
            return httpx2.Response(status, headers=headers, content=content, request=request)

        async def _exchange(self, request: httpx2.Request) -> tuple[int, list[Any], bytes]:
            response = await self._asgi.handle_async_request(request)
            content = await response.aread()
            return response.status_code, response.headers.raw, content

        def close(self) -> None:
            if self._loop.is_running():
                self._loop.call_soon_threadsafe(self._loop.stop)
                self._thread.join(timeout=5)
            if not self._loop.is_closed() and not self._loop.is_running():
                self._loop.close()

    return SyncASGITransport


def __getattr__(name: str) -> Any:
    if name == "SyncASGITransport":
        value = _transport_classes()
        globals()[name] = value
        return value
    raise AttributeError(name)


def emulator_app(**options: Any) -> Any:
    """A fresh emulator ASGI app; ``options`` go to ``mistralkit.emulator.create_app``."""
    try:
        from .emulator import create_app
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise ImportError(
            "The emulator needs the 'emulator' extra: pip install 'mistralkit[emulator]'"
        ) from exc
    return create_app(**options)


def _close_app(app: Any) -> None:
    state = getattr(getattr(app, "state", None), "emulator", None)
    if state is not None and hasattr(state, "close"):
        state.close()


def emulated_client(app: Any = None, *, api_key: str = TEST_API_KEY, **client_options: Any) -> "Mistral":
    """A ``Mistral`` client answered by an in-process emulator.

    Without ``app`` a fresh emulator is created (state in a temporary directory) and shut down
    when the client is closed. ``client_options`` go to ``Mistral`` (e.g. ``max_retries``).
    """
    import httpx2

    owned = app is None
    if owned:
        app = emulator_app()
    transport = _transport_classes()(app)
    http = httpx2.Client(transport=transport, base_url=EMULATOR_URL)
    # The *_async methods reach the same emulator; an ASGI transport keeps no connections, so one
    # AsyncClient serves every event loop.
    client_options.setdefault(
        "async_client", httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url=EMULATOR_URL)
    )
    client = _EmulatedMistral(api_key=api_key, server_url=EMULATOR_URL, http_client=http, **client_options)
    client._emulator = (app if owned else None, http, transport)
    return cast("Mistral", client)


def emulated_async_client(app: Any = None, *, api_key: str = TEST_API_KEY, **client_options: Any) -> "AsyncMistral":
    """An ``AsyncMistral`` client answered by an in-process emulator (see ``emulated_client``)."""
    import httpx2

    owned = app is None
    if owned:
        app = emulator_app()
    http = httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url=EMULATOR_URL)
    client = _EmulatedAsyncMistral(api_key=api_key, server_url=EMULATOR_URL, http_client=http, **client_options)
    client._emulator = (app if owned else None, http, None)
    return cast("AsyncMistral", client)


def _make_emulated_classes() -> tuple[type, type]:
    from ._client import AsyncMistral, Mistral

    class EmulatedMistral(Mistral):
        """A ``Mistral`` whose ``close()`` also shuts down the emulator it owns."""

        # (app it owns, HTTP client, transport); a with_options() copy owns nothing and closes nothing.
        _emulator: tuple[Any, Any, Any] = (None, None, None)

        def close(self) -> None:
            app, http, transport = self._emulator
            super().close()
            if http is not None:
                http.close()
            if transport is not None:
                transport.close()
            if app is not None:
                _close_app(app)

    class EmulatedAsyncMistral(AsyncMistral):
        """An ``AsyncMistral`` whose ``close()`` also shuts down the emulator it owns."""

        _emulator: tuple[Any, Any, Any] = (None, None, None)

        async def close(self) -> None:
            app, http, _ = self._emulator
            await super().close()
            if http is not None:
                await http.aclose()
            if app is not None:
                _close_app(app)

    return EmulatedMistral, EmulatedAsyncMistral


class _Lazy:
    """Defers building the client subclasses until first use, keeping this module cheap to import."""

    def __init__(self, index: int) -> None:
        self.index = index

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return _make_emulated_classes_cached()[self.index](*args, **kwargs)


_classes: Optional[tuple[type, type]] = None


def _make_emulated_classes_cached() -> tuple[type, type]:
    global _classes
    if _classes is None:
        _classes = _make_emulated_classes()
    return _classes


_EmulatedMistral = _Lazy(0)
_EmulatedAsyncMistral = _Lazy(1)


# --- pytest plugin ----------------------------------------------------------------------------------

try:
    import pytest
except ImportError:  # pragma: no cover - pytest is optional
    pytest = None  # type: ignore[assignment]

if pytest is not None:

    @pytest.fixture
    def mistral_emulator() -> Iterator[Any]:
        """A fresh emulator ASGI app (state in a temporary directory)."""
        app = emulator_app()
        yield app
        _close_app(app)

    @pytest.fixture
    def mistral_client(mistral_emulator: Any) -> Iterator["Mistral"]:
        """A ``Mistral`` client answered by ``mistral_emulator``."""
        client = emulated_client(mistral_emulator)
        yield client
        client.close()

    try:  # pytest-asyncio's decorator works in its strict mode as well as in auto mode
        from pytest_asyncio import fixture as _async_fixture
    except ImportError:  # pragma: no cover - without pytest-asyncio an async fixture needs another plugin
        _async_fixture = pytest.fixture  # type: ignore[assignment]

    @_async_fixture
    async def async_mistral_client(mistral_emulator: Any) -> Any:
        """An ``AsyncMistral`` client answered by ``mistral_emulator``."""
        client = emulated_async_client(mistral_emulator)
        yield client
        await client.close()
