"""Statuses that move on their own, and the ones an action sets.

A resource whose ``status`` enum has both a running value and a finished value (workflow
executions, SCIM sync runs...) starts running when created and is
finished ``NOMINAL_SECONDS / job_speed`` later.  The status is worked out when the item is read, from
the wall clock, so it needs no background task and carries on across restarts.  Actions
(``cancel``, ``terminate``, ``pause``, ``resume``, ``stop``, ``start``, ``archive``...) set the
status, or the flag, their name says.
"""

from __future__ import annotations

import time
from datetime import datetime, timezone
from typing import Any

from .shapes import enum_values, properties

NOMINAL_SECONDS = 6.0
RUNNING = ("running", "in_progress", "processing", "started", "active")
FINISHED = ("completed", "succeeded", "success", "finished", "done")
WAITING = ("queued", "pending", "scheduled", "created")
FINAL_FIELDS = ("end_time", "finished_at", "completed_at", "ended_at")
VERBS = {
    "cancel": ("cancel",),
    "terminate": ("terminat", "cancel"),
    "pause": ("pause",),
    "resume": RUNNING + ("enabled", "resumed"),
    "stop": ("stop", "inactive", "disabled"),
    "start": RUNNING + ("enabled",),
    "restart": RUNNING + ("enabled",),
    "reset": RUNNING,
    "activate": ("active", "enabled"),
    "deactivate": ("inactive", "disabled"),
}
FLAGS = {
    "archive": {"archived": True, "is_archived": True},
    "unarchive": {"archived": False, "is_archived": False},
    "stop": {"is_active": False},
    "start": {"is_active": True},
    "restart": {"is_active": True},
    "activate": {"is_active": True, "active": True},
    "deactivate": {"is_active": False, "active": False},
    "pause": {"paused": True},
    "resume": {"paused": False},
}


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, timezone.utc).isoformat().replace("+00:00", "Z")


def _pick(values: list[Any], wanted: tuple[str, ...]) -> Any:
    for stem in wanted:
        for value in values:
            if isinstance(value, str) and value.lower().startswith(stem):
                return value
    return None


def status_values(item_schema: Any) -> list[Any]:
    return enum_values(properties(item_schema).get("status", {}))


def start(data: dict[str, Any], item_schema: Any, now: float) -> None:
    """Mark a new item as running when its status can later finish."""
    values = status_values(item_schema)
    running, finished = _pick(values, RUNNING), _pick(values, FINISHED)
    if running is None or finished is None:
        return
    data["status"] = running
    data["_lifecycle"] = {"running": running, "finished": finished, "started": now, "values": values}
    for name in FINAL_FIELDS:
        if name in data:
            data[name] = None


def advance(data: dict[str, Any], job_speed: float, now: float | None = None) -> bool:
    """Finish a running item whose time has come; True when ``data`` changed."""
    life = data.get("_lifecycle")
    if not life or data.get("status") != life["running"]:
        return False
    now = time.time() if now is None else now
    if now - life["started"] < NOMINAL_SECONDS / job_speed:
        return False
    data["status"] = life["finished"]
    ended = life["started"] + NOMINAL_SECONDS / job_speed
    for name in FINAL_FIELDS:
        data[name] = iso(ended)
    data["total_duration_ms"] = int((ended - life["started"]) * 1000)
    return True


def finished(data: dict[str, Any]) -> bool:
    life = data.get("_lifecycle")
    return not life or data.get("status") != life["running"]


def act(data: dict[str, Any], verb: str, item_schema: Any) -> None:
    """Apply the status and flags an action's name stands for."""
    verb = verb.split("/")[-1]
    life = data.get("_lifecycle") or {}
    values = life.get("values") or status_values(item_schema)
    stems = VERBS.get(verb)
    if stems and values:
        status = _pick(values, stems)
        if status is not None:
            data["status"] = status
            if verb in ("cancel", "terminate", "stop", "pause"):
                for name in FINAL_FIELDS:
                    data[name] = iso(time.time())
            elif life and status == life.get("running"):
                life["started"] = time.time()
    props = properties(item_schema)
    for name, value in FLAGS.get(verb, {}).items():
        if name in props or name in data:
            data[name] = value
