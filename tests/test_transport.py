"""The transport core: retries, deadline, timeouts, error mapping, options, raw responses."""

from __future__ import annotations

import json
import logging

import httpx2
import pytest

import mistralkit
from mistralkit import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    InternalServerError,
    InvalidRequestError,
    Mistral,
    NotFoundError,
    RateLimitError,
    RetryPolicy,
    UnprocessableEntityError,
)

from .helpers import API_KEY, CHAT_RESPONSE, MESSAGES, FakeClock, Script, make_async_client, make_client, ok


def err(status: int, message: str = "boom", headers: dict | None = None, **extra) -> httpx2.Response:
    body = {"object": "error", "message": message, "type": "invalid_request_error", "param": None, "code": None, **extra}
    return httpx2.Response(status, json=body, headers={"x-request-id": f"req-{status}", **(headers or {})})


def complete(client: Mistral, **kwargs):
    kwargs.setdefault("messages", MESSAGES)
    return client.chat.complete(model="mistral-small-latest", **kwargs)


# --- retries -------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried(status):
    script = Script(err(status), ok())
    clock = FakeClock()
    reply = complete(make_client(script, clock))
    assert reply.choices[0].message.content == "Hello there"
    assert len(script.requests) == 2
    assert len(clock.sleeps) == 1


@pytest.mark.parametrize("status, cls", [(400, BadRequestError), (401, AuthenticationError), (404, NotFoundError)])
def test_other_statuses_fail_at_once(status, cls):
    script = Script(err(status, "nope"))
    with pytest.raises(cls) as info:
        complete(make_client(script))
    assert len(script.requests) == 1
    assert info.value.status_code == status
    assert info.value.message == "nope"
    assert info.value.request_id == f"req-{status}"
    assert info.value.retries == 0
    assert info.value.body["message"] == "nope"
    assert info.value.type == "invalid_request_error"


def test_retries_exhausted_raise_with_history():
    script = Script(err(503, "overloaded"))
    clock = FakeClock()
    with pytest.raises(InternalServerError) as info:
        complete(make_client(script, clock, max_retries=3))
    assert len(script.requests) == 4
    assert info.value.retries == 3
    assert info.value.history == [f"attempt {i}: 503" for i in range(1, 5)]
    assert "after 3 retries" in str(info.value)
    assert len(clock.sleeps) == 3


def test_backoff_grows_with_full_jitter_bounds():
    script = Script(err(500))
    clock = FakeClock()
    client = make_client(script, clock, retry_policy=RetryPolicy(random=lambda: 1.0), max_retries=3)
    with pytest.raises(InternalServerError):
        complete(client)
    assert clock.sleeps == [0.5, 1.0, 2.0]


def test_retry_after_and_retry_after_ms_are_honoured():
    script = Script(err(429, headers={"retry-after": "7"}), err(429, headers={"retry-after-ms": "120"}), ok())
    clock = FakeClock()
    complete(make_client(script, clock))
    assert clock.sleeps == [7.0, 0.12]


def test_retry_after_is_capped():
    script = Script(err(429, headers={"retry-after": "3600"}), ok())
    clock = FakeClock()
    complete(make_client(script, clock, retry_policy=RetryPolicy(max_retry_after=20)))
    assert clock.sleeps == [20.0]


def test_should_retry_header_overrides_status():
    script = Script(err(503, headers={"x-should-retry": "false"}))
    with pytest.raises(InternalServerError):
        complete(make_client(script))
    assert len(script.requests) == 1
    script = Script(err(400, headers={"x-should-retry": "true"}), ok())
    complete(make_client(script))
    assert len(script.requests) == 2


