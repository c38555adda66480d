"""/v1/batch/jobs: batch jobs really executed by the emulator's own handlers, in the background."""

from __future__ import annotations

import asyncio
import base64
import json
import time
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import httpx2
import pytest
from emulator_contract import component
from emulator_data import make_pdf
from emulator_support import make_client

from mistralkit.emulator import create_app

FAST = 2000.0
TERMINAL = {"SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLED"}
CHAT = "/v1/chat/completions"


@pytest.fixture
def fast_app(data_dir: Path) -> Iterator[Any]:
    application = create_app(data_dir=data_dir, job_speed=FAST)
    yield application
    application.state.emulator.close()


@pytest.fixture
async def fast(fast_app: Any) -> AsyncIterator[httpx2.AsyncClient]:
    async with make_client(fast_app) as c:
        yield c


def line(custom_id: Any, body: Any) -> str:
    return json.dumps({"custom_id": custom_id, "body": body})


def chat_body(text: str, **extra: Any) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": text}], **extra}


async def upload(client: httpx2.AsyncClient, lines: list[str], purpose: str = "batch") -> str:
    data = ("\n".join(lines) + "\n").encode()
    r = await client.post("/v1/files", files={"file": ("input.jsonl", data)}, data={"purpose": purpose})
    assert r.status_code == 200, r.text
    return r.json()["id"]


async def create(client: httpx2.AsyncClient, status: int = 200, **body: Any) -> dict[str, Any]:
    body.setdefault("endpoint", CHAT)
    r = await client.post("/v1/batch/jobs", json=body)
    assert r.status_code == status, r.text
    return r.json()


async def wait(client: httpx2.AsyncClient, job_id: str, until: set[str] = TERMINAL, limit: float = 30.0) -> dict:
    deadline = time.monotonic() + limit
    while True:
        job = (await client.get(f"/v1/batch/jobs/{job_id}")).json()
        if job["status"] in until:
            return job
        assert time.monotonic() < deadline, f"job still {job['status']} after {limit} s: {job}"
        await asyncio.sleep(0.01)


async def results(client: httpx2.AsyncClient, file_id: str | None) -> list[dict[str, Any]]:
    if file_id is None:
        return []
    r = await client.get(f"/v1/files/{file_id}/content")
    assert r.status_code == 200
    return [json.loads(x) for x in r.text.splitlines()]


async def test_chat_batch_runs_every_line_through_the_chat_handler(fast) -> None:  # type: ignore[no-untyped-def]
    questions = [f"What is the history of cheese number {i}?" for i in range(25)]
    file_id = await upload(fast, [line(f"q{i}", chat_body(q, max_tokens=40)) for i, q in enumerate(questions)])
    job = await create(fast, input_files=[file_id], model="mistral-small-latest", metadata={"team": "cheese"})
    assert job["status"] == "QUEUED" and job["object"] == "batch"
    assert job["input_files"] == [file_id] and job["metadata"] == {"team": "cheese"}
    assert job["output_file"] is None and job["started_at"] is None
    done = await wait(fast, job["id"])
    assert done["status"] == "SUCCESS", done
    assert (done["total_requests"], done["completed_requests"]) == (25, 25)
    assert (done["succeeded_requests"], done["failed_requests"]) == (25, 0)
    assert done["created_at"] <= done["started_at"] <= done["completed_at"]
    assert done["error_file"] is None and done["errors"] == []
    out = await results(fast, done["output_file"])
    assert [r["custom_id"] for r in out] == [f"q{i}" for i in range(25)]
    shape = component("ChatCompletionResponse")
    for i, result in enumerate(out):
        assert result["error"] is None and result["response"]["status_code"] == 200
        assert result["id"].startswith("batch-")
        body = result["response"]["body"]
        assert not [e.message for e in shape.iter_errors(body) if "data" not in e.message]
        assert body["model"] == "mistral-small-latest" and body["object"] == "chat.completion"
        # the same answer the chat route gives for the same body
        direct = await fast.post(CHAT, json={"model": "mistral-small-latest", **chat_body(questions[i], max_tokens=40)})
        assert direct.json()["choices"] == body["choices"]
        assert direct.json()["usage"] == body["usage"]
    meta = (await fast.get(f"/v1/files/{done['output_file']}")).json()
    assert meta["purpose"] == "batch" and meta["source"] == "mistral" and meta["sample_type"] == "batch_result"
    assert meta["num_lines"] == 25
    listed = (await fast.get("/v1/files", params={"source": "mistral"})).json()
    assert [f["id"] for f in listed["data"]] == [done["output_file"]]


