# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""(beta) Admin API - access audit logs. Requires an admin API key."""

from __future__ import annotations

from typing import Any, Optional, Sequence, TYPE_CHECKING

from ...types import UsersApiAdminAuditLogsGetAuditLogsResponse
from ..._request import RequestOptions
from .._base import Call, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["BetaAdminAuditLogs"]


class BetaAdminAuditLogs(Resource):
    """(beta) Admin API - access audit logs. Requires an admin API key."""

    def list(
        self,
        *,
        actor_type: Optional[Sequence[str]] = None,
        event_type: Optional[Sequence[str]] = None,
        target_type: Optional[Sequence[str]] = None,
        actor_user_uuid: Optional[str] = None,
        sort: Optional[Any] = None,
        after: Optional[Any] = None,
        before: Optional[Any] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> UsersApiAdminAuditLogsGetAuditLogsResponse:
        """List audit log entries for the Organization."""
        query = {
            "actor_type": actor_type,
            "event_type": event_type,
            "target_type": target_type,
            "actor_user_uuid": actor_user_uuid,
            "sort": sort,
            "after": after,
            "before": before,
            "limit": limit,
        }
        return self._call(Call(
            "GET",
            "/v1/admin/audit-logs",
            cast=UsersApiAdminAuditLogsGetAuditLogsResponse,
            query=query,
            options=options,
        ))

    async def list_async(
        self,
        *,
        actor_type: Optional[Sequence[str]] = None,
        event_type: Optional[Sequence[str]] = None,
        target_type: Optional[Sequence[str]] = None,
        actor_user_uuid: Optional[str] = None,
        sort: Optional[Any] = None,
        after: Optional[Any] = None,
        before: Optional[Any] = None,
        limit: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> UsersApiAdminAuditLogsGetAuditLogsResponse:
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_audit_logs import AsyncBetaAdminAuditLogs

        return await twin(self, AsyncBetaAdminAuditLogs).list(
            actor_type=actor_type,
            event_type=event_type,
            target_type=target_type,
            actor_user_uuid=actor_user_uuid,
            sort=sort,
            after=after,
            before=before,
            limit=limit,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402
