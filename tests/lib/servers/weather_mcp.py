"""A small MCP server for the tests: one weather tool, served over stdio, SSE or streamable HTTP.

    python weather_mcp.py                  # stdio
    python weather_mcp.py sse PORTFILE     # HTTP on a free loopback port, written to PORTFILE
    python weather_mcp.py http PORTFILE
"""

import socket
import sys

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError

server = MCPServer("weather")


@server.tool()
def get_weather(location: str) -> str:
    """The weather at a location."""
    return f"It is 18 degrees and sunny in {location}"


@server.tool()
def get_forecast(location: str) -> str:
    """Tomorrow's forecast for a location."""
    raise ToolError(f"no forecast for {location}")


if __name__ == "__main__":
    if len(sys.argv) == 1:
        server.run("stdio")
    else:
        import uvicorn

        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        app = server.sse_app() if sys.argv[1] == "sse" else server.streamable_http_app()
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        with open(sys.argv[2], "w") as fh:
            fh.write(str(port))
        uvicorn.Server(config).run(sockets=[sock])
