"""``POST /v1/chat/completions`` (plain and ``stream: true``).

The answer is deterministic (see :mod:`.text_gen`) and depends on the
conversation:

* a plain answer is a few sentences built around the key words of the last
  user message;
* after ``tool`` messages, the answer restates the tools' results;
* ``response_format`` ``json_object`` gives a JSON object, ``json_schema`` a
  JSON document valid against the given schema;
* tools are called according to ``tool_choice`` (see :mod:`.tools`);
* ``prefix: true`` on a final assistant message makes the answer start with
  that text;
* ``stop`` cuts the answer before the first stop string (finish reason
  ``stop``), ``max_tokens`` truncates it (finish reason ``length``);
* ``n`` gives that many different choices;
* ``safe_prompt: true`` adds the emulator's safety system prompt
  (:data:`SAFETY_PROMPT`) to ``prompt_tokens``.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

from starlette.responses import Response

from . import engine as engine_mod
from . import json_gen, tools
from .completion import Choice, finish, response_body, stream_events
from .errors import APIError, bad_request
from .models_catalog import CHAT, require
from .responses import json_response
from .routes import Call
from .sse import sse_response
from .text_gen import answer, keywords, request_seed, rng_for, summarize_tool_output
from .tokenizer import content_text, count_chat_prompt, count_images, tokenize

SAFETY_PROMPT = (
    "Always answer with care, respect and honesty. Be as useful as you can while staying safe: "
    "do not produce harmful, unethical, prejudiced or hostile content, and favour fairness and positivity."
)
MAX_DISTINCT_ATTEMPTS = 5


def _check_conversation(messages: list[dict[str, Any]]) -> None:
    if not messages:
        raise bad_request("messages must contain at least one message", param="messages")
    for index, message in enumerate(messages[:-1]):
        if message.get("role") == "assistant" and message.get("prefix"):
            raise bad_request(
                f"Only the last message can be an assistant message with prefix=True (message {index})",
                param="messages",
                code="3230",
            )
    last = messages[-1]
    role = last.get("role")
    if role not in ("user", "tool") and not (role == "assistant" and last.get("prefix")):
        raise APIError(
            400,
            f"Expected last role User or Tool (or Assistant with prefix True) for serving but got {role}",
            type="invalid_request_message_order",
            code="3230",
        )


def _last_user_text(messages: list[dict[str, Any]]) -> str:
    for message in reversed(messages):
        if message.get("role") == "user":
            return content_text(message.get("content"))
    return ""


def _tool_results(messages: list[dict[str, Any]]) -> list[tuple[str | None, str]]:
    """The trailing tool messages as (function name, content) pairs."""
    names: dict[str, str] = {}
    for message in messages:
        for call in message.get("tool_calls") or []:
            if call.get("id"):
                names[call["id"]] = call.get("function", {}).get("name", "")
    out = []
    for message in reversed(messages):
        if message.get("role") != "tool":
            break
        name = message.get("name") or names.get(message.get("tool_call_id") or "")
        out.append((name, content_text(message.get("content"))))
    out.reverse()
    return out


def _text(body: dict[str, Any], messages: list[dict[str, Any]], question: str, rng: Any) -> str:
    fmt = body.get("response_format") or {}
    kind = fmt.get("type", "text")
    if kind == "json_schema":
        schema = (fmt.get("json_schema") or {}).get("schema")
        hints = keywords(question, limit=6)
        return json.dumps(json_gen.generate(schema, rng, hints), ensure_ascii=False)
    if kind == "json_object":
        return json.dumps(
            {"answer": answer(question, rng, min_sentences=2, max_sentences=3), "topics": keywords(question)},
            ensure_ascii=False,
        )
    results = _tool_results(messages)
    if results:
        return " ".join(summarize_tool_output(name, content, rng) for name, content in results)
    return answer(question, rng)


def generate_choice(body: dict[str, Any], seed: int, index: int, attempt: int = 0) -> Choice:
    messages = body["messages"]
    rng = rng_for(seed, index, attempt)
    question = _last_user_text(messages)
    last = messages[-1]
    calls = tools.plan(body, question, last.get("role") == "tool", rng)
    if calls:
        return Choice("", "tool_calls", tool_calls=calls)
    shown = ""
    if last.get("role") == "assistant" and last.get("prefix"):
        shown = content_text(last.get("content"))
    text = _text(body, messages, question, rng)
    if (
        shown
        and not shown[-1].isspace()
        and not (body.get("response_format") or {}).get("type", "text").startswith("json")
    ):
        text = " " + text
    return finish(text, stop=body.get("stop"), max_tokens=body.get("max_tokens"), shown=shown)


def _validate_options(body: dict[str, Any], model: Any) -> None:
    fmt = body.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        spec = fmt.get("json_schema")
        if not spec:
            raise bad_request(
                "response_format.json_schema is required when type is 'json_schema'", param="response_format"
            )
        try:
            json_gen.check_schema(spec.get("schema"))
        except json_gen.SchemaError as exc:
            raise bad_request(f"Invalid JSON schema in response_format: {exc}", param="response_format") from None
    if (
        body.get("tools")
        and body.get("tool_choice", "auto") != "none"
        and not model.capabilities.get("function_calling")
    ):
        raise bad_request(f"Model {body['model']} does not support function calling", param="tools", code="3051")
    if not model.capabilities.get("vision") and any(count_images(m.get("content")) for m in body["messages"]):
        raise bad_request(f"Model {body['model']} does not support image input", param="messages", code="3051")


def check(body: dict[str, Any], state: Any = None) -> int:
    """Check a (validated) chat request as the service does; its prompt tokens.

    Raises :class:`APIError` (400) for what the service rejects.
    """
    model = require(body["model"], CHAT, state)
    messages = body["messages"]
    _check_conversation(messages)
    _validate_options(body, model)
    prompt_tokens = count_chat_prompt(
        messages, body.get("tools"), SAFETY_PROMPT if body.get("safe_prompt") else "", model=body["model"]
    )
    max_tokens = body.get("max_tokens")
    if prompt_tokens + (max_tokens or 0) > model.max_context_length:
        raise bad_request(
            f"Prompt contains {prompt_tokens} tokens, too large for model with "
            f"{model.max_context_length} maximum context length (max_tokens: {max_tokens or 0})",
            code="3051",
        )
    return prompt_tokens


def generate(body: dict[str, Any], state: Any = None) -> tuple[list[Choice], int]:
    """Check a (validated) chat request and generate its choices: ``(choices, prompt_tokens)``.

    Raises :class:`APIError` (400) for what the service rejects.  Agents
    completions use it too.
    """
    prompt_tokens = check(body, state)
    seed = request_seed(body)
    choices: list[Choice] = []
    for index in range(body.get("n") or 1):
        choice = generate_choice(body, seed, index)
        attempt = 1
        while attempt < MAX_DISTINCT_ATTEMPTS and any(
            c.content == choice.content and c.tool_calls == choice.tool_calls for c in choices
        ):
            choice = generate_choice(body, seed, index, attempt)
            attempt += 1
        choices.append(choice)
    return choices, prompt_tokens


def _prefix(body: dict[str, Any]) -> str:
    last = body["messages"][-1]
    return content_text(last.get("content")) if last.get("role") == "assistant" and last.get("prefix") else ""


async def answer_with_engine(call: Call, body: dict[str, Any], model_name: str) -> Response:
    """Answer a checked chat request with the engine (see :mod:`.engine`), as ``model_name``."""
    engine = call.state.engine
    shown = _prefix(body)
    if not body.get("stream"):
        data = await engine.chat(body)
        return json_response(engine_mod.chat_response(data, call.request_id, model_name, shown))
    events = engine_mod.chat_chunks(engine.chat_stream(body), call.request_id, model_name, shown)
    return await relay_stream(call, events)


async def relay_stream(call: Call, events: AsyncIterator[tuple[None, dict[str, Any]]]) -> Response:
    """Stream engine events; the first is awaited here, so an engine error is a status, not a broken stream."""
    first = await events.__anext__()

    async def relay() -> AsyncIterator[tuple[None, dict[str, Any]]]:
        yield first
        async for event in events:
            yield event

    return sse_response(relay(), call.fault)


def choice_from_engine(data: dict[str, Any], body: dict[str, Any]) -> Choice:
    """The first choice of an engine answer, as the emulator's own :class:`Choice`."""
    choices = data.get("choices") or [{}]
    message = choices[0].get("message") or {}
    calls = engine_mod.tool_calls(message.get("tool_calls"))
    if calls:
        return Choice("", "tool_calls", tool_calls=calls)
    shown = _prefix(body)
    text = message.get("content") or ""
    if shown and text.startswith(shown):
        text = text[len(shown) :]
    return Choice(text, engine_mod.finish_reason(choices[0].get("finish_reason")), shown=shown, tokens=tokenize(text))


async def chat_completion(call: Call) -> Response:
    body: dict[str, Any] = call.body
    if call.state.engine is not None:
        check(body, call.state)
        return await answer_with_engine(call, body, body["model"])
    choices, prompt_tokens = generate(body, call.state)
    cid = call.request_id
    if body.get("stream"):
        return sse_response(stream_events(cid, body["model"], choices, prompt_tokens), call.fault)
    return json_response(response_body(cid, body["model"], choices, prompt_tokens))
