"""Running a workflow and waiting for its execution on the emulator: sync, async, timeouts, failures."""

from __future__ import annotations

import pytest

from mistralkit.lib import JobFailedError, WaitTimeoutError
from mistralkit.testing import emulated_async_client, emulated_client, emulator_app


@pytest.fixture
def fast_app():
    app = emulator_app(job_speed=50)
    yield app
    app.state.emulator.close()


@pytest.fixture
def slow_app():
    app = emulator_app(job_speed=0.01)
    yield app
    app.state.emulator.close()


def test_execute_workflow_and_wait_returns_the_result(fast_app):
    seen = []
    with emulated_client(fast_app) as client:
        result = client.workflows.execute_workflow_and_wait(
            "invoice-checker", input={"invoice": "A-1"}, polling_interval=0.02, on_progress=seen.append
        )
    assert seen and seen[-1].status == "COMPLETED" and seen[-1].workflow_name == "invoice-checker"
    assert all(s.status == "RUNNING" for s in seen[:-1])
    assert result is not None and result == seen[-1].result


def test_use_api_sync_lets_the_api_wait(fast_app):
    with emulated_client(fast_app) as client:
        result = client.workflows.execute_workflow_and_wait("report", use_api_sync=True, timeout_seconds=5)
        runs = client.workflows.runs.list_runs().model_dump_json()
    assert result is not None and "report" in runs


def test_wait_for_workflow_completion_returns_the_completed_execution(fast_app):
    with emulated_client(fast_app) as client:
        started = client.workflows.execute_workflow(workflow_identifier="report", input={"n": 1})
        assert started.status == "RUNNING"
        done = client.workflows.wait_for_workflow_completion(started.execution_id, 0.02)
    assert done.status == "COMPLETED" and done.execution_id == started.execution_id and done.end_time is not None


async def test_async_execute_and_wait(fast_app):
    async with emulated_async_client(fast_app) as client:
        started = await client.workflows.execute_workflow(workflow_identifier="report")
        done = await client.workflows.wait_for_workflow_completion(started.execution_id, polling_interval=0.02)
        assert done.status == "COMPLETED"
        seen = []
        await client.workflows.execute_workflow_and_wait("report", polling_interval=0.02, on_progress=seen.append)
    assert seen[-1].status == "COMPLETED"


async def test_async_twins_on_the_sync_client(fast_app):
    with emulated_client(fast_app) as client:
        started = client.workflows.execute_workflow(workflow_identifier="report")
        done = await client.workflows.wait_for_workflow_completion_async(started.execution_id, polling_interval=0.02)
        assert done.status == "COMPLETED"
        seen = []
        await client.workflows.execute_workflow_and_wait_async("report", polling_interval=0.02, on_progress=seen.append)
    assert seen[-1].status == "COMPLETED"


def test_max_attempts_and_timeout_raise_the_typed_timeout(slow_app):
    with emulated_client(slow_app) as client:
        with pytest.raises(WaitTimeoutError) as info:
            client.workflows.execute_workflow_and_wait("report", polling_interval=0.02, max_attempts=3)
        assert info.value.job.status == "RUNNING" and isinstance(info.value, TimeoutError)
        execution_id = info.value.job.execution_id
        with pytest.raises(WaitTimeoutError) as info:
            client.workflows.wait_for_workflow_completion(execution_id, polling_interval=0.02, timeout=0.2)
        assert info.value.job.execution_id == execution_id and info.value.job.status == "RUNNING"


async def test_async_timeout(slow_app):
    async with emulated_async_client(slow_app) as client:
        with pytest.raises(TimeoutError):
            await client.workflows.execute_workflow_and_wait("report", polling_interval=0.02, wait_timeout=0.2)


def test_an_execution_that_ends_otherwise_raises_job_failed(slow_app):
    with emulated_client(slow_app) as client:
        started = client.workflows.execute_workflow(workflow_identifier="report")
        client.workflows.executions.terminate_workflow_execution(execution_id=started.execution_id)
        with pytest.raises(JobFailedError) as info:
            client.workflows.wait_for_workflow_completion(started.execution_id, polling_interval=0.02)
    assert info.value.status == "TERMINATED" and isinstance(info.value, RuntimeError)
    assert info.value.job.execution_id == started.execution_id


def test_bad_arguments_fail_before_anything_is_sent(slow_app):
    with emulated_client(slow_app) as client:
        for bad in ({"polling_interval": 0}, {"max_attempts": 0}, {"timeout": -1}):
            with pytest.raises(ValueError):
                client.workflows.wait_for_workflow_completion("exec-1", **bad)
            if "timeout" in bad:
                bad = {"wait_timeout": bad["timeout"]}
            with pytest.raises(ValueError):
                client.workflows.execute_workflow_and_wait("report", **bad)
        assert "report" not in client.workflows.runs.list_runs().model_dump_json()