async def test_without_a_job_model_each_body_names_its_own(fast) -> None:  # type: ignore[no-untyped-def]
    lines = [
        line("own-model", {"model": "ministral-8b-latest", **chat_body("Tell me about tides")}),
        line("no-model", chat_body("Tell me about winds")),
        line("bad-model", {"model": "nope-1", **chat_body("Hi")}),
    ]
    done = await wait(fast, (await create(fast, input_files=[await upload(fast, lines)]))["id"])
    assert done["status"] == "SUCCESS" and done["model"] is None
    out = await results(fast, done["output_file"])
    assert [(r["custom_id"], r["response"]["body"]["model"]) for r in out] == [("own-model", "ministral-8b-latest")]
    errors = {e["custom_id"]: e for e in await results(fast, done["error_file"])}
    assert errors["no-model"]["response"]["status_code"] == 422
    assert errors["no-model"]["response"]["body"]["detail"][0]["loc"] == ["body", "model"]
    assert errors["bad-model"]["response"]["status_code"] == 400
    assert errors["bad-model"]["error"] == {"message": "Invalid model: nope-1", "code": "1500"}


async def test_error_file_lists_each_malformed_line(fast) -> None:  # type: ignore[no-untyped-def]
    lines = [
        line("ok-1", chat_body("Tell me about tides")),
        "{this is not json",
        json.dumps({"body": chat_body("no id")}),
        json.dumps({"custom_id": "no-body"}),
        json.dumps({"custom_id": "str-body", "body": "hello"}),
        "",
        line("bad-role", {"messages": [{"role": "robot", "content": "beep"}]}),
        line("ends-assistant", {"messages": [{"role": "assistant", "content": "Hi"}]}),
        line("too-long", chat_body("Hi", max_tokens="many")),
        json.dumps([1, 2]),
        line("ok-2", chat_body("Tell me about winds")),
    ]
    file_id = await upload(fast, lines)
    done = await wait(fast, (await create(fast, input_files=[file_id], model="mistral-small-latest"))["id"])
    assert done["status"] == "SUCCESS", done
    assert (done["total_requests"], done["succeeded_requests"], done["failed_requests"]) == (10, 2, 8)
    out = await results(fast, done["output_file"])
    assert [r["custom_id"] for r in out] == ["ok-1", "ok-2"]
    errors = await results(fast, done["error_file"])
    assert len(errors) == 8
    for e in errors:
        assert set(e) == {"id", "custom_id", "response", "error"}
        assert e["error"]["message"] and e["response"]["body"]["object"] == "error"
    messages = [e["error"]["message"] for e in errors]
    assert "Line 2 of input file" in messages[0] and "not valid JSON" in messages[0]
    assert "Line 3 " in messages[1] and "custom_id" in messages[1]
    assert "Line 4 " in messages[2] and "no body" in messages[2]
    assert "Line 5 " in messages[3] and "body must be a JSON object" in messages[3]
    assert "Line 10 " in messages[7] and "JSON object" in messages[7]
    statuses = {e["custom_id"]: e["response"]["status_code"] for e in errors}
    assert statuses["bad-role"] == 422 and statuses["too-long"] == 422
    assert statuses["ends-assistant"] == 400  # what /v1/chat/completions answers
    assert statuses["no-body"] == 400 and statuses[None] == 400
    role_error = next(e for e in errors if e["custom_id"] == "bad-role")["response"]["body"]
    assert role_error["detail"][0]["loc"] == ["body", "messages", 0, "role"]
    kinds = {e["message"]: e["count"] for e in done["errors"]}
    assert kinds["Line is not valid JSON"] == 1 and kinds["Missing custom_id"] == 1
    assert sum(kinds.values()) == 8
    meta = (await fast.get(f"/v1/files/{done['error_file']}")).json()
    assert meta["sample_type"] == "batch_error" and meta["num_lines"] == 8


