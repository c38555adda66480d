"""The spec-driven resource engine: CRUD consistency, persistence, lifecycles and SSE streams."""

from __future__ import annotations

import asyncio
import json
import random
from pathlib import Path
from typing import Any

import pytest
from emulator_support import make_client

from mistralkit.emulator import create_app, json_gen
from mistralkit.emulator.app import HANDLERS
from mistralkit.emulator.resource_engine.handlers import Engine
from mistralkit.emulator.resource_engine.plan import make_plans
from mistralkit.emulator.resource_engine.render import valid
from mistralkit.emulator.spec import load_spec, operations

FAST = 100.0


@pytest.fixture
def fast_app(data_dir: Path):  # type: ignore[no-untyped-def]
    application = create_app(data_dir=data_dir, job_speed=FAST)
    yield application
    application.state.emulator.close()


@pytest.fixture
async def fast(fast_app):  # type: ignore[no-untyped-def]
    async with make_client(fast_app) as c:
        yield c


def _engine() -> Engine:
    pending = [op for op in operations() if op.operation_id not in HANDLERS]
    return Engine(make_plans(pending, operations()))


def body_for(op: Any, seed: str) -> Any:
    schema = op.request_schema
    rng = random.Random(seed)
    for _ in range(20):
        value = json_gen.generate_in(load_spec(), schema, rng)
        if valid(schema, value):
            return value
    pytest.skip(f"no valid body generated for {op.operation_id}")


def _crud_cases() -> list[tuple[str, dict[str, Any]]]:
    engine = _engine()
    by_resource: dict[str, dict[str, Any]] = {}
    for op in operations():
        plan = engine.plans.get(op.operation_id)
        if plan is None or plan.resource is None or plan.scope_params:
            continue
        if plan.role in ("create", "get", "list", "update", "delete"):
            by_resource.setdefault(plan.resource, {}).setdefault(plan.role, op)
    return sorted(
        (name, roles) for name, roles in by_resource.items() if {"create", "get", "list", "delete"} <= set(roles)
    )


CRUD = _crud_cases()


def test_the_engine_finds_the_big_resources() -> None:
    names = {name for name, _ in CRUD}
    for expected in (
        "/v1/observability/judges",
        "/v1/observability/datasets",
        "/v1/observability/campaigns",
        "/v1/workflows/schedules",
        "/v1/workflows/deployments",
        "/v1/audio/voices",
        "/v1/admin/user-groups",
    ):
        assert expected in names, names


