# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Administration of the organization (an admin API key is required)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._base import Resource

if TYPE_CHECKING:
    pass

    from .beta_admin_api_keys import AsyncBetaAdminApiKeys
    from .beta_admin_audit_logs import AsyncBetaAdminAuditLogs
    from .beta_admin_billing import AsyncBetaAdminBilling
    from .beta_admin_scim import AsyncBetaAdminScim
    from .beta_admin_user_groups import AsyncBetaAdminUserGroups
    from .beta_admin_users import AsyncBetaAdminUsers
    from .beta_admin_vibe_code_analytics import AsyncBetaAdminVibeCodeAnalytics
    from .beta_admin_vibe_work_analytics import AsyncBetaAdminVibeWorkAnalytics
    from .beta_admin_workspaces import AsyncBetaAdminWorkspaces

__all__ = ["AsyncBetaAdmin"]


class AsyncBetaAdmin(Resource):
    """Administration of the organization (an admin API key is required)."""

    @cached_property
    def api_keys(self) -> AsyncBetaAdminApiKeys:
        """(beta) Admin API - manage API keys. Requires an admin API key."""
        from .beta_admin_api_keys import AsyncBetaAdminApiKeys

        return self._sub(AsyncBetaAdminApiKeys)

    @cached_property
    def audit_logs(self) -> AsyncBetaAdminAuditLogs:
        """(beta) Admin API - access audit logs. Requires an admin API key."""
        from .beta_admin_audit_logs import AsyncBetaAdminAuditLogs

        return self._sub(AsyncBetaAdminAuditLogs)

    @cached_property
    def billing(self) -> AsyncBetaAdminBilling:
        """(beta) Admin API - manage spend limits, rate limits and roles. Requires an admin API key."""
        from .beta_admin_billing import AsyncBetaAdminBilling

        return self._sub(AsyncBetaAdminBilling)

    @cached_property
    def scim(self) -> AsyncBetaAdminScim:
        """(beta) Admin - Scim API."""
        from .beta_admin_scim import AsyncBetaAdminScim

        return self._sub(AsyncBetaAdminScim)

    @cached_property
    def user_groups(self) -> AsyncBetaAdminUserGroups:
        """(beta) Admin API - manage user groups. Requires an admin API key."""
        from .beta_admin_user_groups import AsyncBetaAdminUserGroups

        return self._sub(AsyncBetaAdminUserGroups)

    @cached_property
    def users(self) -> AsyncBetaAdminUsers:
        """(beta) Admin API - manage users. Requires an admin API key."""
        from .beta_admin_users import AsyncBetaAdminUsers

        return self._sub(AsyncBetaAdminUsers)

    @cached_property
    def vibe_code_analytics(self) -> AsyncBetaAdminVibeCodeAnalytics:
        """Admin usage analytics for Vibe Code."""
        from .beta_admin_vibe_code_analytics import AsyncBetaAdminVibeCodeAnalytics

        return self._sub(AsyncBetaAdminVibeCodeAnalytics)

    @cached_property
    def vibe_work_analytics(self) -> AsyncBetaAdminVibeWorkAnalytics:
        """Admin usage analytics for Vibe Work."""
        from .beta_admin_vibe_work_analytics import AsyncBetaAdminVibeWorkAnalytics

        return self._sub(AsyncBetaAdminVibeWorkAnalytics)

    @cached_property
    def workspaces(self) -> AsyncBetaAdminWorkspaces:
        """(beta) Admin API - manage workspaces. Requires an admin API key."""
        from .beta_admin_workspaces import AsyncBetaAdminWorkspaces

        return self._sub(AsyncBetaAdminWorkspaces)
