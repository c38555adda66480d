"""Conversation runs: ``beta.conversations.run`` (and ``run_async``, ``run_stream``,
``run_stream_async``) with a ``RunContext``, the official SDK's names and behaviour.

A run starts (or continues) a conversation with an agent or a model, executes the function calls
the model makes with the functions and MCP tools registered on the context, sends their results
back, and stops when the model asks for nothing more that can be run locally. ``RunResult`` holds
every entry; with ``output_format=Model`` its ``output_as_model`` is the final answer parsed.

Calls that need a confirmation stop the run with ``DeferredToolCallsException`` (see
``mistralkit.lib.deferred``); a run whose inputs hold the answers resumes it.
"""

from __future__ import annotations

import datetime
import inspect
import json
from collections.abc import Callable, Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from typing import Any, Literal

import pydantic
from typing_extensions import Self

from ..types import FunctionCallEntry, FunctionResultEntry, MessageInputEntry
from ._drive import END, AsyncDrive, Blocking, Emit, Gather, Next, Steps
from .deferred import DeferralReason, DeferredToolCallEntry, check_responses, is_deferred_response, resume_steps
from .errors import DeferredToolCallsException, RunException, StructuredOutputError
from .parse import parse_arguments
from .schema import function_tool, response_format_from_pydantic_model
from .tools import tool_output_text

__all__ = ["FunctionResultEvent", "RunContext", "RunFiles", "RunResult", "RunResultEvents", "run_steps"]


@dataclass
class _LocalTool:
    name: str
    tool: dict[str, Any]
    func: Callable[..., Any] | None = None
    mcp_client: Any = None
    requires_confirmation: bool = False