async def test_every_batch_endpoint_uses_its_own_handler(fast) -> None:  # type: ignore[no-untyped-def]
    pdf_b64 = base64.b64encode(make_pdf([["Batch OCR page one"], ["Second page"]])).decode()
    cases = [
        ("/v1/embeddings", "mistral-embed", {"input": ["cheese", "wine"]}, "data"),
        ("/v1/fim/completions", "codestral-latest", {"prompt": "def add(a, b):\n", "suffix": ""}, "choices"),
        ("/v1/moderations", "mistral-moderation-latest", {"input": ["I will hurt you"]}, "results"),
        (
            "/v1/chat/moderations",
            "mistral-moderation-latest",
            {"input": [{"role": "user", "content": "hello"}]},
            "results",
        ),
        ("/v1/classifications", "mistral-moderation-latest", {"input": "my card number"}, "results"),
        (
            "/v1/chat/classifications",
            "mistral-moderation-latest",
            {"input": [{"messages": [{"role": "user", "content": "hi"}]}]},
            "results",
        ),
        (
            "/v1/ocr",
            "mistral-ocr-latest",
            {"document": {"type": "document_url", "document_url": "data:application/pdf;base64," + pdf_b64}},
            "pages",
        ),
    ]
    jobs = []
    for endpoint, model, body, _ in cases:
        file_id = await upload(fast, [line("a", body), line("b", body)])
        jobs.append(await create(fast, input_files=[file_id], endpoint=endpoint, model=model))
    for (endpoint, model, body, key), job in zip(cases, jobs):
        done = await wait(fast, job["id"])
        assert done["status"] == "SUCCESS" and done["succeeded_requests"] == 2, (endpoint, done)
        out = await results(fast, done["output_file"])
        assert key in out[0]["response"]["body"], endpoint
        direct = (await fast.post(endpoint, json={"model": model, **body})).json()
        assert out[0]["response"]["body"][key] == direct[key], endpoint
    ocr_result = (await results(fast, (await wait(fast, jobs[-1]["id"]))["output_file"]))[0]
    assert ocr_result["response"]["body"]["pages"][0]["markdown"] == "Batch OCR page one"


async def test_inline_requests_and_inline_outputs(fast) -> None:  # type: ignore[no-untyped-def]
    requests = [
        {"custom_id": "x", "body": chat_body("Tell me about owls")},
        {"body": chat_body("No custom id is fine inline")},
        {"custom_id": "bad", "body": {"messages": []}},
    ]
    job = await create(fast, requests=requests, model="ministral-8b-latest")
    assert job["input_files"] == []
    done = await wait(fast, job["id"])
    assert (done["total_requests"], done["succeeded_requests"], done["failed_requests"]) == (3, 2, 1)
    inline = (await fast.get(f"/v1/batch/jobs/{job['id']}", params={"inline": "true"})).json()
    assert [o["custom_id"] for o in inline["outputs"]] == ["x", "1", "bad"]
    assert inline["outputs"][2]["response"]["status_code"] == 400
    plain = (await fast.get(f"/v1/batch/jobs/{job['id']}")).json()
    assert plain.get("outputs") is None


async def test_create_checks_what_it_can_at_once(fast) -> None:  # type: ignore[no-untyped-def]
    ok_file = await upload(fast, [line("a", chat_body("hi"))])
    tuning_file = await upload(fast, [line("a", chat_body("hi"))], purpose="fine-tune")
    missing = "00000000-0000-4000-8000-000000000000"
    r = await create(fast, 404, input_files=[missing])
    assert missing in r["message"]
    r = await create(fast, 400, input_files=[tuning_file])
    assert "purpose" in r["message"]
    r = await create(fast, 400)
    assert "input_files" in r["message"]
    r = await create(fast, 400, input_files=[ok_file], model="nope")
    assert r["message"] == "Invalid model: nope"
    r = await create(fast, 400, input_files=[ok_file], model="mistral-embed")
    assert "does not support chat" in r["message"]
    r = await create(fast, 422, input_files=[ok_file], timeout_hours=0)  # the contract's minimum is 1
    assert r["detail"][0]["loc"] == ["body", "timeout_hours"]
    r = await create(fast, 422, input_files=[ok_file], endpoint="/v1/nothing")
    assert r["detail"][0]["loc"] == ["body", "endpoint"]
    r = await create(fast, 422, input_files=["not-a-uuid"])
    assert r["detail"][0]["type"] == "uuid_parsing"
    assert (await fast.get(f"/v1/batch/jobs/{missing}")).status_code == 404
    assert (await fast.post(f"/v1/batch/jobs/{missing}/cancel")).status_code == 404


