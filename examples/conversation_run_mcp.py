"""A conversation run whose tools come from an MCP server (pip install 'mistralkit[mcp]')."""

import asyncio
import sys
from pathlib import Path

from mcp import StdioServerParameters

from mistralkit import AsyncMistral
from mistralkit.lib.mcp import MCPClientSTDIO
from mistralkit.lib.run import RunContext

server = StdioServerParameters(command=sys.executable, args=[str(Path(__file__).with_name("mcp_weather_server.py"))])


async def main() -> None:
    async with AsyncMistral() as client, RunContext(model="mistral-small-latest") as run_ctx:
        await run_ctx.register_mcp_client(MCPClientSTDIO(stdio_params=server))
        result = await client.beta.conversations.run(run_ctx=run_ctx, inputs="What is the weather in Lisbon?")
        for entry in result.output_entries:
            print(entry.type, getattr(entry, "result", ""))
        print("answer:", result.output_as_text)


asyncio.run(main())
