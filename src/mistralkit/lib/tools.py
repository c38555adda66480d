"""The tool runner: model -> tool calls -> results -> model, until a final answer.

Written once as steps (see ``_drive.py``) over a completions resource: ``chat.run_tools`` /
``chat.run_tools_stream`` run it with ``chat`` and ``model=``, ``agents.run_tools`` /
``agents.run_tools_stream`` with ``agents`` and ``agent_id=``, on the sync or async client. On the
async client, the calls of one round run concurrently.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pydantic

from ._drive import END, Blocking, Emit, Gather, Next, Steps
from .errors import StructuredOutputError, ToolRunError
from .parse import parse_arguments
from .schema import function_tool, tool_name

__all__ = ["ToolResult", "ToolRunEvent", "ToolRunResult", "run_tools", "tool_output_text"]

OnToolError = str  # "return" (send the error to the model) or "raise"


@dataclass
class ToolResult:
    """One executed tool call: ``output`` (what the model is sent) and ``error`` if the tool raised."""

    tool_call: Any
    name: str
    arguments: Any
    output: str
    error: BaseException | None = None


@dataclass
class ToolRunResult:
    """The end of a tool run: the final ``response``, the whole ``messages`` list (inputs, assistant
    turns, tool results) to continue from, the number of model ``rounds`` and every tool result."""

    response: Any
    messages: list[dict[str, Any]]
    rounds: int
    tool_results: list[ToolResult] = field(default_factory=list)

    @property
    def content(self) -> Any:
        """The final message's content."""
        return self.response.choices[0].message.content


@dataclass
class ToolRunEvent:
    """An event of ``run_tools_stream``:

    - ``"chunk"``: ``data`` is a streamed ``CompletionEvent`` of round ``round``;
    - ``"response"``: ``data`` is the round's whole ``ChatCompletionResponse``;
    - ``"tool_result"``: ``data`` is a ``ToolResult``;
    - ``"done"`` (last): ``data`` is the ``ToolRunResult``.
    """

    type: str
    round: int
    data: Any


def tool_output_text(value: Any) -> str:
    """What a tool returned, as the text the model receives."""
    if isinstance(value, str):
        return value
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump_json()
    try:
        return json.dumps(value, default=str, ensure_ascii=False)
    except (TypeError, ValueError):
        return str(value)


def _message_dict(message: Any) -> dict[str, Any]:
    data: dict[str, Any] = message.model_dump(mode="json", exclude_none=True, by_alias=True)
    data.pop("parsed", None)
    data["role"] = "assistant"
    for call in data.get("tool_calls") or ():
        call.pop("parsed_arguments", None)
    if data.get("prefix") is False:
        del data["prefix"]
    return data


def _call_tool(func: Callable[..., Any], arguments: dict[str, Any]) -> Callable[[], Any]:
    if inspect.iscoroutinefunction(func):
        return lambda: func(**arguments)
    return Blocking(lambda: func(**arguments))  # type: ignore[return-value]


def run_tools(
    resource: Any,
    *,
    messages: Sequence[Any],
    tools: Sequence[Any],
    max_rounds: int = 10,
    on_tool_error: OnToolError = "return",
    stream: bool = False,
    **kwargs: Any,
) -> Steps[Any]:
    """Steps of a tool run with ``resource``, a chat or agents completions resource: each round calls
    its ``complete`` (or ``stream``) with ``kwargs`` (``model=`` or ``agent_id=`` and the other
    request fields), the conversation so far and the tools' definitions."""
    if max_rounds < 1:
        raise ValueError("max_rounds must be at least 1")
    if on_tool_error not in ("return", "raise"):
        raise ValueError("on_tool_error must be 'return' or 'raise'")
    runnable: dict[str, Any] = {}
    definitions = []
    for tool in tools:
        definition = function_tool(tool)
        definitions.append(definition)
        if callable(tool) and not isinstance(tool, type) and not isinstance(tool, Mapping):
            runnable[tool_name(definition)] = tool
    history: list[Any] = [m if isinstance(m, Mapping) else m.model_dump(mode="json", exclude_none=True) for m in messages]
    results: list[ToolResult] = []
    for round_number in range(1, max_rounds + 1):
        request = dict(kwargs, messages=list(history), tools=definitions)
        if stream:
            events = yield (lambda request=request: resource.stream(**request))
            while True:
                item = yield Next(events)
                if item is END:
                    break
                yield Emit(ToolRunEvent("chunk", round_number, item))
            response = events._final()
        else:
            response = yield (lambda request=request: resource.complete(**request))
        if stream:
            yield Emit(ToolRunEvent("response", round_number, response))
        message = response.choices[0].message
        history.append(_message_dict(message))
        calls = message.tool_calls or []
        if not calls or any(call.function.name not in runnable for call in calls):
            # A final answer, or a call only the caller can answer (a schema-only tool).
            return ToolRunResult(response, history, round_number, results)
        prepared: list[tuple[Any, Any, Exception | None]] = []
        for call in calls:
            func = runnable[call.function.name]
            try:
                arguments = parse_arguments(call.function.arguments, func)
            except StructuredOutputError as exc:
                prepared.append((call, None, exc))
                continue
            prepared.append((call, arguments, None))
        outcomes = yield Gather([_call_tool(runnable[c.function.name], a) for c, a, e in prepared if e is None])
        outcomes = list(outcomes)
        for call, arguments, problem in prepared:
            outcome: Any = problem if problem is not None else outcomes.pop(0)
            error = outcome if isinstance(outcome, BaseException) else None
            if error is not None and on_tool_error == "raise":
                raise error
            output = f"Error: {type(error).__name__}: {error}" if error is not None else tool_output_text(outcome)
            result = ToolResult(call, call.function.name, arguments, output, error)
            results.append(result)
            history.append({"role": "tool", "tool_call_id": call.id, "name": call.function.name, "content": output})
            if stream:
                yield Emit(ToolRunEvent("tool_result", round_number, result))
    raise ToolRunError(f"No final answer after {max_rounds} rounds of tool calls", messages=history)


def run_tools_events(resource: Any, **kwargs: Any) -> Steps[Any]:
    """``run_tools`` streamed, ending with a ``"done"`` event that carries the ``ToolRunResult``."""
    result = yield from run_tools(resource, stream=True, **kwargs)
    return ToolRunEvent("done", result.rounds, result)
