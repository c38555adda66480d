# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Workflow events, listed or streamed."""

from __future__ import annotations

from typing import Any, Optional, Sequence, TYPE_CHECKING

from ...types import GetStreamEventsV1WorkflowsEventsStreamGetEvent, ListWorkflowEventResponse
from ..._pagination import AsyncPage, paginate, unraw
from ..._request import RequestOptions
from ..._streaming import AsyncStream
from .._base import Call, Resource
from .._generated import typed_events, with_headers

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["AsyncEvents"]


class AsyncEvents(Resource):
    """Workflow events, listed or streamed."""

    async def get_stream_events(
        self,
        *,
        scope: Optional[str] = None,
        activity_name: Optional[str] = None,
        activity_id: Optional[str] = None,
        workflow_name: Optional[str] = None,
        workflow_exec_id: Optional[str] = None,
        root_workflow_exec_id: Optional[str] = None,
        parent_workflow_exec_id: Optional[str] = None,
        stream: Optional[str] = None,
        start_seq: Optional[int] = None,
        metadata_filters: Optional[Any] = None,
        workflow_event_types: Optional[Sequence[str]] = None,
        last_event_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[Any]:
        """Get Stream Events."""
        query = {
            "scope": scope,
            "activity_name": activity_name,
            "activity_id": activity_id,
            "workflow_name": workflow_name,
            "workflow_exec_id": workflow_exec_id,
            "root_workflow_exec_id": root_workflow_exec_id,
            "parent_workflow_exec_id": parent_workflow_exec_id,
            "stream": stream,
            "start_seq": start_seq,
            "metadata_filters": metadata_filters,
            "workflow_event_types": workflow_event_types,
        }
        options = with_headers(options, {"last-event-id": last_event_id})
        return await self._call(Call(
            "GET",
            "/v1/workflows/events/stream",
            query=query,
            stream=typed_events("GetStreamEventsV1WorkflowsEventsStreamGetEvent"),
            options=options,
        ))

    async def get_workflow_events(
        self,
        *,
        root_workflow_exec_id: Optional[str] = None,
        workflow_exec_id: Optional[str] = None,
        workflow_run_id: Optional[str] = None,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """Get Workflow Events."""
        query = {
            "root_workflow_exec_id": root_workflow_exec_id,
            "workflow_exec_id": workflow_exec_id,
            "workflow_run_id": workflow_run_id,
            "limit": limit,
            "cursor": cursor,
        }
        args = {
            "root_workflow_exec_id": root_workflow_exec_id,
            "workflow_exec_id": workflow_exec_id,
            "workflow_run_id": workflow_run_id,
            "limit": limit,
            "cursor": cursor,
        }
        result = await self._call(Call(
            "GET",
            "/v1/workflows/events/list",
            cast=ListWorkflowEventResponse,
            query=query,
            options=options,
        ))
        return paginate(
            AsyncPage,
            result,
            fetch=lambda value: unraw(self).get_workflow_events(**{**args, "cursor": value}, **options),
            page_size=limit,
            items="events",
            cursor="next_cursor",
        )
