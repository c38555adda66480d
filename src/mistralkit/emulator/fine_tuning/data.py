"""Training data checks (per line, by number) and the job's plan: steps, tokens,
duration, cost, and the deterministic metrics of each checkpoint.
"""

from __future__ import annotations

import hashlib
import json
import math
from typing import Any

from .. import jobs
from ..state import EmulatorState
from ..tokenizer import content_text, count_chat_prompt, count_tokens
from .model import (
    DEFAULT_RATE,
    DEFAULT_STEPS,
    MAX_CHECKPOINTS,
    MAX_REPORTED_LINES,
    MAX_STEPS,
    NOMINAL_QUEUE_SECONDS,
    NOMINAL_START_SECONDS,
    NOMINAL_STEP_SECONDS,
    NOMINAL_VALIDATION_SECONDS,
    RATES,
    ROLES,
    TOKENS_PER_STEP,
    DataError,
)

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
        raise DataError(f"Invalid {label}: {len(bad)} of {total} lines are invalid (lines {numbers}): {shown}{more}")
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
