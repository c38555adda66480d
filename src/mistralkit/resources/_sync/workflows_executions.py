# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Workflows API - executions."""

from __future__ import annotations

from typing import Any, Optional, Sequence, TYPE_CHECKING

from ...types import (
    BatchExecutionBody,
    BatchExecutionResponse,
    ExecutionLogSearchResponse,
    ExecutionTraceInfoResponse,
    QueryInvocationBody,
    QueryWorkflowResponse,
    ResetInvocationBody,
    SignalInvocationBody,
    SignalWorkflowResponse,
    StreamV1WorkflowsExecutionsExecutionIdStreamGetEvent,
    StreamWorkflowExecutionLogsEvent,
    UpdateInvocationBody,
    UpdateWorkflowResponse,
    WorkflowExecutionResponse,
    WorkflowExecutionTraceEventsResponse,
    WorkflowExecutionTraceOTelResponse,
    WorkflowExecutionTraceSummaryResponse,
)
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from ..._streaming import Stream
from .._base import Call, Resource
from .._generated import present, typed_events, with_headers

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["WorkflowsExecutions"]


class WorkflowsExecutions(Resource):
    """Workflows API - executions."""

    def batch_cancel_workflow_executions(
        self,
        *,
        execution_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> BatchExecutionResponse:
        """Batch Cancel Workflow Executions."""
        payload = present({"execution_ids": execution_ids})
        return self._call(Call(
            "POST",
            "/v1/workflows/executions/cancel",
            cast=BatchExecutionResponse,
            body=payload,
            body_type=BatchExecutionBody,
            options=options,
        ))

    def batch_terminate_workflow_executions(
        self,
        *,
        execution_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> BatchExecutionResponse:
        """Batch Terminate Workflow Executions."""
        payload = present({"execution_ids": execution_ids})
        return self._call(Call(
            "POST",
            "/v1/workflows/executions/terminate",
            cast=BatchExecutionResponse,
            body=payload,
            body_type=BatchExecutionBody,
            options=options,
        ))

    def cancel_workflow_execution(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Cancel Workflow Execution."""
        return self._call(Call(
            "POST",
            f"/v1/workflows/executions/{path_param('execution_id', execution_id)}/cancel",
            options=options,
        ))

    def get_workflow_execution(
        self,
        *,
        execution_id: str,
        include_search_keys: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionResponse:
        """Get Workflow Execution."""
        query = {"include_search_keys": include_search_keys}
        return self._call(Call(
            "GET",
            f"/v1/workflows/executions/{path_param('execution_id', execution_id)}",
            cast=WorkflowExecutionResponse,
            query=query,
            options=options,
        ))

    def get_workflow_execution_history(
        self,
        *,
        execution_id: str,
        decode_payloads: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get Workflow Execution History."""
        query = {"decode_payloads": decode_payloads}
        return self._call(Call(
            "GET",
            f"/v1/workflows/executions/{path_param('execution_id', execution_id)}/history",
            query=query,
            options=options,
        ))

    def get_workflow_execution_logs(
        self,
        *,
        execution_id: str,
        run_id: Optional[str] = None,
        activity_id: Optional[str] = None,
        after: Optional[Any] = None,
        before: Optional[Any] = None,
        order: Optional[str] = None,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """Retrieve logs for a workflow execution."""
        query = {
            "run_id": run_id,
            "activity_id": activity_id,
            "after": after,
            "before": before,
            "order": order,
            "cursor": cursor,
            "limit": limit,
        }
        args = {
            "execution_id": execution_id,
            "run_id": run_id,
            "activity_id": activity_id,
            "after": after,
            "before": before,
            "order": order,
            "cursor": cursor,
            "limit": limit,
        }
        result = self._call(Call(
            "GET",
            f"/v1/workflows/executions/{path_param('execution_id', execution_id)}/logs",
            cast=ExecutionLogSearchResponse,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).get_workflow_execution_logs(**{**args, "cursor": value}, **options),
            page_size=limit,
            items="results",
            cursor="next_cursor",
        )

    def get_workflow_execution_trace_events(
        self,
        *,
        execution_id: str,
        merge_same_id_events: Optional[bool] = None,
        include_internal_events: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionTraceEventsResponse:
        """Get Workflow Execution Trace Events."""
        query = {
            "merge_same_id_events": merge_same_id_events,
            "include_internal_events": include_internal_events,
        }
        return self._call(Call(
            "GET",
            f"/v1/workflows/executions/{path_param('execution_id', execution_id)}/trace/events",
            cast=WorkflowExecutionTraceEventsResponse,
            query=query,
            options=options,
        ))

    def get_workflow_execution_trace_info(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> ExecutionTraceInfoResponse:
        """Get Workflow Execution Trace Info."""
        return self._call(Call(
            "GET",
            f"/v1/workflows/executions/{path_param('execution_id', execution_id)}/trace/info",
            cast=ExecutionTraceInfoResponse,
            options=options,
        ))

    def get_workflow_execution_trace_otel(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionTraceOTelResponse:
        """Get Workflow Execution Trace Otel."""
        return self._call(Call(
            "GET",
            f"/v1/workflows/executions/{path_param('execution_id', execution_id)}/trace/otel",
            cast=WorkflowExecutionTraceOTelResponse,
            options=options,
        ))

    def get_workflow_execution_trace_summary(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionTraceSummaryResponse:
        """Get Workflow Execution Trace Summary."""
        return self._call(Call(
            "GET",
            f"/v1/workflows/executions/{path_param('execution_id', execution_id)}/trace/summary",
            cast=WorkflowExecutionTraceSummaryResponse,
            options=options,
        ))

    def query_workflow_execution(
        self,
        *,
        execution_id: str,
        name: str,
        input: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> QueryWorkflowResponse:
        """Query Workflow Execution."""
        payload = present({"name": name, "input": input})
        return self._call(Call(
            "POST",
            f"/v1/workflows/executions/{path_param('execution_id', execution_id)}/queries",
            cast=QueryWorkflowResponse,
            body=payload,
            body_type=QueryInvocationBody,
            options=options,
        ))

    def reset_workflow(
        self,
        *,
        execution_id: str,
        event_id: int,
        reason: Optional[str] = None,
        exclude_signals: Optional[bool] = None,
        exclude_updates: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Reset Workflow."""
        payload = present({
            "event_id": event_id,
            "reason": reason,
            "exclude_signals": exclude_signals,
            "exclude_updates": exclude_updates,
        })
        return self._call(Call(
            "POST",
            f"/v1/workflows/executions/{path_param('execution_id', execution_id)}/reset",
            body=payload,
            body_type=ResetInvocationBody,
            options=options,
        ))

    def signal_workflow_execution(
        self,
        *,
        execution_id: str,
        name: str,
        input: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> SignalWorkflowResponse:
        """Signal Workflow Execution."""
        payload = present({"name": name, "input": input})
        return self._call(Call(
            "POST",
            f"/v1/workflows/executions/{path_param('execution_id', execution_id)}/signals",
            cast=SignalWorkflowResponse,
            body=payload,
            body_type=SignalInvocationBody,
            options=options,
        ))

    def stream(
        self,
        *,
        execution_id: str,
        event_source: Optional[str] = None,
        last_event_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Stream[Any]:
        """Stream."""
        query = {"event_source": event_source, "last_event_id": last_event_id}
        return self._call(Call(
            "GET",
            f"/v1/workflows/executions/{path_param('execution_id', execution_id)}/stream",
            query=query,
            stream=typed_events("StreamV1WorkflowsExecutionsExecutionIdStreamGetEvent"),
            options=options,
        ))

    def stream_workflow_execution_logs(
        self,
        *,
        execution_id: str,
        run_id: Optional[str] = None,
        activity_id: Optional[str] = None,
        after: Optional[Any] = None,
        last_event_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Stream[Any]:
        """Stream logs for a workflow execution via SSE."""
        query = {"run_id": run_id, "activity_id": activity_id, "after": after, "last_event_id": last_event_id}
        options = with_headers(options, {"Last-Event-ID": last_event_id})
        return self._call(Call(
            "GET",
            f"/v1/workflows/executions/{path_param('execution_id', execution_id)}/logs/stream",
            query=query,
            stream=typed_events("StreamWorkflowExecutionLogsEvent"),
            options=options,
        ))

    def terminate_workflow_execution(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Terminate Workflow Execution."""
        return self._call(Call(
            "POST",
            f"/v1/workflows/executions/{path_param('execution_id', execution_id)}/terminate",
            options=options,
        ))

    def update_workflow_execution(
        self,
        *,
        execution_id: str,
        name: str,
        input: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> UpdateWorkflowResponse:
        """Update Workflow Execution."""
        payload = present({"name": name, "input": input})
        return self._call(Call(
            "POST",
            f"/v1/workflows/executions/{path_param('execution_id', execution_id)}/updates",
            cast=UpdateWorkflowResponse,
            body=payload,
            body_type=UpdateInvocationBody,
            options=options,
        ))

    async def batch_cancel_workflow_executions_async(
        self,
        *,
        execution_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> BatchExecutionResponse:
        """The awaitable twin of ``batch_cancel_workflow_executions``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_executions import AsyncWorkflowsExecutions

        return await twin(self, AsyncWorkflowsExecutions).batch_cancel_workflow_executions(
            execution_ids=execution_ids,
            **options,
        )

    async def batch_terminate_workflow_executions_async(
        self,
        *,
        execution_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> BatchExecutionResponse:
        """The awaitable twin of ``batch_terminate_workflow_executions``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_executions import AsyncWorkflowsExecutions

        return await twin(self, AsyncWorkflowsExecutions).batch_terminate_workflow_executions(
            execution_ids=execution_ids,
            **options,
        )

    async def cancel_workflow_execution_async(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``cancel_workflow_execution``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_executions import AsyncWorkflowsExecutions

        return await twin(self, AsyncWorkflowsExecutions).cancel_workflow_execution(
            execution_id=execution_id,
            **options,
        )

    async def get_workflow_execution_async(
        self,
        *,
        execution_id: str,
        include_search_keys: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionResponse:
        """The awaitable twin of ``get_workflow_execution``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_executions import AsyncWorkflowsExecutions

        return await twin(self, AsyncWorkflowsExecutions).get_workflow_execution(
            execution_id=execution_id,
            include_search_keys=include_search_keys,
            **options,
        )

    async def get_workflow_execution_history_async(
        self,
        *,
        execution_id: str,
        decode_payloads: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``get_workflow_execution_history``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_executions import AsyncWorkflowsExecutions

        return await twin(self, AsyncWorkflowsExecutions).get_workflow_execution_history(
            execution_id=execution_id,
            decode_payloads=decode_payloads,
            **options,
        )

    async def get_workflow_execution_logs_async(
        self,
        *,
        execution_id: str,
        run_id: Optional[str] = None,
        activity_id: Optional[str] = None,
        after: Optional[Any] = None,
        before: Optional[Any] = None,
        order: Optional[str] = None,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``get_workflow_execution_logs``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_executions import AsyncWorkflowsExecutions

        return await twin(self, AsyncWorkflowsExecutions).get_workflow_execution_logs(
            execution_id=execution_id,
            run_id=run_id,
            activity_id=activity_id,
            after=after,
            before=before,
            order=order,
            cursor=cursor,
            limit=limit,
            **options,
        )

    async def get_workflow_execution_trace_events_async(
        self,
        *,
        execution_id: str,
        merge_same_id_events: Optional[bool] = None,
        include_internal_events: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionTraceEventsResponse:
        """The awaitable twin of ``get_workflow_execution_trace_events``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_executions import AsyncWorkflowsExecutions

        return await twin(self, AsyncWorkflowsExecutions).get_workflow_execution_trace_events(
            execution_id=execution_id,
            merge_same_id_events=merge_same_id_events,
            include_internal_events=include_internal_events,
            **options,
        )

    async def get_workflow_execution_trace_info_async(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> ExecutionTraceInfoResponse:
        """The awaitable twin of ``get_workflow_execution_trace_info``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_executions import AsyncWorkflowsExecutions

        return await twin(self, AsyncWorkflowsExecutions).get_workflow_execution_trace_info(
            execution_id=execution_id,
            **options,
        )

    async def get_workflow_execution_trace_otel_async(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionTraceOTelResponse:
        """The awaitable twin of ``get_workflow_execution_trace_otel``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_executions import AsyncWorkflowsExecutions

        return await twin(self, AsyncWorkflowsExecutions).get_workflow_execution_trace_otel(
            execution_id=execution_id,
            **options,
        )

    async def get_workflow_execution_trace_summary_async(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionTraceSummaryResponse:
        """The awaitable twin of ``get_workflow_execution_trace_summary``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_executions import AsyncWorkflowsExecutions

        return await twin(self, AsyncWorkflowsExecutions).get_workflow_execution_trace_summary(
            execution_id=execution_id,
            **options,
        )

    async def query_workflow_execution_async(
        self,
        *,
        execution_id: str,
        name: str,
        input: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> QueryWorkflowResponse:
        """The awaitable twin of ``query_workflow_execution``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_executions import AsyncWorkflowsExecutions

        return await twin(self, AsyncWorkflowsExecutions).query_workflow_execution(
            execution_id=execution_id,
            name=name,
            input=input,
            **options,
        )

    async def reset_workflow_async(
        self,
        *,
        execution_id: str,
        event_id: int,
        reason: Optional[str] = None,
        exclude_signals: Optional[bool] = None,
        exclude_updates: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``reset_workflow``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_executions import AsyncWorkflowsExecutions

        return await twin(self, AsyncWorkflowsExecutions).reset_workflow(
            execution_id=execution_id,
            event_id=event_id,
            reason=reason,
            exclude_signals=exclude_signals,
            exclude_updates=exclude_updates,
            **options,
        )

    async def signal_workflow_execution_async(
        self,
        *,
        execution_id: str,
        name: str,
        input: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> SignalWorkflowResponse:
        """The awaitable twin of ``signal_workflow_execution``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_executions import AsyncWorkflowsExecutions

        return await twin(self, AsyncWorkflowsExecutions).signal_workflow_execution(
            execution_id=execution_id,
            name=name,
            input=input,
            **options,
        )

    async def stream_async(
        self,
        *,
        execution_id: str,
        event_source: Optional[str] = None,
        last_event_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[Any]:
        """The awaitable twin of ``stream``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_executions import AsyncWorkflowsExecutions

        return await twin(self, AsyncWorkflowsExecutions).stream(
            execution_id=execution_id,
            event_source=event_source,
            last_event_id=last_event_id,
            **options,
        )

    async def stream_workflow_execution_logs_async(
        self,
        *,
        execution_id: str,
        run_id: Optional[str] = None,
        activity_id: Optional[str] = None,
        after: Optional[Any] = None,
        last_event_id: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[Any]:
        """The awaitable twin of ``stream_workflow_execution_logs``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_executions import AsyncWorkflowsExecutions

        return await twin(self, AsyncWorkflowsExecutions).stream_workflow_execution_logs(
            execution_id=execution_id,
            run_id=run_id,
            activity_id=activity_id,
            after=after,
            last_event_id=last_event_id,
            **options,
        )

    async def terminate_workflow_execution_async(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``terminate_workflow_execution``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_executions import AsyncWorkflowsExecutions

        return await twin(self, AsyncWorkflowsExecutions).terminate_workflow_execution(
            execution_id=execution_id,
            **options,
        )

    async def update_workflow_execution_async(
        self,
        *,
        execution_id: str,
        name: str,
        input: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> UpdateWorkflowResponse:
        """The awaitable twin of ``update_workflow_execution``: same arguments and result, for ``await`` in async code."""
        from .._async.workflows_executions import AsyncWorkflowsExecutions

        return await twin(self, AsyncWorkflowsExecutions).update_workflow_execution(
            execution_id=execution_id,
            name=name,
            input=input,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
    from ..._streaming import AsyncStream
