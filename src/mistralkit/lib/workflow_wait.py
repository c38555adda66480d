"""Run a workflow and wait for its execution to end, on top of ``wait.wait_for``.

The logic is written once as steps (``lib._drive``); the workflows resource drives them with sync or
async I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ._drive import Steps
from .wait import WORKFLOW_EXECUTION, wait_for

__all__ = ["execute_and_wait", "wait_for_execution"]


def _check(polling_interval: float, max_attempts: int | None, timeout: float | None) -> None:
    if polling_interval <= 0:
        raise ValueError("polling_interval must be > 0 seconds")
    if max_attempts is not None and max_attempts < 1:
        raise ValueError("max_attempts must be >= 1 (or None for no limit)")
    if timeout is not None and timeout < 0:
        raise ValueError("timeout must be >= 0 seconds (or None to wait as long as it takes)")


def wait_for_execution(
    workflows: Any,
    execution_id: str,
    *,
    polling_interval: float,
    max_attempts: int | None,
    timeout: float | None,
    on_progress: Callable[[Any], Any] | None = None,
) -> Steps[Any]:
    """Steps that poll the execution every ``polling_interval`` seconds until it ends; return it when
    COMPLETED, raise ``JobFailedError`` when it ended otherwise and ``WaitTimeoutError`` after
    ``max_attempts`` polls or ``timeout`` seconds."""
    _check(polling_interval, max_attempts, timeout)
    if not isinstance(execution_id, str) or not execution_id:
        raise ValueError("execution_id must be a non-empty string")
    return wait_for(
        lambda: workflows.executions.get_workflow_execution(execution_id=execution_id),
        WORKFLOW_EXECUTION,
        execution_id,
        timeout=timeout,
        poll_interval=polling_interval,
        # A steady interval: ``polling_interval`` is the time between two checks.
        max_poll_interval=polling_interval,
        on_progress=on_progress,
        max_polls=max_attempts,
    )


def execute_and_wait(
    workflows: Any,
    request: Mapping[str, Any],
    *,
    polling_interval: float,
    max_attempts: int | None,
    use_api_sync: bool,
    timeout_seconds: float | None,
    timeout: float | None,
    on_progress: Callable[[Any], Any] | None = None,
) -> Steps[Any]:
    """Steps that start an execution (``request``: the keywords of ``execute_workflow``) and return
    its ``result`` once it has completed. With ``use_api_sync`` the API itself waits (up to
    ``timeout_seconds``) and answers with the result."""
    _check(polling_interval, max_attempts, timeout)
    request = dict(request)
    if hasattr(request.get("input"), "model_dump"):  # a pydantic model of the workflow's input schema
        request["input"] = request["input"].model_dump(mode="json")
    return _execute_and_wait(
        workflows, request, polling_interval, max_attempts, use_api_sync, timeout_seconds, timeout, on_progress
    )


def _execute_and_wait(
    workflows: Any,
    request: dict[str, Any],
    polling_interval: float,
    max_attempts: int | None,
    use_api_sync: bool,
    timeout_seconds: float | None,
    timeout: float | None,
    on_progress: Callable[[Any], Any] | None,
) -> Steps[Any]:
    if use_api_sync:
        response = yield lambda: workflows.execute_workflow(
            **request, wait_for_result=True, timeout_seconds=timeout_seconds
        )
        return getattr(response, "result", None)
    execution = yield lambda: workflows.execute_workflow(**request)
    final = yield from wait_for_execution(
        workflows,
        execution.execution_id,
        polling_interval=polling_interval,
        max_attempts=max_attempts,
        timeout=timeout,
        on_progress=on_progress,
    )
    return final.result
