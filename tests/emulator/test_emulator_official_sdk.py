"""The official ``mistralai`` SDK (3.7, pinned in the dev extra) drives the emulator served over HTTP,
exactly as its users would: uploads, downloads of files and of batch results, models."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mistralkit.emulator.server import BackgroundServer

sdk = pytest.importorskip("mistralai.client")

MODEL = "mistral-small-latest"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BackgroundServer]:
    with BackgroundServer(data_dir=tmp_path_factory.mktemp("sdk"), job_speed=500.0) as running:
        yield running


@pytest.fixture
def client(server: BackgroundServer) -> Iterator[Any]:
    with sdk.Mistral(api_key="sdk-key", server_url=server.url) as c:
        yield c


def test_a_file_round_trips_through_the_official_sdk(client: Any, tmp_path: Path) -> None:
    lines = [{"custom_id": str(i), "body": {"messages": [{"role": "user", "content": f"Hi {i}"}]}} for i in range(3)]
    content = "".join(json.dumps(line) + "\n" for line in lines).encode()
    uploaded = client.files.upload(file={"file_name": "input.jsonl", "content": content}, purpose="batch")
    assert uploaded.size_bytes == len(content) and uploaded.purpose == "batch"
    downloaded = client.files.download(file_id=uploaded.id)
    assert downloaded.headers["content-type"] == "application/octet-stream"
    assert downloaded.read() == content


def test_batch_results_download_through_the_official_sdk(client: Any) -> None:
    content = b"".join(
        json.dumps({"custom_id": f"c{i}", "body": {"messages": [{"role": "user", "content": f"Say {i}"}]}}).encode()
        + b"\n"
        for i in range(4)
    )
    content += b'{"custom_id": "bad", "body": {"messages": []}}\n'
    uploaded = client.files.upload(file={"file_name": "batch.jsonl", "content": content}, purpose="batch")
    job = client.batch.jobs.create(input_files=[uploaded.id], endpoint="/v1/chat/completions", model=MODEL)
    deadline = time.monotonic() + 30
    while job.status not in ("SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLED"):
        assert time.monotonic() < deadline, job
        time.sleep(0.05)
        job = client.batch.jobs.get(job_id=job.id)
    assert job.status == "SUCCESS" and job.succeeded_requests == 4 and job.failed_requests == 1
    output = client.files.download(file_id=job.output_file).read().decode()
    results = [json.loads(line) for line in output.splitlines()]
    assert [r["custom_id"] for r in results] == ["c0", "c1", "c2", "c3"]
    assert all(r["response"]["status_code"] == 200 for r in results)
    errors = [json.loads(line) for line in client.files.download(file_id=job.error_file).read().decode().splitlines()]
    assert [e["custom_id"] for e in errors] == ["bad"]


def test_models_through_the_official_sdk(client: Any) -> None:
    names = {m.id for m in client.models.list().data}
    assert {"mistral-tiny", "voxtral-small-latest", "mistral-medium-3-5"} <= names
    card = client.models.retrieve(model_id="mistral-medium-2505")
    assert card.deprecation is not None and card.deprecation_replacement_model == "mistral-medium-2508"


def test_an_mp3_is_transcribed_through_the_official_sdk(client: Any) -> None:
    from emulator_data import make_audio

    mp3 = make_audio(4.0, "mp3")
    result = client.audio.transcriptions.complete(
        model="voxtral-mini-latest", file={"file_name": "meeting.mp3", "content": mp3}, timestamp_granularities=["segment"]
    )
    assert len(result.text.split()) == 10
    assert result.segments[-1].end == pytest.approx(4.0, abs=0.03)
    assert result.usage.prompt_audio_seconds == 4


def test_function_calling_through_the_official_sdk(client: Any) -> None:
    # The shape of the SDK's own function-calling example: the tool is chosen from its parameter.
    tools = [
        {
            "type": "function",
            "function": {
                "name": "retrieve_payment_status",
                "description": "Get payment status of a transaction",
                "parameters": {
                    "type": "object",
                    "properties": {"transaction_id": {"type": "string", "description": "The transaction id."}},
                    "required": ["transaction_id"],
                },
            },
        }
    ]
    messages: list[dict[str, Any]] = [{"role": "user", "content": "My transaction ID is T1001"}]
    response = client.chat.complete(model="mistral-large-latest", messages=messages, tools=tools, tool_choice="auto")
    (call,) = response.choices[0].message.tool_calls
    assert call.function.name == "retrieve_payment_status"
    assert json.loads(call.function.arguments) == {"transaction_id": "T1001"}
    messages.append(response.choices[0].message.model_dump(exclude_none=True))
    messages.append(
        {"role": "tool", "name": call.function.name, "content": '{"status": "Paid"}', "tool_call_id": call.id}
    )
    final = client.chat.complete(model="mistral-large-latest", messages=messages, tools=tools)
    assert final.choices[0].message.tool_calls is None
    assert "Paid" in final.choices[0].message.content