def test_connection_errors_and_timeouts_are_retried_then_typed():
    script = Script(httpx2.ConnectError("refused"), httpx2.ReadTimeout("slow"), ok())
    assert complete(make_client(script)).id == "cmpl-1"
    script = Script(httpx2.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as info:
        complete(make_client(script))
    assert not isinstance(info.value, APITimeoutError)
    assert info.value.retries == 2
    script = Script(httpx2.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError):
        complete(make_client(script, max_retries=0))
    assert len(script.requests) == 1


def test_max_retries_per_call_and_with_options():
    script = Script(err(503))
    client = make_client(script)
    with pytest.raises(InternalServerError):
        complete(client, max_retries=0)
    assert len(script.requests) == 1
    with pytest.raises(InternalServerError):
        complete(client.with_options(max_retries=1))
    assert len(script.requests) == 3


# --- deadline and timeouts -------------------------------------------------------------------------


def test_deadline_stops_retrying():
    script = Script(err(503))
    clock = FakeClock()
    client = make_client(script, clock, max_retries=10, retry_policy=RetryPolicy(random=lambda: 1.0, backoff_base=2.0))
    with pytest.raises(InternalServerError) as info:
        complete(client, deadline=5.0)
    # waits of 2 then 4 seconds would cross the 5 s deadline: one retry only
    assert clock.sleeps == [2.0]
    assert info.value.retries == 1


def test_deadline_caps_each_attempt_timeout():
    seen = []

    def reply(request):
        seen.append(request.extensions["timeout"])
        return err(503, headers={"retry-after": "3"})

    script = Script(reply)
    clock = FakeClock()
    client = make_client(script, clock, timeout=10.0, max_retries=5)
    with pytest.raises(APIStatusError):
        complete(client, deadline=8.0)
    assert seen[0] == {"connect": 8.0, "read": 8.0, "write": 8.0, "pool": 8.0}
    assert seen[1]["read"] == pytest.approx(5.0)
    assert seen[2]["read"] == pytest.approx(2.0)
    assert len(seen) == 3


def test_spent_deadline_ends_the_call_with_the_last_error():
    clock = FakeClock()

    def slow(request):
        clock.now += 10
        return err(503)

    script = Script(slow)
    client = make_client(script, clock, deadline=5.0)
    with pytest.raises(InternalServerError):
        complete(client)
    assert len(script.requests) == 1
    assert clock.sleeps == []


def test_attempt_timing_out_under_the_deadline_is_a_timeout_error():
    script = Script(httpx2.ReadTimeout("deadline-capped read"))
    clock = FakeClock()
    client = make_client(script, clock, deadline=1.0, retry_policy=RetryPolicy(random=lambda: 1.0))
    with pytest.raises(APITimeoutError):
        complete(client)
    # the first wait (0.5 s) fits in the deadline, the second (1 s) would not
    assert clock.sleeps == [0.5]


def test_user_http_client_timeout_is_not_overridden():
    seen = []
    handler = Script(lambda r: seen.append(r.extensions["timeout"]) or ok())
    http = httpx2.Client(transport=httpx2.MockTransport(handler), timeout=httpx2.Timeout(3.0, connect=1.0))
    client = Mistral(api_key=API_KEY, server_url="https://api.test", http_client=http)
    complete(client)
    assert seen[-1] == {"connect": 1.0, "read": 3.0, "write": 3.0, "pool": 3.0}
    complete(client, timeout=9.0)
    assert seen[-1]["read"] == 9.0
    complete(client, timeout_ms=1500)
    assert seen[-1]["read"] == 1.5
    client.close()
    assert not http.is_closed


# --- errors ---------------------------------------------------------------------------------------


def test_422_details_are_a_readable_list():
    body = {
        "object": "error",
        "message": {"detail": [{"type": "missing", "loc": ["body", "model"], "msg": "Field required"}]},
        "type": "invalid_request_error",
    }
    script = Script(httpx2.Response(422, json=body))
    with pytest.raises(UnprocessableEntityError) as info:
        complete(make_client(script))
    assert info.value.details == ["body.model: Field required (missing)"]
    assert "body.model: Field required" in str(info.value)


def test_fastapi_style_422_detail():
    body = {"detail": [{"type": "string_type", "loc": ["body", "messages", 0, "content"], "msg": "Input should be a valid string"}]}
    with pytest.raises(UnprocessableEntityError) as info:
        complete(make_client(Script(httpx2.Response(422, json=body))))
    assert info.value.details == ["body.messages.0.content: Input should be a valid string (string_type)"]


def test_non_json_error_body():
    script = Script(httpx2.Response(502, text="<html>Bad gateway</html>"))
    with pytest.raises(InternalServerError) as info:
        complete(make_client(script, max_retries=0))
    assert info.value.body == "<html>Bad gateway</html>"
    assert "Bad gateway" in info.value.message


def test_rate_limit_error_carries_headers():
    script = Script(err(429, headers={"x-ratelimit-remaining-requests": "0"}))
    with pytest.raises(RateLimitError) as info:
        complete(make_client(script, max_retries=0))
    assert info.value.headers["x-ratelimit-remaining-requests"] == "0"


def test_invalid_json_success_is_a_validation_error():
    script = Script(httpx2.Response(200, content=b"{not json", headers={"content-type": "application/json"}))
    with pytest.raises(mistralkit.APIResponseValidationError):
        complete(make_client(script))


def test_error_tree():
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIConnectionError, mistralkit.APIError)
    assert issubclass(mistralkit.APIError, mistralkit.MistralError)
    assert issubclass(RateLimitError, APIStatusError)
    assert issubclass(mistralkit.APIResponseValidationError, mistralkit.APIError)


