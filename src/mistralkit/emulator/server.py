"""Running the emulator over HTTP with uvicorn (one worker).

* :func:`serve` blocks until interrupted -- what ``mistralkit serve`` runs.
* :class:`BackgroundServer` runs it in a thread on a free loopback port, for
  tests and notebooks::

      with BackgroundServer() as server:
          client = Mistral(api_key="test", server_url=server.url)
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Mapping
from typing import Any

import uvicorn

from .app import create_app


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on accepted
    # sockets whose proto says TCP, and without it every response body waits
    # ~40 ms for a delayed ACK (Nagle).  The listener's flag is inherited too.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _config(app: Any, host: str, port: int, log_level: str, access_log: bool) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        workers=1,
        lifespan="on",
        log_level=log_level,
        access_log=access_log,
        timeout_graceful_shutdown=5,
    )


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    data_dir: str | os.PathLike[str] | None = None,
    api_key: str | None = None,
    faults: str | Mapping[str, Any] | None = None,
    rate_limit: str | None = None,
    *,
    log_level: str = "info",
    access_log: bool = False,
    **app_options: Any,
) -> None:
    """Serve the emulator on ``host:port`` until interrupted (blocking).

    ``data_dir``, ``api_key``, ``faults``, ``rate_limit`` and ``app_options``
    are passed to :func:`~mistralkit.emulator.create_app`.  Port 0 picks a
    free port (printed in the log).
    """
    app = create_app(data_dir=data_dir, api_key=api_key, faults=faults, rate_limit=rate_limit, **app_options)
    sock = _bind(host, port)
    server = uvicorn.Server(_config(app, host, sock.getsockname()[1], log_level, access_log))
    server.run(sockets=[sock])


class BackgroundServer:
    """The emulator served by uvicorn in a daemon thread on a loopback port."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        log_level: str = "warning",
        startup_timeout: float = 10.0,
        **app_options: Any,
    ) -> None:
        self.app = create_app(**app_options)
        self._sock = _bind(host, port)
        self.host = host
        self.port = self._sock.getsockname()[1]
        self._server = uvicorn.Server(_config(self.app, host, self.port, log_level, False))
        # uvicorn only installs signal handlers in the main thread
        self._thread: threading.Thread | None = None
        self._startup_timeout = startup_timeout

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def start(self) -> BackgroundServer:
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + self._startup_timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the emulator server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._sock.close()
        self.app.state.emulator.close()

    def __enter__(self) -> BackgroundServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
