# Generated from resources/_async by tools/unasync.py. Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator, Callable, Mapping, Optional, Sequence, TypeVar, Union

from ...types import ChatCompletionRequest, ChatCompletionResponse, CompletionEvent
from ..._request import RequestOptions
from ..._streaming import Stream
from .._base import Call, Resource, body
from .._events import COMPLETION_EVENTS

if TYPE_CHECKING:
    from ...lib._drive import Steps
    from typing_extensions import Unpack

    from ...lib.parse import ParsedChatCompletionResponse
    from ...lib.parse_stream import ParsedStream
    from ...lib.tools import ToolRunEvent, ToolRunResult

M = TypeVar("M")


__all__ = ["Chat"]

MessageInput = Union[Mapping[str, Any], Any]


class Chat(Resource):
    """Chat completions: ``POST /v1/chat/completions``."""

    def complete(
        self,
        *,
        model: str,
        messages: Sequence[MessageInput],
        temperature: Optional[float] = None,
        top_p: Optional[float] = None,
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
        safe_prompt: Optional[bool] = None,
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
        """Generate the assistant's next message for ``messages`` (dicts or message models).

        Arguments left as None are not sent, so the API's defaults apply.
        """
        payload = body(locals())
        if payload.pop("stream", None):
            raise ValueError("complete() returns one response: use stream() to receive the answer as it is generated")
        return self._call(
            Call(
                "POST",
                "/v1/chat/completions",
                cast=ChatCompletionResponse,
                body=payload,
                body_type=ChatCompletionRequest,
                options=options,
            )
        )

    def stream(
        self,
        *,
        model: str,
        messages: Sequence[MessageInput],
        temperature: Optional[float] = None,
        top_p: Optional[float] = None,
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
        safe_prompt: Optional[bool] = None,
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
        """Like ``complete``, streamed: yields a ``CompletionEvent`` per chunk (``event.data.choices[0].delta``).

        Use the stream in a ``with`` block or a ``for`` loop so the connection is released.
        """
        payload = body(locals())
        payload["stream"] = True  # ``stream=`` is accepted for the official signature; this method always streams
        return self._call(
            Call(
                "POST",
                "/v1/chat/completions",
                body=payload,
                body_type=ChatCompletionRequest,
                stream=COMPLETION_EVENTS,
                options=options,
            )
        )

    def parse(
        self,
        response_format: "Optional[type[M]]" = None,
        *,
        model: str,
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

        kwargs.update(model=model, messages=messages, response_format=response_format)
        request = prepare(kwargs)
        raw: Any = type(self)(self._client, raw=True).complete(**kwargs)
        return parse_response(raw.parse(), request, raw.request_id)  # type: ignore[no-any-return]

    def parse_stream(
        self,
        response_format: "Optional[type[M]]" = None,
        *,
        model: str,
        messages: Sequence[Any],
        **kwargs: Any,
    ) -> "ParsedStream":
        """Like ``stream``, for a pydantic ``response_format``: each event also carries ``partial``
        (the JSON parsed so far) and the last one ``parsed``; ``get_final_response()`` gives the
        ``ParsedChatCompletionResponse``."""
        from ...lib.parse import prepare
        from ...lib.parse_stream import ParsedStream

        kwargs.update(model=model, messages=messages, response_format=response_format)
        request = prepare(kwargs)
        return ParsedStream(self.stream(**kwargs), request)

    def run_tools(
        self,
        *,
        model: str,
        messages: Sequence[Any],
        tools: Sequence[Union[Callable[..., Any], Any]],
        max_rounds: int = 10,
        on_tool_error: str = "return",
        **kwargs: Any,
    ) -> "ToolRunResult":
        """Answer ``messages`` calling ``tools`` as the model asks, until it gives a final answer.

        ``tools``: functions (sync or async; schemas from their signatures and docstrings), plus
        optional pydantic models or tool dicts the caller answers (a call to one ends the run).
        The calls of a round run concurrently on the async client. A tool that raises has its error
        sent back to the model (``on_tool_error="raise"`` re-raises it instead). More than
        ``max_rounds`` model calls raise ``ToolRunError``. Returns the final response, the whole
        message list and each tool result; other arguments are those of ``complete``.
        """
        from ...lib._drive import Drive
        from ...lib.tools import run_tools

        steps: "Steps[ToolRunResult]" = run_tools(
            self, model=model, messages=messages, tools=tools, max_rounds=max_rounds, on_tool_error=on_tool_error, **kwargs
        )
        return Drive.result(steps)

    def run_tools_stream(
        self,
        *,
        model: str,
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
            self, model=model, messages=messages, tools=tools, max_rounds=max_rounds, on_tool_error=on_tool_error, **kwargs
        )
        return Drive.events(steps)

    async def complete_async(
        self,
        *,
        model: str,
        messages: Sequence[MessageInput],
        temperature: Optional[float] = None,
        top_p: Optional[float] = None,
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
        safe_prompt: Optional[bool] = None,
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
        from .._async.chat import AsyncChat

        return await twin(self, AsyncChat).complete(
            model=model,
            messages=messages,
            temperature=temperature,
            top_p=top_p,
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
            safe_prompt=safe_prompt,
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
        model: str,
        messages: Sequence[MessageInput],
        temperature: Optional[float] = None,
        top_p: Optional[float] = None,
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
        safe_prompt: Optional[bool] = None,
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
        from .._async.chat import AsyncChat

        return await twin(self, AsyncChat).stream(
            model=model,
            messages=messages,
            temperature=temperature,
            top_p=top_p,
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
            safe_prompt=safe_prompt,
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
        model: str,
        messages: Sequence[Any],
        **kwargs: Any,
    ) -> "ParsedChatCompletionResponse[M]":
        """The awaitable twin of ``parse``: same arguments and result, for ``await`` in async code."""
        from .._async.chat import AsyncChat

        return await twin(self, AsyncChat).parse(
            response_format=response_format,
            model=model,
            messages=messages,
            **kwargs,
        )

    async def parse_stream_async(
        self,
        response_format: "Optional[type[M]]" = None,
        *,
        model: str,
        messages: Sequence[Any],
        **kwargs: Any,
    ) -> "AsyncParsedStream":
        """The awaitable twin of ``parse_stream``: same arguments and result, for ``await`` in async code."""
        from .._async.chat import AsyncChat

        return await twin(self, AsyncChat).parse_stream(
            response_format=response_format,
            model=model,
            messages=messages,
            **kwargs,
        )

    async def run_tools_async(
        self,
        *,
        model: str,
        messages: Sequence[Any],
        tools: Sequence[Union[Callable[..., Any], Any]],
        max_rounds: int = 10,
        on_tool_error: str = "return",
        **kwargs: Any,
    ) -> "ToolRunResult":
        """The awaitable twin of ``run_tools``: same arguments and result, for ``await`` in async code."""
        from .._async.chat import AsyncChat

        return await twin(self, AsyncChat).run_tools(
            model=model,
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
