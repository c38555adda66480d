"""A local, deterministic, stateful emulator of the Mistral AI API.

Run it in-process::

    import httpx2
    from mistralkit.emulator import create_app

    app = create_app()
    client = httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url="http://emulator")

or over HTTP::

    from mistralkit.emulator import serve
    serve(host="127.0.0.1", port=8000, data_dir="./emulator-data")

(``python -m mistralkit.emulator --help`` does the same from a shell.)  See
``docs/emulator.md`` for what each endpoint does, determinism, faults and
limits.
"""

from __future__ import annotations

from .app import create_app, implemented_operations
from .faults import Fault
from .ratelimit import RateLimit
from .server import BackgroundServer, serve

__all__ = ["BackgroundServer", "Fault", "RateLimit", "create_app", "implemented_operations", "serve"]
