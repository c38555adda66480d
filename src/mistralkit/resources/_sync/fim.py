# Generated from resources/_async by tools/unasync.py. Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Sequence, Union

from ...types import CompletionEvent, FIMCompletionRequest, FIMCompletionResponse
from ..._request import RequestOptions
from ..._streaming import Stream
from .._base import Call, Resource, body
from .._events import COMPLETION_EVENTS

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = ["Fim"]


class Fim(Resource):
    """Fill-in-the-middle code completions: ``POST /v1/fim/completions``."""

    def complete(
        self,
        *,
        model: str,
        prompt: str,
        suffix: Optional[str] = None,
        temperature: Optional[float] = None,
        top_p: Optional[float] = None,
        max_tokens: Optional[int] = None,
        min_tokens: Optional[int] = None,
        stop: Union[str, Sequence[str], None] = None,
        random_seed: Optional[int] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        prompt_cache_key: Optional[str] = None,
        stream: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> FIMCompletionResponse:
        """Generate the code between ``prompt`` and ``suffix``."""
        payload = body(locals())
        if payload.pop("stream", None):
            raise ValueError("complete() returns one response: use stream() to receive the answer as it is generated")
        return self._call(
            Call(
                "POST",
                "/v1/fim/completions",
                cast=FIMCompletionResponse,
                body=payload,
                body_type=FIMCompletionRequest,
                options=options,
            )
        )

    def stream(
        self,
        *,
        model: str,
        prompt: str,
        suffix: Optional[str] = None,
        temperature: Optional[float] = None,
        top_p: Optional[float] = None,
        max_tokens: Optional[int] = None,
        min_tokens: Optional[int] = None,
        stop: Union[str, Sequence[str], None] = None,
        random_seed: Optional[int] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        prompt_cache_key: Optional[str] = None,
        stream: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> Stream[CompletionEvent]:
        """Like ``complete``, streamed as ``CompletionEvent`` items."""
        payload = body(locals())
        payload["stream"] = True  # ``stream=`` is accepted for the official signature; this method always streams
        return self._call(
            Call(
                "POST",
                "/v1/fim/completions",
                body=payload,
                body_type=FIMCompletionRequest,
                stream=COMPLETION_EVENTS,
                options=options,
            )
        )

    async def complete_async(
        self,
        *,
        model: str,
        prompt: str,
        suffix: Optional[str] = None,
        temperature: Optional[float] = None,
        top_p: Optional[float] = None,
        max_tokens: Optional[int] = None,
        min_tokens: Optional[int] = None,
        stop: Union[str, Sequence[str], None] = None,
        random_seed: Optional[int] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        prompt_cache_key: Optional[str] = None,
        stream: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> FIMCompletionResponse:
        """The awaitable twin of ``complete``: same arguments and result, for ``await`` in async code."""
        from .._async.fim import AsyncFim

        return await twin(self, AsyncFim).complete(
            model=model,
            prompt=prompt,
            suffix=suffix,
            temperature=temperature,
            top_p=top_p,
            max_tokens=max_tokens,
            min_tokens=min_tokens,
            stop=stop,
            random_seed=random_seed,
            metadata=metadata,
            prompt_cache_key=prompt_cache_key,
            stream=stream,
            **options,
        )

    async def stream_async(
        self,
        *,
        model: str,
        prompt: str,
        suffix: Optional[str] = None,
        temperature: Optional[float] = None,
        top_p: Optional[float] = None,
        max_tokens: Optional[int] = None,
        min_tokens: Optional[int] = None,
        stop: Union[str, Sequence[str], None] = None,
        random_seed: Optional[int] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        prompt_cache_key: Optional[str] = None,
        stream: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[CompletionEvent]:
        """The awaitable twin of ``stream``: same arguments and result, for ``await`` in async code."""
        from .._async.fim import AsyncFim

        return await twin(self, AsyncFim).stream(
            model=model,
            prompt=prompt,
            suffix=suffix,
            temperature=temperature,
            top_p=top_p,
            max_tokens=max_tokens,
            min_tokens=min_tokens,
            stop=stop,
            random_seed=random_seed,
            metadata=metadata,
            prompt_cache_key=prompt_cache_key,
            stream=stream,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._streaming import AsyncStream
