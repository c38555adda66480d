"""The async twin of a sync ``Mistral`` client, behind its official-style ``*_async`` methods.

``client.chat.complete_async(...)`` runs ``AsyncMistral.chat.complete`` on an ``AsyncMistral`` the
sync client builds on first use, with the same settings: API key, server URL, retries, deadline,
headers, timeout, connection options, and the same response cache, circuit breaker and rate limiter. Its connection pool is its own, one per event loop (pooled connections belong
to the loop that opened them, and programs often call ``asyncio.run()`` more than once), unless the
sync client was given an ``httpx2.AsyncClient`` as ``async_client``, which is then used as it is.
Nothing of this is imported or built before the first ``*_async`` call.
"""

from __future__ import annotations

import sys
import threading
import weakref
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ._client import AsyncMistral, Mistral
    from .resources._base import Resource

R = TypeVar("R", bound="Resource")

__all__ = ["twin", "async_twin", "close_twins"]

_lock = threading.Lock()
_ATTR = "_mistralkit_async_twin"


def twin(resource: Resource, cls: type[R]) -> R:
    """``cls`` (an async resource class) bound to the async twin of ``resource``'s sync client."""
    return cls(async_twin(resource._client), raw=resource._raw)


def async_twin(client: Mistral) -> AsyncMistral:
    """The ``AsyncMistral`` sharing ``client``'s settings for the running event loop.

    Built once per client (or ``with_options`` copy) and loop; a loop's twin goes when the loop does.
    """
    if client.is_closed:
        from ._errors import ClientClosedError

        raise ClientClosedError(f"This {type(client).__name__} is closed; create a new client")
    loop = _running_loop()
    state = client.__dict__
    twins: Any = state.get(_ATTR)
    if twins is None:
        with _lock:
            twins = state.setdefault(_ATTR, weakref.WeakKeyDictionary())
    entry: Any = twins.get(loop)
    if entry is None:
        with _lock:
            entry = twins.get(loop)
            if entry is None:
                found = _build(client)
                entry = twins[loop] = (found, _close_with_loop(found))
    return entry[0]  # type: ignore[no-any-return]


def _close_with_loop(found: AsyncMistral) -> Any:
    # An async generator started in the running loop is closed by the loop's shutdown
    # (asyncio.run() calls loop.shutdown_asyncgens()), which runs its `finally` inside the loop:
    # the twin's pool is closed there, while its connections can still be closed cleanly.
    async def closer() -> Any:
        try:
            yield
        finally:
            await found.close()

    agen = closer()
    step = agen.__anext__()  # registers the generator with the running loop
    try:
        step.send(None)  # runs it to its `yield` without awaiting anything
    except StopIteration:
        pass
    return agen


def _build(client: Mistral) -> AsyncMistral:
    from ._client import AsyncMistral

    options: dict[str, Any] = {
        "api_key": client._api_key,
        "server_url": client.server_url,
        "max_retries": client.retry_policy.max_retries,
        "retry_policy": client.retry_policy,
        "deadline": client.retry_policy.deadline,
        "default_headers": client._headers,
        "limits": client._pool.limits,
        "strict": client._strict,
    }
    timeout = client.timeout
    if not isinstance(timeout, dict):
        # A dict is the default per-phase timeout, which AsyncMistral applies by itself.
        options["timeout"] = timeout
    http = getattr(client, "_async_http_client", None)
    if http is not None:
        options["http_client"] = http
    result = AsyncMistral(**options)
    # Connection options (HTTP/2, proxy, TLS ...) and the response cache, circuit breaker and rate
    # limiter are the sync client's own: the twin uses the same ones, so they count its calls too.
    result._pool.config = client._pool.config
    result._pool.features = client._pool.features
    # A clock and sleeper set on the client (tests make retries instant with them) carry over.
    if "_clock" in client.__dict__:
        result._clock = client.__dict__["_clock"]
    sleep = client.__dict__.get("_sleep")
    if sleep is not None:
        result._sleep = _awaitable(sleep)
    return result


def _awaitable(sleep: Any) -> Any:
    import inspect

    if inspect.iscoroutinefunction(sleep):
        return sleep

    async def wait(seconds: float) -> None:
        sleep(seconds)

    return wait


async def close_twins(client: Mistral) -> None:
    """Close the pools of ``client``'s twins: the running loop's now, other running loops' on their loop.

    Twins of loops that have ended were closed by their loop's shutdown.
    """
    twins: Any = client.__dict__.get(_ATTR)
    if not twins:
        return
    current = _running_loop()
    with _lock:
        entries = list(twins.items())
        twins.clear()
    for loop, (_, closer) in entries:
        if loop is current:
            await closer.aclose()
        elif loop.is_running():
            sys.modules["asyncio"].run_coroutine_threadsafe(closer.aclose(), loop)


def _running_loop() -> Any:
    # A twin is only ever awaited, so asyncio is loaded by then; importing this module stays cheap.
    return sys.modules["asyncio"].get_running_loop()
