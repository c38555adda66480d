# Generated from resources/_async by tools/unasync.py. Do not edit.
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

__all__ = ["BetaObservabilityDatasetsRecords"]


class BetaObservabilityDatasetsRecords(Resource):
    """(beta) Observability API - dataset records."""

    def bulk_delete(
        self,
        *,
        dataset_record_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete multiple records from datasets."""
        payload = present({"dataset_record_ids": dataset_record_ids})
        return self._call(Call(
            "POST",
            "/v1/observability/dataset-records/bulk-delete",
            body=payload,
            body_type=DeleteDatasetRecordsRequest,
            options=options,
        ))

    def delete(
        self,
        *,
        dataset_record_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a record from a dataset."""
        return self._call(Call(
            "DELETE",
            f"/v1/observability/dataset-records/{path_param('dataset_record_id', dataset_record_id)}",
            options=options,
        ))

    def fetch(
        self,
        *,
        dataset_record_id: str,
        **options: Unpack[RequestOptions],
    ) -> DatasetRecord:
        """Get the content of a given dataset record."""
        return self._call(Call(
            "GET",
            f"/v1/observability/dataset-records/{path_param('dataset_record_id', dataset_record_id)}",
            cast=DatasetRecord,
            options=options,
        ))

    def judge(
        self,
        *,
        dataset_record_id: str,
        judge_definition: Any,
        **options: Unpack[RequestOptions],
    ) -> JudgeOutput:
        """Run Judge on a dataset record based on the given options."""
        payload = present({"judge_definition": judge_definition})
        return self._call(Call(
            "POST",
            f"/v1/observability/dataset-records/{path_param('dataset_record_id', dataset_record_id)}/live-judging",
            cast=JudgeOutput,
            body=payload,
            body_type=JudgeDatasetRecordRequest,
            options=options,
        ))

    def update_payload(
        self,
        *,
        dataset_record_id: str,
        payload: Any,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a dataset record payload."""
        payload = present({"payload": payload})
        return self._call(Call(
            "PUT",
            f"/v1/observability/dataset-records/{path_param('dataset_record_id', dataset_record_id)}/payload",
            body=payload,
            body_type=UpdateDatasetRecordPayloadRequest,
            options=options,
        ))

    def update_properties(
        self,
        *,
        dataset_record_id: str,
        properties: Any,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update dataset record properties."""
        payload = present({"properties": properties})
        return self._call(Call(
            "PUT",
            f"/v1/observability/dataset-records/{path_param('dataset_record_id', dataset_record_id)}/properties",
            body=payload,
            body_type=UpdateDatasetRecordPropertiesRequest,
            options=options,
        ))

    async def bulk_delete_async(
        self,
        *,
        dataset_record_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``bulk_delete``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_datasets_records import AsyncBetaObservabilityDatasetsRecords

        return await twin(self, AsyncBetaObservabilityDatasetsRecords).bulk_delete(
            dataset_record_ids=dataset_record_ids,
            **options,
        )

    async def delete_async(
        self,
        *,
        dataset_record_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``delete``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_datasets_records import AsyncBetaObservabilityDatasetsRecords

        return await twin(self, AsyncBetaObservabilityDatasetsRecords).delete(
            dataset_record_id=dataset_record_id,
            **options,
        )

    async def fetch_async(
        self,
        *,
        dataset_record_id: str,
        **options: Unpack[RequestOptions],
    ) -> DatasetRecord:
        """The awaitable twin of ``fetch``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_datasets_records import AsyncBetaObservabilityDatasetsRecords

        return await twin(self, AsyncBetaObservabilityDatasetsRecords).fetch(
            dataset_record_id=dataset_record_id,
            **options,
        )

    async def judge_async(
        self,
        *,
        dataset_record_id: str,
        judge_definition: Any,
        **options: Unpack[RequestOptions],
    ) -> JudgeOutput:
        """The awaitable twin of ``judge``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_datasets_records import AsyncBetaObservabilityDatasetsRecords

        return await twin(self, AsyncBetaObservabilityDatasetsRecords).judge(
            dataset_record_id=dataset_record_id,
            judge_definition=judge_definition,
            **options,
        )

    async def update_payload_async(
        self,
        *,
        dataset_record_id: str,
        payload: Any,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``update_payload``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_datasets_records import AsyncBetaObservabilityDatasetsRecords

        return await twin(self, AsyncBetaObservabilityDatasetsRecords).update_payload(
            dataset_record_id=dataset_record_id,
            payload=payload,
            **options,
        )

    async def update_properties_async(
        self,
        *,
        dataset_record_id: str,
        properties: Any,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``update_properties``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_datasets_records import AsyncBetaObservabilityDatasetsRecords

        return await twin(self, AsyncBetaObservabilityDatasetsRecords).update_properties(
            dataset_record_id=dataset_record_id,
            properties=properties,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402
