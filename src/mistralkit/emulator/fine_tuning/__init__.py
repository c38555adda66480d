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

from .routes import (
    archive_model,
    cancel_job,
    create_job,
    get_job,
    list_jobs,
    start_job,
    unarchive_model,
    update_model,
)
from .service import FineTuningService, service

__all__ = [
    "FineTuningService",
    "archive_model",
    "cancel_job",
    "create_job",
    "get_job",
    "list_jobs",
    "service",
    "start_job",
    "unarchive_model",
    "update_model",
]
