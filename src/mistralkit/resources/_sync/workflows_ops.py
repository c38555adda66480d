# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Generated operations of ``workflows``, inherited by the hand-written class."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Optional, Sequence, TYPE_CHECKING

from ...types import (
    ExecuteWorkflowRegistrationV1WorkflowsRegistrationsWorkflowRegistrationIdExecutePostResponse,
    ExecuteWorkflowV1WorkflowsWorkflowIdentifierExecutePostResponse,
    WorkflowArchiveResponse,
    WorkflowBulkArchiveRequest,
    WorkflowBulkArchiveResponse,
    WorkflowBulkUnarchiveRequest,
    WorkflowBulkUnarchiveResponse,
    WorkflowExecutionRequest,
    WorkflowGetResponse,
    WorkflowListResponse,
    WorkflowRegistrationGetResponse,
    WorkflowRegistrationListResponse,
    WorkflowUnarchiveResponse,
    WorkflowUpdateRequest,
    WorkflowUpdateResponse,
)
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .workflows_deployments import WorkflowsDeployments
    from .workflows_events import WorkflowsEvents
    from .workflows_executions import WorkflowsExecutions
    from .workflows_metrics import WorkflowsMetrics
    from .workflows_runs import WorkflowsRuns
    from .workflows_schedules import WorkflowsSchedules

__all__ = ["WorkflowsOps"]


