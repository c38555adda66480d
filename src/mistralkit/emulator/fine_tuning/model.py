"""What a fine-tuning job is: its statuses, durations, limits and rates, and the
parts of a job the API shows that do not depend on storage.
"""

from __future__ import annotations

import re
from typing import Any

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
    "mistral-small-2603": 4.0,
    "mistral-small-2506": 4.0,
    "codestral-2508": 3.0,
    "ministral-8b-2512": 1.0,
    "ministral-3b-2512": 1.0,
    "ministral-8b-2410": 1.0,
    "open-mistral-nemo-2407": 1.0,
}
DEFAULT_RATE = 2.0
ROLES = ("system", "user", "assistant", "tool")
TERMINAL = ("SUCCESS", "FAILED", "FAILED_VALIDATION", "CANCELLED")
SUFFIX_RE = re.compile(r"^[A-Za-z0-9_.-]*$")


class DataError(Exception):
    """Training or validation data that cannot be used."""


def metadata_out(plan: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    return {
        "expected_duration_seconds": plan["expected_duration_seconds"],
        "cost": plan["cost"],
        "cost_currency": "USD",
        "train_tokens_per_step": TOKENS_PER_STEP,
        "train_tokens": plan["train_tokens"],
        "data_tokens": plan["data_tokens"],
        "estimated_start_time": int(row["created_ts"] + plan.get("start_offset", 0)),
    }


def targets_out(targets: Any) -> list[dict[str, Any]]:
    return [
        {
            "name": t["name"],
            "labels": list(t["labels"]),
            "weight": t.get("weight", 1.0),
            "loss_function": t.get("loss_function") or "single_class",
        }
        for t in targets or []
    ]
