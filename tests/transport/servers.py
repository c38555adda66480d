"""Real local servers for the transport tests: an HTTP/1.1 + HTTP/2 server (hypercorn, optionally
TLS with client certificates), a forwarding proxy (CONNECT and absolute-form requests) and small ASGI
apps (compressed answers, a stalling stream, a huge body). Every server binds 127.0.0.1 on a free
port and stops when its test ends."""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
import threading
from typing import Any, Optional

import brotli

try:
    from compression import zstd  # Python 3.14+
except ImportError:
    from backports import zstd


class ThreadServer:
    """An ASGI app served by hypercorn in a background thread (TLS when ``certfile`` is given)."""

    def __init__(self, app: Any, *, certfile: Optional[str] = None, keyfile: Optional[str] = None,
                 ca_certs: Optional[str] = None, require_client_cert: bool = False) -> None:
        from hypercorn.config import Config

        self.app = app
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(256)
        self.sock.set_inheritable(True)
        self.port = self.sock.getsockname()[1]
        config = Config()
        config.bind = [f"fd://{self.sock.fileno()}"]
        config.loglevel = "ERROR"
        config.accesslog = None
        config.graceful_timeout = 0.5
        if certfile:
            config.certfile = certfile
            config.keyfile = keyfile
            if ca_certs:
                config.ca_certs = ca_certs
            if require_client_cert:
                import ssl

                config.verify_mode = ssl.CERT_REQUIRED
        self.config = config
        self.scheme = "https" if certfile else "http"
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._stop: Optional[asyncio.Event] = None
        self._thread: Optional[threading.Thread] = None
        self._started = threading.Event()

    @property
    def url(self) -> str:
        host = "localhost" if self.scheme == "https" else "127.0.0.1"
        return f"{self.scheme}://{host}:{self.port}"

    def _run(self) -> None:
        from hypercorn.asyncio import serve

        loop = self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)

        async def main() -> None:
            self._stop = asyncio.Event()
            self._started.set()
            await serve(self.app, self.config, shutdown_trigger=self._stop.wait)

        loop.run_until_complete(main())
        loop.close()

    def __enter__(self) -> "ThreadServer":
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        self._started.wait(10)
        # hypercorn listens on the socket we bound: wait until it accepts.
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                break
            except OSError:
                threading.Event().wait(0.02)
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(10)
        self.sock.detach()  # hypercorn owns the descriptor now and has closed it


class ForwardProxy:
    """A forwarding HTTP proxy: tunnels CONNECT and relays absolute-form requests. ``seen`` lists
    each request line it handled (``CONNECT host:port`` or ``GET http://...``)."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.port = 0
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._server: Optional[asyncio.base_events.Server] = None
        self._thread: Optional[threading.Thread] = None
        self._ready = threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            writer.close()
            return
        lines = head.decode("latin-1").split("\r\n")
        method, target, _version = lines[0].split(" ", 2)
        self.seen.append(f"{method} {target}")
        if method == "CONNECT":
            host, port = target.rsplit(":", 1)
            up_reader, up_writer = await asyncio.open_connection(host, int(port))
            writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            await writer.drain()
        else:
            from urllib.parse import urlsplit

            parts = urlsplit(target)
            up_reader, up_writer = await asyncio.open_connection(parts.hostname, parts.port or 80)
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            kept = [line for line in lines[1:] if line and not line.lower().startswith("proxy-")]
            up_writer.write(f"{method} {path} HTTP/1.1\r\n".encode() + "\r\n".join(kept).encode() + b"\r\n\r\n")
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer))

    def _run(self) -> None:
        loop = self._loop = asyncio.new_event_loop()

        async def start() -> None:
            self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
            self.port = self._server.sockets[0].getsockname()[1]
            self._ready.set()

        loop.run_until_complete(start())
        loop.run_forever()
        loop.close()

    def __enter__(self) -> "ForwardProxy":
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc: Any) -> None:
        loop = self._loop
        assert loop is not None and self._server is not None
        server = self._server

        def stop() -> None:
            server.close()
            for task in asyncio.all_tasks(loop):
                task.cancel()
            loop.call_later(0.05, loop.stop)

        loop.call_soon_threadsafe(stop)
        if self._thread is not None:
            self._thread.join(10)


ENCODERS = {
    "gzip": gzip.compress,
    "br": brotli.compress,
    "zstd": zstd.compress,
}

MODEL_LIST = {
    "object": "list",
    "data": [
        {"id": f"model-{i}", "object": "model", "created": 1700000000, "owned_by": "mistralai", "type": "base",
         "capabilities": {"completion_chat": True}, "description": "x" * 200}
        for i in range(50)
    ],
}


async def _read_body(receive: Any) -> bytes:
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            return body


def api_app(*, stall_after: int = 1, stall_seconds: float = 5.0) -> Any:
    """A small API: ``GET /v1/models`` (compressed with the ``x-test-encoding`` request header's
    codec), ``POST /v1/chat/completions`` (a JSON answer, or a
    stream that sends ``stall_after`` chunks and then goes silent for ``stall_seconds``)."""
    hits: dict[str, int] = {}

    async def app(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        body = await _read_body(receive)
        path = scope["path"]
        hits[path] = hits.get(path, 0) + 1
        out_headers = [(b"content-type", b"application/json"), (b"x-http-version", scope["http_version"].encode())]
        if path == "/v1/models":
            data = json.dumps(MODEL_LIST).encode()
            encoding = headers.get("x-test-encoding")
            if encoding:
                data = ENCODERS[encoding](data)
                out_headers.append((b"content-encoding", encoding.encode()))
            out_headers.append((b"content-length", str(len(data)).encode()))
            await send({"type": "http.response.start", "status": 200, "headers": out_headers})
            await send({"type": "http.response.body", "body": data})
            return
        if path == "/v1/chat/completions":
            request = json.loads(body or b"{}")
            chunk = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m",
                     "choices": [{"index": 0, "delta": {"content": "tick"}, "finish_reason": None}]}
            if request.get("stream"):
                await send({"type": "http.response.start", "status": 200,
                            "headers": [(b"content-type", b"text/event-stream")]})
                for _ in range(stall_after):
                    await send({"type": "http.response.body", "body": f"data: {json.dumps(chunk)}\n\n".encode(),
                                "more_body": True})
                await asyncio.sleep(stall_seconds)
                await send({"type": "http.response.body", "body": b"data: [DONE]\n\n"})
                return
            answer = {"id": "c1", "object": "chat.completion", "created": 1, "model": "m",
                      "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                      "choices": [{"index": 0, "message": {"role": "assistant", "content": scope["http_version"]},
                                   "finish_reason": "stop"}]}
            data = json.dumps(answer).encode()
            await send({"type": "http.response.start", "status": 200, "headers": out_headers})
            await send({"type": "http.response.body", "body": data})
            return
        await send({"type": "http.response.start", "status": 404, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": b'{"message": "no such path"}'})

    app.hits = hits  # type: ignore[attr-defined]
    return app


def switch_app(state: dict[str, Any]) -> Any:
    """``GET /v1/models`` answers ``state["status"]`` (200: a model list); ``state["hits"]`` counts requests."""
    state.setdefault("hits", 0)

    async def app(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        await _read_body(receive)
        state["hits"] += 1
        status = state.get("status", 200)
        body = json.dumps(MODEL_LIST if status == 200 else {"message": f"failing with {status}"}).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    return app
