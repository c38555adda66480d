"""HTTP handlers of ``/v1/fine_tuning/jobs`` and of fine-tuned models."""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from typing import Any

import anyio.to_thread
from starlette.responses import Response

from .. import jobs
from .. import models_catalog as catalog
from ..errors import APIError, bad_request, invalid_model, not_found
from ..responses import json_response
from ..routes import Call
from .data import make_plan, validate_data
from .model import (
    MAX_STEPS,
    NOMINAL_QUEUE_SECONDS,
    NOMINAL_VALIDATION_SECONDS,
    SUFFIX_RE,
    TERMINAL,
    TOKENS_PER_STEP,
    DataError,
)
from .service import FineTuningService, service

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
    if suffix is not None and not SUFFIX_RE.match(suffix):
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
            raise APIError(
                403, f"Model {model_id} is a base model; only fine-tuned models can be changed", type="forbidden"
            )
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
