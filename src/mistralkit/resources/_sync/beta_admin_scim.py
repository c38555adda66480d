# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""(beta) Admin - Scim API."""

from __future__ import annotations

from typing import Any, Optional, TYPE_CHECKING

from ...types import AdminScimSyncRunOUT, AdminScimSyncTriggerIN, AdminScimSyncTriggerOUT
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["BetaAdminScim"]


class BetaAdminScim(Resource):
    """(beta) Admin - Scim API."""

    def get_sync_run(
        self,
        *,
        run_id: str,
        **options: Unpack[RequestOptions],
    ) -> AdminScimSyncRunOUT:
        """Retrieve an on-demand SCIM synchronization run for the Organization."""
        return self._call(Call(
            "GET",
            f"/v1/admin/scim/sync/{path_param('run_id', run_id)}",
            cast=AdminScimSyncRunOUT,
            options=options,
        ))

    def trigger_sync(
        self,
        *,
        dry_run: Optional[bool] = None,
        sync_config: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminScimSyncTriggerOUT:
        """Trigger an on-demand SCIM synchronization for the Organization."""
        payload = present({"dry_run": dry_run, "sync_config": sync_config})
        return self._call(Call(
            "POST",
            "/v1/admin/scim/sync",
            cast=AdminScimSyncTriggerOUT,
            body=payload,
            body_type=AdminScimSyncTriggerIN,
            options=options,
        ))

    async def get_sync_run_async(
        self,
        *,
        run_id: str,
        **options: Unpack[RequestOptions],
    ) -> AdminScimSyncRunOUT:
        """The awaitable twin of ``get_sync_run``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_scim import AsyncBetaAdminScim

        return await twin(self, AsyncBetaAdminScim).get_sync_run(run_id=run_id, **options)

    async def trigger_sync_async(
        self,
        *,
        dry_run: Optional[bool] = None,
        sync_config: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> AdminScimSyncTriggerOUT:
        """The awaitable twin of ``trigger_sync``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_admin_scim import AsyncBetaAdminScim

        return await twin(self, AsyncBetaAdminScim).trigger_sync(
            dry_run=dry_run,
            sync_config=sync_config,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402