# --- requests -------------------------------------------------------------------------------------


def test_request_shape_and_options():
    script = Script(ok())
    client = make_client(script, default_headers={"X-Team": "a"})
    complete(
        client,
        temperature=0.2,
        extra_headers={"X-Trace": "t1"},
        extra_query={"debug": True},
        extra_body={"new_param": 1, "temperature": 0.3},
    )
    request = script.requests[0]
    assert request.method == "POST"
    assert request.url.path == "/v1/chat/completions"
    assert request.url.params["debug"] == "true"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["x-team"] == "a"
    assert request.headers["x-trace"] == "t1"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"].startswith("python-httpx")  # the user's client keeps its own
    assert json.loads(request.content) == {
        "model": "mistral-small-latest",
        "messages": MESSAGES,
        "temperature": 0.3,
        "new_param": 1,
    }


def test_none_arguments_are_not_sent():
    script = Script(ok())
    complete(make_client(script), max_tokens=None, temperature=None)
    assert set(script.bodies[0]) == {"model", "messages"}


def test_bad_input_fails_before_sending():
    script = Script(ok())
    client = make_client(script)
    with pytest.raises(InvalidRequestError) as info:
        client.chat.complete(model="m", messages=[{"role": "wizard", "content": "x"}])
    assert "messages.0" in str(info.value)
    with pytest.raises(InvalidRequestError):
        client.chat.complete(model="m", messages="not a list")
    with pytest.raises(TypeError):
        client.chat.complete(model="m", messages=MESSAGES, max_token=5)
    with pytest.raises(ValueError, match="model_id"):
        client.models.retrieve(model_id="")
    assert script.requests == []


def test_path_parameters_are_encoded():
    script = Script(ok({"id": "a/b c", "object": "model", "deleted": True}))
    make_client(script).models.delete(model_id="a/b c")
    assert script.requests[0].url.raw_path == b"/v1/models/a%2Fb%20c"


def test_models_accept_messages_as_models():
    from mistralkit.types import UserMessage

    script = Script(ok())
    complete(make_client(script), messages=[UserMessage(content="Hi")])
    assert script.bodies[0]["messages"] == [{"role": "user", "content": "Hi"}]


# --- credentials ----------------------------------------------------------------------------------


def test_missing_key_is_reported_at_first_request(monkeypatch):
    monkeypatch.delenv("MISTRAL_API_KEY", raising=False)
    script = Script(ok())
    http = httpx2.Client(transport=httpx2.MockTransport(script))
    client = Mistral(server_url="https://api.test", http_client=http)  # no error yet
    with pytest.raises(ConfigurationError, match="MISTRAL_API_KEY"):
        complete(client)
    assert script.requests == []


def test_key_from_environment_and_callable(monkeypatch):
    monkeypatch.setenv("MISTRAL_API_KEY", "env-key")
    script = Script(ok())
    http = httpx2.Client(transport=httpx2.MockTransport(script))
    complete(Mistral(server_url="https://api.test", http_client=http))
    assert script.requests[-1].headers["authorization"] == "Bearer env-key"
    keys = iter(["k1", "k2"])
    client = Mistral(api_key=lambda: next(keys), server_url="https://api.test", http_client=http)
    complete(client)
    complete(client)
    assert [r.headers["authorization"] for r in script.requests[-2:]] == ["Bearer k1", "Bearer k2"]


def test_server_url_from_environment(monkeypatch):
    monkeypatch.setenv("MISTRAL_BASE_URL", "http://localhost:9999/")
    assert Mistral(api_key="k").server_url == "http://localhost:9999"
    monkeypatch.delenv("MISTRAL_BASE_URL")
    assert Mistral(api_key="k").server_url == "https://api.mistral.ai"


