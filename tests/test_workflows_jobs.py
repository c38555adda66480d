"""Stateful workflows end to end through the mistralkit client against the emulator:
batch jobs, fine-tuning, fine-tuned models, and surviving a restart (in process and after kill -9)."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from mistralkit import BadRequestError, Mistral, NotFoundError
from mistralkit.emulator import create_app
from mistralkit.testing import emulated_async_client, emulated_client

MODEL = "mistral-small-latest"
BATCH_DONE = {"SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLED"}
FT_DONE = {"SUCCESS", "FAILED", "FAILED_VALIDATION", "CANCELLED"}


def jsonl(records: list[Any]) -> bytes:
    return ("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n").encode()


def chat_line(custom_id: str, text: str) -> dict[str, Any]:
    return {"custom_id": custom_id, "body": {"messages": [{"role": "user", "content": text}], "max_tokens": 48}}


def conversation(i: int) -> dict[str, Any]:
    return {
        "messages": [
            {"role": "user", "content": f"Translate 'cheese number {i}' into French."},
            {"role": "assistant", "content": f"fromage numéro {i}"},
        ]
    }


def poll(get: Any, done: set[str], limit: float = 30.0) -> Any:
    deadline = time.monotonic() + limit
    while True:
        job = get()
        if job.status in done:
            return job
        assert time.monotonic() < deadline, f"still {job.status} after {limit} s"
        time.sleep(0.01)


async def apoll(get: Any, done: set[str], limit: float = 30.0) -> Any:
    deadline = time.monotonic() + limit
    while True:
        job = await get()
        if job.status in done:
            return job
        assert time.monotonic() < deadline, f"still {job.status} after {limit} s"
        await asyncio.sleep(0.01)


@pytest.fixture
def app(tmp_path: Path) -> Any:
    application = create_app(data_dir=tmp_path / "data", job_speed=2000.0)
    yield application
    application.state.emulator.close()


def test_batch_upload_run_download(app: Any) -> None:
    records: list[Any] = [chat_line(f"q-{i}", f"What makes cheese number {i} special?") for i in range(40)]
    records.insert(5, "{broken json")
    records.insert(11, {"custom_id": "no-body"})
    records.insert(17, {"custom_id": "bad-role", "body": {"messages": [{"role": "wizard", "content": "hi"}]}})
    with emulated_client(app) as client:
        uploaded = client.files.upload(file=("questions.jsonl", jsonl(records)), purpose="batch")
        assert uploaded.purpose == "batch" and uploaded.num_lines == 43
        job = client.batch.jobs.create(
            input_files=[uploaded.id], endpoint="/v1/chat/completions", model=MODEL, metadata={"run": "e2e"}
        )
        assert job.status == "QUEUED" and job.metadata == {"run": "e2e"}
        job = poll(lambda: client.batch.jobs.get(job_id=job.id), BATCH_DONE)
        assert job.status == "SUCCESS"
        assert (job.total_requests, job.completed_requests) == (43, 43)
        assert (job.succeeded_requests, job.failed_requests) == (40, 3)
        assert job.started_at is not None and job.completed_at is not None

        with client.files.download(file_id=job.output_file) as response:
            output = [json.loads(x) for x in response.read().splitlines()]
        assert sorted(r["custom_id"] for r in output) == sorted(f"q-{i}" for i in range(40))
        for result in output:
            assert result["error"] is None and result["response"]["status_code"] == 200
            body = result["response"]["body"]
            assert body["object"] == "chat.completion" and body["model"] == MODEL
            message = body["choices"][0]["message"]
            assert message["role"] == "assistant" and message["content"]
            assert body["usage"]["total_tokens"] == body["usage"]["prompt_tokens"] + body["usage"]["completion_tokens"]
        # one batch result is exactly what the chat endpoint answers for the same request
        assert output[0]["custom_id"] == "q-0"
        direct = client.chat.complete(
            model=MODEL, messages=[{"role": "user", "content": "What makes cheese number 0 special?"}], max_tokens=48
        )
        assert direct.choices[0].message.content == output[0]["response"]["body"]["choices"][0]["message"]["content"]

        with client.files.download(file_id=job.error_file) as response:
            errors = [json.loads(x) for x in response.read().splitlines()]
        assert [e["custom_id"] for e in errors] == [None, "no-body", "bad-role"]
        assert "Line 6 " in errors[0]["error"]["message"] and "not valid JSON" in errors[0]["error"]["message"]
        assert "Line 12 " in errors[1]["error"]["message"]
        assert errors[2]["response"]["status_code"] == 422
        assert sum(e.count for e in job.errors) == 3

        listed = client.batch.jobs.list(metadata={"run": "e2e"}, status=["SUCCESS"])
        assert [j.id for j in listed.data] == [job.id] and listed.total == 1
        assert client.batch.jobs.list(metadata={"run": "other"}).total == 0
        results = client.files.list(source=["mistral"])
        assert {f.id for f in results.data} == {job.output_file, job.error_file}


async def test_batch_cancel_mid_run_async(tmp_path: Path) -> None:
    app = create_app(data_dir=tmp_path / "data", job_speed=20.0)  # 2.5 ms per request
    try:
        async with emulated_async_client(app) as client:
            lines = [chat_line(f"r{i}", f"Question {i} about the sea") for i in range(2000)]
            uploaded = await client.files.upload(file=("many.jsonl", jsonl(lines)), purpose="batch")
            job = await client.batch.jobs.create(input_files=[uploaded.id], endpoint="/v1/chat/completions", model=MODEL)
            job = await apoll(lambda: client.batch.jobs.get(job_id=job.id), {"RUNNING"})
            while (await client.batch.jobs.get(job_id=job.id)).completed_requests < 10:
                await asyncio.sleep(0.01)
            requested = await client.batch.jobs.cancel(job_id=job.id)
            assert requested.status == "CANCELLATION_REQUESTED"
            job = await apoll(lambda: client.batch.jobs.get(job_id=job.id), BATCH_DONE)
            assert job.status == "CANCELLED" and 10 <= job.completed_requests < 2000
            response = await client.files.download(file_id=job.output_file)
            output = (await response.read()).splitlines()
            assert len(output) == job.succeeded_requests
            inline = await client.batch.jobs.get(job_id=job.id, inline=True)
            assert len(inline.outputs) == job.completed_requests
    finally:
        app.state.emulator.close()


def test_batch_create_errors_are_typed(app: Any) -> None:
    with emulated_client(app) as client:
        with pytest.raises(NotFoundError):
            client.batch.jobs.create(input_files=["00000000-0000-4000-8000-000000000000"], endpoint="/v1/embeddings")
        tuning = client.files.upload(file=("t.jsonl", jsonl([conversation(1)])), purpose="fine-tune")
        with pytest.raises(BadRequestError, match="purpose"):
            client.batch.jobs.create(input_files=[tuning.id], endpoint="/v1/chat/completions", model=MODEL)


def test_fine_tune_then_use_and_manage_the_model(app: Any) -> None:
    with emulated_client(app) as client:
        train = client.files.upload(file=("train.jsonl", jsonl([conversation(i) for i in range(30)])))
        valid = client.files.upload(file=("valid.jsonl", jsonl([conversation(i) for i in range(30, 35)])))
        estimate = client.fine_tuning.jobs.create(
            model=MODEL,
            training_files=[{"file_id": train.id, "weight": 1}],
            hyperparameters={"training_steps": 12},
            dry_run=True,
        )
        assert estimate.training_steps == 12 and estimate.train_tokens == 12 * estimate.train_tokens_per_step
        job = client.fine_tuning.jobs.create(
            model=MODEL,
            training_files=[{"file_id": train.id, "weight": 1}],
            validation_files=[valid.id],
            hyperparameters={"training_steps": 12, "learning_rate": 0.0001},
            suffix="french",
            auto_start=True,
        )
        assert job.status == "QUEUED" and job.job_type == "completion"
        job = poll(lambda: client.fine_tuning.jobs.get(job_id=job.id), FT_DONE)
        assert job.status == "SUCCESS"
        assert [e.data["status"] for e in job.events][-1] == "SUCCESS"
        losses = [c.metrics.train_loss for c in job.checkpoints]
        assert len(losses) >= 2 and losses == sorted(losses, reverse=True)
        assert all(c.metrics.valid_loss is not None for c in job.checkpoints)
        assert job.metadata.train_tokens == estimate.train_tokens
        model_id = job.fine_tuned_model
        assert model_id.startswith("ft:mistral-small-2603:french:") and model_id.endswith(job.id[:8])

        reply = client.chat.complete(model=model_id, messages=[{"role": "user", "content": "Translate 'bread'"}])
        assert reply.model == model_id and reply.choices[0].message.content

        cards = {m.id: m for m in client.models.list().data}
        assert cards[model_id].type == "fine-tuned" and cards[model_id].job == job.id
        card = client.models.retrieve(model_id=model_id)
        assert card.root == "mistral-small-2603" and card.archived is False
        updated = client.models.update(model_id=model_id, name="French cheese", description="Knows fromage.")
        assert (updated.name, updated.description, updated.model_type) == ("French cheese", "Knows fromage.", "completion")
        assert client.models.retrieve(model_id=model_id).name == "French cheese"
        assert client.models.archive(model_id=model_id).archived is True
        assert client.models.retrieve(model_id=model_id).archived is True
        assert client.models.unarchive(model_id=model_id).archived is False
        assert client.models.delete(model_id=model_id).deleted is True
        with pytest.raises(NotFoundError):
            client.models.retrieve(model_id=model_id)
        with pytest.raises(BadRequestError, match="Invalid model"):
            client.chat.complete(model=model_id, messages=[{"role": "user", "content": "hi"}])
        jobs = client.fine_tuning.jobs.list(suffix="french")
        assert [j.id for j in jobs.data] == [job.id] and jobs.total == 1


async def test_fine_tune_manual_start_and_bad_data_async(tmp_path: Path) -> None:
    app = create_app(data_dir=tmp_path / "data", job_speed=2000.0)
    try:
        async with emulated_async_client(app) as client:
            bad = await client.files.upload(
                file=("bad.jsonl", jsonl([conversation(1), {"messages": [{"role": "user", "content": "?"}]}, "nope"]))
            )
            failed = await client.fine_tuning.jobs.create(
                model=MODEL, training_files=[{"file_id": bad.id}], hyperparameters={"training_steps": 2}
            )
            failed = await apoll(lambda: client.fine_tuning.jobs.get(job_id=failed.id), FT_DONE)
            assert failed.status == "FAILED_VALIDATION"
            assert "lines 2, 3" in failed.events[-1].data["error"]

            good = await client.files.upload(file=("good.jsonl", jsonl([conversation(i) for i in range(3)])))
            job = await client.fine_tuning.jobs.create(
                model="open-mistral-nemo",
                training_files=[{"file_id": good.id}],
                hyperparameters={"training_steps": 2},
                auto_start=False,
            )
            job = await apoll(lambda: client.fine_tuning.jobs.get(job_id=job.id), {"VALIDATED"} | FT_DONE)
            assert job.status == "VALIDATED"
            started = await client.fine_tuning.jobs.start(job_id=job.id)
            assert started.status == "STARTED"
            job = await apoll(lambda: client.fine_tuning.jobs.get(job_id=job.id), FT_DONE)
            assert job.status == "SUCCESS"
            reply = await client.chat.complete(
                model=job.fine_tuned_model, messages=[{"role": "user", "content": "Bonjour"}]
            )
            assert reply.choices[0].message.content
    finally:
        app.state.emulator.close()


def test_jobs_survive_a_restart_of_the_app(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    first = create_app(data_dir=data_dir, job_speed=10.0)  # batch: 5 ms per request; fine-tuning: 1.2 s per step
    with emulated_client(first) as client:
        uploaded = client.files.upload(
            file=("rs.jsonl", jsonl([chat_line(f"r{i}", f"Restart question {i}") for i in range(400)])), purpose="batch"
        )
        batch = client.batch.jobs.create(input_files=[uploaded.id], endpoint="/v1/chat/completions", model=MODEL)
        train = client.files.upload(file=("t.jsonl", jsonl([conversation(i) for i in range(4)])))
        tune = client.fine_tuning.jobs.create(
            model=MODEL, training_files=[{"file_id": train.id}], hyperparameters={"training_steps": 3}
        )
        poll(lambda: client.batch.jobs.get(job_id=batch.id), {"RUNNING"})
        while client.batch.jobs.get(job_id=batch.id).completed_requests < 20:
            time.sleep(0.01)
        before = client.batch.jobs.get(job_id=batch.id)
        assert before.status == "RUNNING" and before.completed_requests < 400
        assert client.fine_tuning.jobs.get(job_id=tune.id).status not in FT_DONE
    first.state.emulator.close()

    second = create_app(data_dir=data_dir, job_speed=2000.0)
    try:
        with emulated_client(second) as client:
            resumed = client.batch.jobs.get(job_id=batch.id)
            assert resumed.completed_requests >= before.completed_requests  # resumed, not started over
            batch = poll(lambda: client.batch.jobs.get(job_id=batch.id), BATCH_DONE)
            assert batch.status == "SUCCESS"
            assert (batch.total_requests, batch.succeeded_requests, batch.failed_requests) == (400, 400, 0)
            with client.files.download(file_id=batch.output_file) as response:
                lines = [json.loads(x) for x in response.read().splitlines()]
            assert [r["custom_id"] for r in lines] == [f"r{i}" for i in range(400)]  # each once, in order
            makers = [r["response"]["body"]["id"][:20] for r in lines]  # the request id prefix of the app
            assert set(makers[: before.completed_requests]) == {first.state.emulator.request_ids.prefix}
            assert makers[-1] == second.state.emulator.request_ids.prefix
            tune = poll(lambda: client.fine_tuning.jobs.get(job_id=tune.id), FT_DONE)
            assert tune.status == "SUCCESS"
            assert client.chat.complete(
                model=tune.fine_tuned_model, messages=[{"role": "user", "content": "hi"}]
            ).choices[0].message.content
    finally:
        second.state.emulator.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(data_dir: Path, port: int, job_speed: float) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "MISTRALKIT_FAULTS"}
    cmd = [
        sys.executable, "-m", "mistralkit.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
        "--data-dir", str(data_dir), "--job-speed", str(job_speed), "--log-level", "warning",
    ]  # fmt: skip
    log = data_dir.parent / f"serve-{port}-{time.monotonic_ns()}.log"
    with open(log, "wb") as sink:  # the child keeps its own copy of the descriptor
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=sink)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(log.read_text(errors="replace")) from None
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("the emulator did not start")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_a_batch_job_survives_kill_9_of_the_server(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    port = _free_port()
    proc = _serve(data_dir, port, job_speed=10.0)  # 5 ms per request
    try:
        with Mistral(api_key="k", server_url=f"http://127.0.0.1:{port}", max_retries=0) as client:
            uploaded = client.files.upload(
                file=("k9.jsonl", jsonl([chat_line(f"k{i}", f"Kill question {i}") for i in range(600)])), purpose="batch"
            )
            job = client.batch.jobs.create(input_files=[uploaded.id], endpoint="/v1/chat/completions", model=MODEL)
            poll(lambda: client.batch.jobs.get(job_id=job.id), {"RUNNING"})
            while client.batch.jobs.get(job_id=job.id).completed_requests < 30:
                time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
    proc = _serve(data_dir, port, job_speed=2000.0)
    try:
        with Mistral(api_key="k", server_url=f"http://127.0.0.1:{port}", max_retries=0) as client:
            done = poll(lambda: client.batch.jobs.get(job_id=job.id), BATCH_DONE)
            assert done.status == "SUCCESS"
            assert (done.total_requests, done.succeeded_requests, done.failed_requests) == (600, 600, 0)
            with client.files.download(file_id=done.output_file) as response:
                lines = [json.loads(x) for x in response.read().splitlines()]
            assert [r["custom_id"] for r in lines] == [f"k{i}" for i in range(600)]
            makers = [r["response"]["body"]["id"][:20] for r in lines]  # the request id prefix of each process
            assert len(set(makers[:30])) == 1 and makers[0] != makers[-1]  # resumed, not redone
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
