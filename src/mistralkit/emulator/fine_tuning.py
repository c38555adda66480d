"""Fine-tuning jobs (``/v1/fine_tuning/jobs``) and fine-tuned models.

Nothing is trained, but a job goes through the service's lifecycle, on the
background worker (:mod:`.jobs`), with durations divided by ``job_speed``:

``QUEUED`` (5 s nominal) -> ``VALIDATING`` (10 s; the files are really read and
checked) -> ``VALIDATED`` -> [waits for ``POST .../start`` when ``auto_start``
is false] -> ``STARTED`` (2 s) -> ``RUNNING`` (12 s per training step) ->
``SUCCESS``.  Invalid data ends in ``FAILED_VALIDATION``; ``cancel`` goes
through ``CANCELLATION_REQUESTED`` to ``CANCELLED``.  Every change of status
is an event (``status-updated``).

* **Create** checks the request at once: the base model can be fine-tuned,
  every training/validation file exists and has purpose ``fine-tune``,
  classifier jobs have ``classifier_targets``, ``suffix`` is usable in a model
  id.  The files' content is checked while ``VALIDATING``.
* **Data**: completion jobs need one ``{"messages": [...]}`` per line, roles
  among system/user/assistant/tool, and at least one assistant message.
  Classifier jobs need ``{"text": ...}`` (or ``messages``) with ``labels``
  naming declared targets and labels.  Bad lines are listed by number; up to
  ``invalid_sample_skip_percentage`` of them are skipped instead of failing.
* **Numbers** (deterministic, from the emulator's tokenizer): ``data_tokens``
  is the token count of the training samples; a step trains
  ``TOKENS_PER_STEP`` (131072) tokens; the steps are ``training_steps``, or
  ``epochs * data_tokens / TOKENS_PER_STEP`` rounded up, or 10 by default;
  ``expected_duration_seconds`` is the nominal duration divided by
  ``job_speed``; ``cost`` uses the emulator's own per-model rates (not the
  service's prices).  ``?dry_run=true`` returns these numbers without creating
  a job.
* **Checkpoints** every tenth of the steps and at the last one, with a training
  loss that falls faster for a larger ``learning_rate``; with validation files
  also ``valid_loss`` and ``valid_mean_token_accuracy``.
* **Success** registers ``ft:<base>:<suffix or workspace id>:<YYYYMMDD>:<job
  id[:8]>``, which chat (and FIM, for a Codestral base) accepts, ``/v1/models``
  lists and returns as an ``FTModelCard``, and the model routes update,
  archive, unarchive and delete.  Archived models stay listed (``archived:
  true``) and usable.  Classifier models are managed the same way but cannot be
  used for inference.
* **Restarts**: everything is in SQLite; unfinished jobs resume from their
  status when the emulator starts again on the same data directory (a running
  job counts the time it was down as training time).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import math
import re
import sqlite3
import threading
import time
import uuid
from datetime import datetime, timezone
from typing import Any

import anyio.to_thread
from starlette.responses import Response

from . import jobs
from . import models_catalog as catalog
from .errors import APIError, bad_request, invalid_model, not_found
from .responses import json_response
from .routes import Call
from .state import EmulatorState
from .tokenizer import content_text, count_chat_prompt, count_tokens

log = logging.getLogger("mistralkit.emulator.fine_tuning")

NOMINAL_QUEUE_SECONDS = 5.0
NOMINAL_VALIDATION_SECONDS = 10.0
NOMINAL_START_SECONDS = 2.0
NOMINAL_STEP_SECONDS = 12.0
NOMINAL_CANCEL_SECONDS = 1.0
TOKENS_PER_STEP = 131072
DEFAULT_STEPS = 10
MAX_STEPS = 100_000
MAX_CHECKPOINTS = 10
MAX_REPORTED_LINES = 10
# The emulator's own rates, in USD per million trained tokens.
RATES = {
    "mistral-large-2411": 9.0,
    "mistral-small-2506": 4.0,
    "codestral-2508": 3.0,
    "ministral-8b-2410": 1.0,
    "open-mistral-nemo-2407": 1.0,
}
DEFAULT_RATE = 2.0
ROLES = ("system", "user", "assistant", "tool")
TERMINAL = ("SUCCESS", "FAILED", "FAILED_VALIDATION", "CANCELLED")
_SUFFIX_RE = re.compile(r"^[A-Za-z0-9_.-]*$")

SCHEMA = """
CREATE TABLE IF NOT EXISTS ft_jobs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    job_type TEXT NOT NULL,
    model TEXT NOT NULL,
    root TEXT NOT NULL,
    status TEXT NOT NULL,
    auto_start INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    created_ts REAL NOT NULL,
    modified_at INTEGER NOT NULL,
    phase_ts REAL NOT NULL,
    suffix TEXT,
    request TEXT NOT NULL,
    plan TEXT,
    trained_tokens INTEGER,
    fine_tuned_model TEXT,
    steps_done INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS ft_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id TEXT NOT NULL,
    name TEXT NOT NULL,
    data TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ft_events_job ON ft_events (job_id, seq);
