"""/v1/fine_tuning: jobs with a real lifecycle in the background, and the fine-tuned models they make."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import httpx2
import pytest
from emulator_support import make_client

from mistralkit.emulator import create_app
from mistralkit.emulator.tokenizer import count_chat_prompt

FAST = 5000.0
TERMINAL = {"SUCCESS", "FAILED", "FAILED_VALIDATION", "CANCELLED"}
API_KEY_40 = "k" * 40


@pytest.fixture
def fast_app(data_dir: Path) -> Iterator[Any]:
    application = create_app(data_dir=data_dir, job_speed=FAST)
    yield application
    application.state.emulator.close()


@pytest.fixture
async def fast(fast_app: Any) -> AsyncIterator[httpx2.AsyncClient]:
    async with make_client(fast_app) as c:
        yield c


def sample(i: int) -> dict[str, Any]:
    return {
        "messages": [
            {"role": "system", "content": "You answer with one number."},
            {"role": "user", "content": f"What is {i} plus {i}?"},
            {"role": "assistant", "content": f"{2 * i}"},
        ]
    }


async def upload(client: httpx2.AsyncClient, lines: list[Any], purpose: str = "fine-tune", name: str = "d.jsonl") -> str:
    text = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    r = await client.post("/v1/files", files={"file": (name, text.encode())}, data={"purpose": purpose})
    assert r.status_code == 200, r.text
    return r.json()["id"]


async def create(client: httpx2.AsyncClient, status: int = 200, dry_run: bool = False, **body: Any) -> dict[str, Any]:
    body.setdefault("model", "mistral-small-latest")
    body.setdefault("hyperparameters", {"training_steps": 4})
    params = {"dry_run": "true"} if dry_run else None
    r = await client.post("/v1/fine_tuning/jobs", json=body, params=params)
    assert r.status_code == status, r.text
    return r.json()


async def wait(client: httpx2.AsyncClient, job_id: str, until: set[str] = TERMINAL, limit: float = 20.0) -> dict:
    deadline = time.monotonic() + limit
    while True:
        job = (await client.get(f"/v1/fine_tuning/jobs/{job_id}")).json()
        if job["status"] in until:
            return job
        assert time.monotonic() < deadline, f"job still {job['status']} after {limit} s"
        await asyncio.sleep(0.01)


async def test_a_job_goes_through_its_lifecycle_and_makes_a_model(fast) -> None:  # type: ignore[no-untyped-def]
    train = await upload(fast, [sample(i) for i in range(30)])
    valid = await upload(fast, [sample(i) for i in range(100, 105)])
    job = await create(
        fast,
        training_files=[{"file_id": train, "weight": 1}],
        validation_files=[valid],
        hyperparameters={"training_steps": 20, "learning_rate": 0.0001},
        suffix="adder",
        integrations=[{"type": "wandb", "project": "ft-tests", "api_key": API_KEY_40, "name": "run-1"}],
    )
    assert job["status"] == "QUEUED" and job["object"] == "job" and job["job_type"] == "completion"
    assert job["auto_start"] is True and job["fine_tuned_model"] is None and job["metadata"] is None
    assert job["training_files"] == [train] and job["validation_files"] == [valid]
    assert job["integrations"] == [
        {"type": "wandb", "project": "ft-tests", "name": "run-1", "run_name": None, "url": None}
    ]  # the api_key is never returned
    assert job["hyperparameters"]["learning_rate"] == 0.0001 and job["hyperparameters"]["fim_ratio"] == 0.9
    done = await wait(fast, job["id"])
    assert done["status"] == "SUCCESS", done["events"]
    statuses = [e["data"]["status"] for e in done["events"]]
    assert statuses == ["QUEUED", "VALIDATING", "VALIDATED", "STARTED", "RUNNING", "SUCCESS"]
    assert all(e["name"] == "status-updated" for e in done["events"])
    data_tokens = sum(count_chat_prompt(sample(i)["messages"]) for i in range(30))
    assert done["metadata"]["data_tokens"] == data_tokens
    assert done["metadata"]["train_tokens"] == 20 * 131072 == done["trained_tokens"]
    assert done["hyperparameters"]["training_steps"] == 20
    steps = [c["step_number"] for c in done["checkpoints"]]
    assert steps == list(range(2, 21, 2))
    losses = [c["metrics"]["train_loss"] for c in done["checkpoints"]]
    assert losses == sorted(losses, reverse=True) and losses[-1] < losses[0]
    assert all(c["metrics"]["valid_loss"] is not None for c in done["checkpoints"])
    accuracy = [c["metrics"]["valid_mean_token_accuracy"] for c in done["checkpoints"]]
    assert accuracy == sorted(accuracy)
    model = done["fine_tuned_model"]
    day = datetime.now(timezone.utc).strftime("%Y%m%d")
    assert model == f"ft:mistral-small-2603:adder:{day}:{job['id'][:8]}"
    r = await fast.post("/v1/chat/completions", json={"model": model, "messages": [{"role": "user", "content": "Hi"}]})
    assert r.status_code == 200 and r.json()["model"] == model
    card = (await fast.get(f"/v1/models/{model}")).json()
    assert card["type"] == "fine-tuned" and card["job"] == job["id"] and card["root"] == "mistral-small-2603"
    assert card["capabilities"]["completion_chat"] and not card["capabilities"]["fine_tuning"]
    assert card["archived"] is False
    listed = (await fast.get("/v1/models")).json()["data"]
    assert [m["id"] for m in listed if m["type"] == "fine-tuned"] == [model]


async def test_no_validation_files_no_valid_loss(fast) -> None:  # type: ignore[no-untyped-def]
    train = await upload(fast, [sample(i) for i in range(5)])
    done = await wait(fast, (await create(fast, training_files=[{"file_id": train}]))["id"])
    assert done["status"] == "SUCCESS"
    assert all(c["metrics"]["valid_loss"] is None for c in done["checkpoints"])
    assert done["checkpoints"][-1]["step_number"] == 4
    middle = done["fine_tuned_model"].split(":")[2]
    assert len(middle) == 8  # the workspace part when there is no suffix


async def test_dry_run_is_deterministic_from_the_token_counts(fast) -> None:  # type: ignore[no-untyped-def]
    train = await upload(fast, [sample(i) for i in range(40)])
    data_tokens = sum(count_chat_prompt(sample(i)["messages"]) for i in range(40))
    first = await create(fast, dry_run=True, training_files=[{"file_id": train}], hyperparameters={"epochs": 5000})
    again = await create(fast, dry_run=True, training_files=[{"file_id": train}], hyperparameters={"epochs": 5000})
    assert first["object"] == "job.metadata" and first["deprecated"] is True
    assert first["data_tokens"] == data_tokens
    steps = -(-5000 * data_tokens // 131072)
    assert first["training_steps"] == steps and first["train_tokens"] == steps * 131072
    assert first["train_tokens_per_step"] == 131072
    assert first["cost"] == round(steps * 131072 / 1e6 * 4.0, 2) and first["cost_currency"] == "USD"
    assert {k: v for k, v in first.items() if k != "estimated_start_time"} == {
        k: v for k, v in again.items() if k != "estimated_start_time"
    }
    bigger = await create(fast, dry_run=True, training_files=[{"file_id": train}], hyperparameters={"training_steps": 50})
    assert bigger["training_steps"] == 50 and bigger["expected_duration_seconds"] >= first["expected_duration_seconds"]
    assert (await fast.get("/v1/fine_tuning/jobs")).json()["total"] == 0  # nothing was created


async def test_bad_data_fails_validation_listing_the_lines(fast) -> None:  # type: ignore[no-untyped-def]
    lines = [
        sample(1),
        "{not json",
        sample(2),
        {"messages": [{"role": "robot", "content": "beep"}, {"role": "assistant", "content": "boop"}]},
        {"messages": [{"role": "user", "content": "no answer"}]},
        {"text": "pretraining text"},
        sample(3),
    ]
    train = await upload(fast, lines, name="broken.jsonl")
    done = await wait(fast, (await create(fast, training_files=[{"file_id": train}]))["id"])
    assert done["status"] == "FAILED_VALIDATION"
    assert done["fine_tuned_model"] is None and done["checkpoints"] == []
    error = done["events"][-1]["data"]["error"]
    assert "broken.jsonl" in error and "lines 2, 4, 5, 6" in error
    assert "line 2: not valid JSON" in error and "invalid role \"robot\"" in error
    assert "line 5: no assistant message" in error and "line 6: missing 'messages'" in error
    dry = await create(fast, 400, dry_run=True, training_files=[{"file_id": train}])
    assert "lines 2, 4, 5, 6" in dry["message"]
    # the same data, with up to 60% of bad lines allowed... the contract caps it at 50%:
    skipping = await create(fast, training_files=[{"file_id": train}], invalid_sample_skip_percentage=0.5)
    skipped = await wait(fast, skipping["id"])
    assert skipped["status"] == "FAILED_VALIDATION"  # 4 of 7 is more than half
    mostly_ok = await upload(fast, [sample(i) for i in range(9)] + ["oops"])
    tolerant = await wait(
        fast, (await create(fast, training_files=[{"file_id": mostly_ok}], invalid_sample_skip_percentage=0.1))["id"]
    )
    assert tolerant["status"] == "SUCCESS"
    validated = next(e for e in tolerant["events"] if e["data"]["status"] == "VALIDATED")
    assert validated["data"]["skipped_lines"] == [f"{mostly_ok} line 10"]


async def test_auto_start_false_waits_for_start(fast) -> None:  # type: ignore[no-untyped-def]
    train = await upload(fast, [sample(i) for i in range(5)])
    job = await create(fast, training_files=[{"file_id": train}], auto_start=False)
    r = await fast.post(f"/v1/fine_tuning/jobs/{job['id']}/start")
    assert r.status_code == 400 and "VALIDATED" in r.json()["message"]  # too early
    validated = await wait(fast, job["id"], {"VALIDATED"})
    assert validated["metadata"]["train_tokens"] == 4 * 131072
    await asyncio.sleep(0.05)
    assert (await fast.get(f"/v1/fine_tuning/jobs/{job['id']}")).json()["status"] == "VALIDATED"  # still waiting
    started = await fast.post(f"/v1/fine_tuning/jobs/{job['id']}/start")
    assert started.status_code == 200 and started.json()["status"] == "STARTED"
    done = await wait(fast, job["id"])
    assert done["status"] == "SUCCESS" and done["auto_start"] is False


async def test_cancel_a_running_job(data_dir) -> None:  # type: ignore[no-untyped-def]
    app = create_app(data_dir=data_dir, job_speed=200.0)  # 60 ms per step
    try:
        async with make_client(app) as c:
            train = await upload(c, [sample(i) for i in range(5)])
            job = await create(c, training_files=[{"file_id": train}], hyperparameters={"training_steps": 100})
            await wait(c, job["id"], {"RUNNING"})
            cancelled = (await c.post(f"/v1/fine_tuning/jobs/{job['id']}/cancel")).json()
            assert cancelled["status"] == "CANCELLATION_REQUESTED"
            done = await wait(c, job["id"])
            assert done["status"] == "CANCELLED" and done["fine_tuned_model"] is None
            assert done["events"][-2:][0]["data"]["status"] == "CANCELLATION_REQUESTED"
            assert (await c.post(f"/v1/fine_tuning/jobs/{job['id']}/cancel")).json()["status"] == "CANCELLED"
    finally:
        app.state.emulator.close()


async def test_learning_rate_changes_how_fast_the_loss_falls(fast) -> None:  # type: ignore[no-untyped-def]
    train = await upload(fast, [sample(i) for i in range(5)])
    slow = await create(fast, training_files=[{"file_id": train}], hyperparameters={"training_steps": 10, "learning_rate": 1e-5})
    quick = await create(fast, training_files=[{"file_id": train}], hyperparameters={"training_steps": 10, "learning_rate": 1e-3})
    slow_done, quick_done = await wait(fast, slow["id"]), await wait(fast, quick["id"])
    assert quick_done["checkpoints"][-1]["metrics"]["train_loss"] < slow_done["checkpoints"][-1]["metrics"]["train_loss"]
    assert quick_done["checkpoints"][0]["metrics"]["train_loss"] < slow_done["checkpoints"][0]["metrics"]["train_loss"]


async def test_create_checks_the_request_at_once(fast) -> None:  # type: ignore[no-untyped-def]
    train = await upload(fast, [sample(1)])
    batch_file = await upload(fast, [sample(1)], purpose="batch")
    missing = "00000000-0000-4000-8000-000000000000"
    assert "not found" in (await create(fast, 404, training_files=[{"file_id": missing}]))["message"]
    assert "purpose" in (await create(fast, 400, training_files=[{"file_id": batch_file}]))["message"]
    r = await create(fast, 404, training_files=[{"file_id": train}], validation_files=[missing])
    assert missing in r["message"]
    assert (await create(fast, 400, training_files=[]))["param"] == "training_files"
    assert (await create(fast, 400, model="nope", training_files=[{"file_id": train}]))["message"] == "Invalid model: nope"
    r = await create(fast, 400, model="mistral-embed", training_files=[{"file_id": train}])
    assert "cannot be fine-tuned" in r["message"]
    r = await create(fast, 400, training_files=[{"file_id": train}], suffix="a:b")
    assert r["param"] == "suffix"
    r = await create(fast, 400, training_files=[{"file_id": train}], job_type="classifier")
    assert "classifier_targets" in r["message"]
    r = await create(fast, 422, training_files=[{"file_id": train}], suffix="x" * 19)
    assert r["detail"][0]["loc"][:2] == ["body", "suffix"]
    r = await create(fast, 422, training_files=[{"file_id": train}], hyperparameters={"learning_rate": 5})
    assert r["detail"]
    assert (await fast.get(f"/v1/fine_tuning/jobs/{missing}")).status_code == 404
    assert (await fast.post(f"/v1/fine_tuning/jobs/{missing}/cancel")).status_code == 404
    assert (await fast.post(f"/v1/fine_tuning/jobs/{missing}/start")).status_code == 404


async def test_classifier_jobs(fast) -> None:  # type: ignore[no-untyped-def]
    targets = [{"name": "sentiment", "labels": ["positive", "negative"]}, {"name": "topic", "labels": ["food", "travel"]}]
    good = [
        {"text": "I love this cheese", "labels": {"sentiment": "positive", "topic": "food"}},
        {"text": "The train was late", "labels": {"sentiment": "negative", "topic": ["travel"]}},
        {"messages": [{"role": "user", "content": "Great trip"}], "labels": {"topic": "travel"}},
    ]
    train = await upload(fast, good)
    job = await create(
        fast,
        model="ministral-8b-latest",
        job_type="classifier",
        classifier_targets=targets,
        training_files=[{"file_id": train}],
        hyperparameters={"training_steps": 3},
    )
    assert job["job_type"] == "classifier" and "fim_ratio" not in job["hyperparameters"]
    done = await wait(fast, job["id"])
    assert done["status"] == "SUCCESS"
    assert done["classifier_targets"] == [
        {"name": "sentiment", "labels": ["positive", "negative"], "weight": 1.0, "loss_function": "single_class"},
        {"name": "topic", "labels": ["food", "travel"], "weight": 1.0, "loss_function": "single_class"},
    ]
    model = done["fine_tuned_model"]
    card = (await fast.get(f"/v1/models/{model}")).json()
    assert card["capabilities"]["classification"] and not card["capabilities"]["completion_chat"]
    updated = (await fast.patch(f"/v1/fine_tuning/models/{model}", json={"name": "Sentiment"})).json()
    assert updated["model_type"] == "classifier" and updated["classifier_targets"][0]["name"] == "sentiment"
    r = await fast.post("/v1/chat/completions", json={"model": model, "messages": [{"role": "user", "content": "x"}]})
    assert r.status_code == 400

    bad = await upload(
        fast,
        [
            good[0],
            {"text": "x", "labels": {"colour": "red"}},
            {"text": "y", "labels": {"sentiment": "meh"}},
            {"text": "z"},
        ],
    )
    failed = await wait(
        fast,
        (
            await create(
                fast,
                model="ministral-8b-latest",
                job_type="classifier",
                classifier_targets=targets,
                training_files=[{"file_id": bad}],
            )
        )["id"],
    )
    assert failed["status"] == "FAILED_VALIDATION"
    error = failed["events"][-1]["data"]["error"]
    assert "lines 2, 3, 4" in error and "unknown target \"colour\"" in error and "\"meh\"" in error


async def test_fine_tuned_model_management(fast) -> None:  # type: ignore[no-untyped-def]
    train = await upload(fast, [sample(i) for i in range(5)])
    done = await wait(fast, (await create(fast, training_files=[{"file_id": train}]))["id"])
    model = done["fine_tuned_model"]
    updated = await fast.patch(f"/v1/fine_tuning/models/{model}", json={"name": "Adder", "description": "Adds."})
    assert updated.status_code == 200
    body = updated.json()
    assert (body["name"], body["description"], body["model_type"], body["archived"]) == ("Adder", "Adds.", "completion", False)
    assert body["job"] == done["id"] and body["root"] == "mistral-small-2603"
    card = (await fast.get(f"/v1/models/{model}")).json()
    assert (card["name"], card["description"]) == ("Adder", "Adds.")
    assert (await fast.patch(f"/v1/fine_tuning/models/{model}", json={"description": None})).json()["name"] == "Adder"
    archived = (await fast.post(f"/v1/fine_tuning/models/{model}/archive")).json()
    assert archived == {"id": model, "object": "model", "archived": True}
    assert (await fast.get(f"/v1/models/{model}")).json()["archived"] is True
    unarchived = (await fast.delete(f"/v1/fine_tuning/models/{model}/archive")).json()
    assert unarchived == {"id": model, "object": "model", "archived": False}
    assert (await fast.patch("/v1/fine_tuning/models/mistral-small-latest", json={"name": "x"})).status_code == 403
    assert (await fast.post("/v1/fine_tuning/models/ft:nope/archive")).status_code == 404
    deleted = await fast.delete(f"/v1/models/{model}")
    assert deleted.json() == {"id": model, "object": "model", "deleted": True}
    assert (await fast.get(f"/v1/models/{model}")).status_code == 404
    assert (await fast.delete(f"/v1/models/{model}")).status_code == 404
    r = await fast.post("/v1/chat/completions", json={"model": model, "messages": [{"role": "user", "content": "x"}]})
    assert r.status_code == 400 and r.json()["message"] == f"Invalid model: {model}"
    job = (await fast.get(f"/v1/fine_tuning/jobs/{done['id']}")).json()
    assert job["fine_tuned_model"] == model  # the job keeps its history


async def test_codestral_fine_tunes_serve_fim(fast) -> None:  # type: ignore[no-untyped-def]
    train = await upload(fast, [sample(i) for i in range(5)])
    done = await wait(fast, (await create(fast, model="codestral-latest", training_files=[{"file_id": train}]))["id"])
    model = done["fine_tuned_model"]
    assert model.startswith("ft:codestral-2508:")
    r = await fast.post("/v1/fim/completions", json={"model": model, "prompt": "def add(a, b):\n"})
    assert r.status_code == 200 and "return" in r.json()["choices"][0]["message"]["content"]
    assert (await fast.get(f"/v1/models/{model}")).json()["capabilities"]["completion_fim"] is True


async def test_list_filters(fast) -> None:  # type: ignore[no-untyped-def]
    train = await upload(fast, [sample(i) for i in range(5)])
    before = datetime.now(timezone.utc).isoformat()
    a = await create(fast, training_files=[{"file_id": train}], suffix="alpha")
    b = await create(
        fast,
        model="ministral-8b-latest",
        training_files=[{"file_id": train}],
        integrations=[{"project": "proj", "name": "run", "api_key": API_KEY_40}],
    )
    c = await create(fast, training_files=[{"file_id": train}], auto_start=False)
    await wait(fast, a["id"]), await wait(fast, b["id"]), await wait(fast, c["id"], {"VALIDATED"})

    async def ids(**params: Any) -> list[str]:
        r = await fast.get("/v1/fine_tuning/jobs", params=params)
        assert r.status_code == 200, r.text
        return [j["id"] for j in r.json()["data"]]

    assert await ids() == [c["id"], b["id"], a["id"]]
    assert await ids(model="ministral-8b-latest") == [b["id"]]
    assert await ids(model="mistral-small-2603") == [c["id"], a["id"]]
    assert await ids(status="VALIDATED") == [c["id"]]
    assert await ids(status="SUCCESS") == [b["id"], a["id"]]
    assert await ids(suffix="alpha") == [a["id"]]
    assert await ids(wandb_project="proj") == [b["id"]]
    assert await ids(wandb_project="proj", wandb_name="other") == []
    assert await ids(created_after=before) == [c["id"], b["id"], a["id"]]
    assert await ids(created_before=before) == []
    page = (await fast.get("/v1/fine_tuning/jobs", params={"page": 1, "page_size": 2})).json()
    assert [j["id"] for j in page["data"]] == [a["id"]] and page["total"] == 3
    assert "events" not in page["data"][0]
    assert (await fast.get("/v1/fine_tuning/jobs", params={"created_after": "yesterday"})).status_code == 422


async def test_jobs_and_models_survive_a_restart(data_dir) -> None:  # type: ignore[no-untyped-def]
    app = create_app(data_dir=data_dir, job_speed=FAST)
    async with make_client(app) as c:
        train = await upload(c, [sample(i) for i in range(5)])
        finished = await wait(c, (await create(c, training_files=[{"file_id": train}]))["id"])
        await c.patch(f"/v1/fine_tuning/models/{finished['fine_tuned_model']}", json={"name": "Kept"})
    app.state.emulator.close()
    app = create_app(data_dir=data_dir, job_speed=100.0)  # 120 ms per step
    async with make_client(app) as c:
        running = await create(c, training_files=[{"file_id": train}], hyperparameters={"training_steps": 30})
        await wait(c, running["id"], {"RUNNING"})
    app.state.emulator.close()  # killed while RUNNING
    app = create_app(data_dir=data_dir, job_speed=FAST)
    try:
        async with make_client(app) as c:
            model = finished["fine_tuned_model"]
            assert (await c.get(f"/v1/models/{model}")).json()["name"] == "Kept"
            r = await c.post("/v1/chat/completions", json={"model": model, "messages": [{"role": "user", "content": "x"}]})
            assert r.status_code == 200
            resumed = await wait(c, running["id"])
            assert resumed["status"] == "SUCCESS"
            assert [c["step_number"] for c in resumed["checkpoints"]] == list(range(3, 31, 3))
            statuses = [e["data"]["status"] for e in resumed["events"]]
            assert statuses == ["QUEUED", "VALIDATING", "VALIDATED", "STARTED", "RUNNING", "SUCCESS"]
    finally:
        app.state.emulator.close()
