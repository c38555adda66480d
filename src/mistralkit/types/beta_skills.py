# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.skills operations."""

from typing import Any

from pydantic import AliasChoices, Field

from .._models import BaseModel
from .shared import AliasList, RegistrySharingScope, Timestamp

__all__ = [
    "CreateSkillRequest", "CreateSkillVersionResponse", "DeleteSkillResponse",
    "ListSkillVersionsResponse", "ListSkillsResponse", "Skill", "SkillAssetContent",
    "SkillAssetContentRawContent", "SkillAssetContentTextContent", "SkillDefinition",
    "SkillVersion", "SkillsCreateVersionBody", "SkillsUpdateBody",
    "SkillsUpdateVersionMetadataBody",
]


class SkillAssetContent(BaseModel):
    """SkillAssetContent"""

    isExecutable: bool | None = None


class SkillDefinition(BaseModel):
    """Versioned skill content."""

    description: str | None = None
    """Model-facing trigger and usage description."""
    body: str | None = None
    """Skill body content."""
    assets: dict[str, SkillAssetContent] | None = None
    """Additional files available to the skill."""


class CreateSkillRequest(BaseModel):
    """Request body of POST /v2/skills."""

    name: str
    """Stable object name."""
    definition: SkillDefinition
    notes: str | None = None
    """Notes for this version."""
    sharingScope: RegistrySharingScope | str | None = Field(None, alias="sharingScope", validation_alias=AliasChoices("sharingScope", "sharing_scope"))
    """Registry sharing scope."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""

    @property
    def sharing_scope(self) -> "RegistrySharingScope | str | None":
        """``sharingScope`` under the official SDK's name."""
        return self.sharingScope


class CreateSkillVersionResponse(BaseModel):
    """Response of POST /v2/skills/{skill_id}/versions."""

    version: int | None = None
    deduplicated: bool | None = None


#: Response of DELETE /v2/skills/{skill_id}.
DeleteSkillResponse = dict[str, Any]


class SkillVersion(BaseModel):
    """SkillVersion"""

    version: int | None = None
    definition: SkillDefinition | None = None
    notes: str | None = None
    """Notes for this version."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""
    createdAt: Timestamp | None = Field(None, alias="createdAt", validation_alias=AliasChoices("createdAt", "created_at"))
    """Creation time."""

    @property
    def created_at(self) -> "Timestamp | None":
        """``createdAt`` under the official SDK's name."""
        return self.createdAt


class ListSkillVersionsResponse(BaseModel):
    """Response of GET /v2/skills/{skill_id}/versions."""

    data: list[SkillVersion] | None = None


class Skill(BaseModel):
    """Response of POST /v2/skills, GET /v2/skills/{skill_id}, PATCH /v2/skills/{skill_id}, ...."""

    id: str | None = None
    name: str | None = None
    """Stable object name."""
    definition: SkillDefinition | None = None
    version: int | None = None
    notes: str | None = None
    """Notes for this version."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""
    sharingScope: RegistrySharingScope | str | None = Field(None, alias="sharingScope", validation_alias=AliasChoices("sharingScope", "sharing_scope"))
    """Registry sharing scope."""
    createdAt: Timestamp | None = Field(None, alias="createdAt", validation_alias=AliasChoices("createdAt", "created_at"))
    """Creation time."""
    updatedAt: Timestamp | None = Field(None, alias="updatedAt", validation_alias=AliasChoices("updatedAt", "updated_at"))
    """Last update time."""
    latestVersion: int | None = Field(None, alias="latestVersion", validation_alias=AliasChoices("latestVersion", "latest_version"))
    """Latest version number."""

    @property
    def sharing_scope(self) -> "RegistrySharingScope | str | None":
        """``sharingScope`` under the official SDK's name."""
        return self.sharingScope

    @property
    def created_at(self) -> "Timestamp | None":
        """``createdAt`` under the official SDK's name."""
        return self.createdAt

    @property
    def updated_at(self) -> "Timestamp | None":
        """``updatedAt`` under the official SDK's name."""
        return self.updatedAt

    @property
    def latest_version(self) -> "int | None":
        """``latestVersion`` under the official SDK's name."""
        return self.latestVersion


class ListSkillsResponse(BaseModel):
    """Response of GET /v2/skills."""

    data: list[Skill] | None = None
    nextPageToken: str | None = Field(None, alias="nextPageToken", validation_alias=AliasChoices("nextPageToken", "next_page_token"))

    @property
    def next_page_token(self) -> "str | None":
        """``nextPageToken`` under the official SDK's name."""
        return self.nextPageToken


class SkillAssetContentRawContent(BaseModel):
    """raw_content"""

    rawContent: str


class SkillAssetContentTextContent(BaseModel):
    """text_content"""

    textContent: str = Field(alias="textContent", validation_alias=AliasChoices("textContent", "text_content"))

    @property
    def text_content(self) -> "str":
        """``textContent`` under the official SDK's name."""
        return self.textContent


class SkillsCreateVersionBody(BaseModel):
    """Request body of POST /v2/skills/{skill_id}/versions."""

    definition: SkillDefinition
    notes: str | None = None
    """Notes for this version."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""


class SkillsUpdateBody(BaseModel):
    """Request body of PATCH /v2/skills/{skill_id}."""

    sharingScope: RegistrySharingScope | str | None = None
    """Registry sharing scope."""


class SkillsUpdateVersionMetadataBody(BaseModel):
    """Request body of PATCH /v2/skills/{skill_id}/versions/{version}."""

    notes: str | None = None
    """Notes for this version."""
    aliases: AliasList | None = None
    """Aliases pointing to this version."""
