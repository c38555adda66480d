# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Workflows API - runs."""

from __future__ import annotations

from typing import Any, Optional, Sequence, TYPE_CHECKING

from ...types import WorkflowExecutionListResponse, WorkflowExecutionResponse
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["WorkflowsRuns"]


class WorkflowsRuns(Resource):
    """Workflows API - runs."""

    def get_run(
        self,
        *,
        run_id: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionResponse:
        """Get Run."""
        return self._call(Call(
            "GET",
            f"/v1/workflows/runs/{path_param('run_id', run_id)}",
            cast=WorkflowExecutionResponse,
            options=options,
        ))

    def get_run_history(
        self,
        *,
        run_id: str,
        decode_payloads: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get Run History."""
        query = {"decode_payloads": decode_payloads}
        return self._call(Call(
            "GET",
            f"/v1/workflows/runs/{path_param('run_id', run_id)}/history",
            query=query,
            options=options,
        ))

    def list_runs(
        self,
        *,
        workflow_identifier: Optional[str] = None,
        root_execution_id: Optional[str] = None,
        search: Optional[str] = None,
        status: Optional[Any] = None,
        deployment_name: Optional[str] = None,
        sort_by: Optional[str] = None,
        order: Optional[str] = None,
        start_time_after: Optional[Any] = None,
        start_time_before: Optional[Any] = None,
        end_time_after: Optional[Any] = None,
        end_time_before: Optional[Any] = None,
        user_id: Optional[str] = None,
        workflow_tags: Optional[Sequence[str]] = None,
        include_internal: Optional[bool] = None,
        page_size: Optional[int] = None,
        next_page_token: Optional[str] = None,
        search_key: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """List Runs."""
        query = {
            "workflow_identifier": workflow_identifier,
            "root_execution_id": root_execution_id,
            "search": search,
            "status": status,
            "deployment_name": deployment_name,
            "sort_by": sort_by,
            "order": order,
            "start_time_after": start_time_after,
            "start_time_before": start_time_before,
            "end_time_after": end_time_after,
            "end_time_before": end_time_before,
            "user_id": user_id,
            "workflow_tags": workflow_tags,
            "include_internal": include_internal,
            "page_size": page_size,
            "next_page_token": next_page_token,
            "search_key": search_key,
        }
        args = {
            "workflow_identifier": workflow_identifier,
            "root_execution_id": root_execution_id,
            "search": search,
            "status": status,
            "deployment_name": deployment_name,
            "sort_by": sort_by,
            "order": order,
            "start_time_after": start_time_after,
            "start_time_before": start_time_before,
            "end_time_after": end_time_after,
            "end_time_before": end_time_before,
            "user_id": user_id,
            "workflow_tags": workflow_tags,
            "include_internal": include_internal,
            "page_size": page_size,
            "next_page_token": next_page_token,
            "search_key": search_key,
        }
        result = self._call(Call(
            "GET",
            "/v1/workflows/runs",
            cast=WorkflowExecutionListResponse,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).list_runs(**{**args, "next_page_token": value}, **options),
            page_size=page_size,
            items="executions",
            cursor="next_page_token",
        )

    async def get_run_async(
        self,
        *,
        run_id: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionResponse:
        """The awaitable twin of ``get_run``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_runs import AsyncWorkflowsRuns

        return await twin(self, AsyncWorkflowsRuns).get_run(run_id=run_id, **options)

    async def get_run_history_async(
        self,
        *,
        run_id: str,
        decode_payloads: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``get_run_history``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_runs import AsyncWorkflowsRuns

        return await twin(self, AsyncWorkflowsRuns).get_run_history(
            run_id=run_id,
            decode_payloads=decode_payloads,
            **options,
        )

    async def list_runs_async(
        self,
        *,
        workflow_identifier: Optional[str] = None,
        root_execution_id: Optional[str] = None,
        search: Optional[str] = None,
        status: Optional[Any] = None,
        deployment_name: Optional[str] = None,
        sort_by: Optional[str] = None,
        order: Optional[str] = None,
        start_time_after: Optional[Any] = None,
        start_time_before: Optional[Any] = None,
        end_time_after: Optional[Any] = None,
        end_time_before: Optional[Any] = None,
        user_id: Optional[str] = None,
        workflow_tags: Optional[Sequence[str]] = None,
        include_internal: Optional[bool] = None,
        page_size: Optional[int] = None,
        next_page_token: Optional[str] = None,
        search_key: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``list_runs``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_runs import AsyncWorkflowsRuns

        return await twin(self, AsyncWorkflowsRuns).list_runs(
            workflow_identifier=workflow_identifier,
            root_execution_id=root_execution_id,
            search=search,
            status=status,
            deployment_name=deployment_name,
            sort_by=sort_by,
            order=order,
            start_time_after=start_time_after,
            start_time_before=start_time_before,
            end_time_after=end_time_after,
            end_time_before=end_time_before,
            user_id=user_id,
            workflow_tags=workflow_tags,
            include_internal=include_internal,
            page_size=page_size,
            next_page_token=next_page_token,
            search_key=search_key,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
