# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Events API."""

from __future__ import annotations

from typing import Any, Optional, Sequence, TYPE_CHECKING

from ...types import GetStreamEventsV1WorkflowsEventsStreamGetEvent, ListWorkflowEventResponse
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions
from ..._streaming import Stream
from .._base import Call, Resource
from .._generated import typed_events, with_headers

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["WorkflowsEvents"]


class WorkflowsEvents(Resource):
    """Events API."""

    def get_stream_events(
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
    ) -> Stream[Any]:
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
        return self._call(Call(
            "GET",
            "/v1/workflows/events/stream",
            query=query,
            stream=typed_events("GetStreamEventsV1WorkflowsEventsStreamGetEvent"),
            options=options,
        ))

    def get_workflow_events(
        self,
        *,
        root_workflow_exec_id: Optional[str] = None,
        workflow_exec_id: Optional[str] = None,
        workflow_run_id: Optional[str] = None,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
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
        result = self._call(Call(
            "GET",
            "/v1/workflows/events/list",
            cast=ListWorkflowEventResponse,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).get_workflow_events(**{**args, "cursor": value}, **options),
            page_size=limit,
            items="events",
            cursor="next_cursor",
        )

    async def get_stream_events_async(
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
        """The awaitable twin of ``get_stream_events``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_events import AsyncWorkflowsEvents

        return await twin(self, AsyncWorkflowsEvents).get_stream_events(
            scope=scope,
            activity_name=activity_name,
            activity_id=activity_id,
            workflow_name=workflow_name,
            workflow_exec_id=workflow_exec_id,
            root_workflow_exec_id=root_workflow_exec_id,
            parent_workflow_exec_id=parent_workflow_exec_id,
            stream=stream,
            start_seq=start_seq,
            metadata_filters=metadata_filters,
            workflow_event_types=workflow_event_types,
            last_event_id=last_event_id,
            **options,
        )

    async def get_workflow_events_async(
        self,
        *,
        root_workflow_exec_id: Optional[str] = None,
        workflow_exec_id: Optional[str] = None,
        workflow_run_id: Optional[str] = None,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``get_workflow_events``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_events import AsyncWorkflowsEvents

        return await twin(self, AsyncWorkflowsEvents).get_workflow_events(
            root_workflow_exec_id=root_workflow_exec_id,
            workflow_exec_id=workflow_exec_id,
            workflow_run_id=workflow_run_id,
            limit=limit,
            cursor=cursor,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
    from ..._streaming import AsyncStream
