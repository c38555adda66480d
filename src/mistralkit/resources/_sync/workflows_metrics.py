# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Workflows API - metrics."""

from __future__ import annotations

from typing import Any, Optional, TYPE_CHECKING

from ...types import WorkflowMetrics
from ..._request import RequestOptions, path_param
from .._base import Call, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["WorkflowsMetrics"]


class WorkflowsMetrics(Resource):
    """Workflows API - metrics."""

    def get_workflow_metrics(
        self,
        *,
        workflow_name: str,
        start_time: Optional[Any] = None,
        end_time: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> WorkflowMetrics:
        """Get comprehensive metrics for a specific workflow."""
        query = {"start_time": start_time, "end_time": end_time}
        return self._call(Call(
            "GET",
            f"/v1/workflows/{path_param('workflow_name', workflow_name)}/metrics",
            cast=WorkflowMetrics,
            query=query,
            options=options,
        ))

    async def get_workflow_metrics_async(
        self,
        *,
        workflow_name: str,
        start_time: Optional[Any] = None,
        end_time: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> WorkflowMetrics:
        """The awaitable twin of ``get_workflow_metrics``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_metrics import AsyncWorkflowsMetrics

        return await twin(self, AsyncWorkflowsMetrics).get_workflow_metrics(
            workflow_name=workflow_name,
            start_time=start_time,
            end_time=end_time,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402