@dataclass
class RunContext:
    """What a run needs besides its inputs: an agent (``agent_id``) or a ``model``, the
    conversation to continue (``conversation_id``, filled in by the first run), the expected
    ``output_format`` (a pydantic model), and the local tools (``register_func``,
    ``register_mcp_client``). ``continue_on_fn_error``: send a failing function's error to the
    model instead of raising ``RunException``. ``max_rounds`` bounds the model calls of one run.

    Use it as a context manager (``with`` or ``async with``) so MCP sessions are closed.
    """

    conversation_id: str | None = None
    model: str | None = None
    agent_id: str | None = None
    output_format: type[pydantic.BaseModel] | None = None
    request_count: int = 0
    continue_on_fn_error: bool = False
    max_rounds: int = 25
    _tools: dict[str, _LocalTool] = field(default_factory=dict, init=False, repr=False)
    _mcp_clients: list[Any] = field(default_factory=list, init=False, repr=False)
    _exit_stack: AsyncExitStack = field(default_factory=AsyncExitStack, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.model and self.agent_id:
            raise RunException("Only one for model or agent_id should be set")

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self._exit_stack.aclose()
        for client in self._mcp_clients:
            await client.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._mcp_clients:
            raise RunException("A RunContext with MCP clients must be used with 'async with'")

    def register_func(self, func: Callable[..., Any], requires_confirmation: bool = False) -> Callable[..., Any]:
        """Make ``func`` (sync or async) callable by the model; usable as a decorator.

        Its schema comes from its signature and docstring; the model's arguments are validated
        against its type hints before it is called. ``requires_confirmation=True``: a call to it
        stops the run with ``DeferredToolCallsException`` until you confirm or reject it.
        """
        if not inspect.isfunction(func):
            raise RunException("Only object of type function can be registered at the moment.")
        tool = function_tool(func)
        self._tools[func.__name__] = _LocalTool(func.__name__, tool, func=func, requires_confirmation=bool(requires_confirmation))
        return func

    def requires_confirmation(self, tool_name: str) -> bool:
        """Whether a call to the registered tool ``tool_name`` waits for a confirmation."""
        tool = self._tools.get(tool_name)
        return tool is not None and tool.requires_confirmation

    async def register_mcp_client(self, mcp_client: Any, tool_configuration: dict[str, list[str]] | None = None) -> None:
        """Add the tools of an MCP server (``MCPClientSTDIO``, ``MCPClientSSE``,
        ``MCPClientStreamableHTTP``); ``tool_configuration`` may ``include`` or ``exclude`` names,
        and list in ``requires_confirmation`` the tools whose calls wait for a confirmation."""
        await mcp_client.initialize(exit_stack=self._exit_stack)
        include = set((tool_configuration or {}).get("include", []))
        exclude = set((tool_configuration or {}).get("exclude", []))
        confirm = set((tool_configuration or {}).get("requires_confirmation", []))
        tools = await mcp_client.get_tools()
        unknown = confirm - {tool["function"]["name"] for tool in tools}
        if unknown:
            raise RunException(f"requires_confirmation names tools this MCP server does not have: {sorted(unknown)}")
        for tool in tools:
            name = tool["function"]["name"]
            if (include and name not in include) or (not include and name in exclude):
                continue
            self._tools[name] = _LocalTool(name, tool, mcp_client=mcp_client, requires_confirmation=name in confirm)
        self._mcp_clients.append(mcp_client)

    async def register_mcp_clients(
        self, mcp_clients: list[Any], tool_configurations: list[dict[str, list[str]] | None] | None = None
    ) -> None:
        for i, client in enumerate(mcp_clients):
            await self.register_mcp_client(client, tool_configurations[i] if tool_configurations else None)

    def get_tools(self) -> list[dict[str, Any]]:
        """The function tools of the context, as the API takes them."""
        return [t.tool for t in self._tools.values()]

    @property
    def response_format(self) -> dict[str, Any]:
        if self.output_format is None:
            raise RunException("No response format exist for the current RunContext.")
        return response_format_from_pydantic_model(self.output_format)

    def _call(self, call: Any) -> Callable[[], Any]:
        tool = self._tools[call.name]
        raw = call.arguments
        if tool.mcp_client is not None:
            arguments = json.loads(raw) if isinstance(raw, str) else dict(raw)
            return lambda: tool.mcp_client.execute_tool(call.name, arguments)
        assert tool.func is not None
        func = tool.func
        try:
            arguments = parse_arguments(raw, func)
        except StructuredOutputError as exc:
            error = exc

            def fail() -> Any:
                raise error

            return fail
        if inspect.iscoroutinefunction(func):
            return lambda: func(**arguments)
        return Blocking(lambda: func(**arguments))  # type: ignore[return-value]

    async def execute_function_calls(self, function_calls: Sequence[Any]) -> list[FunctionResultEntry]:
        """Run ``function_calls`` (``FunctionCallEntry`` items) with the registered tools, concurrently,
        and return their ``FunctionResultEntry`` results in the same order. Returns ``[]`` when a call
        names a tool that is not registered. A failing call raises ``RunException`` unless
        ``continue_on_fn_error``."""
        if not all(getattr(call, "name", None) in self._tools for call in function_calls):
            return []
        return await AsyncDrive.result(self._execute(function_calls))

    def _execute(self, calls: Sequence[Any]) -> Steps[list[FunctionResultEntry]]:
        """Run ``calls`` with their registered tools, together, and give their function results; a
        failure raises unless ``continue_on_fn_error``."""
        outcomes = yield Gather([self._call(call) for call in calls])
        entries = []
        for call, outcome in zip(calls, outcomes):
            if isinstance(outcome, BaseException):
                if not self.continue_on_fn_error:
                    raise RunException(f"Failed to execute tool {call.name} with arguments '{call.arguments}'") from outcome
                text = f"Error while executing {call.name}: {outcome}"
            else:
                text = tool_output_text(outcome)
            entries.append(FunctionResultEntry(tool_call_id=call.tool_call_id, result=text))
        return entries


@dataclass
class RunFiles:
    id: str
    name: str
    content: bytes


@dataclass
class RunResult:
    """A run's entries: ``input_entries``, ``output_entries`` (messages, function calls and results,
    tool executions...), the ``conversation_id``, and the answer as text or as the output model."""

    input_entries: list[Any]
    conversation_id: str | None = None
    output_entries: list[Any] = field(default_factory=list)
    files: dict[str, RunFiles] = field(default_factory=dict)
    output_model: type[pydantic.BaseModel] | None = None

    def get_file(self, file_id: str) -> RunFiles | None:
        return self.files.get(file_id)

    @property
    def entries(self) -> list[Any]:
        return [*self.input_entries, *self.output_entries]

    @property
    def output_as_text(self) -> str:
        """The text of the message outputs, one per line."""
        if not self.output_entries:
            raise ValueError("No output entries were started.")
        return "\n".join(_entry_text(e) for e in self.output_entries if getattr(e, "type", None) == "message.output")

    @property
    def output_as_model(self) -> Any:
        """The final answer validated as ``output_format``; ``StructuredOutputError`` if it does not fit."""
        if self.output_model is None:
            raise ValueError("No output format was not set.")
        from .parse import parse_content

        return parse_content(self.output_as_text, self.output_model, None)


def _entry_text(entry: Any) -> str:
    content = entry.content
    if isinstance(content, str):
        return content
    out = []
    for chunk in content:
        kind = getattr(chunk, "type", None)
        if kind == "text":
            out.append(chunk.text)
        elif kind == "tool_file":
            out.append(f"<File id={chunk.file_id} name={chunk.file_name}>")
        elif kind == "tool_reference":
            out.append(f"<Reference title={chunk.title}>")
    return "".join(out)


class FunctionResultEvent(pydantic.BaseModel):
    """Streamed by ``run_stream`` after a local function ran: its ``result`` for ``tool_call_id``."""

    id: str | None = None
    type: Literal["function.result"] = "function.result"
    result: str
    tool_call_id: str
    created_at: datetime.datetime | None = None
    output_index: int | None = 0


class RunResultEvents(pydantic.BaseModel):
    """A run's own stream event (``event == "function.result"``), next to the API's events."""

    event: str
    data: Any


def _input_entries(inputs: Any) -> list[Any]:
    if isinstance(inputs, str):
        return [MessageInputEntry(role="user", content=inputs)]
    from .._models import parse_obj
    from ..types import InputEntries

    entries = []
    for item in inputs:
        if isinstance(item, pydantic.BaseModel):
            entries.append(item)
        else:
            entries.extend(parse_obj(InputEntries, [item]))
    return entries


def run_steps(
    conversations: Any,
    agents: Any,
    run_ctx: RunContext,
    inputs: Any,
    *,
    instructions: str | None = None,
    tools: Sequence[Any] | None = None,
    completion_args: Any = None,
    name: str | None = None,
    description: str | None = None,
    stream: bool = False,
    options: dict[str, Any] | None = None,
) -> Steps[RunResult]:
    """Steps of a run (see the module docstring)."""
    if not isinstance(run_ctx, RunContext):
        raise TypeError("run_ctx must be a RunContext")
    options = dict(options or {})
    answers = [i for i in inputs if is_deferred_response(i)] if isinstance(inputs, (list, tuple)) else []
    if answers:
        inputs = [i for i in inputs if not is_deferred_response(i)]
    check_responses(run_ctx, answers)
    entries = _input_entries(inputs)
    result = RunResult(input_entries=list(entries), output_model=run_ctx.output_format, conversation_id=run_ctx.conversation_id)
    start: dict[str, Any] = {"name": name, "description": description}
    if run_ctx.agent_id:
        if tools or completion_args:
            raise RunException("Can't set tools or completion_args when using an agent")
        agent = yield (lambda: agents.get(agent_id=run_ctx.agent_id))
        kept = [
            t for t in (agent.tools or [])
            if getattr(t, "type", None) != "function" or t.function.name not in run_ctx._tools
        ]
        update: dict[str, Any] = {"tools": [*kept, *run_ctx.get_tools()]}
        if run_ctx.output_format is not None:
            update["completion_args"] = {"response_format": run_ctx.response_format}
        yield (lambda: agents.update(agent_id=run_ctx.agent_id, **update))
        start["agent_id"] = run_ctx.agent_id
    elif run_ctx.model:
        args = completion_args.model_dump(exclude_none=True) if isinstance(completion_args, pydantic.BaseModel) else dict(completion_args or {})
        if run_ctx.output_format is not None:
            args["response_format"] = run_ctx.response_format
        start.update(
            model=run_ctx.model,
            instructions=instructions,
            tools=[*(tools or []), *run_ctx.get_tools()],
            completion_args=args or None,
        )
    else:
        raise RunException("Either agent_id or model must be set in the run context")
    start = {k: v for k, v in start.items() if v is not None}
    confirmations: list[Any] = []
    if answers:
        results, confirmations = yield from resume_steps(run_ctx, answers)
        entries = [*entries, *results]
        result.input_entries = list(entries)
    for _ in range(run_ctx.max_rounds):
        if run_ctx.conversation_id is None:
            method = conversations.start_stream if stream else conversations.start
            request: dict[str, Any] = {"inputs": entries, **start, **options}
        else:
            method = conversations.append_stream if stream else conversations.append
            request = {"conversation_id": run_ctx.conversation_id, **options}
            if entries or not confirmations:
                request["inputs"] = entries
            if confirmations:  # answers to server-side calls go with the first request only
                request["tool_confirmations"] = confirmations
                confirmations = []
        if stream:
            events = yield (lambda method=method, request=request: method(**request))
            while True:
                event = yield Next(events)
                if event is END:
                    break
                data = event.data
                if getattr(data, "type", None) == "conversation.response.started" and run_ctx.conversation_id is None:
                    run_ctx.conversation_id = result.conversation_id = data.conversation_id
                yield Emit(event)
            response = events._final()
        else:
            response = yield (lambda method=method, request=request: method(**request))
        run_ctx.request_count += 1
        if run_ctx.conversation_id is None:
            run_ctx.conversation_id = response.conversation_id
        result.conversation_id = run_ctx.conversation_id
        result.output_entries.extend(response.outputs)
        # a call the server already allowed or denied is the server's to run
        calls = [
            e for e in response.outputs
            if isinstance(e, FunctionCallEntry) and e.confirmation_status not in ("allowed", "denied")
        ]
        waiting = [c for c in calls if c.confirmation_status == "pending" or run_ctx.requires_confirmation(c.name)]
        runnable = [c for c in calls if c not in waiting]
        if not calls or any(c.name not in run_ctx._tools for c in runnable):
            return result  # nothing (more) that can run here
        entries = []
        if runnable:
            entries = yield from run_ctx._execute(runnable)
            for entry in entries:
                result.output_entries.append(entry)
                if stream:
                    event = FunctionResultEvent(result=entry.result, tool_call_id=entry.tool_call_id)
                    yield Emit(RunResultEvents(event="function.result", data=event))
        if waiting:
            reasons = {
                c.tool_call_id: DeferralReason.SERVER_SIDE_CONFIRMATION_REQUIRED
                if c.confirmation_status == "pending"
                else DeferralReason.CONFIRMATION_REQUIRED
                for c in waiting
            }
            raise DeferredToolCallsException(
                run_ctx.conversation_id,
                [DeferredToolCallEntry(c, reason=reasons[c.tool_call_id]) for c in waiting],
                list(result.output_entries),
                executed_results=entries,
            )
    raise RunException(f"The run did not finish within {run_ctx.max_rounds} model calls", )
