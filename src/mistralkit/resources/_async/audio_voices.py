# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""API for voice management."""

from __future__ import annotations

from typing import Any, Optional, Sequence, TYPE_CHECKING

from ...types import VoiceCreateRequest, VoiceListResponse, VoiceResponse, VoiceUpdateRequest
from ..._pagination import AsyncPage, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["AsyncAudioVoices"]


class AsyncAudioVoices(Resource):
    """API for voice management."""

    async def create(
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
        return await self._call(Call(
            "POST",
            "/v1/audio/voices",
            cast=VoiceResponse,
            body=payload,
            body_type=VoiceCreateRequest,
            options=options,
        ))

    async def delete(
        self,
        *,
        voice_id: str,
        **options: Unpack[RequestOptions],
    ) -> VoiceResponse:
        """Delete a custom voice."""
        return await self._call(Call(
            "DELETE",
            f"/v1/audio/voices/{path_param('voice_id', voice_id)}",
            cast=VoiceResponse,
            options=options,
        ))

    async def get(
        self,
        *,
        voice_id: str,
        **options: Unpack[RequestOptions],
    ) -> VoiceResponse:
        """Get voice details (excluding sample)."""
        return await self._call(Call(
            "GET",
            f"/v1/audio/voices/{path_param('voice_id', voice_id)}",
            cast=VoiceResponse,
            options=options,
        ))

    async def get_sample_audio(
        self,
        *,
        voice_id: str,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Get the audio sample for a voice."""
        return await self._call(Call(
            "GET",
            f"/v1/audio/voices/{path_param('voice_id', voice_id)}/sample",
            binary=True,
            options=options,
        ))

    async def list(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        type_: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """List all voices (excluding sample data)."""
        query = {"limit": limit, "offset": offset, "type": type_}
        args = {"limit": limit, "offset": offset, "type_": type_}
        result = await self._call(Call(
            "GET",
            "/v1/audio/voices",
            cast=VoiceListResponse,
            query=query,
            options=options,
        ))
        return paginate(
            AsyncPage,
            result,
            fetch=lambda value: unraw(self).list(**{**args, "offset": value}, **options),
            page_size=limit,
            items="items",
            offset=offset or 0,
        )

    async def update(
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
        return await self._call(Call(
            "PATCH",
            f"/v1/audio/voices/{path_param('voice_id', voice_id)}",
            cast=VoiceResponse,
            body=payload,
            body_type=VoiceUpdateRequest,
            options=options,
        ))
