"""``run_async`` / ``run_stream_async`` for conversations, as in the official SDK where one client
has both: on ``AsyncMistral`` they are ``run`` / ``run_stream``; on ``Mistral`` they run the same
steps under asyncio, the blocking API calls in a worker thread (local async functions and MCP
sessions stay on the caller's event loop)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

__all__ = ["AsyncRunTwins", "RunTwins"]


class RunTwins:
    """Mixed into the sync ``Conversations``."""

    async def run_async(self, run_ctx: Any, inputs: Any, **kwargs: Any) -> Any:
        """``run`` for asyncio code: a ``RunResult``."""
        from ._drive import AsyncDrive

        return await AsyncDrive.result(_steps(self, run_ctx, inputs, False, kwargs), offload=True)

    async def run_stream_async(self, run_ctx: Any, inputs: Any, **kwargs: Any) -> AsyncIterator[Any]:
        """``run_stream`` for asyncio code: await it, then ``async for`` the events; the last is the ``RunResult``."""
        from ._drive import AsyncDrive

        return AsyncDrive.events(_steps(self, run_ctx, inputs, True, kwargs), offload=True)


class AsyncRunTwins:
    """Mixed into ``AsyncConversations``: the official names for ``run`` and ``run_stream``."""

    async def run_async(self, run_ctx: Any, inputs: Any, **kwargs: Any) -> Any:
        return await self.run(run_ctx, inputs, **kwargs)  # type: ignore[attr-defined]

    async def run_stream_async(self, run_ctx: Any, inputs: Any, **kwargs: Any) -> AsyncIterator[Any]:
        return await self.run_stream(run_ctx, inputs, **kwargs)  # type: ignore[attr-defined, no-any-return]


_RUN_ARGS = ("instructions", "tools", "completion_args", "name", "description")


def _steps(resource: Any, run_ctx: Any, inputs: Any, stream: bool, kwargs: dict[str, Any]) -> Any:
    from .run import run_steps

    named = {k: kwargs.pop(k) for k in _RUN_ARGS if k in kwargs}
    return run_steps(resource, resource._client.beta.agents, run_ctx, inputs, stream=stream, options=kwargs, **named)