async def test_all_failed_is_failed_and_empty_is_failed(fast) -> None:  # type: ignore[no-untyped-def]
    bad = await upload(fast, ["nope", "still nope"])
    done = await wait(fast, (await create(fast, input_files=[bad], model="mistral-small-latest"))["id"])
    assert done["status"] == "FAILED" and done["failed_requests"] == 2 and done["output_file"] is None
    empty = await upload(fast, ["", "  "])
    done = await wait(fast, (await create(fast, input_files=[empty], model="mistral-small-latest"))["id"])
    assert done["status"] == "FAILED" and done["total_requests"] == 0
    assert any("no requests" in e["message"] for e in done["errors"])


async def test_input_file_deleted_before_the_start_fails_the_job(data_dir) -> None:  # type: ignore[no-untyped-def]
    app = create_app(data_dir=data_dir, job_speed=5.0)  # 0.2 s in the queue
    try:
        async with make_client(app) as c:
            file_id = await upload(c, [line("a", chat_body("hi"))])
            job = await create(c, input_files=[file_id], model="mistral-small-latest")
            assert (await c.delete(f"/v1/files/{file_id}")).status_code == 200
            done = await wait(c, job["id"])
            assert done["status"] == "FAILED"
            assert any(file_id in e["message"] and "no longer exists" in e["message"] for e in done["errors"])
    finally:
        app.state.emulator.close()


async def test_cancel_mid_run_keeps_the_results_so_far(data_dir) -> None:  # type: ignore[no-untyped-def]
    app = create_app(data_dir=data_dir, job_speed=20.0)  # 2.5 ms per request, 50 ms in the queue
    try:
        async with make_client(app) as c:
            file_id = await upload(c, [line(f"r{i}", chat_body(f"Question {i}")) for i in range(2000)])
            job = await create(c, input_files=[file_id], model="mistral-small-latest")
            running = await wait(c, job["id"], {"RUNNING"})
            assert running["total_requests"] == 2000 and running["started_at"] is not None
            while (await c.get(f"/v1/batch/jobs/{job['id']}")).json()["completed_requests"] < 20:
                await asyncio.sleep(0.01)
            cancelled = (await c.post(f"/v1/batch/jobs/{job['id']}/cancel")).json()
            assert cancelled["status"] == "CANCELLATION_REQUESTED"
            done = await wait(c, job["id"])
            assert done["status"] == "CANCELLED"
            assert 20 <= done["completed_requests"] < 2000
            assert done["completed_at"] is not None
            out = await results(c, done["output_file"])
            assert len(out) == done["succeeded_requests"] == done["completed_requests"]
            assert [r["custom_id"] for r in out] == [f"r{i}" for i in range(len(out))]
            again = (await c.post(f"/v1/batch/jobs/{job['id']}/cancel")).json()
            assert again["status"] == "CANCELLED"  # cancelling a finished job changes nothing
    finally:
        app.state.emulator.close()


async def test_cancel_while_queued(data_dir) -> None:  # type: ignore[no-untyped-def]
    app = create_app(data_dir=data_dir, job_speed=0.1)  # 10 s in the queue
    try:
        async with make_client(app) as c:
            file_id = await upload(c, [line("a", chat_body("hi"))])
            job = await create(c, input_files=[file_id], model="mistral-small-latest")
            await c.post(f"/v1/batch/jobs/{job['id']}/cancel")
            done = await wait(c, job["id"], limit=5)
            assert done["status"] == "CANCELLED" and done["started_at"] is None
            assert done["completed_requests"] == 0 and done["output_file"] is None
    finally:
        app.state.emulator.close()


