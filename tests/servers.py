"""A real HTTP/1.1 server on 127.0.0.1 (ephemeral port) whose answers a test scripts, byte by byte.

Each connection serves one request and is then closed by the server. ``replies`` are consumed one per
request (the last one repeats); a reply is a callable ``reply(conn, request)`` that writes to the
socket. ``requests`` records what arrived; ``disconnected`` is set when a client closes a connection
the server was still holding open (see ``hold_open``).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

Reply = Callable[[socket.socket, "Received"], None]


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes = b""


@dataclass
class LocalServer:
    replies: list[Reply]
    requests: list[Received] = field(default_factory=list)
    disconnected: threading.Event = field(default_factory=threading.Event)
    stopping: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.lock = threading.Lock()
        self.threads: list[threading.Thread] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.sock.accept()
            except (socket.timeout, OSError):
                continue
            worker = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self.threads.append(worker)
            worker.start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            request = _read_request(conn)
            if request is None:
                return
            with self.lock:
                self.requests.append(request)
                reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
            reply(conn, request)
        except OSError:
            pass
        finally:
            try:
                conn.close()
            except OSError:
                pass

    def close(self) -> None:
        self.stopping.set()
        self.thread.join(2)
        self.sock.close()
        for worker in self.threads:
            worker.join(2)

    def __enter__(self) -> "LocalServer":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()


def _read_request(conn: socket.socket) -> Optional[Received]:
    conn.settimeout(5)
    data = b""
    while b"\r\n\r\n" not in data:
        piece = conn.recv(65536)
        if not piece:
            return None
        data += piece
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0") or 0)
    if headers.get("transfer-encoding", "").lower() == "chunked":
        while not rest.endswith(b"0\r\n\r\n"):
            piece = conn.recv(65536)
            if not piece:
                break
            rest += piece
    else:
        while len(rest) < length:
            piece = conn.recv(65536)
            if not piece:
                break
            rest += piece
    return Received(method, path, headers, rest)


def _head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def answer(status: int, payload: Any, headers: Optional[dict[str, str]] = None) -> Reply:
    """Reply at once with a JSON body."""
    body = json.dumps(payload).encode()

    def reply(conn: socket.socket, request: Received) -> None:
        conn.sendall(
            _head(status, {"content-type": "application/json", "content-length": str(len(body)), "connection": "close", **(headers or {})})
            + body
        )

    return reply


def trickle(payload: Any, *, seconds: float, stop: threading.Event) -> Reply:
    """A 200 whose headers come at once and whose body then arrives evenly over ``seconds``."""
    body = json.dumps(payload).encode()

    def reply(conn: socket.socket, request: Received) -> None:
        conn.sendall(_head(200, {"content-type": "application/json", "content-length": str(len(body)), "connection": "close"}))
        pause = seconds / len(body)
        for i in range(len(body)):
            if stop.is_set():
                return
            conn.sendall(body[i : i + 1])
            time.sleep(pause)

    return reply


def stall(stop: threading.Event, seconds: float = 30.0) -> Reply:
    """Read the request, then never answer (until the server stops or ``seconds`` pass)."""

    def reply(conn: socket.socket, request: Received) -> None:
        stop.wait(seconds)

    return reply


def hold_open(status: int, head_body: bytes, server: LocalServer, content_type: str, seconds: float = 10.0) -> Reply:
    """Send headers and the first bytes of a body that never ends; set ``server.disconnected`` when the
    client closes the connection."""

    def reply(conn: socket.socket, request: Received) -> None:
        conn.settimeout(seconds)
        try:
            # A large body fills the socket buffers: a client that closes while it is being sent
            # shows as a failed send.
            conn.sendall(_head(status, {"content-type": content_type, "transfer-encoding": "chunked"}))
            conn.sendall(b"%x\r\n%s\r\n" % (len(head_body), head_body))
            while True:
                if not conn.recv(1024):
                    server.disconnected.set()
                    return
        except socket.timeout:
            return  # the client never closed
        except OSError:
            server.disconnected.set()

    return reply
