"""batch.run against the emulator: order, splitting, inline runs, typed results, resuming after a kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pydantic
import pytest

from mistralkit import Mistral
from mistralkit.lib.batch import BatchProgress, BatchRequestError, BatchResult
from mistralkit.lib.errors import WaitTimeoutError
from mistralkit.testing import emulated_async_client, emulated_client, emulator_app
from mistralkit.types import BatchRequest, ChatCompletionResponse, EmbeddingResponse

MODEL = "mistral-small-latest"


@pytest.fixture
def app():
    application = emulator_app(job_speed=200)
    yield application
    application.state.emulator.close()


def _chat(i):
    return {"messages": [{"role": "user", "content": f"Say the number {i}"}]}


def test_results_in_input_order_across_several_jobs(app):
    reports = []
    with emulated_client(app) as client:
        results = list(
            client.batch.run(
                (_chat(i) for i in range(23)),
                model=MODEL,
                poll_interval=0.02,
                max_requests_per_job=10,
                on_progress=reports.append,
                metadata={"purpose": "test"},
            )
        )
        jobs = list(client.batch.jobs.list(metadata={"purpose": "test"}))
    assert [r.index for r in results] == list(range(23))
    assert [r.custom_id for r in results] == [str(i) for i in range(23)]
    assert all(isinstance(r, BatchResult) and r.ok for r in results)
    assert all(isinstance(r.response, ChatCompletionResponse) for r in results)
    assert results[7].request == _chat(7)
    assert sorted(j.total_requests for j in jobs) == [3, 10, 10]
    assert all(j.input_files for j in jobs)  # more than a small run: uploaded files
    last = reports[-1]
    assert isinstance(last, BatchProgress)
    assert (last.total, last.succeeded, last.failed, last.done) == (23, 23, 0, 23) and len(last.jobs) == 3


def test_split_by_file_size(app):
    with emulated_client(app) as client:
        results = list(
            client.batch.run([_chat(i) for i in range(6)], model=MODEL, poll_interval=0.02, max_file_bytes=250, inline_limit=0)
        )
        jobs = list(client.batch.jobs.list())
    assert len(results) == 6 and len(jobs) >= 3


def test_small_run_goes_inline(app):
    with emulated_client(app) as client:
        results = list(client.batch.run([_chat(1), _chat(2)], model=MODEL, poll_interval=0.02))
        (job,) = list(client.batch.jobs.list())
    assert [r.ok for r in results] == [True, True]
    assert job.input_files == [] and job.total_requests == 2


class Body(pydantic.BaseModel):
    input: list


def test_request_forms_custom_ids_and_typed_errors(app):
    requests = [
        {"custom_id": "a", "body": {"input": ["hello"]}},
        BatchRequest(custom_id="b", body={"input": ["world"]}),
        Body(input=["pydantic"]),
        {"input": []},  # the API rejects an empty input
    ]
    with emulated_client(app) as client:
        results = list(client.batch.run(requests, model="mistral-embed", endpoint="/v1/embeddings", poll_interval=0.02))
    assert [r.custom_id for r in results] == ["a", "b", "2", "3"]
    assert all(isinstance(r.response, EmbeddingResponse) for r in results[:3])
    assert results[2].request == {"input": ["pydantic"]}
    error = results[3].error
    assert isinstance(error, BatchRequestError) and results[3].response is None
    assert error.status_code and 400 <= error.status_code < 500 and error.message and error.custom_id == "3"


def _records(client, file_id):
    """The result records of a job's output or error file, by custom id."""
    if not file_id:
        return {}
    text = client.files.download(file_id=file_id).text
    return {record["custom_id"]: record for record in (json.loads(line) for line in text.splitlines() if line.strip())}


def test_results_carry_the_record_id_status_and_record_of_the_job_files(app):
    requests = [_chat(i) for i in range(7)]
    requests[4] = {"messages": "not a list"}  # the endpoint rejects it: an error record
    with emulated_client(app) as client:
        results = list(client.batch.run(requests, model=MODEL, poll_interval=0.02, max_requests_per_job=3, inline_limit=0))
        records = {}
        for job in client.batch.jobs.list():
            records.update(_records(client, job.output_file))
            records.update(_records(client, job.error_file))
    assert len(records) == 7
    for result in results:
        record = records[result.custom_id]
        assert result.record == record
        assert result.id == record["id"] and result.id.startswith("batch-")
        assert result.status_code == record["response"]["status_code"]
    assert len({r.id for r in results}) == 7
    assert [r.status_code for r in results] == [200, 200, 200, 200, 422, 200, 200]
    failed = results[4]
    assert not failed.ok and failed.error.status_code == 422 and failed.record["error"]["message"] == failed.error.message
    assert failed.error.body == failed.record["response"]["body"]