def test_key_never_leaks(caplog):
    caplog.set_level(logging.DEBUG)
    script = Script(err(401, "Unauthorized"))
    client = make_client(script)
    with pytest.raises(AuthenticationError) as info:
        complete(client)
    texts = [str(info.value), repr(info.value), repr(client), str(client), caplog.text]
    texts += [str(vars(info.value))]
    assert all(API_KEY not in t for t in texts)
    assert "<redacted>" in caplog.text  # the debug line shows headers, masked


# --- raw responses --------------------------------------------------------------------------------


def test_with_raw_response():
    headers = {"x-request-id": "req-9", "x-ratelimit-remaining-tokens": "99", "ratelimitbysize-limit": "5"}
    script = Script(err(503), ok(headers=headers))
    raw = make_client(script).chat.with_raw_response.complete(model="m", messages=MESSAGES)
    assert raw.status_code == 200
    assert raw.request_id == "req-9"
    assert raw.retries == 1
    assert raw.rate_limits == {"x-ratelimit-remaining-tokens": "99", "ratelimitbysize-limit": "5"}
    assert raw.headers["x-request-id"] == "req-9"
    assert raw.json()["id"] == "cmpl-1"
    assert raw.parse().choices[0].message.content == "Hello there"
    assert raw.parse() is raw.parse()


def test_own_pool_identifies_mistralkit():
    with Mistral(api_key="k", server_url="http://127.0.0.1:1") as client:
        assert client._http().headers["user-agent"] == f"mistralkit/{mistralkit.__version__}"


def test_with_options_shares_the_pool_and_keeps_settings():
    client = Mistral(api_key="k", server_url="http://127.0.0.1:1", max_retries=4, timeout=30)
    copy = client.with_options(max_retries=1, default_headers={"X-A": "1"})
    assert copy.max_retries == 1 and client.max_retries == 4
    assert copy._pool is client._pool
    assert copy.timeout == 30
    assert client._http() is copy._http()
    assert copy.chat is not client.chat
    client.close()


# --- async ----------------------------------------------------------------------------------------


async def test_async_retries_and_errors():
    script = Script(err(503), ok())
    clock = FakeClock()
    client = make_async_client(script, clock)
    reply = await client.chat.complete(model="m", messages=MESSAGES)
    assert reply.id == "cmpl-1"
    assert len(clock.sleeps) == 1
    script = Script(err(404, "missing"))
    with pytest.raises(NotFoundError):
        await make_async_client(script).models.retrieve(model_id="x")
    raw = await make_async_client(Script(ok())).chat.with_raw_response.complete(model="m", messages=MESSAGES)
    assert raw.parse().choices[0].message.content == "Hello there"


async def test_async_connection_error():
    script = Script(httpx2.ConnectError("refused"))
    with pytest.raises(APIConnectionError):
        await make_async_client(script, max_retries=1).chat.complete(model="m", messages=MESSAGES)
    assert len(script.requests) == 2


def test_construction_checks():
    with pytest.raises(ValueError):
        Mistral(api_key="k", server_url="ftp://x")
    with pytest.raises(ValueError):
        Mistral(api_key="k", max_retries=-1)
    with pytest.raises(TypeError):
        Mistral(api_key="k", http_client=httpx2.AsyncClient())
    with pytest.raises(ValueError):
        Mistral(api_key="k", timeout=-3)


def test_chat_response_payload_is_tolerant():
    payload = dict(CHAT_RESPONSE, brand_new_field={"x": 1})
    payload["choices"] = [dict(payload["choices"][0], finish_reason="brand_new_reason")]
    reply = complete(make_client(Script(ok(payload))))
    assert reply.model_extra["brand_new_field"] == {"x": 1}
    assert reply.choices[0].finish_reason == "brand_new_reason"


def test_embeddings_take_the_sdk_name_or_the_api_name():
    payload = {"id": "e", "object": "list", "model": "mistral-embed", "data": [], "usage": {"prompt_tokens": 1, "total_tokens": 1}}
    script = Script(ok(payload))
    client = make_client(script)
    client.embeddings.create(model="mistral-embed", inputs=["a", "b"], output_dimension=256)
    client.embeddings.create(model="mistral-embed", input="c")
    assert script.bodies == [
        {"model": "mistral-embed", "input": ["a", "b"], "output_dimension": 256},
        {"model": "mistral-embed", "input": "c"},
    ]
    for bad in ({}, {"inputs": "a", "input": "b"}):
        with pytest.raises(TypeError, match="exactly one of inputs= or input="):
            client.embeddings.create(model="mistral-embed", **bad)
    assert len(script.requests) == 2
