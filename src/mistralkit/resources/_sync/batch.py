# Generated from resources/_async by tools/unasync.py. Do not edit.
from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Iterator, Callable, Iterable, Mapping, Optional, Sequence, Union

from ...types import BatchJobIn, BatchJobOut, BatchJobsOut
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource, body
from .batch_jobs_ops import BatchJobsOps

if TYPE_CHECKING:
    from ...lib._drive import Steps
    import os

    from typing_extensions import Unpack

    from ...lib.batch import BatchResult


__all__ = ["Batch", "BatchJobs"]

_PAGE_SIZE = 100  # the API's default page size


class BatchJobs(BatchJobsOps):
    """Batch jobs: run many requests from uploaded files (or inline) at a lower price."""

    def list(
        self,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        model: Optional[str] = None,
        agent_id: Optional[str] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        created_after: Optional[datetime] = None,
        created_by_me: Optional[bool] = None,
        status: Union[str, Sequence[str], None] = None,
        order_by: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[BatchJobOut]:
        """One page of batch jobs (``.data``, ``.total``); iterate it for every job of every page.

        ``status``: one status or a list; ``metadata``: jobs whose metadata has these keys and values.
        """
        args = body(locals())
        query = {**args, "status": [status] if isinstance(status, str) else status}
        # An object query parameter in the spec's default style (form, exploded): one parameter per key.
        query.pop("metadata", None)
        query = {**{str(k): v for k, v in (metadata or {}).items()}, **query}
        result = self._call(Call("GET", "/v1/batch/jobs", cast=BatchJobsOut, query=query, options=options))
        return paginate(
            Page,
            result,
            fetch=lambda number: unraw(self).list(**{**args, "page": number}, **options),
            page=page,
            page_size=page_size or _PAGE_SIZE,
        )

    def create(
        self,
        *,
        endpoint: str,
        input_files: Optional[Sequence[str]] = None,
        requests: Optional[Sequence[Union[Mapping[str, Any], Any]]] = None,
        model: Optional[str] = None,
        agent_id: Optional[str] = None,
        metadata: Optional[Mapping[str, str]] = None,
        timeout_hours: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> BatchJobOut:
        """Start a batch job on ``endpoint`` (e.g. ``"/v1/chat/completions"``) over ``input_files``
        (ids of uploaded ``.jsonl`` files) or inline ``requests``."""
        payload = body(locals())
        return self._call(
            Call("POST", "/v1/batch/jobs", cast=BatchJobOut, body=payload, body_type=BatchJobIn, options=options)
        )

    def get(self, *, job_id: str, inline: Optional[bool] = None, **options: Unpack[RequestOptions]) -> BatchJobOut:
        """A batch job's status and counters; ``inline=True`` also returns its results inline (``outputs``)."""
        return self._call(
            Call(
                "GET",
                f"/v1/batch/jobs/{path_param('job_id', job_id)}",
                cast=BatchJobOut,
                query={"inline": inline},
                options=options,
            )
        )

    def cancel(self, *, job_id: str, **options: Unpack[RequestOptions]) -> BatchJobOut:
        """Ask for a batch job to be cancelled."""
        return self._call(
            Call("POST", f"/v1/batch/jobs/{path_param('job_id', job_id)}/cancel", cast=BatchJobOut, options=options)
        )

    def wait(
        self,
        job_id: str,
        *,
        timeout: Optional[float] = None,
        poll_interval: float = 1.0,
        progress: bool = False,
        on_progress: Optional[Callable[[Any], Any]] = None,
    ) -> BatchJobOut:
        """Poll the job (backoff from ``poll_interval`` up to 30 s) until it ends and return it.

        Raises ``JobFailedError`` (with ``.job``) on FAILED, CANCELLED or TIMEOUT_EXCEEDED and
        ``WaitTimeoutError`` after ``timeout`` seconds. ``progress=True`` draws a bar on stderr (the
        ``progress`` extra); ``on_progress(job)`` is called after each poll.
        """
        from ...lib._drive import Drive
        from ...lib.wait import BATCH, wait_for

        steps: "Steps[BatchJobOut]" = wait_for(
            lambda: self.get(job_id=job_id),
            BATCH,
            job_id,
            timeout=timeout,
            poll_interval=poll_interval,
            progress=progress,
            on_progress=on_progress,
        )
        return Drive.result(steps)

    async def list_async(
        self,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        model: Optional[str] = None,
        agent_id: Optional[str] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        created_after: Optional[datetime] = None,
        created_by_me: Optional[bool] = None,
        status: Union[str, Sequence[str], None] = None,
        order_by: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[BatchJobOut]:
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.batch import AsyncBatchJobs

        return await twin(self, AsyncBatchJobs).list(
            page=page,
            page_size=page_size,
            model=model,
            agent_id=agent_id,
            metadata=metadata,
            created_after=created_after,
            created_by_me=created_by_me,
            status=status,
            order_by=order_by,
            **options,
        )

    async def create_async(
        self,
        *,
        endpoint: str,
        input_files: Optional[Sequence[str]] = None,
        requests: Optional[Sequence[Union[Mapping[str, Any], Any]]] = None,
        model: Optional[str] = None,
        agent_id: Optional[str] = None,
        metadata: Optional[Mapping[str, str]] = None,
        timeout_hours: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> BatchJobOut:
        """The awaitable twin of ``create``: same arguments and result, for ``await`` in async code."""
        from .._async.batch import AsyncBatchJobs

        return await twin(self, AsyncBatchJobs).create(
            endpoint=endpoint,
            input_files=input_files,
            requests=requests,
            model=model,
            agent_id=agent_id,
            metadata=metadata,
            timeout_hours=timeout_hours,
            **options,
        )

    async def get_async(self, *, job_id: str, inline: Optional[bool] = None, **options: Unpack[RequestOptions]) -> BatchJobOut:
        """The awaitable twin of ``get``: same arguments and result, for ``await`` in async code."""
        from .._async.batch import AsyncBatchJobs

        return await twin(self, AsyncBatchJobs).get(job_id=job_id, inline=inline, **options)

    async def cancel_async(self, *, job_id: str, **options: Unpack[RequestOptions]) -> BatchJobOut:
        """The awaitable twin of ``cancel``: same arguments and result, for ``await`` in async code."""
        from .._async.batch import AsyncBatchJobs

        return await twin(self, AsyncBatchJobs).cancel(job_id=job_id, **options)

    async def wait_async(
        self,
        job_id: str,
        *,
        timeout: Optional[float] = None,
        poll_interval: float = 1.0,
        progress: bool = False,
        on_progress: Optional[Callable[[Any], Any]] = None,
    ) -> BatchJobOut:
        """The awaitable twin of ``wait``: same arguments and result, for ``await`` in async code."""
        from .._async.batch import AsyncBatchJobs

        return await twin(self, AsyncBatchJobs).wait(
            job_id=job_id,
            timeout=timeout,
            poll_interval=poll_interval,
            progress=progress,
            on_progress=on_progress,
        )



class Batch(Resource):
    """Batch inference: ``jobs``."""

    @cached_property
    def jobs(self) -> BatchJobs:
        return self._sub(BatchJobs)

    def run(
        self,
        requests: Iterable[Any],
        *,
        model: Optional[str] = None,
        endpoint: str = "/v1/chat/completions",
        agent_id: Optional[str] = None,
        metadata: Optional[Mapping[str, str]] = None,
        timeout_hours: Optional[int] = None,
        state_file: Optional[Union[str, "os.PathLike[str]"]] = None,
        progress: bool = False,
        on_progress: Optional[Callable[[Any], Any]] = None,
        poll_interval: float = 1.0,
        timeout: Optional[float] = None,
        max_requests_per_job: Optional[int] = None,
        max_file_bytes: Optional[int] = None,
        inline_limit: Optional[int] = None,
    ) -> Iterator["BatchResult"]:
        """Run ``requests`` through the Batch API and iterate their ``BatchResult`` in input order.

        ``requests``: any iterable of request bodies (dicts or request models) or of
        ``{"custom_id": ..., "body": ...}`` / ``BatchRequest`` items (custom ids default to the
        input position). They are streamed to JSONL files on disk (sent inline when there are at
        most ``inline_limit``), split across several jobs when a file would pass the API's limits
        (``max_requests_per_job``, ``max_file_bytes``), and the results come back, each with its
        ``request`` and a typed ``response`` or ``error``, as soon as their job has ended.

        ``state_file``: a JSON file recording the run (its parts are kept beside it, in
        ``<state_file>.d``); running again with the same file and requests resumes without
        submitting anything twice. ``progress=True`` draws a bar on stderr (the ``progress``
        extra); ``on_progress(BatchProgress)`` is called after each poll. ``timeout`` (seconds)
        raises ``WaitTimeoutError``; the jobs go on.
        """
        from ...lib import batch as _batch
        from ...lib._drive import Drive

        steps = _batch.run_batch(
            self.jobs,
            self._client.files,
            requests,
            endpoint=endpoint,
            model=model,
            agent_id=agent_id,
            metadata=dict(metadata) if metadata else None,
            timeout_hours=timeout_hours,
            state_file=state_file,
            progress=progress,
            on_progress=on_progress,
            poll_interval=poll_interval,
            timeout=timeout,
            max_requests_per_job=max_requests_per_job or _batch.MAX_REQUESTS_PER_JOB,
            max_file_bytes=max_file_bytes or _batch.MAX_FILE_BYTES,
            inline_limit=_batch.INLINE_LIMIT if inline_limit is None else inline_limit,
        )
        return Drive.events(steps)



# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
