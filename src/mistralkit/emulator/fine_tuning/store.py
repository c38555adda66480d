"""The tables of fine-tuning: jobs, their events and checkpoints, fine-tuned models."""

from __future__ import annotations

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
