# Generated from resources/_async by tools/unasync.py. Do not edit.
# Generated from spec/openapi.yaml and spec/official_sdk.json by tools/generate_resources.py. Do not edit.
"""(beta) Observability API - datasets."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Optional, Sequence, TYPE_CHECKING

from ...types import (
    CreateDatasetRecordRequest,
    CreateDatasetRequest,
    Dataset,
    DatasetImportTask,
    DatasetPreview,
    DatasetRecord,
    ExportDatasetResponse,
    ImportDatasetFromCampaignRequest,
    ImportDatasetFromDatasetRequest,
    ImportDatasetFromExplorerRequest,
    ImportDatasetFromFileRequest,
    ImportDatasetFromPlaygroundRequest,
    ListDatasetImportTasksResponse,
    ListDatasetRecordsResponse,
    ListDatasetsResponse,
    UpdateDatasetRequest,
)
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource
from .._generated import present

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .beta_observability_datasets_records import BetaObservabilityDatasetsRecords

__all__ = ["BetaObservabilityDatasets"]


class BetaObservabilityDatasets(Resource):
    """(beta) Observability API - datasets."""

    @cached_property
    def records(self) -> BetaObservabilityDatasetsRecords:
        """(beta) Observability API - dataset records."""
        from .beta_observability_datasets_records import BetaObservabilityDatasetsRecords

        return self._sub(BetaObservabilityDatasetsRecords)

    def create(
        self,
        *,
        name: str,
        description: str,
        **options: Unpack[RequestOptions],
    ) -> Dataset:
        """Create a new empty dataset."""
        payload = present({"name": name, "description": description})
        return self._call(Call(
            "POST",
            "/v1/observability/datasets",
            cast=Dataset,
            body=payload,
            body_type=CreateDatasetRequest,
            options=options,
        ))

    def create_record(
        self,
        *,
        dataset_id: str,
        payload: Any,
        properties: Optional[Any] = None,
        source: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> DatasetRecord:
        """Add a record to the dataset."""
        payload = present({"payload": payload, "properties": properties, "source": source})
        return self._call(Call(
            "POST",
            f"/v1/observability/datasets/{path_param('dataset_id', dataset_id)}/records",
            cast=DatasetRecord,
            body=payload,
            body_type=CreateDatasetRecordRequest,
            options=options,
        ))

    def delete(
        self,
        *,
        dataset_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a dataset."""
        return self._call(Call(
            "DELETE",
            f"/v1/observability/datasets/{path_param('dataset_id', dataset_id)}",
            options=options,
        ))

    def export_to_jsonl(
        self,
        *,
        dataset_id: str,
        **options: Unpack[RequestOptions],
    ) -> ExportDatasetResponse:
        """Export to the Files API and retrieve presigned URL to download the resulting JSONL file."""
        return self._call(Call(
            "GET",
            f"/v1/observability/datasets/{path_param('dataset_id', dataset_id)}/exports/to-jsonl",
            cast=ExportDatasetResponse,
            options=options,
        ))

    def fetch(
        self,
        *,
        dataset_id: str,
        **options: Unpack[RequestOptions],
    ) -> DatasetPreview:
        """Get dataset by id."""
        return self._call(Call(
            "GET",
            f"/v1/observability/datasets/{path_param('dataset_id', dataset_id)}",
            cast=DatasetPreview,
            options=options,
        ))

    def fetch_task(
        self,
        *,
        dataset_id: str,
        task_id: str,
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """Get status of a dataset import task."""
        return self._call(Call(
            "GET",
            f"/v1/observability/datasets/{path_param('dataset_id', dataset_id)}/tasks/{path_param('task_id', task_id)}",
            cast=DatasetImportTask,
            options=options,
        ))

    def import_from_campaign(
        self,
        *,
        dataset_id: str,
        campaign_id: str,
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from a campaign."""
        payload = present({"campaign_id": campaign_id})
        return self._call(Call(
            "POST",
            f"/v1/observability/datasets/{path_param('dataset_id', dataset_id)}/imports/from-campaign",
            cast=DatasetImportTask,
            body=payload,
            body_type=ImportDatasetFromCampaignRequest,
            options=options,
        ))

    def import_from_dataset_records(
        self,
        *,
        dataset_id: str,
        dataset_record_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from another dataset."""
        payload = present({"dataset_record_ids": dataset_record_ids})
        return self._call(Call(
            "POST",
            f"/v1/observability/datasets/{path_param('dataset_id', dataset_id)}/imports/from-dataset",
            cast=DatasetImportTask,
            body=payload,
            body_type=ImportDatasetFromDatasetRequest,
            options=options,
        ))

    def import_from_explorer(
        self,
        *,
        dataset_id: str,
        completion_event_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from the explorer."""
        payload = present({"completion_event_ids": completion_event_ids})
        return self._call(Call(
            "POST",
            f"/v1/observability/datasets/{path_param('dataset_id', dataset_id)}/imports/from-explorer",
            cast=DatasetImportTask,
            body=payload,
            body_type=ImportDatasetFromExplorerRequest,
            options=options,
        ))

    def import_from_file(
        self,
        *,
        dataset_id: str,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from an uploaded file."""
        payload = present({"file_id": file_id})
        return self._call(Call(
            "POST",
            f"/v1/observability/datasets/{path_param('dataset_id', dataset_id)}/imports/from-file",
            cast=DatasetImportTask,
            body=payload,
            body_type=ImportDatasetFromFileRequest,
            options=options,
        ))

    def import_from_playground(
        self,
        *,
        dataset_id: str,
        conversation_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """Populate the dataset with records from playground conversations."""
        payload = present({"conversation_ids": conversation_ids})
        return self._call(Call(
            "POST",
            f"/v1/observability/datasets/{path_param('dataset_id', dataset_id)}/imports/from-playground",
            cast=DatasetImportTask,
            body=payload,
            body_type=ImportDatasetFromPlaygroundRequest,
            options=options,
        ))

    def list(
        self,
        *,
        page_size: Optional[int] = None,
        page: Optional[int] = None,
        q: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """List existing datasets."""
        query = {"page_size": page_size, "page": page, "q": q}
        args = {"page_size": page_size, "page": page, "q": q}
        result = self._call(Call(
            "GET",
            "/v1/observability/datasets",
            cast=ListDatasetsResponse,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).list(**{**args, "page": value}, **options),
            page=page,
            first_page=1,
            page_size=page_size,
            items="datasets.results",
            more="datasets.next",
        )

    def list_records(
        self,
        *,
        dataset_id: str,
        page_size: Optional[int] = None,
        page: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """List existing records in the dataset."""
        query = {"page_size": page_size, "page": page}
        args = {"dataset_id": dataset_id, "page_size": page_size, "page": page}
        result = self._call(Call(
            "GET",
            f"/v1/observability/datasets/{path_param('dataset_id', dataset_id)}/records",
            cast=ListDatasetRecordsResponse,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).list_records(**{**args, "page": value}, **options),
            page=page,
            first_page=1,
            page_size=page_size,
            items="records.results",
            more="records.next",
        )

    def list_tasks(
        self,
        *,
        dataset_id: str,
        page_size: Optional[int] = None,
        page: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """List import tasks for the given dataset."""
        query = {"page_size": page_size, "page": page}
        args = {"dataset_id": dataset_id, "page_size": page_size, "page": page}
        result = self._call(Call(
            "GET",
            f"/v1/observability/datasets/{path_param('dataset_id', dataset_id)}/tasks",
            cast=ListDatasetImportTasksResponse,
            query=query,
            options=options,
        ))
        return paginate(
            Page,
            result,
            fetch=lambda value: unraw(self).list_tasks(**{**args, "page": value}, **options),
            page=page,
            first_page=1,
            page_size=page_size,
            items="tasks.results",
            more="tasks.next",
        )

    def update(
        self,
        *,
        dataset_id: str,
        name: Optional[str] = None,
        description: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> DatasetPreview:
        """Patch dataset."""
        payload = present({"name": name, "description": description})
        return self._call(Call(
            "PATCH",
            f"/v1/observability/datasets/{path_param('dataset_id', dataset_id)}",
            cast=DatasetPreview,
            body=payload,
            body_type=UpdateDatasetRequest,
            options=options,
        ))

    async def create_async(
        self,
        *,
        name: str,
        description: str,
        **options: Unpack[RequestOptions],
    ) -> Dataset:
        """The awaitable twin of ``create``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_datasets import AsyncBetaObservabilityDatasets

        return await twin(self, AsyncBetaObservabilityDatasets).create(
            name=name,
            description=description,
            **options,
        )

    async def create_record_async(
        self,
        *,
        dataset_id: str,
        payload: Any,
        properties: Optional[Any] = None,
        source: Optional[Any] = None,
        **options: Unpack[RequestOptions],
    ) -> DatasetRecord:
        """The awaitable twin of ``create_record``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_datasets import AsyncBetaObservabilityDatasets

        return await twin(self, AsyncBetaObservabilityDatasets).create_record(
            dataset_id=dataset_id,
            payload=payload,
            properties=properties,
            source=source,
            **options,
        )

    async def delete_async(
        self,
        *,
        dataset_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """The awaitable twin of ``delete``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_datasets import AsyncBetaObservabilityDatasets

        return await twin(self, AsyncBetaObservabilityDatasets).delete(dataset_id=dataset_id, **options)

    async def export_to_jsonl_async(
        self,
        *,
        dataset_id: str,
        **options: Unpack[RequestOptions],
    ) -> ExportDatasetResponse:
        """The awaitable twin of ``export_to_jsonl``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_datasets import AsyncBetaObservabilityDatasets

        return await twin(self, AsyncBetaObservabilityDatasets).export_to_jsonl(
            dataset_id=dataset_id,
            **options,
        )

    async def fetch_async(
        self,
        *,
        dataset_id: str,
        **options: Unpack[RequestOptions],
    ) -> DatasetPreview:
        """The awaitable twin of ``fetch``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_datasets import AsyncBetaObservabilityDatasets

        return await twin(self, AsyncBetaObservabilityDatasets).fetch(dataset_id=dataset_id, **options)

    async def fetch_task_async(
        self,
        *,
        dataset_id: str,
        task_id: str,
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """The awaitable twin of ``fetch_task``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_datasets import AsyncBetaObservabilityDatasets

        return await twin(self, AsyncBetaObservabilityDatasets).fetch_task(
            dataset_id=dataset_id,
            task_id=task_id,
            **options,
        )

    async def import_from_campaign_async(
        self,
        *,
        dataset_id: str,
        campaign_id: str,
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """The awaitable twin of ``import_from_campaign``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_datasets import AsyncBetaObservabilityDatasets

        return await twin(self, AsyncBetaObservabilityDatasets).import_from_campaign(
            dataset_id=dataset_id,
            campaign_id=campaign_id,
            **options,
        )

    async def import_from_dataset_records_async(
        self,
        *,
        dataset_id: str,
        dataset_record_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """The awaitable twin of ``import_from_dataset_records``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_datasets import AsyncBetaObservabilityDatasets

        return await twin(self, AsyncBetaObservabilityDatasets).import_from_dataset_records(
            dataset_id=dataset_id,
            dataset_record_ids=dataset_record_ids,
            **options,
        )

    async def import_from_explorer_async(
        self,
        *,
        dataset_id: str,
        completion_event_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """The awaitable twin of ``import_from_explorer``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_datasets import AsyncBetaObservabilityDatasets

        return await twin(self, AsyncBetaObservabilityDatasets).import_from_explorer(
            dataset_id=dataset_id,
            completion_event_ids=completion_event_ids,
            **options,
        )

    async def import_from_file_async(
        self,
        *,
        dataset_id: str,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """The awaitable twin of ``import_from_file``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_datasets import AsyncBetaObservabilityDatasets

        return await twin(self, AsyncBetaObservabilityDatasets).import_from_file(
            dataset_id=dataset_id,
            file_id=file_id,
            **options,
        )

    async def import_from_playground_async(
        self,
        *,
        dataset_id: str,
        conversation_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> DatasetImportTask:
        """The awaitable twin of ``import_from_playground``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_datasets import AsyncBetaObservabilityDatasets

        return await twin(self, AsyncBetaObservabilityDatasets).import_from_playground(
            dataset_id=dataset_id,
            conversation_ids=conversation_ids,
            **options,
        )

    async def list_async(
        self,
        *,
        page_size: Optional[int] = None,
        page: Optional[int] = None,
        q: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_datasets import AsyncBetaObservabilityDatasets

        return await twin(self, AsyncBetaObservabilityDatasets).list(
            page_size=page_size,
            page=page,
            q=q,
            **options,
        )

    async def list_records_async(
        self,
        *,
        dataset_id: str,
        page_size: Optional[int] = None,
        page: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``list_records``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_datasets import AsyncBetaObservabilityDatasets

        return await twin(self, AsyncBetaObservabilityDatasets).list_records(
            dataset_id=dataset_id,
            page_size=page_size,
            page=page,
            **options,
        )

    async def list_tasks_async(
        self,
        *,
        dataset_id: str,
        page_size: Optional[int] = None,
        page: Optional[int] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``list_tasks``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_datasets import AsyncBetaObservabilityDatasets

        return await twin(self, AsyncBetaObservabilityDatasets).list_tasks(
            dataset_id=dataset_id,
            page_size=page_size,
            page=page,
            **options,
        )

    async def update_async(
        self,
        *,
        dataset_id: str,
        name: Optional[str] = None,
        description: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> DatasetPreview:
        """The awaitable twin of ``update``: same arguments and result, for ``await`` in async code."""
        from .._async.beta_observability_datasets import AsyncBetaObservabilityDatasets

        return await twin(self, AsyncBetaObservabilityDatasets).update(
            dataset_id=dataset_id,
            name=name,
            description=description,
            **options,
        )


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
