"""``/v1/batch/jobs``: batch inference, really executed in the background.

A job reads its requests from uploaded JSONL files (purpose ``batch``, one
``{"custom_id": ..., "body": {...}}`` per line) and/or from inline
``requests``, and runs every one of them through the emulator's own handler for
``endpoint`` -- the same function, with the same validation, that serves the
HTTP route -- on the background worker (:mod:`.jobs`).

* **Create** checks what can be checked at once: the endpoint is one the
  emulator implements, ``model`` (when given) exists and serves that endpoint,
  every input file exists and has purpose ``batch``, ``timeout_hours`` is 1 to
  168.  Anything else is found per line.
* **Lifecycle**: ``QUEUED`` (about 1 s nominal) -> ``RUNNING`` (about 50 ms per
  request nominal; durations are divided by ``job_speed``) -> ``SUCCESS``;
  ``FAILED`` when the job cannot run (an input file deleted before the start,
  no request at all) or when every request failed;
  ``TIMEOUT_EXCEEDED`` when ``timeout_hours`` (scaled by ``job_speed``, counted
  from creation) runs out; ``cancel`` -> ``CANCELLATION_REQUESTED`` ->
  ``CANCELLED``.  Jobs that stop early keep the results of the requests already
  done.
* **Per request**: the job's ``model`` (and ``agent_id``) replace the body's;
  ``stream`` is ignored.  A blank line is skipped.  A line that is not JSON,
  not an object, lacks ``custom_id`` or has no object ``body`` fails with a 400;
  a body the endpoint rejects fails with the endpoint's own status and error
  body (422 with ``detail``, 400 ``Invalid model``, ...).  A failed request
  never fails the job.
* **Results** are written as real files (purpose ``batch``, source
  ``mistral``): the output file (``sample_type`` ``batch_result``) has one line
  per successful request, the error file (``batch_error``) one per failed
  request, in input order::

      {"id": "batch-<job id>-<n>", "custom_id": "...",
       "response": {"status_code": 200, "body": {...}}, "error": null}
      {"id": "...", "custom_id": "...",
       "response": {"status_code": 422, "body": {error}}, "error": {"message": "...", "code": "..."}}

  ``errors`` on the job counts the failures by message.  ``GET ...?inline=true``
  also returns the result lines as ``outputs``.
* **Durability**: progress (counters, input position, result bytes written) is
  committed every 100 ms or so; a job that was running when the emulator stopped
  -- even by ``kill -9`` -- resumes where its last commit left it on the next
  start with the same data directory.
"""

from .delete import delete_batch_job
from .routes import cancel_batch_job, create_batch_job, get_batch_job, list_batch_jobs
from .service import BatchService, service

__all__ = [
    "BatchService",
    "cancel_batch_job",
    "create_batch_job",
    "delete_batch_job",
    "get_batch_job",
    "list_batch_jobs",
    "service",
]
