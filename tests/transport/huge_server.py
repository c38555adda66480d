"""A server, run as its own process, that answers every GET with a 100 MB JSON body (so a test can
measure its own memory without the server's): ``python huge_server.py`` prints its port.
Header ``x-test-chunked: 1`` sends the body chunked, without a Content-Length."""

from __future__ import annotations

import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SIZE = 100 * 1024 * 1024
BLOCK = b"p" * (1 << 20)
HEAD = b'{"object": "list", "data": [], "padding": "'
TAIL = b'"}'


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        chunked = self.headers.get("x-test-chunked") == "1"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(len(HEAD) + SIZE + len(TAIL)))
        self.end_headers()
        try:
            for part in [HEAD] + [BLOCK] * (SIZE // len(BLOCK)) + [TAIL]:
                if chunked:
                    self.wfile.write(b"%x\r\n" % len(part) + part + b"\r\n")
                else:
                    self.wfile.write(part)
            if chunked:
                self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    sys.stdout.close()
    server.serve_forever()
