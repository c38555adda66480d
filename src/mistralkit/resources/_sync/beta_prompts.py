# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""(beta) Prompts API."""

from __future__ import annotations

from typing import Any, Optional, Sequence, TYPE_CHECKING

from ...types import (
    CreatePromptRequest,
    CreatePromptVersionResponse,
    DeletePromptResponse,
    ListPromptVersionsResponse,
    ListPromptsResponse,
    Prompt,
    PromptsCreateVersionBody,
    PromptsUpdateBody,
    PromptsUpdateVersionMetadataBody,
)
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["BetaPrompts"]


class BetaPrompts(Resource):
    """(beta) Prompts API."""

    def create(
        self,
        *,
        name: str,
        definition: Any,
        title: Optional[str] = None,
        description: Optional[str] = None,
        notes: Optional[str] = None,
        sharing_scope: Optional[str] = None,
        aliases: Optional[Sequence[str]] = None,
        workspace_relation: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """Create prompt."""
        payload = present({
            "name": name,
            "definition": definition,
            "title": title,
            "description": description,
            "notes": notes,
            "sharingScope": sharing_scope,
            "aliases": aliases,
            "workspace_relation": workspace_relation,
        })
        return self._call(Call(
            "POST",
            "/v2/prompts",
            cast=Prompt,
            body=payload,
            body_type=CreatePromptRequest,
            options=options,
        ))

    def create_version(
        self,
        *,
        prompt_id: str,
        definition: Any,
        notes: Optional[str] = None,
        aliases: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> CreatePromptVersionResponse:
        """Create prompt version."""
        payload = present({"definition": definition, "notes": notes, "aliases": aliases})
        return self._call(Call(
            "POST",
            f"/v2/prompts/{path_param('prompt_id', prompt_id)}/versions",
            cast=CreatePromptVersionResponse,
            body=payload,
            body_type=PromptsCreateVersionBody,
            options=options,
        ))

    def delete(
        self,
        *,
        prompt_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeletePromptResponse:
        """Delete prompt."""
        return self._call(Call(
            "DELETE",
            f"/v2/prompts/{path_param('prompt_id', prompt_id)}",
            cast=DeletePromptResponse,
            options=options,
        ))

    def get(
        self,
        *,
        prompt_id: str,
        version: Optional[int] = None,
        alias: Optional[str] = None,
        fields: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """Get prompt."""
        query = {"version": version, "alias": alias, "fields": fields}
        return self._call(Call(
            "GET",
            f"/v2/prompts/{path_param('prompt_id', prompt_id)}",
            cast=Prompt,
            query=query,
            options=options,
        ))

    def get_version(
        self,
        *,
        prompt_id: str,
        version: int,
        fields: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """Get prompt version."""
        query = {"fields": fields}
        return self._call(Call(
            "GET",
            f"/v2/prompts/{path_param('prompt_id', prompt_id)}/versions/{path_param('version', version)}",
            cast=Prompt,
            query=query,
            options=options,
        ))

    def list(
        self,
        *,
        page_size: Optional[int] = None,
        page_token: Optional[str] = None,
        alias: Optional[str] = None,
        fields: Optional[Sequence[str]] = None,
        sort_field: Optional[str] = None,
        sort_direction_query_parameter: Optional[str] = None,
        sort_by: Optional[str] = None,
        sort_direction_query_parameter1: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """List prompts."""
        query = {
            "pageSize": page_size,
            "pageToken": page_token,
            "alias": alias,
            "fields": fields,
            "sort.field": sort_field,
            "sort.direction": sort_direction_query_parameter,
            "sort_by": sort_by,
            "sort_direction": sort_direction_query_parameter1,
        }
        args = {
            "page_size": page_size,
            "page_token": page_token,
            "alias": alias,
            "fields": fields,
            "sort_field": sort_field,
            "sort_direction_query_parameter": sort_direction_query_parameter,
            "sort_by": sort_by,
            "sort_direction_query_parameter1": sort_direction_query_parameter1,
        }
        result = self._call(Call(
            "GET",
            "/v2/prompts",
            cast=ListPromptsResponse,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).list(**{**args, "page_token": value}, **options),
            page_size=page_size,
            items="data",
            cursor="nextPageToken",
        )

    def list_versions(
        self,
        *,
        prompt_id: str,
        **options: Unpack[RequestOptions],
    ) -> ListPromptVersionsResponse:
        """List prompt versions."""
        return self._call(Call(
            "GET",
            f"/v2/prompts/{path_param('prompt_id', prompt_id)}/versions",
            cast=ListPromptVersionsResponse,
            options=options,
        ))

    def update_metadata(
        self,
        *,
        prompt_id: str,
        title: Optional[str] = None,
        description: Optional[str] = None,
        sharing_scope: Optional[str] = None,
        workspace_relation: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """Update prompt."""
        payload = present({
            "title": title,
            "description": description,
            "sharingScope": sharing_scope,
            "workspace_relation": workspace_relation,
        })
        return self._call(Call(
            "PATCH",
            f"/v2/prompts/{path_param('prompt_id', prompt_id)}",
            cast=Prompt,
            body=payload,
            body_type=PromptsUpdateBody,
            options=options,
        ))

    def update_version_metadata(
        self,
        *,
        prompt_id: str,
        version: int,
        notes: Optional[str] = None,
        aliases: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """Update prompt version metadata."""
        payload = present({"notes": notes, "aliases": aliases})
        return self._call(Call(
            "PATCH",
            f"/v2/prompts/{path_param('prompt_id', prompt_id)}/versions/{path_param('version', version)}",
            cast=Prompt,
            body=payload,
            body_type=PromptsUpdateVersionMetadataBody,
            options=options,
        ))

    async def create_async(
        self,
        *,
        name: str,
        definition: Any,
        title: Optional[str] = None,
        description: Optional[str] = None,
        notes: Optional[str] = None,
        sharing_scope: Optional[str] = None,
        aliases: Optional[Sequence[str]] = None,
        workspace_relation: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """The awaitable twin of ``create``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_prompts import AsyncBetaPrompts

        return await twin(self, AsyncBetaPrompts).create(
            name=name,
            definition=definition,
            title=title,
            description=description,
            notes=notes,
            sharing_scope=sharing_scope,
            aliases=aliases,
            workspace_relation=workspace_relation,
            **options,
        )

    async def create_version_async(
        self,
        *,
        prompt_id: str,
        definition: Any,
        notes: Optional[str] = None,
        aliases: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> CreatePromptVersionResponse:
        """The awaitable twin of ``create_version``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_prompts import AsyncBetaPrompts

        return await twin(self, AsyncBetaPrompts).create_version(
            prompt_id=prompt_id,
            definition=definition,
            notes=notes,
            aliases=aliases,
            **options,
        )

    async def delete_async(
        self,
        *,
        prompt_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeletePromptResponse:
        """The awaitable twin of ``delete``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_prompts import AsyncBetaPrompts

        return await twin(self, AsyncBetaPrompts).delete(prompt_id=prompt_id, **options)

    async def get_async(
        self,
        *,
        prompt_id: str,
        version: Optional[int] = None,
        alias: Optional[str] = None,
        fields: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """The awaitable twin of ``get``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_prompts import AsyncBetaPrompts

        return await twin(self, AsyncBetaPrompts).get(
            prompt_id=prompt_id,
            version=version,
            alias=alias,
            fields=fields,
            **options,
        )

    async def get_version_async(
        self,
        *,
        prompt_id: str,
        version: int,
        fields: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """The awaitable twin of ``get_version``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_prompts import AsyncBetaPrompts

        return await twin(self, AsyncBetaPrompts).get_version(
            prompt_id=prompt_id,
            version=version,
            fields=fields,
            **options,
        )

    async def list_async(
        self,
        *,
        page_size: Optional[int] = None,
        page_token: Optional[str] = None,
        alias: Optional[str] = None,
        fields: Optional[Sequence[str]] = None,
        sort_field: Optional[str] = None,
        sort_direction_query_parameter: Optional[str] = None,
        sort_by: Optional[str] = None,
        sort_direction_query_parameter1: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_prompts import AsyncBetaPrompts

        return await twin(self, AsyncBetaPrompts).list(
            page_size=page_size,
            page_token=page_token,
            alias=alias,
            fields=fields,
            sort_field=sort_field,
            sort_direction_query_parameter=sort_direction_query_parameter,
            sort_by=sort_by,
            sort_direction_query_parameter1=sort_direction_query_parameter1,
            **options,
        )

    async def list_versions_async(
        self,
        *,
        prompt_id: str,
        **options: Unpack[RequestOptions],
    ) -> ListPromptVersionsResponse:
        """The awaitable twin of ``list_versions``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_prompts import AsyncBetaPrompts

        return await twin(self, AsyncBetaPrompts).list_versions(prompt_id=prompt_id, **options)

    async def update_metadata_async(
        self,
        *,
        prompt_id: str,
        title: Optional[str] = None,
        description: Optional[str] = None,
        sharing_scope: Optional[str] = None,
        workspace_relation: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """The awaitable twin of ``update_metadata``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_prompts import AsyncBetaPrompts

        return await twin(self, AsyncBetaPrompts).update_metadata(
            prompt_id=prompt_id,
            title=title,
            description=description,
            sharing_scope=sharing_scope,
            workspace_relation=workspace_relation,
            **options,
        )

    async def update_version_metadata_async(
        self,
        *,
        prompt_id: str,
        version: int,
        notes: Optional[str] = None,
        aliases: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """The awaitable twin of ``update_version_metadata``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_prompts import AsyncBetaPrompts

        return await twin(self, AsyncBetaPrompts).update_version_metadata(
            prompt_id=prompt_id,
            version=version,
            notes=notes,
            aliases=aliases,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
