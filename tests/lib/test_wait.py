"""Waiting for jobs on the emulator: success, typed failures, timeouts, progress."""

from __future__ import annotations

import json

import pytest

from mistralkit.lib import JobFailedError, WaitTimeoutError
from mistralkit.testing import emulated_async_client, emulated_client, emulator_app

MODEL = "mistral-small-latest"


def _requests(n):
    return [{"custom_id": str(i), "body": {"messages": [{"role": "user", "content": f"Say {i}"}]}} for i in range(n)]


@pytest.fixture
def fast_app():
    app = emulator_app(job_speed=50)
    yield app
    app.state.emulator.close()


def test_batch_wait_returns_the_finished_job_and_reports_progress(fast_app):
    seen = []
    with emulated_client(fast_app) as client:
        job = client.batch.jobs.create(endpoint="/v1/chat/completions", model=MODEL, requests=_requests(5))
        done = client.batch.jobs.wait(job.id, poll_interval=0.05, on_progress=seen.append)
    assert done.status == "SUCCESS" and done.succeeded_requests == 5
    assert seen[-1].status == "SUCCESS" and len(seen) >= 1


def test_batch_wait_raises_on_cancelled(fast_app):
    with emulated_client(fast_app) as client:
        job = client.batch.jobs.create(endpoint="/v1/chat/completions", model=MODEL, requests=_requests(200))
        client.batch.jobs.cancel(job_id=job.id)
        with pytest.raises(JobFailedError) as info:
            client.batch.jobs.wait(job.id, poll_interval=0.05, timeout=30)
    assert info.value.status == "CANCELLED" and info.value.job.id == job.id


def test_wait_times_out_with_the_last_state():
    slow = emulator_app(job_speed=0.01)
    try:
        with emulated_client(slow) as client:
            job = client.batch.jobs.create(endpoint="/v1/chat/completions", model=MODEL, requests=_requests(1))
            with pytest.raises(WaitTimeoutError) as info:
                client.batch.jobs.wait(job.id, poll_interval=0.05, timeout=0.3)
        assert info.value.job.status in ("QUEUED", "RUNNING") and isinstance(info.value, TimeoutError)
    finally:
        slow.state.emulator.close()


def test_wait_rejects_bad_arguments_before_sending():
    with emulated_client() as client:
        with pytest.raises(ValueError):
            client.batch.jobs.wait("job", timeout=-1)
        with pytest.raises(ValueError):
            client.batch.jobs.wait("job", poll_interval=0)


def _training_file(client, lines):
    data = "\n".join(json.dumps(line) for line in lines).encode()
    return client.files.upload(file={"file_name": "train.jsonl", "content": data}, purpose="fine-tune").id


def test_fine_tuning_wait_success_and_failed_validation():
    fast_app = emulator_app(job_speed=2000)
    good = [{"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]}] * 3
    with emulated_client(fast_app) as client:
        file_id = _training_file(client, good)
        job = client.fine_tuning.jobs.create(model=MODEL, training_files=[{"file_id": file_id}], hyperparameters={"training_steps": 1})
        assert client.fine_tuning.jobs.wait(job.id, poll_interval=0.05, timeout=60).status == "SUCCESS"
        bad = _training_file(client, [{"messages": [{"role": "user", "content": "no answer"}]}])
        job = client.fine_tuning.jobs.create(model=MODEL, training_files=[{"file_id": bad}], hyperparameters={"training_steps": 1})
        with pytest.raises(JobFailedError) as info:
            client.fine_tuning.jobs.wait(job.id, poll_interval=0.05, timeout=60)
    fast_app.state.emulator.close()
    assert info.value.status == "FAILED_VALIDATION"


async def test_document_wait_async(fast_app):
    async with emulated_async_client(fast_app) as client:
        library = await client.beta.libraries.create(name="docs")
        doc = await client.beta.libraries.documents.upload(
            library_id=library.id, file={"file_name": "note.txt", "content": b"The sea is blue. " * 50}
        )
        done = await client.beta.libraries.documents.wait(library.id, doc.id, poll_interval=0.05, timeout=30)
    assert done.process_status == "done" and done.id == doc.id


def test_progress_bar_draws_on_stderr(fast_app, capsys):
    with emulated_client(fast_app) as client:
        job = client.batch.jobs.create(endpoint="/v1/chat/completions", model=MODEL, requests=_requests(3))
        client.batch.jobs.wait(job.id, poll_interval=0.05, progress=True)
    err = capsys.readouterr().err
    assert f"batch job {job.id}" in err and "3/3" in err and "SUCCESS" in err
