# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""Generated operations of ``beta.libraries.documents``, inherited by the hand-written class."""

from __future__ import annotations

from typing import Any, Optional, TYPE_CHECKING

from ...types import Document, UpdateDocumentRequest
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["DocumentsOps"]


class DocumentsOps(Resource):
    """Operations of ``client.beta.libraries.documents`` the hand-written class does not define."""

    def libraries_documents_update_v1(
        self,
        *,
        library_id: str,
        document_id: str,
        name: Optional[str] = None,
        attributes: Optional[Any] = None,
        expires_at: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> Document:
        """Given a library and a document in that library, update the name of that document."""
        payload = present({"name": name, "attributes": attributes, "expires_at": expires_at})
        return self._call(Call(
            "PUT",
            f"/v1/libraries/{path_param('library_id', library_id)}/documents/{path_param('document_id', document_id)}",
            cast=Document,
            body=payload,
            body_type=UpdateDocumentRequest,
            options=options,
        ))

    async def libraries_documents_update_v1_async(
        self,
        *,
        library_id: str,
        document_id: str,
        name: Optional[str] = None,
        attributes: Optional[Any] = None,
        expires_at: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> Document:
        """The awaitable twin of ``libraries_documents_update_v1``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_libraries_documents_ops import AsyncDocumentsOps

        return await twin(self, AsyncDocumentsOps).libraries_documents_update_v1(
            library_id=library_id,
            document_id=document_id,
            name=name,
            attributes=attributes,
            expires_at=expires_at,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402