CREATE TABLE IF NOT EXISTS ft_checkpoints (
    job_id TEXT NOT NULL,
    step_number INTEGER NOT NULL,
    metrics TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (job_id, step_number)
);
CREATE TABLE IF NOT EXISTS ft_models (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    job_id TEXT NOT NULL,
    model_type TEXT NOT NULL,
    root TEXT NOT NULL,
    created INTEGER NOT NULL,
    name TEXT,
    description TEXT,
    archived INTEGER NOT NULL DEFAULT 0,
    classifier_targets TEXT
);
"""


class DataError(Exception):
    """Training or validation data that cannot be used."""


# -- data validation ------------------------------------------------------------


def _check_message(index: int, message: Any) -> str | None:
    if not isinstance(message, dict):
        return f"message {index} is not an object"
    role = message.get("role")
    if role not in ROLES:
        return f"message {index} has an invalid role {json.dumps(role)} (expected one of {', '.join(ROLES)})"
    content = message.get("content")
    if content is None:
        if role == "assistant" and message.get("tool_calls"):
            return None
        return f"message {index} ({role}) has no content"
    if not isinstance(content, (str, list)):
        return f"message {index} ({role}) content must be a string or a list of chunks"
    calls = message.get("tool_calls")
    if calls is not None and not (
        isinstance(calls, list) and all(isinstance(c, dict) and isinstance(c.get("function"), dict) for c in calls)
    ):
        return f"message {index} has malformed tool_calls"
    return None


def _check_messages(messages: Any) -> str | None:
    if not isinstance(messages, list) or not messages:
        return "'messages' must be a non-empty list"
    for index, message in enumerate(messages):
        problem = _check_message(index, message)
        if problem:
            return problem
    if not any(m.get("role") == "assistant" for m in messages):
        return "no assistant message to learn from"
    return None


def check_completion_sample(record: Any) -> tuple[str | None, int]:
    """(problem, tokens) for one line of a completion data file."""
    if not isinstance(record, dict):
        return "not a JSON object", 0
    if "messages" not in record:
        return "missing 'messages'", 0
    problem = _check_messages(record["messages"])
    if problem:
        return problem, 0
    tools = record.get("tools")
    if tools is not None and not isinstance(tools, list):
        return "'tools' must be a list", 0
    return None, count_chat_prompt(record["messages"], tools)


def check_classifier_sample(record: Any, targets: dict[str, set[str]]) -> tuple[str | None, int]:
    """(problem, tokens) for one line of a classifier data file."""
    if not isinstance(record, dict):
        return "not a JSON object", 0
    if isinstance(record.get("text"), str):
        tokens = count_tokens(record["text"])
    elif "messages" in record:
        messages = record["messages"]
        if not isinstance(messages, list) or not messages:
            return "'messages' must be a non-empty list", 0
        for index, message in enumerate(messages):
            problem = _check_message(index, message)
            if problem:
                return problem, 0
        tokens = count_tokens("\n".join(content_text(m.get("content")) for m in messages))
    else:
        return "missing 'text' (or 'messages')", 0
    labels = record.get("labels")
    if not isinstance(labels, dict) or not labels:
        return "'labels' must be an object mapping target names to labels", 0
    for target, value in labels.items():
        if target not in targets:
            return f"unknown target {json.dumps(target)} (declared: {', '.join(sorted(targets))})", 0
        values = value if isinstance(value, list) else [value]
        for label in values:
            if not isinstance(label, str) or label not in targets[target]:
                return f"label {json.dumps(label)} is not one of the labels of target {json.dumps(target)}", 0
    return None, tokens


def read_data_file(
    state: EmulatorState, file_id: str, role: str, job_type: str, targets: dict[str, set[str]], skip: float
) -> tuple[int, int, list[tuple[int, str]]]:
    """Check one data file: (samples, tokens, skipped bad lines); raises DataError when unusable."""
    record = state.store.get_file(file_id)
    if record is None:
        raise DataError(f"{role.capitalize()} file {file_id} not found")
    label = f"{role} file {file_id} ({record['filename']})"
    bad: list[tuple[int, str]] = []
    samples = tokens = total = 0
    try:
        fh = open(state.store.file_path(file_id), "rb")  # noqa: SIM115
    except FileNotFoundError:
        raise DataError(f"{role.capitalize()} file {file_id} not found") from None
    with fh:
        for number, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            total += 1
            try:
                sample = json.loads(raw)
            except (ValueError, RecursionError):
                bad.append((number, "not valid JSON"))
                continue
            try:
                if job_type == "classifier":
                    problem, n = check_classifier_sample(sample, targets)
                else:
                    problem, n = check_completion_sample(sample)
            except (TypeError, AttributeError, ValueError) as exc:  # defensive: odd shapes
                problem, n = f"unreadable sample ({exc})", 0
            if problem:
                bad.append((number, problem))
            else:
                samples += 1
                tokens += n
    if total == 0:
        raise DataError(f"Invalid {label}: the file has no samples")
    if bad and len(bad) / total > skip:
        shown = "; ".join(f"line {n}: {why}" for n, why in bad[:MAX_REPORTED_LINES])
        more = f" (and {len(bad) - MAX_REPORTED_LINES} more)" if len(bad) > MAX_REPORTED_LINES else ""
        numbers = ", ".join(str(n) for n, _ in bad[:50]) + (", ..." if len(bad) > 50 else "")
        raise DataError(
            f"Invalid {label}: {len(bad)} of {total} lines are invalid (lines {numbers}): {shown}{more}"
        )
    if samples == 0:
        raise DataError(f"Invalid {label}: no valid samples")
    return samples, tokens, bad


def validate_data(state: EmulatorState, request: dict[str, Any], job_type: str) -> dict[str, Any]:
    """Read every data file; the numbers the plan needs.  Raises DataError."""
    targets = {t["name"]: set(t["labels"]) for t in request.get("classifier_targets") or []}
    skip = float(request.get("invalid_sample_skip_percentage") or 0.0)
    data_tokens = samples = 0
    skipped: list[str] = []
    digest = hashlib.sha256()
    for item in request["training_files"]:
        n, tokens, bad = read_data_file(state, item["file_id"], "training", job_type, targets, skip)
        samples += n
        data_tokens += tokens
        skipped.extend(f"{item['file_id']} line {line}" for line, _ in bad)
        digest.update(f"{item['file_id']}:{tokens}:{item.get('weight', 1.0)};".encode())
    valid_tokens = 0
    for file_id in request.get("validation_files") or []:
        _, tokens, bad = read_data_file(state, file_id, "validation", job_type, targets, skip)
        valid_tokens += tokens
        skipped.extend(f"{file_id} line {line}" for line, _ in bad)
    return {
        "samples": samples,
        "data_tokens": data_tokens,
        "valid_tokens": valid_tokens,
        "skipped": skipped,
        "seed": int.from_bytes(digest.digest()[:4], "big"),
    }


def make_plan(state: EmulatorState, request: dict[str, Any], root: str, data: dict[str, Any]) -> dict[str, Any]:
    hp = request["hyperparameters"]
    data_tokens = max(1, data["data_tokens"])
    if hp.get("training_steps"):
        wanted = float(hp["training_steps"])
    elif hp.get("epochs"):
        wanted = float(hp["epochs"]) * data_tokens / TOKENS_PER_STEP
    else:
        wanted = DEFAULT_STEPS
    steps = max(1, math.ceil(wanted)) if wanted <= MAX_STEPS else MAX_STEPS + 1
    if steps > MAX_STEPS:
        raise DataError(f"The job would need more than {MAX_STEPS} training steps, the emulator's limit")
    train_tokens = steps * TOKENS_PER_STEP
    nominal = NOMINAL_QUEUE_SECONDS + NOMINAL_VALIDATION_SECONDS + NOMINAL_START_SECONDS
    nominal += steps * NOMINAL_STEP_SECONDS
    every = max(1, steps // MAX_CHECKPOINTS)
    checkpoints = sorted({s for s in range(every, steps + 1, every)} | {steps})
    return {
        "steps": steps,
        "epochs": round(train_tokens / data_tokens, 4),
        "data_tokens": data["data_tokens"],
        "train_tokens": train_tokens,
        "samples": data["samples"],
        "validation": bool(request.get("validation_files")),
        "seed": data["seed"],
        "checkpoints": checkpoints,
        "skipped": data["skipped"],
        "expected_duration_seconds": max(1, math.ceil(jobs.scaled(state, nominal))),
        "start_offset": jobs.scaled(state, NOMINAL_QUEUE_SECONDS + NOMINAL_VALIDATION_SECONDS),
        "cost": round(train_tokens / 1_000_000 * RATES.get(root, DEFAULT_RATE), 2),
    }


def metrics(plan: dict[str, Any], learning_rate: float, step: int) -> dict[str, Any]:
    """Deterministic metrics at ``step``: the loss falls, faster for a larger learning rate."""
    seed = plan["seed"]
    start = 2.1 + (seed % 1000) / 1000 * 0.6
    floor = 0.3 + (seed // 1000 % 100) / 100 * 0.2
    rate = 0.15 * min(4.0, max(0.1, math.sqrt(learning_rate / 1e-4)))
    noise = 1.0 + 0.01 * math.sin(seed + step * 1.7)
    train = floor + (start - floor) * math.exp(-rate * step) * noise
    out: dict[str, Any] = {"train_loss": round(train, 6), "valid_loss": None, "valid_mean_token_accuracy": None}
    if plan["validation"]:
        valid = train * 1.06 + 0.03
        out["valid_loss"] = round(valid, 6)
        out["valid_mean_token_accuracy"] = round(min(1.0, max(0.0, 1.0 - valid / 3.5)), 6)
    return out


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
        targets = _targets_out(request.get("classifier_targets")) if row["job_type"] == "classifier" else None
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
            "metadata": _metadata(plan, row) if plan else None,
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
                    "SELECT step_number, metrics, created_at FROM ft_checkpoints WHERE job_id = ? "
                    "ORDER BY step_number",
                    (row["id"],),
                )
            ]
            if row["job_type"] == "classifier":
                out["classifier_targets"] = _targets_out(request.get("classifier_targets"))
        return out


def _metadata(plan: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    return {
        "expected_duration_seconds": plan["expected_duration_seconds"],
        "cost": plan["cost"],
        "cost_currency": "USD",
        "train_tokens_per_step": TOKENS_PER_STEP,
        "train_tokens": plan["train_tokens"],
        "data_tokens": plan["data_tokens"],
        "estimated_start_time": int(row["created_ts"] + plan.get("start_offset", 0)),
    }


def _targets_out(targets: Any) -> list[dict[str, Any]]:
    return [
        {
            "name": t["name"],
            "labels": list(t["labels"]),
            "weight": t.get("weight", 1.0),
            "loss_function": t.get("loss_function") or "single_class",
        }
        for t in targets or []
    ]


def service(state: EmulatorState) -> FineTuningService:
    return jobs.service_for(state, "fine_tuning", FineTuningService)


catalog.register_provider(service)


# -- handlers ---------------------------------------------------------------------


def _check_request(call: Call) -> tuple[dict[str, Any], str, str, catalog.ModelSpec]:
    """The normalised job request, its type, its base model id; 4xx for what is wrong at once."""
    body: dict[str, Any] = call.body
    job_type = body.get("job_type") or "completion"
    model = body["model"]
    base = catalog.lookup(model)
    if base is None:
        if model.startswith("ft:") and any(p.spec(model) for p in catalog.providers(call.state)):
            raise bad_request(f"Model {model} is a fine-tuned model; fine-tune its base model instead", param="model")
        raise invalid_model(model)
    if not base.capabilities.get("fine_tuning"):
        raise bad_request(f"Model {model} cannot be fine-tuned", param="model", code="3051")
    training = [dict(item) for item in body.get("training_files") or []]
    if not training:
        raise bad_request("training_files must list at least one file", param="training_files")
    for item in training:
        item.setdefault("weight", 1.0)
    validation = list(body.get("validation_files") or [])
    for param, file_id in [("training_files", t["file_id"]) for t in training] + [
        ("validation_files", f) for f in validation
    ]:
        record = call.state.store.get_file(file_id)
        if record is None:
            raise not_found(f"File {file_id} not found")
        if record["purpose"] != "fine-tune":
            raise bad_request(
                f"File {file_id} has purpose '{record['purpose']}'; fine-tuning files must be uploaded with "
                "purpose 'fine-tune'",
                param=param,
            )
    suffix = body.get("suffix") or None
    if suffix is not None and not _SUFFIX_RE.match(suffix):
        raise bad_request("suffix may only contain letters, digits, '-', '_' and '.'", param="suffix")
    hp_in = dict(body["hyperparameters"])
    if hp_in.get("training_steps") and hp_in["training_steps"] > MAX_STEPS:
        raise bad_request(f"training_steps must be at most {MAX_STEPS}", param="hyperparameters")
    hp: dict[str, Any] = {
        "training_steps": hp_in.get("training_steps"),
        "learning_rate": hp_in.get("learning_rate", 1e-4),
        "weight_decay": hp_in.get("weight_decay", 0.1),
        "warmup_fraction": hp_in.get("warmup_fraction", 0.05),
        "epochs": hp_in.get("epochs"),
        "seq_len": hp_in.get("seq_len"),
    }
    if job_type == "completion":
        hp["fim_ratio"] = hp_in.get("fim_ratio", 0.9)
    targets = body.get("classifier_targets") or []
    if job_type == "classifier":
        if not targets:
            raise bad_request("classifier jobs need classifier_targets", param="classifier_targets")
        names = [t["name"] for t in targets]
        if len(set(names)) != len(names):
            raise bad_request("classifier target names must be unique", param="classifier_targets")
        for t in targets:
            if not t["labels"]:
                raise bad_request(f"classifier target {t['name']!r} has no labels", param="classifier_targets")
    elif targets:
        raise bad_request("classifier_targets are only for job_type 'classifier'", param="classifier_targets")
    integrations = [
        {"type": "wandb", "project": i["project"], "name": i.get("name"), "run_name": i.get("run_name"), "url": None}
        for i in body.get("integrations") or []
    ]
    repositories = [
        {
            "type": "github",
            "name": r["name"],
            "owner": r["owner"],
            "ref": r.get("ref"),
            "weight": r.get("weight", 1.0),
            "commit_id": hashlib.sha1(f"{r['owner']}/{r['name']}@{r.get('ref')}".encode()).hexdigest(),
        }
        for r in body.get("repositories") or []
    ]
    request = {
        "training_files": training,
        "validation_files": validation,
        "hyperparameters": hp,
        "integrations": integrations,
        "repositories": repositories,
        "classifier_targets": [dict(t) for t in targets],
        "invalid_sample_skip_percentage": body.get("invalid_sample_skip_percentage", 0),
    }
    return request, job_type, suffix or "", base


async def create_job(call: Call) -> Response:
    svc = service(call.state)
    request, job_type, suffix, base = _check_request(call)
    if call.query.get("dry_run"):
        try:
            data = await anyio.to_thread.run_sync(validate_data, call.state, request, job_type)
            plan = make_plan(call.state, request, base.id, data)
        except DataError as exc:
            raise bad_request(str(exc), param="training_files") from None
        start = int(time.time() + jobs.scaled(call.state, NOMINAL_QUEUE_SECONDS + NOMINAL_VALIDATION_SECONDS))
        return json_response(
            {
                "expected_duration_seconds": plan["expected_duration_seconds"],
                "cost": plan["cost"],
                "cost_currency": "USD",
                "train_tokens_per_step": TOKENS_PER_STEP,
                "train_tokens": plan["train_tokens"],
                "data_tokens": plan["data_tokens"],
                "estimated_start_time": start,
                "deprecated": True,
                "details": f"{plan['samples']} training samples, {plan['steps']} steps"
                + (f", {len(plan['skipped'])} invalid lines skipped" if plan["skipped"] else ""),
                "epochs": plan["epochs"],
                "training_steps": plan["steps"],
                "object": "job.metadata",
            }
        )
    job_id = str(uuid.uuid4())
    now = time.time()
    auto_start = call.body.get("auto_start", True)
    svc.store.transaction(
        [
            (
                "INSERT INTO ft_jobs (id, job_type, model, root, status, auto_start, created_at, created_ts, "
                "modified_at, phase_ts, suffix, request) VALUES (?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?, ?)",
                (
                    job_id,
                    job_type,
                    call.body["model"],
                    base.id,
                    int(bool(auto_start)),
                    int(now),
                    now,
                    int(now),
                    now,
                    suffix or None,
                    json.dumps(request),
                ),
            ),
            (
                "INSERT INTO ft_events (job_id, name, data, created_at) VALUES (?, 'status-updated', ?, ?)",
                (job_id, json.dumps({"status": "QUEUED"}), int(now)),
            ),
        ]
    )
    row = svc.row(job_id)
    assert row is not None
    svc.kick()
    return json_response(svc.job_out(row, detailed=False))


def _job(call: Call) -> tuple[FineTuningService, dict[str, Any]]:
    svc = service(call.state)
    job_id = call.path["job_id"]
    row = svc.row(job_id)
    if row is None:
        raise not_found(f"Fine-tuning job {job_id} not found")
    return svc, row


async def get_job(call: Call) -> Response:
    svc, row = _job(call)
    return json_response(svc.job_out(row, detailed=True))


async def cancel_job(call: Call) -> Response:
    svc, row = _job(call)
    if row["status"] not in TERMINAL and row["status"] != "CANCELLATION_REQUESTED":
        moved = svc._transition(row, "CANCELLATION_REQUESTED")
        if moved is None:  # the worker moved it first: try again from there
            return await cancel_job(call)
        row = moved
        svc.kick()
    return json_response(svc.job_out(row, detailed=True))


async def start_job(call: Call) -> Response:
    svc, row = _job(call)
    if row["status"] != "VALIDATED":
        raise bad_request(
            f"Job {row['id']} cannot be started: its status is {row['status']} (only VALIDATED jobs can be started)",
            param="job_id",
        )
    moved = svc._transition(row, "STARTED")
    if moved is None:
        return await start_job(call)
    svc.kick()
    return json_response(svc.job_out(moved, detailed=True))


async def list_jobs(call: Call) -> Response:
    svc = service(call.state)
    q = call.query
    page, page_size = jobs.paging(q)
    after = jobs.timestamp_param(q["created_after"], "created_after") if q.get("created_after") else None
    before = jobs.timestamp_param(q["created_before"], "created_before") if q.get("created_before") else None
    rows = svc.store.query("SELECT * FROM ft_jobs ORDER BY created_ts DESC, seq DESC")
    selected = []
    for row in rows:
        if q.get("model") is not None and q["model"] not in (row["model"], row["root"]):
            continue
        if after is not None and row["created_ts"] <= after:
            continue
        if before is not None and row["created_ts"] >= before:
            continue
        if q.get("status") is not None and row["status"] != q["status"]:
            continue
        if q.get("suffix") is not None and row["suffix"] != q["suffix"]:
            continue
        if q.get("wandb_project") is not None or q.get("wandb_name") is not None:
            integrations = json.loads(row["request"]).get("integrations") or []
            if not any(
                (q.get("wandb_project") is None or i["project"] == q["wandb_project"])
                and (q.get("wandb_name") is None or i.get("name") == q["wandb_name"])
                for i in integrations
            ):
                continue
        selected.append(row)
    chunk = selected[page * page_size : (page + 1) * page_size]
    return json_response(
        {"data": [svc.job_out(r, detailed=False) for r in chunk], "object": "list", "total": len(selected)}
    )


def _ft_model(call: Call) -> tuple[FineTuningService, str]:
    svc = service(call.state)
    model_id = call.path["model_id"]
    if svc.model_row(model_id) is None:
        if catalog.lookup(model_id) is not None:
            raise APIError(403, f"Model {model_id} is a base model; only fine-tuned models can be changed",
                           type="forbidden")
        raise not_found(f"Model not found: {model_id}")
    return svc, model_id


async def update_model(call: Call) -> Response:
    svc, model_id = _ft_model(call)
    body = call.body or {}
    svc.update_model(model_id, {k: body[k] for k in ("name", "description") if k in body})
    return json_response(svc.model_out(model_id))


async def archive_model(call: Call) -> Response:
    svc, model_id = _ft_model(call)
    svc.update_model(model_id, {"archived": 1})
    return json_response({"id": model_id, "object": "model", "archived": True})


async def unarchive_model(call: Call) -> Response:
    svc, model_id = _ft_model(call)
    svc.update_model(model_id, {"archived": 0})
    return json_response({"id": model_id, "object": "model", "archived": False})
