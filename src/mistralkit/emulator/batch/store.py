"""The ``batch_jobs`` table, and counting a job's requests in its input files."""

from __future__ import annotations

import json
from typing import Any

from ..state import EmulatorState
from .model import JobFailed

SCHEMA = """
CREATE TABLE IF NOT EXISTS batch_jobs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    created_ts REAL NOT NULL,
    endpoint TEXT NOT NULL,
    model TEXT,
    agent_id TEXT,
    metadata TEXT,
    input_files TEXT NOT NULL,
    requests TEXT,
    timeout_hours INTEGER NOT NULL,
    status TEXT NOT NULL,
    total_requests INTEGER NOT NULL DEFAULT 0,
    succeeded_requests INTEGER NOT NULL DEFAULT 0,
    failed_requests INTEGER NOT NULL DEFAULT 0,
    started_at INTEGER,
    completed_at INTEGER,
    output_file TEXT,
    error_file TEXT,
    errors TEXT NOT NULL DEFAULT '[]',
    source_index INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    line_number INTEGER NOT NULL DEFAULT 0,
    out_bytes INTEGER NOT NULL DEFAULT 0,
    err_bytes INTEGER NOT NULL DEFAULT 0,
    out_file_id TEXT NOT NULL,
    err_file_id TEXT NOT NULL,
    final_status TEXT
);
CREATE INDEX IF NOT EXISTS batch_jobs_created ON batch_jobs (created_ts DESC, seq DESC);
"""


def count_requests(state: EmulatorState, row: dict[str, Any]) -> int:
    total = 0
    for file_id in json.loads(row["input_files"]):
        path = state.store.file_path(file_id)
        try:
            with open(path, "rb") as fh:
                total += sum(1 for line in fh if line.strip())
        except FileNotFoundError:
            raise JobFailed(f"Input file {file_id} no longer exists") from None
    if row["requests"] is not None:
        total += len(json.loads(row["requests"]))
    return total
