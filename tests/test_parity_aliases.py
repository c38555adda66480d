"""The official SDK's module paths, type names, error names and per-call options, on mistralkit."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import httpx2
import pytest

import mistralkit
from mistralkit import types
from mistralkit.testing import emulated_client

from .helpers import API_KEY, FakeClock, Script, make_client, ok

ROOT = Path(__file__).resolve().parent.parent
MODEL = "mistral-small-latest"
HI = [{"role": "user", "content": "Say hi"}]


def test_official_module_paths_are_cheap_to_import() -> None:
    code = (
        "import sys, mistralkit.client, mistralkit.client.models, mistralkit.client.errors, "
        "mistralkit.client.types, mistralkit.client.utils, mistralkit.models, mistralkit.extra, "
        "mistralkit.extra.struct_chat, mistralkit.extra.utils, mistralkit.extra.run.context\n"
        "heavy = [m for m in ('httpx2', 'pydantic', 'mistralkit._client', 'mistralkit.types.shared') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_client_path_names_are_ours() -> None:
    from mistralkit.client import SERVER_EU, SERVERS, VERSION, AsyncMistral, Mistral

    assert Mistral is mistralkit.Mistral and AsyncMistral is mistralkit.AsyncMistral
    assert VERSION == mistralkit.__version__
    assert SERVERS[SERVER_EU] == "https://api.eu.mistral.ai"
    with pytest.raises(AttributeError):
        importlib.import_module("mistralkit.client").NoSuchThing  # noqa: B018


def test_official_constructor_spellings() -> None:
    from mistralkit.client import Mistral
    from mistralkit.client.utils import BackoffStrategy, RetryConfig

    client = Mistral(api_key="k", server="eu", retry_config=RetryConfig("backoff", BackoffStrategy(10, 100, 2.0, 5000), True))
    assert client.server_url == "https://api.eu.mistral.ai"
    assert client.retry_policy.deadline == 5.0 and client.retry_policy.backoff_base == 0.01
    http = httpx2.Client()
    assert Mistral(api_key="k", client=http)._pool.http is http
    with pytest.raises(ValueError, match="server must be one of"):
        Mistral(api_key="k", server="mars")
    with pytest.raises(ValueError, match="either http_client or client"):
        Mistral(api_key="k", client=http, http_client=httpx2.Client())
    http.close()


def test_models_are_our_types_under_official_names() -> None:
    from mistralkit.client import models as client_models
    from mistralkit.models import (
        AssistantMessage,
        ChatCompletionRequestMessage,
        ChatCompletionRequestTool,
        ClassifierFineTuningJob,
        ClassifierFineTuningJobDetails,
        JSONSchema,
        UserMessage,
        UserMessageTypedDict,
    )

    assert UserMessage is types.UserMessage and client_models.UserMessage is UserMessage
    assert AssistantMessage is types.AssistantMessage
    assert JSONSchema is types.JsonSchema
    assert ClassifierFineTuningJob is types.ClassifierJobOut
    assert ClassifierFineTuningJobDetails is types.ClassifierDetailedJobOut
    assert UserMessageTypedDict == dict[str, object] or UserMessageTypedDict.__origin__ is dict
    # An inline union is the type of the field holding it: it validates every message kind.
    import pydantic

    adapter = pydantic.TypeAdapter(ChatCompletionRequestMessage)
    assert isinstance(adapter.validate_python({"role": "user", "content": "x"}), types.UserMessage)
    assert isinstance(adapter.validate_python({"role": "assistant", "content": "x"}), types.AssistantMessage)
    tool = pydantic.TypeAdapter(ChatCompletionRequestTool).validate_python({"type": "function", "function": {"name": "f", "parameters": {}}})
    assert isinstance(tool, types.Tool)
    assert UserMessage(content="hi").model_dump(exclude_none=True) == {"role": "user", "content": "hi"}
    # Our own names are there too, and unknown names say why.
    from mistralkit import models

    assert models.ChatCompletionResponse is types.ChatCompletionResponse
    # mistralkit.types answers to the official names as well.
    assert types.JSONSchema is JSONSchema and types.ChatCompletionRequestMessage is ChatCompletionRequestMessage
    with pytest.raises(AttributeError):
        types.NoSuchType  # noqa: B018
    with pytest.raises(AttributeError, match="no attribute 'NoSuchType'"):
        models.NoSuchType  # noqa: B018


def test_every_official_type_name_is_exported_or_explained() -> None:
    from mistralkit import models

    official = json.loads((ROOT / "spec" / "official_models.json").read_text())["names"]
    missing = []
    for name in official:
        if name in models.UNMAPPED:
            with pytest.raises(AttributeError, match="no counterpart in mistralkit"):
                getattr(models, name)
            continue
        try:
            getattr(models, name)
        except AttributeError:
            missing.append(name)
    assert missing == []
    assert set(official) <= set(dir(models)) | set(models.UNMAPPED)


def test_generated_models_module_is_fresh() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "official_models.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_file_model_uploads(mistral_client) -> None:
    from mistralkit.client.models import File

    part = File(file_name="train.jsonl", content=b'{"messages": []}\n', content_type="application/jsonl")
    uploaded = mistral_client.files.upload(file=part, purpose="fine-tune")
    assert uploaded.filename == "train.jsonl"
    with mistral_client.files.download(file_id=uploaded.id) as body:
        assert body.read() == b'{"messages": []}\n'


def test_official_error_names_catch_our_errors(mistral_client) -> None:
    from mistralkit.client.errors import HTTPValidationError, MistralError, SDKError
    from mistralkit.models import SDKError as ModelsSDKError

    assert ModelsSDKError is SDKError
    with pytest.raises(SDKError) as info:
        mistral_client.files.retrieve(file_id="00000000-0000-4000-8000-000000000000")
    assert info.value.status_code == 404 and isinstance(info.value, MistralError)
    with pytest.raises(HTTPValidationError) as invalid:
        mistral_client.chat.complete(model=MODEL, messages=HI, extra_body={"max_tokens": "many"})
    assert invalid.value.status_code == 422 and isinstance(invalid.value, SDKError)


def test_no_response_error_is_a_connection_failure() -> None:
    from mistralkit.client.errors import NoResponseError

    client = make_client(Script(httpx2.ConnectError("refused")), max_retries=0)
    with pytest.raises(NoResponseError):
        client.models.list()


def test_extra_helpers_alias_lib_or_say_what_is_missing() -> None:
    import mistralkit.extra as extra
    from mistralkit.extra.run import context

    for module, name, home in (
        (extra, "response_format_from_pydantic_model", "mistralkit.lib"),
        (context, "RunContext", "mistralkit.lib.run"),
    ):
        try:
            value = getattr(module, name)
        except ImportError as exc:
            assert home in str(exc) and name in str(exc)
        else:
            lib = importlib.import_module("mistralkit.lib")
            assert value is getattr(importlib.import_module(home), name, getattr(lib, name, None))


def test_per_call_retries_follow_the_official_retry_config() -> None:
    from mistralkit.client.utils import BackoffStrategy, RetryConfig

    clock = FakeClock()
    script = Script(httpx2.Response(503), httpx2.Response(503), httpx2.Response(503), ok())
    client = make_client(script, clock=clock, max_retries=0)
    client._policy = client._policy.with_changes(random=lambda: 0.0)
    config = RetryConfig("backoff", BackoffStrategy(100, 1000, 3.0, 60_000, jitter_ms=0), False)
    client.with_options()  # per-call options do not depend on copies
    reply = client.chat.complete(model=MODEL, messages=HI, retries=config)
    assert reply.choices and len(script.requests) == 4
    assert clock.sleeps == pytest.approx([0.1, 0.3, 0.9])  # 100 ms * 3 ** n
    # Without a RetryConfig the status set is the official default: 400 is not retried.
    script = Script(httpx2.Response(400, json={"message": "bad"}), ok())
    client = make_client(script, clock=FakeClock(), max_retries=0)
    with pytest.raises(mistralkit.BadRequestError):
        client.chat.complete(model=MODEL, messages=HI, retries=config)
    # retries=None: no retry at all, as in the official SDK; "5XX" overrides name a class of statuses.
    script = Script(httpx2.Response(503), ok())
    client = make_client(script, clock=FakeClock(), max_retries=3)
    with pytest.raises(mistralkit.InternalServerError):
        client.chat.complete(model=MODEL, messages=HI, retries=None)
    override = RetryConfig("backoff", BackoffStrategy(1, 1, 1.0, 1000), True, status_codes_override=["4XX"])
    script = Script(httpx2.Response(418), ok())
    assert make_client(script, clock=FakeClock()).chat.complete(model=MODEL, messages=HI, retries=override).choices


def test_per_call_server_url_timeout_ms_and_http_headers() -> None:
    script = Script(ok())
    client = make_client(script)
    client.chat.complete(
        model=MODEL, messages=HI, server_url="https://eu.api.test/", timeout_ms=1500, http_headers={"X-Trace": "t1"}
    )
    sent = script.requests[0]
    assert str(sent.url) == "https://eu.api.test/v1/chat/completions"
    assert sent.headers["x-trace"] == "t1" and sent.headers["authorization"] == f"Bearer {API_KEY}"
    assert sent.extensions["timeout"]["read"] == 1.5
    with pytest.raises(mistralkit.InvalidRequestError, match="server_url"):
        client.chat.complete(model=MODEL, messages=HI, server_url="ftp://nope")
    with pytest.raises(TypeError, match="RetryConfig"):
        client.chat.complete(model=MODEL, messages=HI, retries={"strategy": "backoff"})


def test_emulated_official_style_structured_output_accepts_schema_definition() -> None:
    with emulated_client() as client:
        reply = client.chat.complete(
            model=MODEL,
            messages=[{"role": "user", "content": "Solve 8x + 7 = -23"}],
            response_format={
                "type": "json_schema",
                "json_schema": {
                    "name": "Answer",
                    "schema_definition": {
                        "type": "object",
                        "properties": {"x": {"type": "number"}},
                        "required": ["x"],
                        "additionalProperties": False,
                    },
                    "strict": True,
                },
            },
        )
        assert "x" in json.loads(reply.choices[0].message.content)


def test_constructor_takes_every_official_argument() -> None:
    import inspect
    import logging

    from mistralkit.client import Mistral

    official = ["api_key", "server", "url_params", "server_url", "client", "async_client", "retry_config", "timeout_ms", "debug_logger"]  # fmt: skip
    assert set(official) <= set(inspect.signature(Mistral).parameters)
    client = Mistral(api_key="k", server_url="https://{region}.api.test", url_params={"region": "eu"})
    assert client.server_url == "https://eu.api.test"
    records: list[str] = []

    class Sink:
        def debug(self, message: str) -> None:
            records.append(message)

    sink = Sink()
    script = Script(ok())
    client = make_client(script, debug_logger=sink)
    try:
        client.chat.complete(model=MODEL, messages=HI)
        assert any("POST" in line and "/v1/chat/completions" in line for line in records)
        assert not any(API_KEY in line for line in records)
    finally:
        logger = logging.getLogger("mistralkit")
        for handler in [h for h in logger.handlers if getattr(h, "target", None) is sink]:
            logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)
    with pytest.raises(TypeError, match="debug_logger"):
        Mistral(api_key="k", debug_logger=object())


def test_the_official_stream_flag_is_accepted_where_it_fits() -> None:
    with emulated_client() as client:
        assert client.chat.complete(model=MODEL, messages=HI, stream=False).choices
        with client.chat.stream(model=MODEL, messages=HI, stream=True) as stream:
            assert [event for event in stream]
        with pytest.raises(ValueError, match="stream"):
            client.chat.complete(model=MODEL, messages=HI, stream=True)


@pytest.mark.parametrize(
    "module", ["mistralkit.client", "mistralkit.client.errors", "mistralkit.client.types", "mistralkit.client.utils"]
)
def test_every_exported_name_of_the_official_paths_resolves(module: str) -> None:
    loaded = importlib.import_module(module)
    for name in loaded.__all__:
        assert getattr(loaded, name) is not None, name
    assert set(loaded.__all__) <= set(dir(loaded))


@pytest.mark.parametrize("retry_connection_errors", [True, False])
def test_retry_config_decides_whether_connection_failures_are_retried(retry_connection_errors: bool) -> None:
    import socket

    from mistralkit.client.utils import BackoffStrategy, RetryConfig

    with socket.socket() as sock:  # a port nobody listens on: every attempt is refused
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = RetryConfig("backoff", BackoffStrategy(1, 5, 1.0, 300, jitter_ms=0), retry_connection_errors)
    with mistralkit.Mistral(api_key="k", server_url=f"http://127.0.0.1:{port}", retry_config=config) as client:
        with pytest.raises(mistralkit.APIConnectionError) as info:
            client.models.list()
        with pytest.raises(mistralkit.APIConnectionError) as per_call:
            client.with_options(max_retries=0).models.list(retries=config)
    for error in (info.value, per_call.value):
        if retry_connection_errors:
            assert error.retries >= 2  # retried until the 300 ms budget ran out
        else:
            assert error.retries == 0
