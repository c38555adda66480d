"""Structured output: answers parsed into pydantic models, tool calls into validated arguments.

``chat.parse(..., response_format=Model)`` sends a strict JSON schema built from ``Model`` and returns
a ``ParsedChatCompletionResponse[Model]`` whose ``choices[i].message.parsed`` is a ``Model``.
``chat.parse_stream`` yields each event with the JSON parsed so far (``event.partial``) and, on the
last event, the validated object (``event.parsed``). Pydantic-model or function tools given to
either get ``tool_call.parsed_arguments``. Content that is not valid JSON or does not fit raises
``StructuredOutputError`` with the raw content, the errors and the request id.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, Generic, TypeVar

import pydantic

from ..types import (
    AssistantMessage,
    ChatCompletionChoice,
    ChatCompletionResponse,
    CompletionEvent,
    ToolCall,
)
from .errors import StructuredOutputError
from .partial_json import partial_json
from .schema import (
    arguments_model,
    function_tool,
    response_format_from_pydantic_model,
    tool_name,
)

__all__ = [
    "ParseAccumulator",
    "ParseRequest",
    "ParsedAssistantMessage",
    "ParsedChatCompletionChoice",
    "ParsedChatCompletionResponse",
    "ParsedCompletionEvent",
    "ParsedToolCall",
    "convert_to_parsed_chat_completion_response",
    "parse_response",
    "prepare",
]

T = TypeVar("T")


class ParsedToolCall(ToolCall):
    """A tool call whose arguments were validated against the tool's model: ``parsed_arguments``
    (a model instance for a pydantic-model tool, a dict of arguments for a function tool)."""

    parsed_arguments: Any = None


class ParsedAssistantMessage(AssistantMessage, Generic[T]):
    parsed: T | None = None
    tool_calls: list[ParsedToolCall] | None = None  # type: ignore[assignment]


class ParsedChatCompletionChoice(ChatCompletionChoice, Generic[T]):
    message: ParsedAssistantMessage[T] | None = None


class ParsedChatCompletionResponse(ChatCompletionResponse, Generic[T]):
    """A ``ChatCompletionResponse`` whose messages carry ``parsed`` (and tool calls ``parsed_arguments``)."""

    choices: list[ParsedChatCompletionChoice[T]]  # type: ignore[assignment]


class ParsedCompletionEvent(CompletionEvent, Generic[T]):
    """A streamed chunk with ``partial``: the JSON of choice 0 parsed so far (dicts, lists...), and on
    the last event ``parsed``: the validated object."""

    partial: Any = None
    parsed: T | None = None


class ParseRequest:
    """What ``parse`` needs to remember between sending and parsing: the output model and the tools."""

    __slots__ = ("model", "tools")

    def __init__(self, model: Any, tools: dict[str, Any]) -> None:
        self.model = model
        self.tools = tools


def prepare(kwargs: dict[str, Any]) -> ParseRequest:
    """Turn ``response_format=Model`` and pydantic/function ``tools`` into API shapes, in place."""
    fmt = kwargs.get("response_format")
    model = None
    if isinstance(fmt, type) and issubclass(fmt, pydantic.BaseModel):
        model = fmt
        kwargs["response_format"] = response_format_from_pydantic_model(fmt)
    elif fmt is not None and not isinstance(fmt, (Mapping, pydantic.BaseModel)):
        raise TypeError(f"response_format must be a pydantic model class or a response format, not {fmt!r}")
    tools: dict[str, Any] = {}
    given = kwargs.get("tools")
    if given:
        converted = []
        for tool in given:
            if isinstance(tool, (Mapping, pydantic.BaseModel)) and not isinstance(tool, type):
                converted.append(tool)
                continue
            definition = function_tool(tool)
            tools[tool_name(definition)] = tool
            converted.append(definition)
        kwargs["tools"] = converted
    return ParseRequest(model, tools)


def _content_text(content: Any) -> str | None:
    if content is None or isinstance(content, str):
        return content
    return "".join(getattr(part, "text", "") or "" for part in content if getattr(part, "type", None) == "text")


def parse_content(text: str | None, model: Any, request_id: str | None) -> Any:
    """``text`` validated as ``model``; ``StructuredOutputError`` if it is not JSON or does not fit."""
    if text is None or text == "":
        return None
    adapter = model if isinstance(model, pydantic.TypeAdapter) else None
    try:
        if adapter is not None:
            return adapter.validate_json(text)
        return model.model_validate_json(text)
    except pydantic.ValidationError as exc:
        errors = exc.errors(include_url=False)
        invalid_json = any(e.get("type") == "json_invalid" for e in errors)
        what = "is not valid JSON" if invalid_json else f"does not fit {getattr(model, '__name__', model)}"
        raise StructuredOutputError(
            f"The model's answer {what}", content=text, errors=errors, request_id=request_id, model=model
        ) from None


def _parse_calls(calls: Sequence[Any] | None, tools: dict[str, Any], request_id: str | None) -> list[Any] | None:
    if calls is None:
        return None
    out = []
    for call in calls:
        parsed = None
        source = tools.get(call.function.name)
        if source is not None:
            parsed = parse_arguments(call.function.arguments, source, request_id)
        out.append(ParsedToolCall.model_construct(**dict(call), parsed_arguments=parsed))
    return out


def parse_arguments(arguments: Any, source: Any, request_id: str | None = None) -> Any:
    """A tool call's arguments validated against its tool (a pydantic model, or a function's signature).

    A pydantic-model tool gives a model instance; a function gives a dict of its keyword arguments.
    """
    text = arguments if isinstance(arguments, str) else json.dumps(arguments)
    is_model = isinstance(source, type) and issubclass(source, pydantic.BaseModel)
    model = source if is_model else arguments_model(source)
    try:
        validated = model.model_validate_json(text or "{}")
    except pydantic.ValidationError as exc:
        raise StructuredOutputError(
            f"The arguments of a call to {tool_name(source)} do not fit its parameters",
            content=text,
            errors=exc.errors(include_url=False),
            request_id=request_id,
            model=model,
        ) from None
    if is_model:
        return validated
    return {name: getattr(validated, name) for name in type(validated).model_fields}


def parse_response(response: ChatCompletionResponse, request: ParseRequest, request_id: str | None = None) -> Any:
    """Add ``parsed`` to every message and ``parsed_arguments`` to every known tool call."""
    model = request.model
    choices: list[Any] = []
    for choice in response.choices:
        message = choice.message
        if message is None:  # the API may leave it out
            choices.append(ParsedChatCompletionChoice.model_construct(**dict(choice)))
            continue
        parsed = None
        if model is not None and not message.tool_calls:
            parsed = parse_content(_content_text(message.content), model, request_id)
        fields = dict(message)
        fields["tool_calls"] = _parse_calls(message.tool_calls, request.tools, request_id)
        new_message: Any = ParsedAssistantMessage.model_construct(**fields, parsed=parsed)
        choice_fields = dict(choice)
        choice_fields["message"] = new_message
        choices.append(ParsedChatCompletionChoice.model_construct(**choice_fields))
    fields = dict(response)
    fields["choices"] = choices
    return ParsedChatCompletionResponse.model_construct(**fields)


def convert_to_parsed_chat_completion_response(response: ChatCompletionResponse, response_format: Any) -> Any:
    """The official SDK's name: ``response`` with ``parsed`` messages for the model ``response_format``."""
    return parse_response(response, ParseRequest(response_format, {}))


class ParseAccumulator:
    """Tracks choice 0's text across streamed chunks for ``partial`` / ``parsed``."""

    __slots__ = ("parts", "request", "request_id")

    def __init__(self, request: ParseRequest, request_id: str | None) -> None:
        self.request = request
        self.parts: list[str] = []
        self.request_id = request_id

    def wrap(self, event: Any) -> tuple[Any, bool]:
        """The event as a ``ParsedCompletionEvent``; the flag says it finished choice 0."""
        chunk = event.data
        finished = False
        for choice in chunk.choices:
            if choice.index != 0:
                continue
            text = _content_text(choice.delta.content)
            if text:
                self.parts.append(text)
            finished = choice.finish_reason is not None
        partial = partial_json("".join(self.parts)) if self.request.model is not None and self.parts else None
        parsed = None
        if finished and self.request.model is not None and self.parts:
            parsed = parse_content("".join(self.parts), self.request.model, self.request_id)
        return ParsedCompletionEvent.model_construct(data=chunk, partial=partial, parsed=parsed), finished
