# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Generated operations of ``batch.jobs``, inherited by the hand-written class."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import DeleteBatchJobResponse
from ..._request import RequestOptions, path_param
from .._base import Call, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["BatchJobsOps"]


class BatchJobsOps(Resource):
    """Operations of ``client.batch.jobs`` the hand-written class does not define."""

    def delete(
        self,
        *,
        job_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteBatchJobResponse:
        """Request the deletion of a batch job."""
        return self._call(Call(
            "DELETE",
            f"/v1/batch/jobs/{path_param('job_id', job_id)}",
            cast=DeleteBatchJobResponse,
            options=options,
        ))

    async def delete_async(
        self,
        *,
        job_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteBatchJobResponse:
        """The awaitable twin of ``delete``: same arguments and result, for ``await`` in async code."""
        from .._async.batch_jobs_ops import AsyncBatchJobsOps

        return await twin(self, AsyncBatchJobsOps).delete(job_id=job_id, **options)


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402
