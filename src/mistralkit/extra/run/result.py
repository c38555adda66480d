"""The official SDK's ``mistralai.extra.run.result``: ``RunResult`` and its event types, aliases of
``mistralkit.lib.run``'s."""

from __future__ import annotations

from ..._alias import lazy_module


RUN = ("mistralkit.lib.run", "mistralkit.lib")
_TABLE = {name: (RUN, name) for name in ("RunResult", "RunFiles", "RunResultEvents", "FunctionResultEvent")}

__all__ = sorted(_TABLE)

__getattr__, __dir__ = lazy_module(__name__, globals(), _TABLE)
