from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Mapping, Optional, Sequence, Union

from ...types import BatchJobIn, BatchJobOut, BatchJobsOut
from ..._pagination import AsyncPage, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource, body
from .batch_jobs_ops import AsyncBatchJobsOps

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = ["AsyncBatch", "AsyncBatchJobs"]

_PAGE_SIZE = 100  # the API's default page size


class AsyncBatchJobs(AsyncBatchJobsOps):
    """Batch jobs: run many requests from uploaded files (or inline) at a lower price."""

    async def list(
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
        """One page of batch jobs (``.data``, ``.total``); iterate it for every job of every page.

        ``status``: one status or a list; ``metadata``: jobs whose metadata has these keys and values.
        """
        args = body(locals())
        query = {**args, "status": [status] if isinstance(status, str) else status}
        # An object query parameter in the spec's default style (form, exploded): one parameter per key.
        query.pop("metadata", None)
        query = {**{str(k): v for k, v in (metadata or {}).items()}, **query}
        result = await self._call(Call("GET", "/v1/batch/jobs", cast=BatchJobsOut, query=query, options=options))
        return paginate(
            AsyncPage,
            result,
            fetch=lambda number: unraw(self).list(**{**args, "page": number}, **options),
            page=page,
            page_size=page_size or _PAGE_SIZE,
        )

    async def create(
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
        return await self._call(
            Call("POST", "/v1/batch/jobs", cast=BatchJobOut, body=payload, body_type=BatchJobIn, options=options)
        )

    async def get(self, *, job_id: str, inline: Optional[bool] = None, **options: Unpack[RequestOptions]) -> BatchJobOut:
        """A batch job's status and counters; ``inline=True`` also returns its results inline (``outputs``)."""
        return await self._call(
            Call(
                "GET",
                f"/v1/batch/jobs/{path_param('job_id', job_id)}",
                cast=BatchJobOut,
                query={"inline": inline},
                options=options,
            )
        )

    async def cancel(self, *, job_id: str, **options: Unpack[RequestOptions]) -> BatchJobOut:
        """Ask for a batch job to be cancelled."""
        return await self._call(
            Call("POST", f"/v1/batch/jobs/{path_param('job_id', job_id)}/cancel", cast=BatchJobOut, options=options)
        )


class AsyncBatch(Resource):
    """Batch inference: ``jobs``."""

    @cached_property
    def jobs(self) -> AsyncBatchJobs:
        return self._sub(AsyncBatchJobs)
