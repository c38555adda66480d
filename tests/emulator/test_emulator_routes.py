"""Routing, auth, request ids, 404/405, no 501 left, the packaged contract, start-up."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from emulator_support import API_KEY, chat, make_client

from mistralkit.emulator import create_app, implemented_operations
from mistralkit.emulator.spec import SPEC_FILE, load_spec, load_yaml, operations, with_errata

ROOT = Path(__file__).resolve().parents[2]
def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "3f1c2a4e-8b1d-4c57-9e0a-0a1b2c3d4e5f", path)


def test_packaged_contract_matches_yaml() -> None:
    pytest.importorskip("yaml")
    source = ROOT / "spec" / "openapi.yaml"
    if not source.exists():
        pytest.skip("no spec/openapi.yaml in this checkout")
    expected = with_errata(load_yaml(source))
    assert json.loads(SPEC_FILE.read_text(encoding="utf-8")) == expected, (
        "src/mistralkit/emulator/openapi.json is stale: run python -m mistralkit.emulator.spec spec/openapi.yaml"
    )


def test_contract_has_293_operations_and_all_are_implemented() -> None:
    assert len(operations()) == 293  # the current API's 288 and the five kept fine-tuning job operations
    assert sorted(implemented_operations()) == sorted(op.operation_id for op in operations())


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.operation_id)
async def test_no_route_answers_501(client, op) -> None:  # type: ignore[no-untyped-def]
    body = {"stream": True} if op.stream_twin else {}
    r = await client.request(op.method, _concrete(op.path), json=body if op.request_schema else None)
    assert r.status_code != 501, r.text
    assert r.status_code < 500, r.text


async def test_every_contract_route_exists(client) -> None:  # type: ignore[no-untyped-def]
    for op in operations():
        r = await client.request(
            op.method, _concrete(op.path), headers={"content-type": "application/json"}, content=b"{"
        )
        router_miss = r.status_code == 405 or (r.status_code == 404 and "no route" in r.json()["message"])
        assert not router_miss, (op.method, op.path, r.text)


async def test_unknown_route_is_404_in_error_shape(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.get("/v1/does-not-exist")
    assert r.status_code == 404
    assert r.json() == {
        "object": "error",
        "message": "Not Found: no route for GET /v1/does-not-exist",
        "type": "not_found",
        "param": None,
        "code": None,
    }


async def test_wrong_method_is_405_with_allow(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.put("/v1/chat/completions", json={})
    assert r.status_code == 405
    assert r.json()["type"] == "method_not_allowed"
    assert r.headers["allow"] == "POST"


async def test_missing_or_malformed_auth_is_401(app) -> None:  # type: ignore[no-untyped-def]
    async with make_client(app, api_key=None) as anonymous:
        for headers in ({}, {"Authorization": "Bearer "}, {"Authorization": "Basic abc"}):
            r = await anonymous.get("/v1/models", headers=headers)
            assert r.status_code == 401
            body = r.json()
            assert body["message"] == "Unauthorized"
            assert body["request_id"] == r.headers["x-request-id"]


async def test_any_key_accepted_without_configured_key(app) -> None:  # type: ignore[no-untyped-def]
    async with make_client(app, api_key="whatever") as c:
        assert (await c.get("/v1/models")).status_code == 200


async def test_configured_key_must_match(tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = create_app(data_dir=tmp_path, api_key="s3cret")
    try:
        async with make_client(app, api_key="wrong") as bad, make_client(app, api_key="s3cret") as good:
            assert (await bad.get("/v1/models")).status_code == 401
            assert (await good.get("/v1/models")).status_code == 200
    finally:
        app.state.emulator.close()


async def test_request_id_headers_are_unique_and_paired(client) -> None:  # type: ignore[no-untyped-def]
    ids = []
    for _ in range(3):
        r = await client.get("/v1/models")
        assert r.headers["x-request-id"] == r.headers["mistral-correlation-id"]
        assert re.fullmatch(r"[0-9a-f]{32}", r.headers["x-request-id"])
        ids.append(r.headers["x-request-id"])
    assert len(set(ids)) == 3 and ids == sorted(ids)
    r = await client.post("/v1/chat/completions", json=chat("hello"))
    assert r.json()["id"] == r.headers["x-request-id"]


async def test_health_needs_no_auth(app) -> None:  # type: ignore[no-untyped-def]
    async with make_client(app, api_key=None) as c:
        r = await c.get("/_emulator/health")
        assert r.status_code == 200 and r.json() == {"status": "ok"}
        assert "x-request-id" in r.headers


def test_contract_is_loaded_once_per_process(tmp_path) -> None:  # type: ignore[no-untyped-def]
    load_spec()
    before = load_spec.cache_info().misses
    for i in range(3):
        create_app(data_dir=tmp_path / str(i)).state.emulator.close()
    assert load_spec.cache_info().misses == before


def test_cold_start_is_fast(tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = (
        "import time; t = time.perf_counter(); "
        "from mistralkit.emulator import create_app; i = time.perf_counter(); "
        "app = create_app(); c = time.perf_counter(); app.state.emulator.close(); "
        "print(f'{i - t:.4f} {c - i:.4f}')"
    )
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True, timeout=60)
    import_s, create_s = map(float, out.stdout.split())
    print(f"cold import {import_s * 1000:.0f} ms, create_app {create_s * 1000:.0f} ms")
    assert create_s < 1.0
    assert import_s + create_s < 5.0


async def test_api_key_in_config_is_compared_in_constant_time() -> None:
    import inspect

    from mistralkit.emulator import auth

    assert "compare_digest" in inspect.getsource(auth.is_authorized)
    assert auth.is_authorized("k", None) and not auth.is_authorized(None, None)
    assert auth.is_authorized("abc", "abc") and not auth.is_authorized("abd", "abc")


async def test_key_header_case_and_api_key_constant() -> None:
    assert API_KEY  # the suite's default bearer key is non-empty
