# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""API for voice management."""

from __future__ import annotations

from typing import Any, Optional, Sequence, TYPE_CHECKING

from ...types import VoiceCreateRequest, VoiceListResponse, VoiceResponse, VoiceUpdateRequest
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["AudioVoices"]


class AudioVoices(Resource):
    """API for voice management."""

    def create(
        self,
        *,
        name: str,
        slug: Optional[str] = None,
        languages: Optional[Sequence[str]] = None,
        gender: Optional[str] = None,
        age: Optional[int] = None,
        tags: Optional[Sequence[str]] = None,
        color: Optional[str] = None,
        description: Optional[str] = None,
        retention_notice: Optional[int] = None,
        sample_audio: Optional[str] = None,
        sample_filename: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> VoiceResponse:
        """Create a new voice with a base64-encoded audio sample."""
        payload = present({
            "name": name,
            "slug": slug,
            "languages": languages,
            "gender": gender,
            "age": age,
            "tags": tags,
            "color": color,
            "description": description,
            "retention_notice": retention_notice,
            "sample_audio": sample_audio,
            "sample_filename": sample_filename,
        })
        return self._call(Call(
            "POST",
            "/v1/audio/voices",
            cast=VoiceResponse,
            body=payload,
            body_type=VoiceCreateRequest,
            options=options,
        ))

    def delete(
        self,
        *,
        voice_id: str,
        **options: Unpack[RequestOptions],
    ) -> VoiceResponse:
        """Delete a custom voice."""
        return self._call(Call(
            "DELETE",
            f"/v1/audio/voices/{path_param('voice_id', voice_id)}",
            cast=VoiceResponse,
            options=options,
        ))

    def get(
        self,
        *,
        voice_id: str,
        **options: Unpack[RequestOptions],
    ) -> VoiceResponse:
        """Get voice details (excluding sample)."""
        return self._call(Call(
            "GET",
            f"/v1/audio/voices/{path_param('voice_id', voice_id)}",
            cast=VoiceResponse,
            options=options,
        ))

    def get_sample_audio(
        self,
        *,
        voice_id: str,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Get the audio sample for a voice."""
        return self._call(Call(
            "GET",
            f"/v1/audio/voices/{path_param('voice_id', voice_id)}/sample",
            binary=True,
            options=options,
        ))

    def list(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        type_: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """List all voices (excluding sample data)."""
        query = {"limit": limit, "offset": offset, "type": type_}
        args = {"limit": limit, "offset": offset, "type_": type_}
        result = self._call(Call(
            "GET",
            "/v1/audio/voices",
            cast=VoiceListResponse,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).list(**{**args, "offset": value}, **options),
            page_size=limit,
            items="items",
            offset=offset or 0,
        )

    def update(
        self,
        *,
        voice_id: str,
        name: Optional[str] = None,
        languages: Optional[Sequence[str]] = None,
        gender: Optional[str] = None,
        age: Optional[int] = None,
        tags: Optional[Sequence[str]] = None,
        description: Optional[str] = None,
        retention_notice: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> VoiceResponse:
        """Update voice metadata (name, gender, languages, age, tags)."""
        payload = present({
            "name": name,
            "languages": languages,
            "gender": gender,
            "age": age,
            "tags": tags,
            "description": description,
            "retention_notice": retention_notice,
        })
        return self._call(Call(
            "PATCH",
            f"/v1/audio/voices/{path_param('voice_id', voice_id)}",
            cast=VoiceResponse,
            body=payload,
            body_type=VoiceUpdateRequest,
            options=options,
        ))

    async def create_async(
        self,
        *,
        name: str,
        slug: Optional[str] = None,
        languages: Optional[Sequence[str]] = None,
        gender: Optional[str] = None,
        age: Optional[int] = None,
        tags: Optional[Sequence[str]] = None,
        color: Optional[str] = None,
        description: Optional[str] = None,
        retention_notice: Optional[int] = None,
        sample_audio: Optional[str] = None,
        sample_filename: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> VoiceResponse:
        """The awaitable twin of ``create``: same arguments and result, for ``await`` in async code."""
        from .._async.audio_voices import AsyncAudioVoices

        return await twin(self, AsyncAudioVoices).create(
            name=name,
            slug=slug,
            languages=languages,
            gender=gender,
            age=age,
            tags=tags,
            color=color,
            description=description,
            retention_notice=retention_notice,
            sample_audio=sample_audio,
            sample_filename=sample_filename,
            **options,
        )

    async def delete_async(
        self,
        *,
        voice_id: str,
        **options: Unpack[RequestOptions],
    ) -> VoiceResponse:
        """The awaitable twin of ``delete``: same arguments and result, for ``await`` in async code."""
        from .._async.audio_voices import AsyncAudioVoices

        return await twin(self, AsyncAudioVoices).delete(voice_id=voice_id, **options)

    async def get_async(
        self,
        *,
        voice_id: str,
        **options: Unpack[RequestOptions],
    ) -> VoiceResponse:
        """The awaitable twin of ``get``: same arguments and result, for ``await`` in async code."""
        from .._async.audio_voices import AsyncAudioVoices

        return await twin(self, AsyncAudioVoices).get(voice_id=voice_id, **options)

    async def get_sample_audio_async(
        self,
        *,
        voice_id: str,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """The awaitable twin of ``get_sample_audio``: same arguments and result, for ``await`` in async code."""
        from .._async.audio_voices import AsyncAudioVoices

        return await twin(self, AsyncAudioVoices).get_sample_audio(voice_id=voice_id, **options)

    async def list_async(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        type_: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.audio_voices import AsyncAudioVoices

        return await twin(self, AsyncAudioVoices).list(limit=limit, offset=offset, type_=type_, **options)

    async def update_async(
        self,
        *,
        voice_id: str,
        name: Optional[str] = None,
        languages: Optional[Sequence[str]] = None,
        gender: Optional[str] = None,
        age: Optional[int] = None,
        tags: Optional[Sequence[str]] = None,
        description: Optional[str] = None,
        retention_notice: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> VoiceResponse:
        """The awaitable twin of ``update``: same arguments and result, for ``await`` in async code."""
        from .._async.audio_voices import AsyncAudioVoices

        return await twin(self, AsyncAudioVoices).update(
            voice_id=voice_id,
            name=name,
            languages=languages,
            gender=gender,
            age=age,
            tags=tags,
            description=description,
            retention_notice=retention_notice,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
