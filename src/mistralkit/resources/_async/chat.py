from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Sequence, Union

from ...types import ChatCompletionRequest, ChatCompletionResponse, CompletionEvent
from ..._request import RequestOptions
from ..._streaming import AsyncStream
from .._base import Call, Resource, body
from .._events import COMPLETION_EVENTS

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = ["AsyncChat"]

MessageInput = Union[Mapping[str, Any], Any]


class AsyncChat(Resource):
    """Chat completions: ``POST /v1/chat/completions``."""

    async def complete(
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
        return await self._call(
            Call(
                "POST",
                "/v1/chat/completions",
                cast=ChatCompletionResponse,
                body=payload,
                body_type=ChatCompletionRequest,
                options=options,
            )
        )

    async def stream(
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
        """Like ``complete``, streamed: yields a ``CompletionEvent`` per chunk (``event.data.choices[0].delta``).

        Use the stream in a ``with`` block or a ``for`` loop so the connection is released.
        """
        payload = body(locals())
        payload["stream"] = True  # ``stream=`` is accepted for the official signature; this method always streams
        return await self._call(
            Call(
                "POST",
                "/v1/chat/completions",
                body=payload,
                body_type=ChatCompletionRequest,
                stream=COMPLETION_EVENTS,
                options=options,
            )
        )
