# Generated from resources/_async by tools/unasync.py. Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Sequence, Union

from ...types import ChatCompletionRequest, ChatCompletionResponse, CompletionEvent
from ..._request import RequestOptions
from ..._streaming import Stream
from .._base import Call, Resource, body
from .._events import COMPLETION_EVENTS

if TYPE_CHECKING:
    from typing_extensions import Unpack


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


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._streaming import AsyncStream
