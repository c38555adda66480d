"""A tiny MCP server (stdio) with one tool, used by conversation_run_mcp.py."""

from mcp.server.mcpserver import MCPServer

server = MCPServer("weather")


@server.tool()
def get_weather(location: str) -> str:
    """The weather at a location."""
    return f"18 degrees and sunny in {location}"


if __name__ == "__main__":
    server.run("stdio")
