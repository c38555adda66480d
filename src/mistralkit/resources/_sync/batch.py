# Generated from resources/_async by tools/unasync.py. Do not edit.
from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Mapping, Optional, Sequence, Union

from ...types import BatchJobIn, BatchJobOut, BatchJobsOut
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource, body
from .batch_jobs_ops import BatchJobsOps

if TYPE_CHECKING:
    from typing_extensions import Unpack


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


class Batch(Resource):
    """Batch inference: ``jobs``."""

    @cached_property
    def jobs(self) -> BatchJobs:
        return self._sub(BatchJobs)


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
