"""Identifiers: request ids, completion ids, tool-call ids."""

from __future__ import annotations

import itertools
import random
import secrets
import string

_ALNUM = string.ascii_letters + string.digits


class RequestIds:
    """Request ids: 32 hex characters, a per-app prefix then a counter.

    The counter makes ids sortable in arrival order; the prefix keeps two
    emulator instances from handing out the same ids.
    """

    def __init__(self, prefix: str | None = None) -> None:
        self.prefix = prefix if prefix is not None else secrets.token_hex(10)
        self._counter = itertools.count(1)

    def next(self) -> str:
        return f"{self.prefix}{next(self._counter):012x}"


def tool_call_id(rng: random.Random) -> str:
    """Nine alphanumeric characters, like the service's tool-call ids."""
    return "".join(rng.choice(_ALNUM) for _ in range(9))
