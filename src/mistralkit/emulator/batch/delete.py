"""``DELETE /v1/batch/jobs/{job_id}``: forget a finished batch job.

A job still queued or running must be cancelled first (400).  Its output and error files are
files of their own (``/v1/files``) and stay until deleted there.
"""

from __future__ import annotations

from starlette.responses import Response

from ..errors import bad_request, not_found
from ..responses import json_response
from ..routes import Call
from .model import ACTIVE
from .service import service


async def delete_batch_job(call: Call) -> Response:
    svc = service(call.state)
    job_id = call.path["job_id"]
    row = svc.row(job_id)
    if row is None:
        raise not_found(f"Batch job {job_id} not found")
    if row["status"] in ACTIVE:
        raise bad_request(f"Batch job {job_id} is {row['status']}: cancel it before deleting it", param="job_id")
    svc.store.execute("DELETE FROM batch_jobs WHERE id = ?", (job_id,))
    for kind in ("output", "error"):
        svc.part_path(job_id, kind).unlink(missing_ok=True)
    return json_response({"id": job_id, "object": "batch", "deleted": True})
