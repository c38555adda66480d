# Generated from resources/_async by tools/unasync.py. Do not edit.
from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Annotated, Any, Mapping, Optional, Sequence, Union

from pydantic import Field

from ...types import (
    ClassifierDetailedJobOut,
    ClassifierJobOut,
    CompletionDetailedJobOut,
    CompletionJobOut,
    JobIn,
    JobsOut,
    LegacyJobMetadataOut,
)
from ..._pagination import Page, paginate, unraw
from ..._request import RequestOptions, path_param
from .._base import Call, Resource, body

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = ["FineTuning", "FineTuningJobs"]

_PAGE_SIZE = 100  # the API's default page size
_JOB = Annotated[Union[CompletionJobOut, ClassifierJobOut], Field(discriminator="job_type")]
_DETAILED_JOB = Annotated[Union[CompletionDetailedJobOut, ClassifierDetailedJobOut], Field(discriminator="job_type")]
_CREATED = Union[_JOB, LegacyJobMetadataOut]


class FineTuningJobs(Resource):
    """Fine-tuning jobs: create, follow, start and cancel them."""

    def list(
        self,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        model: Optional[str] = None,
        created_after: Optional[datetime] = None,
        created_before: Optional[datetime] = None,
        created_by_me: Optional[bool] = None,
        status: Optional[str] = None,
        wandb_project: Optional[str] = None,
        wandb_name: Optional[str] = None,
        suffix: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Any]:
        """One page of fine-tuning jobs (``.data``, ``.total``); iterate it for every job of every page."""
        query = body(locals())
        result = self._call(Call("GET", "/v1/fine_tuning/jobs", cast=JobsOut, query=query, options=options))
        return paginate(
            Page,
            result,
            fetch=lambda number: unraw(self).list(**{**query, "page": number}, **options),
            page=page,
            page_size=page_size or _PAGE_SIZE,
        )

    def create(
        self,
        *,
        model: str,
        hyperparameters: Union[Mapping[str, Any], Any],
        training_files: Optional[Sequence[Union[Mapping[str, Any], Any]]] = None,
        validation_files: Optional[Sequence[str]] = None,
        suffix: Optional[str] = None,
        integrations: Optional[Sequence[Union[Mapping[str, Any], Any]]] = None,
        auto_start: Optional[bool] = None,
        invalid_sample_skip_percentage: Optional[float] = None,
        job_type: Optional[str] = None,
        repositories: Optional[Sequence[Union[Mapping[str, Any], Any]]] = None,
        classifier_targets: Optional[Sequence[Union[Mapping[str, Any], Any]]] = None,
        dry_run: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Create a fine-tuning job (``training_files``: ``[{"file_id": ..., "weight": 1}]``).

        Returns the job (``CompletionJobOut`` / ``ClassifierJobOut``), or with ``dry_run=True``
        a ``LegacyJobMetadataOut`` estimate.
        """
        payload = body(locals())
        payload.pop("dry_run", None)
        return self._call(
            Call(
                "POST",
                "/v1/fine_tuning/jobs",
                cast=_CREATED,
                body=payload,
                body_type=JobIn,
                query={"dry_run": dry_run},
                options=options,
            )
        )

    def get(self, *, job_id: str, **options: Unpack[RequestOptions]) -> Any:
        """A job's details, with its events and checkpoints."""
        return self._call(
            Call("GET", f"/v1/fine_tuning/jobs/{path_param('job_id', job_id)}", cast=_DETAILED_JOB, options=options)
        )

    def cancel(self, *, job_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Ask for a job to be cancelled."""
        return self._call(
            Call(
                "POST",
                f"/v1/fine_tuning/jobs/{path_param('job_id', job_id)}/cancel",
                cast=_DETAILED_JOB,
                options=options,
            )
        )

    def start(self, *, job_id: str, **options: Unpack[RequestOptions]) -> Any:
        """Start a validated job (one created with ``auto_start=False``)."""
        return self._call(
            Call(
                "POST",
                f"/v1/fine_tuning/jobs/{path_param('job_id', job_id)}/start",
                cast=_DETAILED_JOB,
                options=options,
            )
        )

    async def list_async(
        self,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        model: Optional[str] = None,
        created_after: Optional[datetime] = None,
        created_before: Optional[datetime] = None,
        created_by_me: Optional[bool] = None,
        status: Optional[str] = None,
        wandb_project: Optional[str] = None,
        wandb_name: Optional[str] = None,
        suffix: Optional[str] = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Any]:
        """The awaitable twin of ``list``: same arguments and result, for ``await`` in async code."""
        from .._async.fine_tuning import AsyncFineTuningJobs

        return await twin(self, AsyncFineTuningJobs).list(
            page=page,
            page_size=page_size,
            model=model,
            created_after=created_after,
            created_before=created_before,
            created_by_me=created_by_me,
            status=status,
            wandb_project=wandb_project,
            wandb_name=wandb_name,
            suffix=suffix,
            **options,
        )

    async def create_async(
        self,
        *,
        model: str,
        hyperparameters: Union[Mapping[str, Any], Any],
        training_files: Optional[Sequence[Union[Mapping[str, Any], Any]]] = None,
        validation_files: Optional[Sequence[str]] = None,
        suffix: Optional[str] = None,
        integrations: Optional[Sequence[Union[Mapping[str, Any], Any]]] = None,
        auto_start: Optional[bool] = None,
        invalid_sample_skip_percentage: Optional[float] = None,
        job_type: Optional[str] = None,
        repositories: Optional[Sequence[Union[Mapping[str, Any], Any]]] = None,
        classifier_targets: Optional[Sequence[Union[Mapping[str, Any], Any]]] = None,
        dry_run: Optional[bool] = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """The awaitable twin of ``create``: same arguments and result, for ``await`` in async code."""
        from .._async.fine_tuning import AsyncFineTuningJobs

        return await twin(self, AsyncFineTuningJobs).create(
            model=model,
            hyperparameters=hyperparameters,
            training_files=training_files,
            validation_files=validation_files,
            suffix=suffix,
            integrations=integrations,
            auto_start=auto_start,
            invalid_sample_skip_percentage=invalid_sample_skip_percentage,
            job_type=job_type,
            repositories=repositories,
            classifier_targets=classifier_targets,
            dry_run=dry_run,
            **options,
        )

    async def get_async(self, *, job_id: str, **options: Unpack[RequestOptions]) -> Any:
        """The awaitable twin of ``get``: same arguments and result, for ``await`` in async code."""
        from .._async.fine_tuning import AsyncFineTuningJobs

        return await twin(self, AsyncFineTuningJobs).get(job_id=job_id, **options)

    async def cancel_async(self, *, job_id: str, **options: Unpack[RequestOptions]) -> Any:
        """The awaitable twin of ``cancel``: same arguments and result, for ``await`` in async code."""
        from .._async.fine_tuning import AsyncFineTuningJobs

        return await twin(self, AsyncFineTuningJobs).cancel(job_id=job_id, **options)

    async def start_async(self, *, job_id: str, **options: Unpack[RequestOptions]) -> Any:
        """The awaitable twin of ``start``: same arguments and result, for ``await`` in async code."""
        from .._async.fine_tuning import AsyncFineTuningJobs

        return await twin(self, AsyncFineTuningJobs).start(job_id=job_id, **options)


class FineTuning(Resource):
    """Fine-tuning: ``jobs``."""

    @cached_property
    def jobs(self) -> FineTuningJobs:
        return self._sub(FineTuningJobs)


# Coroutine twins run on the sync client's async twin (see mistralkit._twin).
from ..._twin import twin  # noqa: E402

if TYPE_CHECKING:
    from ..._pagination import AsyncPage
