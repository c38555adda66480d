# Generated from resources/_async by tools/unasync.py. Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator, Callable, Mapping, Optional, Sequence, TypeVar, Union

from ...types import AgentsCompletionRequest, ChatCompletionResponse, CompletionEvent
from ..._request import RequestOptions
from ..._streaming import Stream
from .._base import Call, Resource, body
from .._events import COMPLETION_EVENTS

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...lib._drive import Steps
    from ...lib.parse import ParsedChatCompletionResponse
    from ...lib.parse_stream import ParsedStream
    from ...lib.tools import ToolRunEvent, ToolRunResult

M = TypeVar("M")


__all__ = ["Agents"]


class Agents(Resource):
    """Agents completions: ``POST /v1/agents/completions`` (an agent's model, instructions and tools)."""

    def complete(
        self,
        *,
        agent_id: str,
        messages: Sequence[Union[Mapping[str, Any], Any]],
        max_tokens: Optional[int] = None,
        stop: Union[str, Sequence[str], None] = None,
        random_seed: Optional[int] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        response_format: Optional[Any] = None,
        tools: Optional[Sequence[Any]] = None,
        tool_choice: Optional[Any] = None,
        presence_penalty: Optional[float] = None,
        frequency_penalty: Optional[float] = None,
        n: Optional[int] = None,
        prediction: Optional[Any] = None,
        parallel_tool_calls: Optional[bool] = None,
        prompt_mode: Optional[str] = None,
        min_tokens: Optional[int] = None,
        repetition_penalty: Optional[float] = None,
        top_k: Optional[int] = None,
        logprobs: Optional[bool] = None,
        top_logprobs: Optional[int] = None,
        prompt_logprobs: Optional[bool] = None,
        top_prompt_logprobs: Optional[int] = None,
        reasoning_effort: Optional[str] = None,
        guardrails: Optional[Sequence[Any]] = None,
        prompt_cache_key: Optional[str] = None,
        service_tier: Optional[str] = None,
        stream: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatCompletionResponse:
        """Ask agent ``agent_id`` for the next message of ``messages``."""
        payload = body(locals())
        if payload.pop("stream", None):
            raise ValueError("complete() returns one response: use stream() to receive the answer as it is generated")
        return self._call(
            Call(
                "POST",
                "/v1/agents/completions",
                cast=ChatCompletionResponse,
                body=payload,
                body_type=AgentsCompletionRequest,
                options=options,
            )
        )

    def stream(
        self,
        *,
        agent_id: str,
        messages: Sequence[Union[Mapping[str, Any], Any]],
        max_tokens: Optional[int] = None,
        stop: Union[str, Sequence[str], None] = None,
        random_seed: Optional[int] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        response_format: Optional[Any] = None,
        tools: Optional[Sequence[Any]] = None,
        tool_choice: Optional[Any] = None,
        presence_penalty: Optional[float] = None,
        frequency_penalty: Optional[float] = None,
        n: Optional[int] = None,
        prediction: Optional[Any] = None,
        parallel_tool_calls: Optional[bool] = None,
        prompt_mode: Optional[str] = None,
        min_tokens: Optional[int] = None,
        repetition_penalty: Optional[float] = None,
        top_k: Optional[int] = None,
        logprobs: Optional[bool] = None,
        top_logprobs: Optional[int] = None,
        prompt_logprobs: Optional[bool] = None,
        top_prompt_logprobs: Optional[int] = None,
        reasoning_effort: Optional[str] = None,
        guardrails: Optional[Sequence[Any]] = None,
        prompt_cache_key: Optional[str] = None,
        service_tier: Optional[str] = None,
        stream: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> Stream[CompletionEvent]:
        """Like ``complete``, streamed as ``CompletionEvent`` items."""
        payload = body(locals())
        payload["stream"] = True  # ``stream=`` is accepted for the official signature; this method always streams
        return self._call(
            Call(
                "POST",
                "/v1/agents/completions",
                body=payload,
                body_type=AgentsCompletionRequest,
                stream=COMPLETION_EVENTS,
                options=options,
            )
        )

    def parse(
        self,
        response_format: "Optional[type[M]]" = None,
        *,
        agent_id: str,
        messages: Sequence[Any],
        **kwargs: Any,
    ) -> "ParsedChatCompletionResponse[M]":
        """Like ``complete``, with the answer parsed: ``response_format`` is a pydantic model class
        (sent as a strict JSON schema) and ``choices[0].message.parsed`` an instance of it.

        ``tools`` may also hold pydantic models and functions (their schemas are built for you);
        their calls get ``parsed_arguments``. Raises ``StructuredOutputError`` (raw content, errors,
        request id) when the answer is not JSON or does not fit the model.
        """
        from ...lib.parse import parse_response, prepare

        kwargs.update(agent_id=agent_id, messages=messages, response_format=response_format)
        request = prepare(kwargs)
        raw: Any = type(self)(self._client, raw=True).complete(**kwargs)
        return parse_response(raw.parse(), request, raw.request_id)  # type: ignore[no-any-return]

    def parse_stream(
        self,
        response_format: "Optional[type[M]]" = None,
        *,
        agent_id: str,
        messages: Sequence[Any],
        **kwargs: Any,
    ) -> "ParsedStream":
        """Like ``stream``, for a pydantic ``response_format``: each event also carries ``partial``
        (the JSON parsed so far) and the last one ``parsed``; ``get_final_response()`` gives the
        ``ParsedChatCompletionResponse``."""
        from ...lib.parse import prepare
        from ...lib.parse_stream import ParsedStream

        kwargs.update(agent_id=agent_id, messages=messages, response_format=response_format)
        request = prepare(kwargs)
        return ParsedStream(self.stream(**kwargs), request)

    def run_tools(
        self,
        *,
        agent_id: str,
        messages: Sequence[Any],
        tools: Sequence[Union[Callable[..., Any], Any]],
        max_rounds: int = 10,
        on_tool_error: str = "return",
        **kwargs: Any,
    ) -> "ToolRunResult":
        """Answer ``messages`` with agent ``agent_id``, calling ``tools`` as it asks, until it gives
        a final answer: ``chat.run_tools`` for an agent.

        ``tools``: functions (sync or async; schemas from their signatures and docstrings), plus
        optional pydantic models or tool dicts the caller answers (a call to one ends the run).
        They are sent with every request, like ``complete(tools=...)``; a call to a function of the
        agent's own that is not among them also ends the run. The calls of a round run
        concurrently on the async client. A tool that raises has its error sent back to the agent
        (``on_tool_error="raise"`` re-raises it instead). More than ``max_rounds`` agent calls raise
        ``ToolRunError``. Returns the final response, the whole message list and each tool result;
        other arguments are those of ``complete``.
        """
        from ...lib._drive import Drive
        from ...lib.tools import run_tools

        steps: "Steps[ToolRunResult]" = run_tools(
            self, agent_id=agent_id, messages=messages, tools=tools, max_rounds=max_rounds, on_tool_error=on_tool_error, **kwargs
        )
        return Drive.result(steps)

    def run_tools_stream(
        self,
        *,
        agent_id: str,
        messages: Sequence[Any],
        tools: Sequence[Union[Callable[..., Any], Any]],
        max_rounds: int = 10,
        on_tool_error: str = "return",
        **kwargs: Any,
    ) -> Iterator["ToolRunEvent"]:
        """``run_tools``, streamed: ``ToolRunEvent`` items across rounds (``"chunk"``,
        ``"response"``, ``"tool_result"``), the last one ``"done"`` with the ``ToolRunResult``."""
        from ...lib._drive import Drive
        from ...lib.tools import run_tools_events

        steps = run_tools_events(
            self, agent_id=agent_id, messages=messages, tools=tools, max_rounds=max_rounds, on_tool_error=on_tool_error, **kwargs
        )
        return Drive.events(steps)

    async def complete_async(
        self,
        *,
        agent_id: str,
        messages: Sequence[Union[Mapping[str, Any], Any]],
        max_tokens: Optional[int] = None,
        stop: Union[str, Sequence[str], None] = None,
        random_seed: Optional[int] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        response_format: Optional[Any] = None,
        tools: Optional[Sequence[Any]] = None,
        tool_choice: Optional[Any] = None,
        presence_penalty: Optional[float] = None,
        frequency_penalty: Optional[float] = None,
        n: Optional[int] = None,
        prediction: Optional[Any] = None,
        parallel_tool_calls: Optional[bool] = None,
        prompt_mode: Optional[str] = None,
        min_tokens: Optional[int] = None,
        repetition_penalty: Optional[float] = None,
        top_k: Optional[int] = None,
        logprobs: Optional[bool] = None,
        top_logprobs: Optional[int] = None,
        prompt_logprobs: Optional[bool] = None,
        top_prompt_logprobs: Optional[int] = None,
        reasoning_effort: Optional[str] = None,
        guardrails: Optional[Sequence[Any]] = None,
        prompt_cache_key: Optional[str] = None,
        service_tier: Optional[str] = None,
        stream: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> ChatCompletionResponse:
        """The awaitable twin of ``complete``: same arguments and result, for ``await`` in async code."""
        from .._async.agents import AsyncAgents

        return await twin(self, AsyncAgents).complete(
            agent_id=agent_id,
            messages=messages,
            max_tokens=max_tokens,
            stop=stop,
            random_seed=random_seed,
            metadata=metadata,
            response_format=response_format,
            tools=tools,
            tool_choice=tool_choice,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            n=n,
            prediction=prediction,
            parallel_tool_calls=parallel_tool_calls,
            prompt_mode=prompt_mode,
            min_tokens=min_tokens,
            repetition_penalty=repetition_penalty,
            top_k=top_k,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            prompt_logprobs=prompt_logprobs,
            top_prompt_logprobs=top_prompt_logprobs,
            reasoning_effort=reasoning_effort,
            guardrails=guardrails,
            prompt_cache_key=prompt_cache_key,
            service_tier=service_tier,
            stream=stream,
            **options,
        )

    async def stream_async(
        self,
        *,
        agent_id: str,
        messages: Sequence[Union[Mapping[str, Any], Any]],
        max_tokens: Optional[int] = None,
        stop: Union[str, Sequence[str], None] = None,
        random_seed: Optional[int] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        response_format: Optional[Any] = None,
        tools: Optional[Sequence[Any]] = None,
        tool_choice: Optional[Any] = None,
        presence_penalty: Optional[float] = None,
        frequency_penalty: Optional[float] = None,
        n: Optional[int] = None,
        prediction: Optional[Any] = None,
        parallel_tool_calls: Optional[bool] = None,
        prompt_mode: Optional[str] = None,
        min_tokens: Optional[int] = None,
        repetition_penalty: Optional[float] = None,
        top_k: Optional[int] = None,
        logprobs: Optional[bool] = None,
        top_logprobs: Optional[int] = None,
        prompt_logprobs: Optional[bool] = None,
        top_prompt_logprobs: Optional[int] = None,
        reasoning_effort: Optional[str] = None,
        guardrails: Optional[Sequence[Any]] = None,
        prompt_cache_key: Optional[str] = None,
        service_tier: Optional[str] = None,
        stream: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[CompletionEvent]:
        """The awaitable twin of ``stream``: same arguments and result, for ``await`` in async code."""
        from .._async.agents import AsyncAgents

        return await twin(self, AsyncAgents).stream(
            agent_id=agent_id,
            messages=messages,
            max_tokens=max_tokens,
            stop=stop,
            random_seed=random_seed,
            metadata=metadata,
            response_format=response_format,
            tools=tools,
            tool_choice=tool_choice,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            n=n,
            prediction=prediction,
            parallel_tool_calls=parallel_tool_calls,
            prompt_mode=prompt_mode,
            min_tokens=min_tokens,
            repetition_penalty=repetition_penalty,
            top_k=top_k,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            prompt_logprobs=prompt_logprobs,
            top_prompt_logprobs=top_prompt_logprobs,
            reasoning_effort=reasoning_effort,
            guardrails=guardrails,
            prompt_cache_key=prompt_cache_key,
            service_tier=service_tier,
            stream=stream,
            **options,
        )

    async def parse_async(
        self,
        response_format: "Optional[type[M]]" = None,
        *,
        agent_id: str,
        messages: Sequence[Any],
        **kwargs: Any,
    ) -> "ParsedChatCompletionResponse[M]":
        """The awaitable twin of ``parse``: same arguments and result, for ``await`` in async code."""
        from .._async.agents import AsyncAgents

        return await twin(self, AsyncAgents).parse(
            response_format=response_format,
            agent_id=agent_id,
            messages=messages,
            **kwargs,
        )

    async def parse_stream_async(
        self,
        response_format: "Optional[type[M]]" = None,
        *,
        agent_id: str,
        messages: Sequence[Any],
        **kwargs: Any,
    ) -> "AsyncParsedStream":
        """The awaitable twin of ``parse_stream``: same arguments and result, for ``await`` in async code."""
        from .._async.agents import AsyncAgents

        return await twin(self, AsyncAgents).parse_stream(
            response_format=response_format,
            agent_id=agent_id,
            messages=messages,
            **kwargs,
        )

    async def run_tools_async(
        self,
        *,
        agent_id: str,
        messages: Sequence[Any],
        tools: Sequence[Union[Callable[..., Any], Any]],
        max_rounds: int = 10,
        on_tool_error: str = "return",
        **kwargs: Any,
    ) -> "ToolRunResult":
        """The awaitable twin of ``run_tools``: same arguments and result, for ``await`` in async code."""
        from .._async.agents import AsyncAgents

        return await twin(self, AsyncAgents).run_tools(
            agent_id=agent_id,
            messages=messages,
            tools=tools,
            max_rounds=max_rounds,
            on_tool_error=on_tool_error,
            **kwargs,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ...lib.parse_stream import AsyncParsedStream
    from ..._streaming import AsyncStream
