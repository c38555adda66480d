"""Workflows: registrations, executions, deployments, schedules, runs and their events."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional

from ...types import WorkflowExecutionResponse
from .workflows_ops import AsyncWorkflowsOps

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._request import RequestOptions
    from ...lib._drive import Steps


__all__ = ["AsyncWorkflows"]


class AsyncWorkflows(AsyncWorkflowsOps):
    """Workflows: registrations, executions, deployments, schedules, runs and their events."""

    async def execute_workflow_and_wait(
        self,
        workflow_identifier: str,
        input: Optional[Any] = None,
        execution_id: Optional[str] = None,
        deployment_name: Optional[str] = None,
        custom_tracing_attributes: Optional[Mapping[str, str]] = None,
        task_queue: Optional[str] = None,
        polling_interval: float = 5,
        max_attempts: Optional[int] = None,
        use_api_sync: bool = False,
        timeout_seconds: Optional[float] = None,
        *,
        wait_timeout: Optional[float] = None,
        on_progress: Optional[Callable[[Any], Any]] = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Start the workflow ``workflow_identifier`` (name or id) with ``input`` (a dict or a pydantic
        model matching its input schema) and return the execution's ``result`` once it has completed.

        The execution is polled every ``polling_interval`` seconds. Raises ``JobFailedError`` (also a
        ``RuntimeError``; ``.job`` is the last execution state) when it ends in any status but
        COMPLETED, and ``WaitTimeoutError`` (also a ``TimeoutError``) after ``max_attempts`` polls or
        ``wait_timeout`` seconds while it still runs (the execution goes on). ``use_api_sync=True`` lets the
        API wait instead (up to ``timeout_seconds``) and returns the result it answers with.
        ``on_progress(execution)`` is called after each poll; ``options`` (``timeout``, ``retries``, ...)
        apply to the start request.
        """
        from ...lib._drive import AsyncDrive
        from ...lib.workflow_wait import execute_and_wait

        request = {
            "workflow_identifier": workflow_identifier,
            "input": input,
            "execution_id": execution_id,
            "deployment_name": deployment_name,
            "custom_tracing_attributes": custom_tracing_attributes,
            "task_queue": task_queue,
            **options,
        }
        steps: "Steps[Any]" = execute_and_wait(
            self,
            request,
            polling_interval=polling_interval,
            max_attempts=max_attempts,
            use_api_sync=use_api_sync,
            timeout_seconds=timeout_seconds,
            timeout=wait_timeout,
            on_progress=on_progress,
        )
        return await AsyncDrive.result(steps)

    async def wait_for_workflow_completion(
        self,
        execution_id: str,
        polling_interval: float = 5,
        max_attempts: Optional[int] = None,
        *,
        timeout: Optional[float] = None,
        on_progress: Optional[Callable[[Any], Any]] = None,
    ) -> WorkflowExecutionResponse:
        """Poll the execution ``execution_id`` every ``polling_interval`` seconds until it ends and
        return its final state when it COMPLETED.

        Raises ``JobFailedError`` (also a ``RuntimeError``; ``.job`` is the last state, ``.status`` its
        status) when it ended otherwise, and ``WaitTimeoutError`` (also a ``TimeoutError``) after
        ``max_attempts`` polls or ``timeout`` seconds while it still runs (the execution goes on).
        ``on_progress(execution)`` is called after each poll.
        """
        from ...lib._drive import AsyncDrive
        from ...lib.workflow_wait import wait_for_execution

        steps: "Steps[WorkflowExecutionResponse]" = wait_for_execution(
            self,
            execution_id,
            polling_interval=polling_interval,
            max_attempts=max_attempts,
            timeout=timeout,
            on_progress=on_progress,
        )
        return await AsyncDrive.result(steps)