async def test_timeout_hours_scaled_by_job_speed(data_dir) -> None:  # type: ignore[no-untyped-def]
    app = create_app(data_dir=data_dir, job_speed=3600 / 0.3)  # one hour lasts 0.3 s
    try:
        async with make_client(app) as c:
            file_id = await upload(c, [line(f"r{i}", chat_body(f"Question {i}")) for i in range(20000)])
            job = await create(c, input_files=[file_id], model="mistral-small-latest", timeout_hours=1)
            done = await wait(c, job["id"])
            assert done["status"] == "TIMEOUT_EXCEEDED"
            assert 0 < done["completed_requests"] < 20000
            assert done["completed_at"] - done["created_at"] <= 2
            assert len(await results(c, done["output_file"])) == done["succeeded_requests"]
    finally:
        app.state.emulator.close()


async def test_list_filters_and_pagination(fast) -> None:  # type: ignore[no-untyped-def]
    file_id = await upload(fast, [line("a", chat_body("hi"))])
    before = datetime.now(timezone.utc).isoformat()
    a = await create(fast, input_files=[file_id], model="mistral-small-latest", metadata={"team": "a", "n": "1"})
    b = await create(fast, input_files=[file_id], model="ministral-8b-latest", metadata={"team": "b"})
    c = await create(fast, input_files=[file_id], model="mistral-small-latest", metadata={"team": "a", "n": "2"})
    for job in (a, b, c):
        await wait(fast, job["id"])

    async def ids(**params: Any) -> list[str]:
        r = await fast.get("/v1/batch/jobs", params=params)
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["object"] == "list"
        return [j["id"] for j in body["data"]]

    assert await ids() == [c["id"], b["id"], a["id"]]
    assert await ids(order_by="created") == [a["id"], b["id"], c["id"]]
    assert await ids(model="mistral-small-latest") == [c["id"], a["id"]]
    assert await ids(team="a") == [c["id"], a["id"]]
    assert await ids(team="a", n="1") == [a["id"]]
    assert await ids(status=["SUCCESS"]) == [c["id"], b["id"], a["id"]]
    assert await ids(status=["QUEUED", "RUNNING"]) == []
    assert await ids(created_after=before) == [c["id"], b["id"], a["id"]]
    assert await ids(created_after="2999-01-01T00:00:00Z") == []
    assert await ids(created_by_me="true") == [c["id"], b["id"], a["id"]]
    page = (await fast.get("/v1/batch/jobs", params={"page": 1, "page_size": 2})).json()
    assert [j["id"] for j in page["data"]] == [a["id"]] and page["total"] == 3
    filtered = (await fast.get("/v1/batch/jobs", params={"team": "a", "page_size": 1})).json()
    assert filtered["total"] == 2 and len(filtered["data"]) == 1
    assert (await fast.get("/v1/batch/jobs", params={"page_size": 0})).status_code == 400
    assert (await fast.get("/v1/batch/jobs", params={"status": "DONE"})).status_code == 422


async def test_a_running_job_resumes_after_a_restart(data_dir) -> None:  # type: ignore[no-untyped-def]
    app = create_app(data_dir=data_dir, job_speed=10.0)  # 5 ms per request
    async with make_client(app) as c:
        file_id = await upload(c, [line(f"r{i}", chat_body(f"Question {i}")) for i in range(300)])
        job = await create(c, input_files=[file_id], model="mistral-small-latest")
        while (await c.get(f"/v1/batch/jobs/{job['id']}")).json()["completed_requests"] < 30:
            await asyncio.sleep(0.01)
    first_prefix = app.state.emulator.request_ids.prefix
    app.state.emulator.close()  # stops the worker mid-run
    app = create_app(data_dir=data_dir, job_speed=FAST)
    try:
        async with make_client(app) as c:
            done = await wait(c, job["id"])
            assert done["status"] == "SUCCESS"
            assert (done["total_requests"], done["succeeded_requests"], done["failed_requests"]) == (300, 300, 0)
            out = await results(c, done["output_file"])
            assert [r["custom_id"] for r in out] == [f"r{i}" for i in range(300)]
            assert [r["id"] for r in out] == [f"batch-{job['id']}-{i}" for i in range(300)]
            # resumed, not redone: the first answers were made by the first app (request id prefix)
            makers = [r["response"]["body"]["id"][:20] for r in out]
            assert set(makers[:30]) == {first_prefix}
            assert makers[-1] == app.state.emulator.request_ids.prefix
    finally:
        app.state.emulator.close()
