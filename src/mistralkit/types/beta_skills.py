# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.skills operations."""

from typing import Any

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
    sharingScope: RegistrySharingScope | str | None = None
    """Registry sharing scope."""
    aliases: list[str] | None = None
    """Aliases pointing to this version."""


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
    createdAt: Timestamp | None = None
    """Creation time."""


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
    sharingScope: RegistrySharingScope | str | None = None
    """Registry sharing scope."""
    createdAt: Timestamp | None = None
    """Creation time."""
    updatedAt: Timestamp | None = None
    """Last update time."""
    latestVersion: int | None = None
    """Latest version number."""


class ListSkillsResponse(BaseModel):
    """Response of GET /v2/skills."""

    data: list[Skill] | None = None
    nextPageToken: str | None = None


class SkillAssetContentRawContent(BaseModel):
    """raw_content"""

    rawContent: str


class SkillAssetContentTextContent(BaseModel):
    """text_content"""

    textContent: str


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