@pytest.mark.parametrize(("resource", "roles"), CRUD, ids=[name for name, _ in CRUD])
async def test_create_get_list_update_delete_agree(fast, resource: str, roles: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    engine = _engine()
    res = engine.resources[resource]
    create = roles["create"]
    r = await fast.request(
        create.method, create.path, json=body_for(create, resource) if create.request_schema else None
    )
    assert r.status_code < 300, r.text
    created = r.json()
    if not isinstance(created, dict) or res.id_field not in created:
        pytest.skip(f"the create answer of {resource} does not show {res.id_field}")
    key = str(created[res.id_field])
    item_url = roles["get"].path.replace("{" + engine.plans[roles["get"].operation_id].id_param + "}", key)

    got = await fast.get(item_url)
    assert got.status_code == 200, got.text
    assert str(got.json()[res.id_field]) == key

    listed = await fast.get(create.path)
    assert listed.status_code == 200
    assert key in json.dumps(listed.json())

    if "update" in roles:
        update = roles["update"]
        r = await fast.request(
            update.method, item_url, json=body_for(update, resource + "u") if update.request_schema else None
        )
        assert r.status_code < 300, r.text

    r = await fast.delete(item_url)
    assert r.status_code < 300, r.text
    assert (await fast.get(item_url)).status_code == 404
    assert key not in json.dumps((await fast.get(create.path)).json())


async def test_fields_sent_are_the_fields_read_and_updates_stick(fast) -> None:  # type: ignore[no-untyped-def]
    judge = {
        "name": "Politeness",
        "description": "Is the answer polite?",
        "model_name": "mistral-small-latest",
        "output": {"type": "CLASSIFICATION", "options": [{"value": "yes", "description": "polite"}]},
        "instructions": "Say yes when the answer is polite.",
        "tools": [],
    }
    r = await fast.post("/v1/observability/judges", json=judge)
    assert r.status_code == 201, r.text
    created = r.json()
    assert created["name"] == "Politeness" and created["instructions"] == judge["instructions"]
    got = (await fast.get(f"/v1/observability/judges/{created['id']}")).json()
    assert got["name"] == "Politeness" and got["description"] == judge["description"]
    assert got["created_at"] == created["created_at"]

    r = await fast.put(f"/v1/observability/judges/{created['id']}", json={**judge, "name": "Courtesy"})
    assert r.status_code == 204
    got = (await fast.get(f"/v1/observability/judges/{created['id']}")).json()
    assert got["name"] == "Courtesy"
    assert got["updated_at"] >= created["updated_at"]


async def test_ids_are_deterministic(tmp_path: Path) -> None:
    ids = []
    for run in range(2):
        app = create_app(data_dir=tmp_path / str(run))
        try:
            async with make_client(app) as c:
                r = await c.post("/v1/observability/datasets", json={"name": "Golden set", "description": "d"})
                ids.append(r.json()["id"])
        finally:
            app.state.emulator.close()
    assert ids[0] == ids[1]


async def test_items_survive_a_restart(data_dir: Path) -> None:
    app = create_app(data_dir=data_dir)
    try:
        async with make_client(app) as c:
            r = await c.post("/v1/observability/datasets", json={"name": "Golden set", "description": "kept"})
            dataset = r.json()
    finally:
        app.state.emulator.close()
    app = create_app(data_dir=data_dir)
    try:
        async with make_client(app) as c:
            got = await c.get(f"/v1/observability/datasets/{dataset['id']}")
            assert got.status_code == 200
            assert got.json()["name"] == "Golden set" and got.json()["description"] == "kept"
            assert got.json()["deleted_at"] is None
            # the counter survives too: the next dataset gets a new id
            again = await c.post("/v1/observability/datasets", json={"name": "Second set", "description": "x"})
            assert again.json()["id"] != dataset["id"]
    finally:
        app.state.emulator.close()


async def test_records_belong_to_their_dataset(fast) -> None:  # type: ignore[no-untyped-def]
    one = (await fast.post("/v1/observability/datasets", json={"name": "First set", "description": ""})).json()
    two = (await fast.post("/v1/observability/datasets", json={"name": "Second set", "description": ""})).json()
    payload = {"messages": [{"role": "user", "content": "Hello"}]}
    r = await fast.post(f"/v1/observability/datasets/{one['id']}/records", json={"payload": payload})
    assert r.status_code < 300, r.text
    record = r.json()
    assert record["dataset_id"] == one["id"]
    listed = (await fast.get(f"/v1/observability/datasets/{one['id']}/records")).json()
    assert record["id"] in json.dumps(listed)
    assert record["id"] not in json.dumps((await fast.get(f"/v1/observability/datasets/{two['id']}/records")).json())
    got = await fast.get(f"/v1/observability/dataset-records/{record['id']}")
    assert got.status_code == 200 and got.json()["dataset_id"] == one["id"]
    assert (await fast.delete(f"/v1/observability/dataset-records/{record['id']}")).status_code < 300
    assert (await fast.get(f"/v1/observability/dataset-records/{record['id']}")).status_code == 404


async def test_pagination_walks_every_item_once(fast) -> None:  # type: ignore[no-untyped-def]
    names = [f"Dataset {i:02d}" for i in range(7)]
    for name in names:
        await fast.post("/v1/observability/datasets", json={"name": name, "description": ""})
    seen: list[str] = []
    for page in range(1, 5):
        body = (await fast.get("/v1/observability/datasets", params={"page": page, "page_size": 3})).json()
        seen += [d["name"] for d in body["datasets"]["results"]]
    assert sorted(seen) == names
    body = (await fast.get("/v1/observability/datasets", params={"page_size": 3})).json()
    assert body["datasets"]["count"] == 7


async def test_workflow_execution_runs_to_completion(fast) -> None:  # type: ignore[no-untyped-def]
    r = await fast.post("/v1/workflows/invoice-checker/execute", json={"input": {"invoice": "A-1"}})
    assert r.status_code == 200, r.text
    execution = r.json()
    assert execution["workflow_name"] == "invoice-checker"
    assert execution["status"] == "RUNNING" and execution["end_time"] is None
    url = f"/v1/workflows/executions/{execution['execution_id']}"
    for _ in range(100):
        got = (await fast.get(url)).json()
        if got["status"] != "RUNNING":
            break
        await asyncio.sleep(0.02)
    assert got["status"] == "COMPLETED" and got["end_time"] is not None
    runs = (await fast.get("/v1/workflows/runs")).json()
    assert execution["execution_id"] in json.dumps(runs)


async def test_workflow_execution_cancel_and_terminate(fast) -> None:  # type: ignore[no-untyped-def]
    slow_app = create_app(job_speed=0.01)
    try:
        async with make_client(slow_app) as c:
            ids = []
            for _ in range(3):
                ids.append((await c.post("/v1/workflows/flow/execute", json={})).json()["execution_id"])
            assert (await c.post(f"/v1/workflows/executions/{ids[0]}/cancel")).status_code == 204
            assert (await c.get(f"/v1/workflows/executions/{ids[0]}")).json()["status"] == "CANCELED"
            assert (await c.post(f"/v1/workflows/executions/{ids[1]}/terminate")).status_code == 204
            assert (await c.get(f"/v1/workflows/executions/{ids[1]}")).json()["status"] == "TERMINATED"
            assert (await c.get(f"/v1/workflows/executions/{ids[2]}")).json()["status"] == "RUNNING"
            r = await c.post("/v1/workflows/executions/cancel", json={"execution_ids": [ids[2]]})
            assert r.status_code == 200, r.text
            assert (await c.get(f"/v1/workflows/executions/{ids[2]}")).json()["status"] == "CANCELED"
            assert (await c.get("/v1/workflows/executions/nope")).status_code == 404
    finally:
        slow_app.state.emulator.close()


async def test_execution_stream_lasts_until_the_execution_finishes(fast) -> None:  # type: ignore[no-untyped-def]
    execution = (await fast.post("/v1/workflows/report/execute", json={})).json()
    url = f"/v1/workflows/executions/{execution['execution_id']}/stream"
    async with fast.stream("GET", url) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        text = (await r.aread()).decode()
    blocks = [b for b in text.split("\n\n") if b.strip()]
    assert len(blocks) >= 2
    for block in blocks:
        data = next(line[6:] for line in block.split("\n") if line.startswith("data: "))
        assert isinstance(json.loads(data), dict)
        assert execution["execution_id"] in data  # each event says which execution it is about
    assert (await fast.get(f"/v1/workflows/executions/{execution['execution_id']}")).json()["status"] == "COMPLETED"


async def test_events_stream_is_an_event_stream(fast) -> None:  # type: ignore[no-untyped-def]
    async with fast.stream("GET", "/v1/workflows/events/stream") as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        text = (await r.aread()).decode()
    assert text.count("data: ") >= 2


async def test_schedule_pause_and_resume(fast) -> None:  # type: ignore[no-untyped-def]
    ops = {op.operation_id: op for op in operations()}
    body = body_for(ops["schedule_workflow_v1_workflows_schedules_post"], "schedule")
    r = await fast.post("/v1/workflows/schedules", json=body)
    assert r.status_code == 201, r.text
    schedule_id = r.json()["schedule_id"]
    assert (await fast.post(f"/v1/workflows/schedules/{schedule_id}/pause", json=None)).status_code == 204
    assert (await fast.get(f"/v1/workflows/schedules/{schedule_id}")).status_code == 200
    assert (await fast.delete(f"/v1/workflows/schedules/{schedule_id}")).status_code == 204
    assert (await fast.get(f"/v1/workflows/schedules/{schedule_id}")).status_code == 404


async def test_read_only_resources_read_the_same_twice(fast) -> None:  # type: ignore[no-untyped-def]
    one = (await fast.get("/v1/observability/traces/4bf92f3577b34da6a3ce929d0e0e4736")).json()
    two = (await fast.get("/v1/observability/traces/4bf92f3577b34da6a3ce929d0e0e4736")).json()
    assert one == two and one["trace_id"] == "4bf92f3577b34da6a3ce929d0e0e4736"


async def test_scim_sync_run_goes_from_running_to_success(data_dir: Path) -> None:
    app = create_app(data_dir=data_dir, job_speed=0.01)  # 600 s: still running when read
    try:
        async with make_client(app) as c:
            run_id = (await c.post("/v1/admin/scim/sync", json={})).json()["run_id"]
            assert (await c.get(f"/v1/admin/scim/sync/{run_id}")).json()["status"] == "RUNNING"
    finally:
        app.state.emulator.close()
    app = create_app(data_dir=data_dir, job_speed=1e6)  # the same run, read after a restart, at speed
    try:
        async with make_client(app) as c:
            run = (await c.get(f"/v1/admin/scim/sync/{run_id}")).json()
            assert run["status"] == "SUCCESS" and run["finished_at"] is not None
    finally:
        app.state.emulator.close()
