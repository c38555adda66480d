# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Workflows API - schedules."""

from __future__ import annotations

from typing import Any, Optional, TYPE_CHECKING

from ...types import (
    ScheduleDefinitionOutput,
    WorkflowScheduleListResponse,
    WorkflowScheduleRequest,
    WorkflowScheduleResponse,
    WorkflowScheduleUpdateRequest,
)
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["WorkflowsSchedules"]


class WorkflowsSchedules(Resource):
    """Workflows API - schedules."""

    def get_schedule(
        self,
        *,
        schedule_id: str,
        **options: Unpack[RequestOptions],
    ) -> ScheduleDefinitionOutput:
        """Get Schedule."""
        return self._call(Call(
            "GET",
            f"/v1/workflows/schedules/{path_param('schedule_id', schedule_id)}",
            cast=ScheduleDefinitionOutput,
            options=options,
        ))

    def get_schedules(
        self,
        *,
        workflow_name: Optional[str] = None,
        user_id: Optional[str] = None,
        status: Optional[str] = None,
        search: Optional[str] = None,
        page_size: Optional[int] = None,
        next_page_token: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """Get Schedules."""
        query = {
            "workflow_name": workflow_name,
            "user_id": user_id,
            "status": status,
            "search": search,
            "page_size": page_size,
            "next_page_token": next_page_token,
        }
        args = {
            "workflow_name": workflow_name,
            "user_id": user_id,
            "status": status,
            "search": search,
            "page_size": page_size,
            "next_page_token": next_page_token,
        }
        result = self._call(Call(
            "GET",
            "/v1/workflows/schedules",
            cast=WorkflowScheduleListResponse,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).get_schedules(**{**args, "next_page_token": value}, **options),
            page_size=page_size,
            items="schedules",
            cursor="next_page_token",
        )

    def pause_schedule(
        self,
        *,
        schedule_id: str,
        note: Optional[Any] = None,
        request: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Pause Schedule."""
        payload = present({"note": note})
        if request is not None:
            payload = request
        return self._call(Call(
            "POST",
            f"/v1/workflows/schedules/{path_param('schedule_id', schedule_id)}/pause",
            body=payload,
            options=options,
        ))

    def resume_schedule(
        self,
        *,
        schedule_id: str,
        note: Optional[Any] = None,
        request: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Resume Schedule."""
        payload = present({"note": note})
        if request is not None:
            payload = request
        return self._call(Call(
            "POST",
            f"/v1/workflows/schedules/{path_param('schedule_id', schedule_id)}/resume",
            body=payload,
            options=options,
        ))

    def schedule_workflow(
        self,
        *,
        schedule: Any,
        workflow_registration_id: Optional[str] = None,
        workflow_version_id: Optional[str] = None,
        workflow_identifier: Optional[str] = None,
        workflow_task_queue: Optional[str] = None,
        schedule_id: Optional[str] = None,
        deployment_name: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> WorkflowScheduleResponse:
        """Schedule Workflow."""
        payload = present({
            "schedule": schedule,
            "workflow_registration_id": workflow_registration_id,
            "workflow_version_id": workflow_version_id,
            "workflow_identifier": workflow_identifier,
            "workflow_task_queue": workflow_task_queue,
            "schedule_id": schedule_id,
            "deployment_name": deployment_name,
        })
        return self._call(Call(
            "POST",
            "/v1/workflows/schedules",
            cast=WorkflowScheduleResponse,
            body=payload,
            body_type=WorkflowScheduleRequest,
            options=options,
        ))

    def trigger_schedule(
        self,
        *,
        schedule_id: str,
        overlap: Optional[Any] = None,
        request: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Trigger Schedule."""
        payload = present({"overlap": overlap})
        if request is not None:
            payload = request
        return self._call(Call(
            "POST",
            f"/v1/workflows/schedules/{path_param('schedule_id', schedule_id)}/trigger",
            body=payload,
            options=options,
        ))

    def unschedule_workflow(
        self,
        *,
        schedule_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Unschedule Workflow."""
        return self._call(Call(
            "DELETE",
            f"/v1/workflows/schedules/{path_param('schedule_id', schedule_id)}",
            options=options,
        ))

    def update_schedule(
        self,
        *,
        schedule_id: str,
        schedule: Any,
        **options: Unpack[RequestOptions],
    ) -> WorkflowScheduleResponse:
        """Update Schedule."""
        payload = present({"schedule": schedule})
        return self._call(Call(
            "PATCH",
            f"/v1/workflows/schedules/{path_param('schedule_id', schedule_id)}",
            cast=WorkflowScheduleResponse,
            body=payload,
            body_type=WorkflowScheduleUpdateRequest,
            options=options,
        ))

    async def get_schedule_async(
        self,
        *,
        schedule_id: str,
        **options: Unpack[RequestOptions],
    ) -> ScheduleDefinitionOutput:
        """The awaitable twin of ``get_schedule``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_schedules import AsyncWorkflowsSchedules

        return await twin(self, AsyncWorkflowsSchedules).get_schedule(schedule_id=schedule_id, **options)

    async def get_schedules_async(
        self,
        *,
        workflow_name: Optional[str] = None,
        user_id: Optional[str] = None,
        status: Optional[str] = None,
        search: Optional[str] = None,
        page_size: Optional[int] = None,
        next_page_token: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``get_schedules``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_schedules import AsyncWorkflowsSchedules

        return await twin(self, AsyncWorkflowsSchedules).get_schedules(
            workflow_name=workflow_name,
            user_id=user_id,
            status=status,
            search=search,
            page_size=page_size,
            next_page_token=next_page_token,
            **options,
        )

    async def pause_schedule_async(
        self,
        *,
        schedule_id: str,
        note: Optional[Any] = None,
        request: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``pause_schedule``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_schedules import AsyncWorkflowsSchedules

        return await twin(self, AsyncWorkflowsSchedules).pause_schedule(
            schedule_id=schedule_id,
            note=note,
            request=request,
            **options,
        )

    async def resume_schedule_async(
        self,
        *,
        schedule_id: str,
        note: Optional[Any] = None,
        request: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``resume_schedule``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_schedules import AsyncWorkflowsSchedules

        return await twin(self, AsyncWorkflowsSchedules).resume_schedule(
            schedule_id=schedule_id,
            note=note,
            request=request,
            **options,
        )

    async def schedule_workflow_async(
        self,
        *,
        schedule: Any,
        workflow_registration_id: Optional[str] = None,
        workflow_version_id: Optional[str] = None,
        workflow_identifier: Optional[str] = None,
        workflow_task_queue: Optional[str] = None,
        schedule_id: Optional[str] = None,
        deployment_name: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> WorkflowScheduleResponse:
        """The awaitable twin of ``schedule_workflow``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_schedules import AsyncWorkflowsSchedules

        return await twin(self, AsyncWorkflowsSchedules).schedule_workflow(
            schedule=schedule,
            workflow_registration_id=workflow_registration_id,
            workflow_version_id=workflow_version_id,
            workflow_identifier=workflow_identifier,
            workflow_task_queue=workflow_task_queue,
            schedule_id=schedule_id,
            deployment_name=deployment_name,
            **options,
        )

    async def trigger_schedule_async(
        self,
        *,
        schedule_id: str,
        overlap: Optional[Any] = None,
        request: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``trigger_schedule``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_schedules import AsyncWorkflowsSchedules

        return await twin(self, AsyncWorkflowsSchedules).trigger_schedule(
            schedule_id=schedule_id,
            overlap=overlap,
            request=request,
            **options,
        )

    async def unschedule_workflow_async(
        self,
        *,
        schedule_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``unschedule_workflow``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_schedules import AsyncWorkflowsSchedules

        return await twin(self, AsyncWorkflowsSchedules).unschedule_workflow(
            schedule_id=schedule_id,
            **options,
        )

    async def update_schedule_async(
        self,
        *,
        schedule_id: str,
        schedule: Any,
        **options: Unpack[RequestOptions],
    ) -> WorkflowScheduleResponse:
        """The awaitable twin of ``update_schedule``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_schedules import AsyncWorkflowsSchedules

        return await twin(self, AsyncWorkflowsSchedules).update_schedule(
            schedule_id=schedule_id,
            schedule=schedule,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
