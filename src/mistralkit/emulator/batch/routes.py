"""HTTP handlers of ``/v1/batch/jobs``."""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

import anyio.to_thread
from starlette.responses import Response

from .. import jobs
from ..errors import bad_request, not_found
from ..models_catalog import (
    require,
)
from ..responses import json_response
from ..routes import Call
from .model import ENDPOINT_KINDS, MAX_TIMEOUT_HOURS, handler_for, operation_for, public
from .service import BatchService, service

# -- handlers -------------------------------------------------------------------


async def create_batch_job(call: Call) -> Response:
    body: dict[str, Any] = call.body
    svc = service(call.state)
    endpoint = body["endpoint"]
    model = body.get("model")
    agent_id = body.get("agent_id")
    input_files = list(body.get("input_files") or [])
    requests = body.get("requests")
    if not input_files and not requests:
        raise bad_request("Provide input_files (ids of uploaded JSONL files) or inline requests", param="input_files")
    timeout_hours = body.get("timeout_hours", 24)
    if not 1 <= timeout_hours <= MAX_TIMEOUT_HOURS:
        raise bad_request(f"timeout_hours must be between 1 and {MAX_TIMEOUT_HOURS}", param="timeout_hours")
    op = operation_for(endpoint, agent_id)
    if op is None or handler_for(call.state, op) is None:
        what = "agent batch jobs" if agent_id and endpoint == "/v1/chat/completions" else f"endpoint {endpoint}"
        raise bad_request(
            f"Batch jobs on {what} are not supported by the mistralkit emulator (not implemented yet)",
            param="endpoint",
        )
    if model is not None and endpoint in ENDPOINT_KINDS:
        require(model, ENDPOINT_KINDS[endpoint], call.state)
    for file_id in input_files:
        record = call.state.store.get_file(file_id)
        if record is None:
            raise not_found(f"Input file {file_id} not found")
        if record["purpose"] != "batch":
            raise bad_request(
                f"Input file {file_id} has purpose '{record['purpose']}'; batch input files must be uploaded "
                "with purpose 'batch'",
                param="input_files",
            )
    job_id = str(uuid.uuid4())
    created = time.time()
    svc.store.execute(
        "INSERT INTO batch_jobs (id, created_at, created_ts, endpoint, model, agent_id, metadata, input_files, "
        "requests, timeout_hours, status, out_file_id, err_file_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            job_id,
            int(created),
            created,
            endpoint,
            model,
            agent_id,
            json.dumps(body["metadata"]) if body.get("metadata") is not None else None,
            json.dumps(input_files),
            json.dumps(requests) if requests else None,
            timeout_hours,
            "QUEUED",
            str(uuid.uuid4()),
            str(uuid.uuid4()),
        ),
    )
    row = svc.row(job_id)
    assert row is not None
    svc.start(job_id)
    return json_response(public(row))


def _get_row(call: Call) -> tuple[BatchService, dict[str, Any]]:
    svc = service(call.state)
    job_id = call.path["job_id"]
    row = svc.row(job_id)
    if row is None:
        raise not_found(f"Batch job {job_id} not found")
    return svc, row


async def get_batch_job(call: Call) -> Response:
    svc, row = _get_row(call)
    out = public(row)
    if call.query.get("inline"):
        out["outputs"] = await anyio.to_thread.run_sync(svc.outputs, row)
    return json_response(out)


async def cancel_batch_job(call: Call) -> Response:
    svc, row = _get_row(call)
    if row["status"] in ("QUEUED", "RUNNING"):
        changed = svc.store.execute(
            "UPDATE batch_jobs SET status = 'CANCELLATION_REQUESTED' WHERE id = ? AND status = ?",
            (row["id"], row["status"]),
        )
        if not changed:  # the worker moved it meanwhile: try again from there
            return await cancel_batch_job(call)
        row = {**row, "status": "CANCELLATION_REQUESTED"}
        svc.wake(row["id"])
    return json_response(public(row))


_LIST_PARAMS = frozenset(
    {"page", "page_size", "model", "agent_id", "metadata", "created_after", "created_by_me", "status", "order_by"}
)


async def list_batch_jobs(call: Call) -> Response:
    svc = service(call.state)
    q = call.query
    page, page_size = jobs.paging(q)
    where: list[str] = []
    args: list[Any] = []
    for column in ("model", "agent_id"):
        if q.get(column) is not None:
            where.append(f"{column} = ?")
            args.append(q[column])
    if q.get("created_after"):
        where.append("created_ts > ?")
        args.append(jobs.timestamp_param(q["created_after"], "created_after"))
    statuses = q.get("status")
    if statuses:
        where.append(f"status IN ({', '.join('?' * len(statuses))})")
        args.extend(statuses)
    metadata = {key: values[-1] for key, values in _query_items(call).items() if key not in _LIST_PARAMS and values}
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    order = "ASC" if q.get("order_by") == "created" else "DESC"
    sql = f"SELECT * FROM batch_jobs{clause} ORDER BY created_ts {order}, seq {order}"
    if metadata:
        rows = [
            r
            for r in svc.store.query(sql, args)
            if all(str((json.loads(r["metadata"] or "null") or {}).get(k)) == v for k, v in metadata.items())
        ]
        total = len(rows)
        rows = rows[page * page_size : (page + 1) * page_size]
    else:
        rows = svc.store.query(sql + " LIMIT ? OFFSET ?", [*args, page_size, page * page_size])
        total = svc.store.query(f"SELECT COUNT(*) AS n FROM batch_jobs{clause}", args)[0]["n"]
    return json_response({"data": [public(r) for r in rows], "object": "list", "total": total})


def _query_items(call: Call) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, value in call.request.query_params.multi_items():
        out.setdefault(key, []).append(value)
    return out
