"""The Prism harness itself, driven with raw httpx2: it answers valid requests, rejects invalid ones with
the violations visible, and enforces the spec's bearer auth. If one of these fails, contract test
failures elsewhere say nothing about mistralkit."""

from __future__ import annotations

import json
import os

import httpx2
import pytest

pytestmark = pytest.mark.contract

AUTH = {"Authorization": "Bearer sk-contract-test"}
CHAT = {"model": "mistral-small-latest", "messages": [{"role": "user", "content": "hi"}]}


@pytest.fixture(scope="module")
def http(prism_url):
    # A timeout always: Prism never answers a malformed JSON body.
    with httpx2.Client(base_url=prism_url, headers=AUTH, timeout=30.0) as client:
        yield client


def violations(response: httpx2.Response, side: str = "request") -> list[dict]:
    """The `sl-violations` entries about the request (or the response)."""
    found = json.loads(response.headers.get("sl-violations", "[]"))
    return [v for v in found if v["location"][:1] == [side]]


def test_valid_chat_completion_gets_200_json(http):
    response = http.post("/v1/chat/completions", json=CHAT)

    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert violations(response) == []
    body = response.json()
    assert isinstance(body["choices"], list)
    assert {"id", "model", "usage"} <= body.keys()


def test_responses_are_deterministic_under_the_session_seed(http):
    if os.environ.get("MISTRALKIT_PRISM_SEED") == "":
        pytest.skip("MISTRALKIT_PRISM_SEED is empty: this session's responses are random")
    first = http.post("/v1/chat/completions", json=CHAT).json()
    second = http.post("/v1/chat/completions", json=CHAT).json()
    other_seed = http.post("/v1/chat/completions", json=CHAT, headers={"Prefer": "seed=another"}).json()

    assert first == second
    assert other_seed != first


@pytest.mark.parametrize(
    ("body", "code", "words"),
    [
        ({"messages": CHAT["messages"]}, "required", "'model'"),
        ({**CHAT, "temperature": "hot"}, "type", "temperature"),
        ({**CHAT, "not_in_the_spec": 1}, "additionalProperties", "not_in_the_spec"),
    ],
    ids=["missing-model", "wrong-type", "unknown-field"],
)
def test_invalid_chat_request_is_rejected_with_the_violation(http, body, code, words):
    response = http.post("/v1/chat/completions", json=body)

    assert response.status_code == 422, response.text
    found = violations(response)
    assert any(v["code"] == code and words in v["message"] and v["severity"] == "Error" for v in found), found


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer", "Basic c2stdGVzdA==", "bearer sk-lowercase-scheme"],
    ids=["missing", "no-token", "other-scheme", "lowercase-scheme"],
)
def test_request_without_bearer_auth_is_rejected(prism_url, authorization):
    headers = {} if authorization is None else {"Authorization": authorization}
    response = httpx2.post(f"{prism_url}/v1/chat/completions", json=CHAT, headers=headers, timeout=30.0)

    assert response.status_code == 401, response.text
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.headers["content-type"].startswith("application/problem+json")


def test_multipart_upload_is_validated(http):
    ok = http.post("/v1/files", data={"purpose": "fine-tune"}, files={"file": ("t.jsonl", b'{"a": 1}\n')})
    missing_file = http.post("/v1/files", data={"purpose": "fine-tune"}, files={"x": ("x.txt", b"x")})
    bad_purpose = http.post("/v1/files", data={"purpose": "nope"}, files={"file": ("t.jsonl", b"{}\n")})

    assert ok.status_code == 200, ok.text
    assert "id" in ok.json()
    # POST /v1/files declares no 422, so Prism writes its own problem document with the violations in it.
    assert missing_file.status_code == 422
    assert "'file'" in missing_file.json()["validation"][0]["message"]
    assert bad_purpose.status_code == 422


def test_streaming_twin_is_not_served(http):
    # `/v1/conversations#stream` is only reachable as a literal `%23stream` path, so a streaming request
    # lands on the non-streaming operation, which only allows `stream: false`.
    response = http.post("/v1/conversations", json={"inputs": "hi", "model": "mistral-small-latest", "stream": True})

    assert response.status_code == 422
    assert any(v["location"] == ["request", "body", "stream"] for v in violations(response))


def test_prefer_header_selects_a_declared_status(http):
    response = http.post("/v1/chat/completions", json=CHAT, headers={"Prefer": "code=422"})

    assert response.status_code == 422
    assert "detail" in response.json()
