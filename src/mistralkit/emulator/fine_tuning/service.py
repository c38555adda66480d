"""The fine-tuning jobs and fine-tuned models of one emulator: the job lifecycle on
the background worker, and the models it registers (the provider interface of
:mod:`..models_catalog`).
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import threading
import time
import uuid
from datetime import datetime, timezone
from typing import Any

import anyio.to_thread

from .. import jobs
from .. import models_catalog as catalog
from ..state import EmulatorState

from .data import make_plan, metrics, validate_data
from .model import (
    NOMINAL_CANCEL_SECONDS,
    NOMINAL_QUEUE_SECONDS,
    NOMINAL_START_SECONDS,
    NOMINAL_STEP_SECONDS,
    NOMINAL_VALIDATION_SECONDS,
    TERMINAL,
    TOKENS_PER_STEP,
    DataError,
    metadata_out,
    targets_out,
)
from .store import SCHEMA

log = logging.getLogger("mistralkit.emulator.fine_tuning")

# -- the service -----------------------------------------------------------------


class FineTuningService:
    """The fine-tuning jobs and fine-tuned models of one emulator instance."""

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.store = state.store
        self.store.schema(SCHEMA)
        self._worker: jobs.Worker | None = None
        self._lock = threading.Lock()
        self._wake: asyncio.Event | None = None
        self.workspace = str(uuid.UUID(bytes=state.store.secret("workspace-id")[:16]))
        active = self.store.query(
            f"SELECT COUNT(*) AS n FROM ft_jobs WHERE status NOT IN ({', '.join('?' * len(TERMINAL))})", TERMINAL
        )[0]["n"]
        if active:
            self.kick()

    # -- worker -------------------------------------------------------------
    def kick(self) -> None:
        """Make sure the driving loop runs, and wake it."""
        with self._lock:
            if self._worker is None:
                self._worker = jobs.worker_for(self.state)
                self._worker.spawn(self._loop, name="fine-tuning")
        self._worker.call(self._set_wake)

    def _set_wake(self) -> None:
        if self._wake is not None:
            self._wake.set()

    async def _loop(self) -> None:
        self._wake = asyncio.Event()
        while True:
            rows = self.store.query(
                f"SELECT * FROM ft_jobs WHERE status NOT IN ({', '.join('?' * len(TERMINAL))}) ORDER BY seq",
                TERMINAL,
            )
            due: list[float] = []
            for row in rows:
                try:
                    next_at = await self._advance(row)
                except (asyncio.CancelledError, jobs.WorkerStopped, sqlite3.ProgrammingError):
                    raise
                except Exception as exc:  # a bug: end the job visibly instead of leaving it stuck
                    log.exception("fine-tuning job %s failed", row["id"])
                    self._transition(row, "FAILED", event={"error": f"The emulator failed: {exc!r}"})
                    continue
                if next_at is not None:
                    due.append(next_at)
            wait = min(due) - time.time() if due else 1.0
            if wait > 0:
                try:
                    await asyncio.wait_for(self._wake.wait(), timeout=min(max(wait, 0.002), 1.0))
                except asyncio.TimeoutError:
                    pass
            else:
                await asyncio.sleep(0)
            self._wake.clear()

    def _transition(
        self,
        row: dict[str, Any],
        status: str,
        *,
        extra: dict[str, Any] | None = None,
        event: dict[str, Any] | None = None,
        statements: list[tuple[str, tuple[Any, ...]]] | None = None,
    ) -> dict[str, Any] | None:
        """Move a job from the status ``row`` has to ``status``, with its event, atomically.

        Returns the job as it is right after the move; None (and nothing written)
        if the job is no longer in that status.
        """
        now = time.time()
        sets = {"status": status, "modified_at": int(now), "phase_ts": now, **(extra or {})}
        columns = ", ".join(f"{k} = ?" for k in sets)
        with self._lock:
            current = self.store.query("SELECT status FROM ft_jobs WHERE id = ?", (row["id"],))
            if not current or current[0]["status"] != row["status"]:
                return None
            self.store.transaction(
                [
                    (f"UPDATE ft_jobs SET {columns} WHERE id = ?", (*sets.values(), row["id"])),
                    (
                        "INSERT INTO ft_events (job_id, name, data, created_at) VALUES (?, ?, ?, ?)",
                        (row["id"], "status-updated", json.dumps({"status": status, **(event or {})}), int(now)),
                    ),
                    *(statements or []),
                ]
            )
            return self.row(row["id"])

    async def _advance(self, row: dict[str, Any]) -> float | None:
        """One step of a job's state machine; returns when it next needs attention."""
        status = row["status"]
        since = row["phase_ts"]
        now = time.time()
        scaled = lambda nominal: jobs.scaled(self.state, nominal)  # noqa: E731
        if status == "QUEUED":
            at = since + scaled(NOMINAL_QUEUE_SECONDS)
            if now < at:
                return at
            self._transition(row, "VALIDATING")
            return time.time() + scaled(NOMINAL_VALIDATION_SECONDS)
        if status == "VALIDATING":
            at = since + scaled(NOMINAL_VALIDATION_SECONDS)
            if now < at:
                return at
            request = json.loads(row["request"])
            try:
                data = await anyio.to_thread.run_sync(validate_data, self.state, request, row["job_type"])
                plan = make_plan(self.state, request, row["root"], data)
            except DataError as exc:
                self._transition(row, "FAILED_VALIDATION", event={"error": str(exc)})
                return None
            extra = {"plan": json.dumps(plan)}
            event: dict[str, Any] = {}
            if plan["skipped"]:
                event["skipped_lines"] = plan["skipped"][:100]
            self._transition(row, "VALIDATED", extra=extra, event=event)
            return time.time()
        if status == "VALIDATED":
            if row["auto_start"]:
                self._transition(row, "STARTED")
                return time.time() + scaled(NOMINAL_START_SECONDS)
            return None
        if status == "STARTED":
            at = since + scaled(NOMINAL_START_SECONDS)
            if now < at:
                return at
            self._transition(row, "RUNNING", extra={"trained_tokens": 0, "steps_done": 0})
            return time.time() + scaled(NOMINAL_STEP_SECONDS)
        if status == "RUNNING":
            return self._train(row, now)
        if status == "CANCELLATION_REQUESTED":
            at = since + scaled(NOMINAL_CANCEL_SECONDS)
            if now < at:
                return at
            self._transition(row, "CANCELLED")
            return None
        return None

    def _train(self, row: dict[str, Any], now: float) -> float | None:
        plan = json.loads(row["plan"])
        step_seconds = jobs.scaled(self.state, NOMINAL_STEP_SECONDS)
        steps = plan["steps"]
        reached = min(steps, int((now - row["phase_ts"]) / step_seconds))
        if reached > row["steps_done"]:
            lr = float(json.loads(row["request"])["hyperparameters"].get("learning_rate") or 1e-4)
            statements: list[tuple[str, tuple[Any, ...]]] = []
            for step in plan["checkpoints"]:
                if row["steps_done"] < step <= reached:
                    statements.append(
                        (
                            "INSERT OR IGNORE INTO ft_checkpoints (job_id, step_number, metrics, created_at) "
                            "VALUES (?, ?, ?, ?)",
                            (row["id"], step, json.dumps(metrics(plan, lr, step)), int(now)),
                        )
                    )
            statements.append(
                (
                    "UPDATE ft_jobs SET steps_done = ?, trained_tokens = ?, modified_at = ? "
                    "WHERE id = ? AND status = 'RUNNING'",
                    (reached, reached * TOKENS_PER_STEP, int(now), row["id"]),
                )
            )
            self.store.transaction(statements)
        if reached >= steps:
            self._succeed(row, plan)
            return None
        return row["phase_ts"] + (reached + 1) * step_seconds

    def _succeed(self, row: dict[str, Any], plan: dict[str, Any]) -> None:
        request = json.loads(row["request"])
        created = time.time()
        middle = row["suffix"] or self.workspace.replace("-", "")[:8]
        day = datetime.fromtimestamp(created, timezone.utc).strftime("%Y%m%d")
        model_id = f"ft:{row['root']}:{middle}:{day}:{row['id'][:8]}"
        targets = targets_out(request.get("classifier_targets")) if row["job_type"] == "classifier" else None
        insert = (
            "INSERT OR IGNORE INTO ft_models (id, job_id, model_type, root, created, classifier_targets) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (model_id, row["id"], row["job_type"], row["root"], int(created), json.dumps(targets)),
        )
        extra = {"fine_tuned_model": model_id, "trained_tokens": plan["train_tokens"], "steps_done": plan["steps"]}
        self._transition(row, "SUCCESS", extra=extra, statements=[insert])

    # -- models (the provider interface of models_catalog) --------------------
    def model_row(self, model_id: str) -> dict[str, Any] | None:
        if not model_id.startswith("ft:"):
            return None
        rows = self.store.query("SELECT * FROM ft_models WHERE id = ?", (model_id,))
        return rows[0] if rows else None

    def spec(self, name: str) -> catalog.ModelSpec | None:
        row = self.model_row(name)
        if row is None:
            return None
        base = catalog.lookup(row["root"])
        if base is None:  # pragma: no cover - the catalogue lost a model
            return None
        kinds = base.kinds & {catalog.CHAT, catalog.FIM} if row["model_type"] == "completion" else frozenset()
        return catalog.ModelSpec(
            row["id"],
            (),
            frozenset(kinds),
            row["name"] or row["id"],
            row["description"] or "",
            base.max_context_length,
            row["created"],
            self._capabilities(row, base),
            base.default_model_temperature,
        )

    def _capabilities(self, row: dict[str, Any], base: catalog.ModelSpec) -> dict[str, bool]:
        caps = {key: False for key in base.capabilities}
        if row["model_type"] == "completion":
            caps.update(
                completion_chat=True,
                completion_fim=bool(base.capabilities.get("completion_fim")),
                function_calling=bool(base.capabilities.get("function_calling")),
                vision=bool(base.capabilities.get("vision")),
            )
        else:
            caps["classification"] = True
        return caps

    def card(self, name: str) -> dict[str, Any] | None:
        row = self.model_row(name)
        if row is None:
            return None
        base = catalog.lookup(row["root"])
        return {
            "id": row["id"],
            "object": "model",
            "created": row["created"],
            "owned_by": self.workspace,
            "capabilities": self._capabilities(row, base) if base else {},
            "name": row["name"],
            "description": row["description"],
            "max_context_length": base.max_context_length if base else 32768,
            "aliases": [],
            "deprecation": None,
            "deprecation_replacement_model": None,
            "default_model_temperature": base.default_model_temperature if base else None,
            "type": "fine-tuned",
            "job": row["job_id"],
            "root": row["root"],
            "archived": bool(row["archived"]),
        }

    def cards(self) -> list[dict[str, Any]]:
        rows = self.store.query("SELECT id FROM ft_models ORDER BY seq")
        return [c for row in rows if (c := self.card(row["id"])) is not None]

    def delete(self, name: str) -> bool:
        return name.startswith("ft:") and self.store.execute("DELETE FROM ft_models WHERE id = ?", (name,)) > 0

    def model_out(self, name: str) -> dict[str, Any]:
        row = self.model_row(name)
        assert row is not None
        base = catalog.lookup(row["root"])
        caps = self._capabilities(row, base) if base else {}
        out = {
            "id": row["id"],
            "object": "model",
            "created": row["created"],
            "owned_by": self.workspace,
            "workspace_id": self.workspace,
            "root": row["root"],
            "root_version": row["root"].rsplit("-", 1)[-1],
            "archived": bool(row["archived"]),
            "name": row["name"],
            "description": row["description"],
            "capabilities": {
                k: caps.get(k, False)
                for k in ("completion_chat", "completion_fim", "function_calling", "fine_tuning", "classification")
            },
            "max_context_length": base.max_context_length if base else 32768,
            "aliases": [],
            "job": row["job_id"],
            "model_type": row["model_type"],
        }
        if row["model_type"] == "classifier":
            out["classifier_targets"] = json.loads(row["classifier_targets"] or "[]")
        return out

    def update_model(self, name: str, changes: dict[str, Any]) -> None:
        if changes:
            columns = ", ".join(f"{k} = ?" for k in changes)
            self.store.execute(f"UPDATE ft_models SET {columns} WHERE id = ?", (*changes.values(), name))

    # -- jobs ---------------------------------------------------------------
    def row(self, job_id: str) -> dict[str, Any] | None:
        rows = self.store.query("SELECT * FROM ft_jobs WHERE id = ?", (job_id,))
        return rows[0] if rows else None

    def job_out(self, row: dict[str, Any], detailed: bool) -> dict[str, Any]:
        request = json.loads(row["request"])
        plan = json.loads(row["plan"]) if row["plan"] else None
        hp = dict(request["hyperparameters"])
        if plan:
            hp["training_steps"] = plan["steps"]
            hp["epochs"] = plan["epochs"]
        out: dict[str, Any] = {
            "id": row["id"],
            "auto_start": bool(row["auto_start"]),
            "model": row["model"],
            "status": row["status"],
            "created_at": row["created_at"],
            "modified_at": row["modified_at"],
            "training_files": [f["file_id"] for f in request["training_files"]],
            "validation_files": request.get("validation_files") or [],
            "object": "job",
            "fine_tuned_model": row["fine_tuned_model"],
            "suffix": row["suffix"],
            "integrations": request.get("integrations") or [],
            "trained_tokens": row["trained_tokens"],
            "metadata": metadata_out(plan, row) if plan else None,
            "job_type": row["job_type"],
            "hyperparameters": hp,
        }
        if row["job_type"] == "completion":
            out["repositories"] = request.get("repositories") or []
        if detailed:
            out["events"] = [
                {"name": e["name"], "data": json.loads(e["data"]) if e["data"] else None, "created_at": e["created_at"]}
                for e in self.store.query(
                    "SELECT name, data, created_at FROM ft_events WHERE job_id = ? ORDER BY seq", (row["id"],)
                )
            ]
            out["checkpoints"] = [
                {"metrics": json.loads(c["metrics"]), "step_number": c["step_number"], "created_at": c["created_at"]}
                for c in self.store.query(
                    "SELECT step_number, metrics, created_at FROM ft_checkpoints WHERE job_id = ? ORDER BY step_number",
                    (row["id"],),
                )
            ]
            if row["job_type"] == "classifier":
                out["classifier_targets"] = targets_out(request.get("classifier_targets"))
        return out


def service(state: EmulatorState) -> FineTuningService:
    return jobs.service_for(state, "fine_tuning", FineTuningService)


catalog.register_provider(service)
