# The MCP server of the official examples (mcp_servers/stdio_server.py), on the mcp 2 server API.
import logging
import random

from mcp.server.mcpserver import MCPServer

logging.basicConfig(level=logging.ERROR)

mcp = MCPServer("weather")


@mcp.tool()
async def get_weather(location: str) -> float:
    return random.random() * 30


if __name__ == "__main__":
    mcp.run("stdio")