class WorkflowsOps(Resource):
    """Operations of ``client.workflows`` the hand-written class does not define."""

    @cached_property
    def deployments(self) -> WorkflowsDeployments:
        """Workflows API - deployments."""
        from .workflows_deployments import WorkflowsDeployments

        return self._sub(WorkflowsDeployments)

    @cached_property
    def events(self) -> WorkflowsEvents:
        """Events API."""
        from .workflows_events import WorkflowsEvents

        return self._sub(WorkflowsEvents)

    @cached_property
    def executions(self) -> WorkflowsExecutions:
        """Workflows API - executions."""
        from .workflows_executions import WorkflowsExecutions

        return self._sub(WorkflowsExecutions)

    @cached_property
    def metrics(self) -> WorkflowsMetrics:
        """Workflows API - metrics."""
        from .workflows_metrics import WorkflowsMetrics

        return self._sub(WorkflowsMetrics)

    @cached_property
    def runs(self) -> WorkflowsRuns:
        """Workflows API - runs."""
        from .workflows_runs import WorkflowsRuns

        return self._sub(WorkflowsRuns)

    @cached_property
    def schedules(self) -> WorkflowsSchedules:
        """Workflows API - schedules."""
        from .workflows_schedules import WorkflowsSchedules

        return self._sub(WorkflowsSchedules)

    def archive_workflow(
        self,
        *,
        workflow_identifier: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowArchiveResponse:
        """Archive Workflow."""
        return self._call(Call(
            "PUT",
            f"/v1/workflows/{path_param('workflow_identifier', workflow_identifier)}/archive",
            cast=WorkflowArchiveResponse,
            options=options,
        ))

    def bulk_archive_workflows(
        self,
        *,
        workflow_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> WorkflowBulkArchiveResponse:
        """Bulk Archive Workflows."""
        payload = present({"workflow_ids": workflow_ids})
        return self._call(Call(
            "PUT",
            "/v1/workflows/archive",
            cast=WorkflowBulkArchiveResponse,
            body=payload,
            body_type=WorkflowBulkArchiveRequest,
            options=options,
        ))

    def bulk_unarchive_workflows(
        self,
        *,
        workflow_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> WorkflowBulkUnarchiveResponse:
        """Bulk Unarchive Workflows."""
        payload = present({"workflow_ids": workflow_ids})
        return self._call(Call(
            "PUT",
            "/v1/workflows/unarchive",
            cast=WorkflowBulkUnarchiveResponse,
            body=payload,
            body_type=WorkflowBulkUnarchiveRequest,
            options=options,
        ))

    def execute_workflow(
        self,
        *,
        workflow_identifier: str,
        execution_id: Optional[str] = None,
        input: Optional[Any] = None,
        wait_for_result: Optional[bool] = None,
        timeout_seconds: Optional[float] = None,
        custom_tracing_attributes: Optional[Any] = None,
        force_new_trace: Optional[bool] = None,
        extensions: Optional[Any] = None,
        task_queue: Optional[str] = None,
        deployment_name: Optional[str] = None,
        traceparent: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> ExecuteWorkflowV1WorkflowsWorkflowIdentifierExecutePostResponse:
        """Execute Workflow."""
        payload = present({
            "execution_id": execution_id,
            "input": input,
            "wait_for_result": wait_for_result,
            "timeout_seconds": timeout_seconds,
            "custom_tracing_attributes": custom_tracing_attributes,
            "force_new_trace": force_new_trace,
            "extensions": extensions,
            "task_queue": task_queue,
            "deployment_name": deployment_name,
            "traceparent": traceparent,
        })
        return self._call(Call(
            "POST",
            f"/v1/workflows/{path_param('workflow_identifier', workflow_identifier)}/execute",
            cast=ExecuteWorkflowV1WorkflowsWorkflowIdentifierExecutePostResponse,
            body=payload,
            body_type=WorkflowExecutionRequest,
            options=options,
        ))

    def execute_workflow_registration(
        self,
        *,
        workflow_registration_id: str,
        execution_id: Optional[str] = None,
        input: Optional[Any] = None,
        wait_for_result: Optional[bool] = None,
        timeout_seconds: Optional[float] = None,
        custom_tracing_attributes: Optional[Any] = None,
        force_new_trace: Optional[bool] = None,
        extensions: Optional[Any] = None,
        task_queue: Optional[str] = None,
        deployment_name: Optional[str] = None,
        traceparent: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> ExecuteWorkflowRegistrationV1WorkflowsRegistrationsWorkflowRegistrationIdExecutePostResponse:
        """Execute Workflow Registration."""
        payload = present({
            "execution_id": execution_id,
            "input": input,
            "wait_for_result": wait_for_result,
            "timeout_seconds": timeout_seconds,
            "custom_tracing_attributes": custom_tracing_attributes,
            "force_new_trace": force_new_trace,
            "extensions": extensions,
            "task_queue": task_queue,
            "deployment_name": deployment_name,
            "traceparent": traceparent,
        })
        return self._call(Call(
            "POST",
            f"/v1/workflows/registrations/{path_param('workflow_registration_id', workflow_registration_id)}/execute",
            cast=ExecuteWorkflowRegistrationV1WorkflowsRegistrationsWorkflowRegistrationIdExecutePostResponse,
            body=payload,
            body_type=WorkflowExecutionRequest,
            options=options,
        ))

    def get_workflow(
        self,
        *,
        workflow_identifier: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowGetResponse:
        """Get Workflow."""
        return self._call(Call(
            "GET",
            f"/v1/workflows/{path_param('workflow_identifier', workflow_identifier)}",
            cast=WorkflowGetResponse,
            options=options,
        ))

    def get_workflow_registration(
        self,
        *,
        workflow_registration_id: str,
        with_workflow: Optional[bool] = None,
        include_shared: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> WorkflowRegistrationGetResponse:
        """Get Workflow Registration."""
        query = {"with_workflow": with_workflow, "include_shared": include_shared}
        return self._call(Call(
            "GET",
            f"/v1/workflows/registrations/{path_param('workflow_registration_id', workflow_registration_id)}",
            cast=WorkflowRegistrationGetResponse,
            query=query,
            options=options,
        ))

    def get_workflow_registrations(
        self,
        *,
        workflow_id: Optional[str] = None,
        task_queue: Optional[str] = None,
        active_only: Optional[bool] = None,
        include_shared: Optional[bool] = None,
        workflow_search: Optional[str] = None,
        archived: Optional[bool] = None,
        with_workflow: Optional[bool] = None,
        available_in_chat_assistant: Optional[bool] = None,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        workflow_name: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """Get Workflow Registrations."""
        query = {
            "workflow_id": workflow_id,
            "task_queue": task_queue,
            "active_only": active_only,
            "include_shared": include_shared,
            "workflow_search": workflow_search,
            "archived": archived,
            "with_workflow": with_workflow,
            "available_in_chat_assistant": available_in_chat_assistant,
            "limit": limit,
            "cursor": cursor,
            "workflow_name": workflow_name,
        }
        args = {
            "workflow_id": workflow_id,
            "task_queue": task_queue,
            "active_only": active_only,
            "include_shared": include_shared,
            "workflow_search": workflow_search,
            "archived": archived,
            "with_workflow": with_workflow,
            "available_in_chat_assistant": available_in_chat_assistant,
            "limit": limit,
            "cursor": cursor,
            "workflow_name": workflow_name,
        }
        result = self._call(Call(
            "GET",
            "/v1/workflows/registrations",
            cast=WorkflowRegistrationListResponse,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).get_workflow_registrations(**{**args, "cursor": value}, **options),
            page_size=limit,
            items="workflow_registrations",
            cursor="next_cursor",
        )

    def get_workflows(
        self,
        *,
        status: Optional[Any] = None,
        include_shared: Optional[bool] = None,
        available_in_chat_assistant: Optional[bool] = None,
        deployment_name: Optional[Sequence[str]] = None,
        deployment_status: Optional[str] = None,
        archived: Optional[bool] = None,
        tags: Optional[Sequence[str]] = None,
        sort_by: Optional[str] = None,
        order: Optional[str] = None,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        active_only: Optional[bool] = None,
        search: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """Get Workflows."""
        query = {
            "status": status,
            "include_shared": include_shared,
            "available_in_chat_assistant": available_in_chat_assistant,
            "deployment_name": deployment_name,
            "deployment_status": deployment_status,
            "archived": archived,
            "tags": tags,
            "sort_by": sort_by,
            "order": order,
            "cursor": cursor,
            "limit": limit,
            "active_only": active_only,
            "search": search,
        }
        args = {
            "status": status,
            "include_shared": include_shared,
            "available_in_chat_assistant": available_in_chat_assistant,
            "deployment_name": deployment_name,
            "deployment_status": deployment_status,
            "archived": archived,
            "tags": tags,
            "sort_by": sort_by,
            "order": order,
            "cursor": cursor,
            "limit": limit,
            "active_only": active_only,
            "search": search,
        }
        result = self._call(Call(
            "GET",
            "/v1/workflows",
            cast=WorkflowListResponse,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).get_workflows(**{**args, "cursor": value}, **options),
            page_size=limit,
            items="workflows",
            cursor="next_cursor",
        )

    def unarchive_workflow(
        self,
        *,
        workflow_identifier: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowUnarchiveResponse:
        """Unarchive Workflow."""
        return self._call(Call(
            "PUT",
            f"/v1/workflows/{path_param('workflow_identifier', workflow_identifier)}/unarchive",
            cast=WorkflowUnarchiveResponse,
            options=options,
        ))

    def update_workflow(
        self,
        *,
        workflow_identifier: str,
        display_name: Optional[str] = None,
        description: Optional[str] = None,
        available_in_chat_assistant: Optional[bool] = None,
        tags: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> WorkflowUpdateResponse:
        """Update Workflow."""
        payload = present({
            "display_name": display_name,
            "description": description,
            "available_in_chat_assistant": available_in_chat_assistant,
            "tags": tags,
        })
        return self._call(Call(
            "PUT",
            f"/v1/workflows/{path_param('workflow_identifier', workflow_identifier)}",
            cast=WorkflowUpdateResponse,
            body=payload,
            body_type=WorkflowUpdateRequest,
            options=options,
        ))

    async def archive_workflow_async(
        self,
        *,
        workflow_identifier: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowArchiveResponse:
        """The awaitable twin of ``archive_workflow``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_ops import AsyncWorkflowsOps

        return await twin(self, AsyncWorkflowsOps).archive_workflow(
            workflow_identifier=workflow_identifier,
            **options,
        )

    async def bulk_archive_workflows_async(
        self,
        *,
        workflow_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> WorkflowBulkArchiveResponse:
        """The awaitable twin of ``bulk_archive_workflows``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_ops import AsyncWorkflowsOps

        return await twin(self, AsyncWorkflowsOps).bulk_archive_workflows(
            workflow_ids=workflow_ids,
            **options,
        )

    async def bulk_unarchive_workflows_async(
        self,
        *,
        workflow_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> WorkflowBulkUnarchiveResponse:
        """The awaitable twin of ``bulk_unarchive_workflows``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_ops import AsyncWorkflowsOps

        return await twin(self, AsyncWorkflowsOps).bulk_unarchive_workflows(
            workflow_ids=workflow_ids,
            **options,
        )

    async def execute_workflow_async(
        self,
        *,
        workflow_identifier: str,
        execution_id: Optional[str] = None,
        input: Optional[Any] = None,
        wait_for_result: Optional[bool] = None,
        timeout_seconds: Optional[float] = None,
        custom_tracing_attributes: Optional[Any] = None,
        force_new_trace: Optional[bool] = None,
        extensions: Optional[Any] = None,
        task_queue: Optional[str] = None,
        deployment_name: Optional[str] = None,
        traceparent: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> ExecuteWorkflowV1WorkflowsWorkflowIdentifierExecutePostResponse:
        """The awaitable twin of ``execute_workflow``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_ops import AsyncWorkflowsOps

        return await twin(self, AsyncWorkflowsOps).execute_workflow(
            workflow_identifier=workflow_identifier,
            execution_id=execution_id,
            input=input,
            wait_for_result=wait_for_result,
            timeout_seconds=timeout_seconds,
            custom_tracing_attributes=custom_tracing_attributes,
            force_new_trace=force_new_trace,
            extensions=extensions,
            task_queue=task_queue,
            deployment_name=deployment_name,
            traceparent=traceparent,
            **options,
        )

    async def execute_workflow_registration_async(
        self,
        *,
        workflow_registration_id: str,
        execution_id: Optional[str] = None,
        input: Optional[Any] = None,
        wait_for_result: Optional[bool] = None,
        timeout_seconds: Optional[float] = None,
        custom_tracing_attributes: Optional[Any] = None,
        force_new_trace: Optional[bool] = None,
        extensions: Optional[Any] = None,
        task_queue: Optional[str] = None,
        deployment_name: Optional[str] = None,
        traceparent: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> ExecuteWorkflowRegistrationV1WorkflowsRegistrationsWorkflowRegistrationIdExecutePostResponse:
        """The awaitable twin of ``execute_workflow_registration``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_ops import AsyncWorkflowsOps

        return await twin(self, AsyncWorkflowsOps).execute_workflow_registration(
            workflow_registration_id=workflow_registration_id,
            execution_id=execution_id,
            input=input,
            wait_for_result=wait_for_result,
            timeout_seconds=timeout_seconds,
            custom_tracing_attributes=custom_tracing_attributes,
            force_new_trace=force_new_trace,
            extensions=extensions,
            task_queue=task_queue,
            deployment_name=deployment_name,
            traceparent=traceparent,
            **options,
        )

    async def get_workflow_async(
        self,
        *,
        workflow_identifier: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowGetResponse:
        """The awaitable twin of ``get_workflow``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_ops import AsyncWorkflowsOps

        return await twin(self, AsyncWorkflowsOps).get_workflow(
            workflow_identifier=workflow_identifier,
            **options,
        )

    async def get_workflow_registration_async(
        self,
        *,
        workflow_registration_id: str,
        with_workflow: Optional[bool] = None,
        include_shared: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> WorkflowRegistrationGetResponse:
        """The awaitable twin of ``get_workflow_registration``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_ops import AsyncWorkflowsOps

        return await twin(self, AsyncWorkflowsOps).get_workflow_registration(
            workflow_registration_id=workflow_registration_id,
            with_workflow=with_workflow,
            include_shared=include_shared,
            **options,
        )

    async def get_workflow_registrations_async(
        self,
        *,
        workflow_id: Optional[str] = None,
        task_queue: Optional[str] = None,
        active_only: Optional[bool] = None,
        include_shared: Optional[bool] = None,
        workflow_search: Optional[str] = None,
        archived: Optional[bool] = None,
        with_workflow: Optional[bool] = None,
        available_in_chat_assistant: Optional[bool] = None,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        workflow_name: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``get_workflow_registrations``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_ops import AsyncWorkflowsOps

        return await twin(self, AsyncWorkflowsOps).get_workflow_registrations(
            workflow_id=workflow_id,
            task_queue=task_queue,
            active_only=active_only,
            include_shared=include_shared,
            workflow_search=workflow_search,
            archived=archived,
            with_workflow=with_workflow,
            available_in_chat_assistant=available_in_chat_assistant,
            limit=limit,
            cursor=cursor,
            workflow_name=workflow_name,
            **options,
        )

    async def get_workflows_async(
        self,
        *,
        status: Optional[Any] = None,
        include_shared: Optional[bool] = None,
        available_in_chat_assistant: Optional[bool] = None,
        deployment_name: Optional[Sequence[str]] = None,
        deployment_status: Optional[str] = None,
        archived: Optional[bool] = None,
        tags: Optional[Sequence[str]] = None,
        sort_by: Optional[str] = None,
        order: Optional[str] = None,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        active_only: Optional[bool] = None,
        search: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``get_workflows``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_ops import AsyncWorkflowsOps

        return await twin(self, AsyncWorkflowsOps).get_workflows(
            status=status,
            include_shared=include_shared,
            available_in_chat_assistant=available_in_chat_assistant,
            deployment_name=deployment_name,
            deployment_status=deployment_status,
            archived=archived,
            tags=tags,
            sort_by=sort_by,
            order=order,
            cursor=cursor,
            limit=limit,
            active_only=active_only,
            search=search,
            **options,
        )

    async def unarchive_workflow_async(
        self,
        *,
        workflow_identifier: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowUnarchiveResponse:
        """The awaitable twin of ``unarchive_workflow``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_ops import AsyncWorkflowsOps

        return await twin(self, AsyncWorkflowsOps).unarchive_workflow(
            workflow_identifier=workflow_identifier,
            **options,
        )

    async def update_workflow_async(
        self,
        *,
        workflow_identifier: str,
        display_name: Optional[str] = None,
        description: Optional[str] = None,
        available_in_chat_assistant: Optional[bool] = None,
        tags: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> WorkflowUpdateResponse:
        """The awaitable twin of ``update_workflow``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_ops import AsyncWorkflowsOps

        return await twin(self, AsyncWorkflowsOps).update_workflow(
            workflow_identifier=workflow_identifier,
            display_name=display_name,
            description=description,
            available_in_chat_assistant=available_in_chat_assistant,
            tags=tags,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
