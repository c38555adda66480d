# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""(beta) Observability API - dataset records."""

from __future__ import annotations

from typing import Any, Sequence, TYPE_CHECKING

from ...types import (
    DatasetRecord,
    DeleteDatasetRecordsRequest,
    JudgeDatasetRecordRequest,
    JudgeOutput,
    UpdateDatasetRecordPayloadRequest,
    UpdateDatasetRecordPropertiesRequest,
)
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["AsyncBetaObservabilityDatasetsRecords"]


class AsyncBetaObservabilityDatasetsRecords(Resource):
    """(beta) Observability API - dataset records."""

    async def bulk_delete(
        self,
        *,
        dataset_record_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete multiple records from datasets."""
        payload = present({"dataset_record_ids": dataset_record_ids})
        return await self._call(Call(
            "POST",
            "/v1/observability/dataset-records/bulk-delete",
            body=payload,
            body_type=DeleteDatasetRecordsRequest,
            options=options,
        ))

    async def delete(
        self,
        *,
        dataset_record_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a record from a dataset."""
        return await self._call(Call(
            "DELETE",
            f"/v1/observability/dataset-records/{path_param('dataset_record_id', dataset_record_id)}",
            options=options,
        ))

    async def fetch(
        self,
        *,
        dataset_record_id: str,
        **options: Unpack[RequestOptions],
    ) -> DatasetRecord:
        """Get the content of a given dataset record."""
        return await self._call(Call(
            "GET",
            f"/v1/observability/dataset-records/{path_param('dataset_record_id', dataset_record_id)}",
            cast=DatasetRecord,
            options=options,
        ))

    async def judge(
        self,
        *,
        dataset_record_id: str,
        judge_definition: Any,
        **options: Unpack[RequestOptions],
    ) -> JudgeOutput:
        """Run Judge on a dataset record based on the given options."""
        payload = present({"judge_definition": judge_definition})
        return await self._call(Call(
            "POST",
            f"/v1/observability/dataset-records/{path_param('dataset_record_id', dataset_record_id)}/live-judging",
            cast=JudgeOutput,
            body=payload,
            body_type=JudgeDatasetRecordRequest,
            options=options,
        ))

    async def update_payload(
        self,
        *,
        dataset_record_id: str,
        payload: Any,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a dataset record payload."""
        payload = present({"payload": payload})
        return await self._call(Call(
            "PUT",
            f"/v1/observability/dataset-records/{path_param('dataset_record_id', dataset_record_id)}/payload",
            body=payload,
            body_type=UpdateDatasetRecordPayloadRequest,
            options=options,
        ))

    async def update_properties(
        self,
        *,
        dataset_record_id: str,
        properties: Any,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update dataset record properties."""
        payload = present({"properties": properties})
        return await self._call(Call(
            "PUT",
            f"/v1/observability/dataset-records/{path_param('dataset_record_id', dataset_record_id)}/properties",
            body=payload,
            body_type=UpdateDatasetRecordPropertiesRequest,
            options=options,
        ))
