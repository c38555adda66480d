from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Sequence, Union

from ...types import CompletionEvent, FIMCompletionRequest, FIMCompletionResponse
from ..._request import RequestOptions
from ..._streaming import AsyncStream
from .._base import Call, Resource, body
from .._events import COMPLETION_EVENTS

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = ["AsyncFim"]


class AsyncFim(Resource):
    """Fill-in-the-middle code completions: ``POST /v1/fim/completions``."""

    async def complete(
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
        return await self._call(
            Call(
                "POST",
                "/v1/fim/completions",
                cast=FIMCompletionResponse,
                body=payload,
                body_type=FIMCompletionRequest,
                options=options,
            )
        )

    async def stream(
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
        """Like ``complete``, streamed as ``CompletionEvent`` items."""
        payload = body(locals())
        payload["stream"] = True  # ``stream=`` is accepted for the official signature; this method always streams
        return await self._call(
            Call(
                "POST",
                "/v1/fim/completions",
                body=payload,
                body_type=FIMCompletionRequest,
                stream=COMPLETION_EVENTS,
                options=options,
            )
        )
