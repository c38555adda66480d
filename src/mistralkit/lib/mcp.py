"""MCP servers as tool sources for conversation runs (the ``mcp`` extra).

``MCPClientSTDIO`` starts a server as a subprocess and talks to it over stdin/stdout;
``MCPClientSSE`` and ``MCPClientStreamableHTTP`` connect to a server over HTTP. Register one on a
``RunContext`` (``await run_ctx.register_mcp_client(client)``): its tools become function tools of
the run, and the model's calls to them are executed by the server.
"""

from __future__ import annotations

from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from typing import Any

from .errors import RunException

__all__ = ["MCPClientBase", "MCPClientSSE", "MCPClientSTDIO", "MCPClientStreamableHTTP", "MCPException", "SSEServerParams"]


class MCPException(RunException):
    """An MCP server could not be used: not reachable, or a tool answered with an error."""


def _mcp() -> Any:
    try:
        import mcp
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise ImportError("MCP servers need the 'mcp' extra: pip install 'mistralkit[mcp]'") from exc
    return mcp


@dataclass
class SSEServerParams:
    """Where an MCP server listens over SSE (or streamable HTTP): ``url``, extra ``headers``, timeouts."""

    url: str
    headers: dict[str, Any] = field(default_factory=dict)
    timeout: float = 5.0
    sse_read_timeout: float = 300.0


class MCPClientBase:
    """An initialised MCP session; subclasses say how to reach the server (``_get_transport``)."""

    def __init__(self, name: str | None = None) -> None:
        self._name = name or type(self).__name__
        self._session: Any = None
        self._exit_stack: AsyncExitStack | None = None

    async def _get_transport(self, exit_stack: AsyncExitStack) -> Any:
        raise NotImplementedError

    async def initialize(self, exit_stack: AsyncExitStack | None = None) -> None:
        """Connect and initialise the session (once); closed with ``exit_stack`` or ``aclose()``."""
        if self._session is not None:
            return
        mcp = _mcp()
        if exit_stack is None:
            exit_stack = self._exit_stack = AsyncExitStack()
        streams = await self._get_transport(exit_stack)
        session = await exit_stack.enter_async_context(mcp.ClientSession(streams[0], streams[1]))
        await session.initialize()
        self._session = session

    async def aclose(self) -> None:
        if self._exit_stack is not None:
            await self._exit_stack.aclose()
            self._exit_stack = None
        self._session = None

    async def get_tools(self) -> list[dict[str, Any]]:
        """The server's tools as function tools for the API."""
        if self._session is None:
            raise MCPException(f"{self._name} is not initialised")
        listed = await self._session.list_tools()
        tools = []
        for tool in listed.tools:
            schema = getattr(tool, "input_schema", None) or getattr(tool, "inputSchema", None) or {"type": "object"}
            tools.append(
                {
                    "type": "function",
                    "function": {"name": tool.name, "description": tool.description or "", "parameters": schema},
                }
            )
        return tools

    async def execute_tool(self, name: str, arguments: dict[str, Any]) -> str:
        """Call a tool on the server; its text content (or structured content as JSON)."""
        result = await self._session.call_tool(name, arguments)
        texts = [getattr(block, "text", "") for block in result.content if getattr(block, "type", None) == "text"]
        if getattr(result, "is_error", None) or getattr(result, "isError", None):
            raise MCPException(f"The MCP tool {name} failed: {' '.join(texts) or 'no message'}")
        if texts:
            return "\n".join(texts)
        structured = getattr(result, "structured_content", None) or getattr(result, "structuredContent", None)
        if structured is not None:
            import json

            return json.dumps(structured)
        return ""


class MCPClientSTDIO(MCPClientBase):
    """An MCP server run as a subprocess (``mcp.StdioServerParameters``), over stdin/stdout."""

    def __init__(self, stdio_params: Any, name: str | None = None) -> None:
        super().__init__(name)
        self._stdio_params = stdio_params

    async def _get_transport(self, exit_stack: AsyncExitStack) -> Any:
        return await exit_stack.enter_async_context(_mcp().stdio_client(self._stdio_params))


class MCPClientSSE(MCPClientBase):
    """An MCP server over HTTP with Server-Sent Events."""

    def __init__(self, sse_params: SSEServerParams, name: str | None = None) -> None:
        super().__init__(name)
        self._sse_params = sse_params

    async def _get_transport(self, exit_stack: AsyncExitStack) -> Any:
        from mcp.client.sse import sse_client

        p = self._sse_params
        return await exit_stack.enter_async_context(
            sse_client(p.url, headers=p.headers or None, timeout=p.timeout, sse_read_timeout=p.sse_read_timeout)
        )


class MCPClientStreamableHTTP(MCPClientBase):
    """An MCP server over streamable HTTP."""

    def __init__(self, params: SSEServerParams, name: str | None = None) -> None:
        super().__init__(name)
        self._params = params

    async def _get_transport(self, exit_stack: AsyncExitStack) -> Any:
        from mcp.client import streamable_http

        p = self._params
        client = getattr(streamable_http, "streamable_http_client", None)
        if client is not None:  # mcp 2
            import httpx2

            http = await exit_stack.enter_async_context(
                httpx2.AsyncClient(headers=p.headers or None, timeout=httpx2.Timeout(p.timeout, read=p.sse_read_timeout))
            )
            return await exit_stack.enter_async_context(client(p.url, http_client=http))
        legacy: Any = getattr(streamable_http, "streamablehttp_client")  # noqa: B009  (mcp 1)
        return await exit_stack.enter_async_context(
            legacy(p.url, headers=p.headers or None, timeout=p.timeout, sse_read_timeout=p.sse_read_timeout)
        )
