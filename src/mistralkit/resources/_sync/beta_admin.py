# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Administration of the organization (an admin API key is required)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._base import Resource

if TYPE_CHECKING:
    pass

    from .beta_admin_api_keys import BetaAdminApiKeys
    from .beta_admin_audit_logs import BetaAdminAuditLogs
    from .beta_admin_billing import BetaAdminBilling
    from .beta_admin_scim import BetaAdminScim
    from .beta_admin_user_groups import BetaAdminUserGroups
    from .beta_admin_users import BetaAdminUsers
    from .beta_admin_vibe_code_analytics import BetaAdminVibeCodeAnalytics
    from .beta_admin_vibe_work_analytics import BetaAdminVibeWorkAnalytics
    from .beta_admin_workspaces import BetaAdminWorkspaces

__all__ = ["BetaAdmin"]


class BetaAdmin(Resource):
    """Administration of the organization (an admin API key is required)."""

    @cached_property
    def api_keys(self) -> BetaAdminApiKeys:
        """(beta) Admin API - manage API keys. Requires an admin API key."""
        from .beta_admin_api_keys import BetaAdminApiKeys

        return self._sub(BetaAdminApiKeys)

    @cached_property
    def audit_logs(self) -> BetaAdminAuditLogs:
        """(beta) Admin API - access audit logs. Requires an admin API key."""
        from .beta_admin_audit_logs import BetaAdminAuditLogs

        return self._sub(BetaAdminAuditLogs)

    @cached_property
    def billing(self) -> BetaAdminBilling:
        """(beta) Admin API - manage spend limits, rate limits and roles. Requires an admin API key."""
        from .beta_admin_billing import BetaAdminBilling

        return self._sub(BetaAdminBilling)

    @cached_property
    def scim(self) -> BetaAdminScim:
        """(beta) Admin - Scim API."""
        from .beta_admin_scim import BetaAdminScim

        return self._sub(BetaAdminScim)

    @cached_property
    def user_groups(self) -> BetaAdminUserGroups:
        """(beta) Admin API - manage user groups. Requires an admin API key."""
        from .beta_admin_user_groups import BetaAdminUserGroups

        return self._sub(BetaAdminUserGroups)

    @cached_property
    def users(self) -> BetaAdminUsers:
        """(beta) Admin API - manage users. Requires an admin API key."""
        from .beta_admin_users import BetaAdminUsers

        return self._sub(BetaAdminUsers)

    @cached_property
    def vibe_code_analytics(self) -> BetaAdminVibeCodeAnalytics:
        """Admin usage analytics for Vibe Code."""
        from .beta_admin_vibe_code_analytics import BetaAdminVibeCodeAnalytics

        return self._sub(BetaAdminVibeCodeAnalytics)

    @cached_property
    def vibe_work_analytics(self) -> BetaAdminVibeWorkAnalytics:
        """Admin usage analytics for Vibe Work."""
        from .beta_admin_vibe_work_analytics import BetaAdminVibeWorkAnalytics

        return self._sub(BetaAdminVibeWorkAnalytics)

    @cached_property
    def workspaces(self) -> BetaAdminWorkspaces:
        """(beta) Admin API - manage workspaces. Requires an admin API key."""
        from .beta_admin_workspaces import BetaAdminWorkspaces

        return self._sub(BetaAdminWorkspaces)
