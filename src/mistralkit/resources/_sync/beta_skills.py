# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""(beta) Skills API."""

from __future__ import annotations

from typing import Any, Optional, Sequence, TYPE_CHECKING

from ...types import (
    CreateSkillRequest,
    CreateSkillVersionResponse,
    DeleteSkillResponse,
    ListSkillVersionsResponse,
    ListSkillsResponse,
    Skill,
    SkillsCreateVersionBody,
    SkillsUpdateBody,
    SkillsUpdateVersionMetadataBody,
)
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["BetaSkills"]


class BetaSkills(Resource):
    """(beta) Skills API."""

    def create(
        self,
        *,
        name: str,
        definition: Any,
        notes: Optional[str] = None,
        sharing_scope: Optional[str] = None,
        aliases: Optional[Sequence[str]] = None,
        workspace_relation: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """Create skill."""
        payload = present({
            "name": name,
            "definition": definition,
            "notes": notes,
            "sharingScope": sharing_scope,
            "aliases": aliases,
            "workspace_relation": workspace_relation,
        })
        return self._call(Call(
            "POST",
            "/v2/skills",
            cast=Skill,
            body=payload,
            body_type=CreateSkillRequest,
            options=options,
        ))

    def create_version(
        self,
        *,
        skill_id: str,
        definition: Any,
        notes: Optional[str] = None,
        aliases: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> CreateSkillVersionResponse:
        """Create skill version."""
        payload = present({"definition": definition, "notes": notes, "aliases": aliases})
        return self._call(Call(
            "POST",
            f"/v2/skills/{path_param('skill_id', skill_id)}/versions",
            cast=CreateSkillVersionResponse,
            body=payload,
            body_type=SkillsCreateVersionBody,
            options=options,
        ))

    def delete(
        self,
        *,
        skill_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteSkillResponse:
        """Delete skill."""
        return self._call(Call(
            "DELETE",
            f"/v2/skills/{path_param('skill_id', skill_id)}",
            cast=DeleteSkillResponse,
            options=options,
        ))

    def get(
        self,
        *,
        skill_id: str,
        version: Optional[int] = None,
        alias: Optional[str] = None,
        fields: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """Get skill."""
        query = {"version": version, "alias": alias, "fields": fields}
        return self._call(Call(
            "GET",
            f"/v2/skills/{path_param('skill_id', skill_id)}",
            cast=Skill,
            query=query,
            options=options,
        ))

    def get_version(
        self,
        *,
        skill_id: str,
        version: int,
        fields: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """Get skill version."""
        query = {"fields": fields}
        return self._call(Call(
            "GET",
            f"/v2/skills/{path_param('skill_id', skill_id)}/versions/{path_param('version', version)}",
            cast=Skill,
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
        """List skills."""
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
            "/v2/skills",
            cast=ListSkillsResponse,
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
        skill_id: str,
        **options: Unpack[RequestOptions],
    ) -> ListSkillVersionsResponse:
        """List skill versions."""
        return self._call(Call(
            "GET",
            f"/v2/skills/{path_param('skill_id', skill_id)}/versions",
            cast=ListSkillVersionsResponse,
            options=options,
        ))

    def update_metadata(
        self,
        *,
        skill_id: str,
        sharing_scope: Optional[str] = None,
        workspace_relation: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """Update skill."""
        payload = present({"sharingScope": sharing_scope, "workspace_relation": workspace_relation})
        return self._call(Call(
            "PATCH",
            f"/v2/skills/{path_param('skill_id', skill_id)}",
            cast=Skill,
            body=payload,
            body_type=SkillsUpdateBody,
            options=options,
        ))

    def update_version_metadata(
        self,
        *,
        skill_id: str,
        version: int,
        notes: Optional[str] = None,
        aliases: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """Update skill version metadata."""
        payload = present({"notes": notes, "aliases": aliases})
        return self._call(Call(
            "PATCH",
            f"/v2/skills/{path_param('skill_id', skill_id)}/versions/{path_param('version', version)}",
            cast=Skill,
            body=payload,
            body_type=SkillsUpdateVersionMetadataBody,
            options=options,
        ))

    async def create_async(
        self,
        *,
        name: str,
        definition: Any,
        notes: Optional[str] = None,
        sharing_scope: Optional[str] = None,
        aliases: Optional[Sequence[str]] = None,
        workspace_relation: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """The awaitable twin of ``create``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_skills import AsyncBetaSkills

        return await twin(self, AsyncBetaSkills).create(
            name=name,
            definition=definition,
            notes=notes,
            sharing_scope=sharing_scope,
            aliases=aliases,
            workspace_relation=workspace_relation,
            **options,
        )

    async def create_version_async(
        self,
        *,
        skill_id: str,
        definition: Any,
        notes: Optional[str] = None,
        aliases: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> CreateSkillVersionResponse:
        """The awaitable twin of ``create_version``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_skills import AsyncBetaSkills

        return await twin(self, AsyncBetaSkills).create_version(
            skill_id=skill_id,
            definition=definition,
            notes=notes,
            aliases=aliases,
            **options,
        )

    async def delete_async(
        self,
        *,
        skill_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteSkillResponse:
        """The awaitable twin of ``delete``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_skills import AsyncBetaSkills

        return await twin(self, AsyncBetaSkills).delete(skill_id=skill_id, **options)

    async def get_async(
        self,
        *,
        skill_id: str,
        version: Optional[int] = None,
        alias: Optional[str] = None,
        fields: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """The awaitable twin of ``get``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_skills import AsyncBetaSkills

        return await twin(self, AsyncBetaSkills).get(
            skill_id=skill_id,
            version=version,
            alias=alias,
            fields=fields,
            **options,
        )

    async def get_version_async(
        self,
        *,
        skill_id: str,
        version: int,
        fields: Optional[Sequence[str]] = None,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """The awaitable twin of ``get_version``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_skills import AsyncBetaSkills

        return await twin(self, AsyncBetaSkills).get_version(
            skill_id=skill_id,
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
        from .._async.beta_skills import AsyncBetaSkills

        return await twin(self, AsyncBetaSkills).list(
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
        skill_id: str,
        **options: Unpack[RequestOptions],
    ) -> ListSkillVersionsResponse:
        """The awaitable twin of ``list_versions``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_skills import AsyncBetaSkills

        return await twin(self, AsyncBetaSkills).list_versions(skill_id=skill_id, **options)

    async def update_metadata_async(
        self,
        *,
        skill_id: str,
        sharing_scope: Optional[str] = None,
        workspace_relation: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """The awaitable twin of ``update_metadata``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_skills import AsyncBetaSkills

        return await twin(self, AsyncBetaSkills).update_metadata(
            skill_id=skill_id,
            sharing_scope=sharing_scope,
            workspace_relation=workspace_relation,
            **options,
        )

    async def update_version_metadata_async(
        self,
        *,
        skill_id: str,
        version: int,
        notes: Optional[str] = None,
        aliases: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """The awaitable twin of ``update_version_metadata``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_skills import AsyncBetaSkills

        return await twin(self, AsyncBetaSkills).update_version_metadata(
            skill_id=skill_id,
            version=version,
            notes=notes,
            aliases=aliases,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