def test_a_request_the_job_never_ran_has_no_record(tmp_path):
    slow = emulator_app(job_speed=0.01)  # queued for about 100 s
    state = tmp_path / "run.json"
    try:
        with emulated_client(slow) as client:
            with pytest.raises(WaitTimeoutError):
                list(client.batch.run([_chat(0)], model=MODEL, poll_interval=0.02, timeout=0.1, state_file=state))
            (job,) = list(client.batch.jobs.list())
            client.batch.jobs.cancel(job_id=job.id)
            (result,) = list(client.batch.run([_chat(0)], model=MODEL, poll_interval=0.02, state_file=state))
    finally:
        slow.state.emulator.close()
    assert result.error is not None and result.error.code == "missing_result"
    assert (result.id, result.status_code, result.record) == (None, None, None)


def test_bad_input_fails_before_sending(app):
    with emulated_client(app) as client:
        with pytest.raises(ValueError, match="twice"):
            list(client.batch.run([{"custom_id": "x", "body": _chat(1)}, {"custom_id": "x", "body": _chat(2)}], model=MODEL))
        with pytest.raises(TypeError):
            list(client.batch.run(["not a request"], model=MODEL))
        with pytest.raises(ValueError):
            list(client.batch.run([_chat(1)], model=MODEL, endpoint="v1/chat"))
        assert list(client.batch.jobs.list()) == []


async def test_async_run(app):
    async with emulated_async_client(app) as client:
        results = [r async for r in client.batch.run((_chat(i) for i in range(12)), model=MODEL, poll_interval=0.02, max_requests_per_job=5)]
    assert [r.index for r in results] == list(range(12)) and all(r.ok for r in results)


def test_state_file_rerun_does_not_resubmit(app, tmp_path):
    state = tmp_path / "run.json"
    with emulated_client(app) as client:
        first = list(client.batch.run([_chat(i) for i in range(15)], model=MODEL, poll_interval=0.02, max_requests_per_job=5, state_file=state))
        again = list(client.batch.run([_chat(i) for i in range(15)], model=MODEL, poll_interval=0.02, max_requests_per_job=5, state_file=state))
        assert len(list(client.batch.jobs.list())) == 3
        with pytest.raises(ValueError, match="another run"):
            list(client.batch.run([_chat(1)], model="mistral-large-latest", state_file=state))
    assert [r.response.choices[0].message.content for r in first] == [r.response.choices[0].message.content for r in again]


SCRIPT = textwrap.dedent(
    """
    import sys, time
    from mistralkit import Mistral

    def requests():
        for i in range(40):
            if i == 10:
                print("first part written", flush=True)
                time.sleep(60)  # the test kills us here, after the first job was submitted
            yield {"messages": [{"role": "user", "content": f"Say {i}"}]}

    with Mistral() as client:
        for result in client.batch.run(requests(), model="mistral-small-latest", state_file=sys.argv[1],
                                       max_requests_per_job=10, inline_limit=5, poll_interval=0.05):
            print(result.index, result.ok, flush=True)
    """
)


def test_resume_after_the_process_is_killed(tmp_path):
    from mistralkit.emulator.server import BackgroundServer

    state = tmp_path / "run.json"
    script = tmp_path / "run.py"
    script.write_text(SCRIPT)
    with BackgroundServer(job_speed=100) as server:
        env = {**os.environ, "MISTRAL_BASE_URL": server.url, "MISTRAL_API_KEY": "test"}
        proc = subprocess.Popen([sys.executable, str(script), str(state)], env=env, stdout=subprocess.PIPE, text=True)
        try:
            assert proc.stdout.readline().strip() == "first part written"
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:  # the first part's job is recorded before the 11th request is read
                parts = json.loads(state.read_text())["parts"] if state.exists() else []
                if parts and parts[0].get("job_id"):
                    break
                time.sleep(0.02)
            else:
                pytest.fail("the first job was never recorded")
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        first_job = json.loads(state.read_text())["parts"][0]["job_id"]
        with Mistral(server_url=server.url, api_key="test") as client:
            results = list(
                client.batch.run(
                    ({"messages": [{"role": "user", "content": f"Say {i}"}]} for i in range(40)),
                    model=MODEL, state_file=state, max_requests_per_job=10, poll_interval=0.05,
                )
            )
            jobs = list(client.batch.jobs.list())
    assert [r.index for r in results] == list(range(40)) and all(r.ok for r in results)
    assert len(jobs) == 4  # the first job was not submitted again
    assert json.loads(state.read_text())["parts"][0]["job_id"] == first_job
    assert sorted(j.total_requests for j in jobs) == [10, 10, 10, 10]


def test_a_job_created_but_not_recorded_is_found_not_created_again(app, tmp_path):
    # As if the program died between creating the second job and writing its id down.
    state = tmp_path / "run.json"
    requests = [_chat(i) for i in range(10)]
    with emulated_client(app) as client:
        list(client.batch.run(requests, model=MODEL, poll_interval=0.02, max_requests_per_job=5, state_file=state))
        data = json.loads(state.read_text())
        lost = data["parts"][1].pop("job_id")
        data.pop("input_complete")
        state.write_text(json.dumps(data))
        results = list(client.batch.run(requests, model=MODEL, poll_interval=0.02, max_requests_per_job=5, state_file=state))
        jobs = list(client.batch.jobs.list())
    assert len(jobs) == 2 and len(results) == 10
    assert json.loads(state.read_text())["parts"][1]["job_id"] == lost
