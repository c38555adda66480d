# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used by several tags of the beta_admin operations."""

from typing import Literal

__all__ = [
    "StaticOrganizationRoles", "StaticWorkspaceRoles", "UserRole", "WorkspaceRole",
]


StaticOrganizationRoles = Literal[
    "0d48f530-095c-43fe-8aea-6673bcacabe6", "c955f4e1-9477-43f0-8349-6fbc629fccc9",
    "7bde5959-d676-47d2-b779-35b64323d278",
]


StaticWorkspaceRoles = Literal[
    "d7ea77c5-9260-41d0-ab26-52b5add3ee56", "48436751-ee56-44bd-8a2d-712233977821",
    "375cd0db-3bbe-4b79-80f3-954ccf04f3d1", "578584f1-4319-4c88-9948-38a5184483b6",
    "d79b3027-4eb2-4521-8722-825acfee7d8b", "252a0825-40b9-4b98-be80-7658956f13e9",
    "17aa61c5-1c61-477e-a40a-e52c8ccd74b9", "b23cd6e0-91cd-4a8a-9869-b30366bf3966",
    "731eb2be-a74f-4070-b797-35bf7009e553", "ff86d432-7f27-47f8-b02f-b5c102ef6a55",
    "0f9acbf6-93b5-42c7-a227-fc7652755f65",
]


UserRole = Literal["A", "M", "B"]


WorkspaceRole = Literal["A", "M"]
