"""Fault injection: make the emulator fail on purpose.

A fault is written as ``;``- or ``,``-separated items::

    status=503;retry-after=2        answer 503 with a Retry-After: 2 header
    status=429;retry-after-ms=150   answer 429 with retry-after-ms: 150
    latency=0.2                     wait 0.2 s before handling the request
    drop                            close the connection without any response
    cut-stream=5                    stop an SSE stream after 5 events, no [DONE]
    stream-error=3                  send an error event after 3 events, then end
    invalid-json                    send a 200 whose JSON body is malformed
    times=2                         only the first 2 matching requests fail

Per request, send it in the ``x-mistralkit-fault`` header.  ``times=N`` counts
requests per ``x-mistralkit-fault-key`` header (or, without that header, per
identical fault text), which is what a retry test needs: "fail twice, then
succeed".

Globally, pass ``faults=`` to :func:`mistralkit.emulator.create_app` or set the
``MISTRALKIT_FAULTS`` environment variable; there ``rate=0.1`` makes the fault
hit about one request in ten, drawn from a random generator seeded by
``seed=N`` (default 0) so a run is reproducible.  A header fault replaces the
global one for that request.  Routes under ``/_emulator/`` are never faulted.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

FAULT_HEADER = "x-mistralkit-fault"
FAULT_KEY_HEADER = "x-mistralkit-fault-key"
ENV_VAR = "MISTRALKIT_FAULTS"

_SPLIT_RE = re.compile(r"[;,]")


class FaultSyntaxError(ValueError):
    pass


@dataclass(frozen=True)
class Fault:
    status: int | None = None
    retry_after: float | None = None
    retry_after_ms: int | None = None
    latency: float = 0.0
    drop: bool = False
    cut_stream: int | None = None
    stream_error: int | None = None
    invalid_json: bool = False
    times: int | None = None
    rate: float = 1.0
    seed: int = 0
    text: str = ""

    @property
    def affects_response(self) -> bool:
        return any(
            (self.status, self.drop, self.cut_stream is not None, self.stream_error is not None, self.invalid_json)
        )


def parse(text: str) -> Fault:
    """Parse a fault description (see the module docstring)."""
    values: dict[str, Any] = {"text": text.strip()}
    for raw in _SPLIT_RE.split(text):
        item = raw.strip()
        if not item:
            continue
        key, sep, val = item.partition("=")
        key = key.strip().lower().replace("_", "-")
        val = val.strip()
        try:
            if key == "status":
                values["status"] = int(val)
                if not 100 <= values["status"] <= 599:
                    raise ValueError
            elif key == "retry-after":
                values["retry_after"] = float(val)
            elif key == "retry-after-ms":
                values["retry_after_ms"] = int(val)
            elif key == "latency":
                values["latency"] = max(0.0, float(val))
            elif key == "drop":
                values["drop"] = True
            elif key == "cut-stream":
                values["cut_stream"] = int(val or 0)
            elif key == "stream-error":
                values["stream_error"] = int(val or 0)
            elif key == "invalid-json":
                values["invalid_json"] = True
            elif key == "times":
                values["times"] = int(val)
            elif key == "rate":
                values["rate"] = min(1.0, max(0.0, float(val)))
            elif key == "seed":
                values["seed"] = int(val)
            else:
                raise FaultSyntaxError(f"unknown fault item {item!r}")
        except ValueError as exc:
            if isinstance(exc, FaultSyntaxError):
                raise
            raise FaultSyntaxError(f"bad value in fault item {item!r}") from None
    return Fault(**values)


def coerce(spec: str | Mapping[str, Any] | Fault | None) -> Fault | None:
    """Accept a fault as text, mapping (``{"status": 503, "rate": 0.1}``) or Fault."""
    if spec is None or spec == "":
        return None
    if isinstance(spec, Fault):
        return spec
    if isinstance(spec, Mapping):
        items = []
        for key, val in spec.items():
            if val is True:
                items.append(str(key))
            elif val not in (None, False):
                items.append(f"{key}={val}")
        return parse(";".join(items))
    return parse(str(spec))


class FaultInjector:
    """Decides, per request, which fault (if any) applies."""

    def __init__(self, global_fault: Fault | None) -> None:
        self.global_fault = global_fault
        self._rng = random.Random(global_fault.seed if global_fault else 0)
        self._counts: dict[str, int] = {}

    def pick(self, header: str | None, key: str | None) -> Fault | None:
        if header:
            fault = parse(header)
            if fault.times is not None:
                counter = key or fault.text
                used = self._counts.get(counter, 0)
                if used >= fault.times:
                    return None
                self._counts[counter] = used + 1
            if fault.rate < 1.0 and self._rng.random() >= fault.rate:
                return None
            return fault
        return self._pick_global()

    def _pick_global(self) -> Fault | None:
        fault = self.global_fault
        if fault is None:
            return None
        if fault.rate < 1.0 and self._rng.random() >= fault.rate:
            return None
        if fault.times is not None:
            used = self._counts.get("\0global", 0)
            if used >= fault.times:
                return None
            self._counts["\0global"] = used + 1
        return fault

    def reset(self) -> None:
        self._counts.clear()


def without_status(fault: Fault) -> Fault:
    return replace(fault, status=None)
