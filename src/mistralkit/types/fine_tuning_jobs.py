# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the fine_tuning.jobs operations."""

from typing import Annotated, Any, Literal, Union

from pydantic import Field

from .._models import BaseModel, TaggedModel
from .shared import FTClassifierLossFunction

__all__ = [
    "CheckpointOut", "ClassifierDetailedJobOut", "ClassifierJobOut", "ClassifierTargetIn",
    "ClassifierTargetOut", "ClassifierTrainingParameters", "ClassifierTrainingParametersIn",
    "CompletionDetailedJobOut", "CompletionJobOut", "CompletionTrainingParameters",
    "CompletionTrainingParametersIn", "EventOut", "FineTuneableModelType", "GithubRepositoryIn",
    "GithubRepositoryOut", "JobIn", "JobMetadataOut",
    "JobsApiRoutesFineTuningCancelFineTuningJobResponse",
    "JobsApiRoutesFineTuningCreateFineTuningJobResponse",
    "JobsApiRoutesFineTuningGetFineTuningJobResponse",
    "JobsApiRoutesFineTuningStartFineTuningJobResponse", "JobsOut", "LegacyJobMetadataOut",
    "MetricOut", "TrainingFile", "WandbIntegration", "WandbIntegrationOut",
]


class MetricOut(BaseModel):
    """Metrics at the step number during the fine-tuning job. Use these metrics to assess if the
    training is going smoothly (loss should decrease, token accuracy should increase).
    """

    train_loss: float | None = None
    valid_loss: float | None = None
    valid_mean_token_accuracy: float | None = None


class CheckpointOut(BaseModel):
    """CheckpointOut"""

    metrics: MetricOut
    step_number: int
    """The step number that the checkpoint was created at."""
    created_at: int
    """The UNIX timestamp (in seconds) for when the checkpoint was created."""


class ClassifierTargetOut(BaseModel):
    """ClassifierTargetOut"""

    name: str
    labels: list[str]
    weight: float
    loss_function: FTClassifierLossFunction | str


class ClassifierTrainingParameters(BaseModel):
    """ClassifierTrainingParameters"""

    training_steps: int | None = None
    learning_rate: float = 0.0001
    weight_decay: float | None = 0.1
    warmup_fraction: float | None = 0.05
    epochs: float | None = None
    seq_len: int | None = None


class EventOut(BaseModel):
    """EventOut"""

    name: str
    """The name of the event."""
    data: dict[str, Any] | None = None
    created_at: int
    """The UNIX timestamp (in seconds) of the event."""


class JobMetadataOut(BaseModel):
    """JobMetadataOut"""

    expected_duration_seconds: int | None = None
    cost: float | None = None
    cost_currency: str | None = None
    train_tokens_per_step: int | None = None
    train_tokens: int | None = None
    data_tokens: int | None = None
    estimated_start_time: int | None = None


class WandbIntegrationOut(TaggedModel):
    """WandbIntegrationOut"""

    type: Literal["wandb"] = "wandb"
    project: str
    """The name of the project that the new run will be created under."""
    name: str | None = None
    """A display name to set for the run. If not set, will use the job ID as the name."""
    run_name: str | None = None
    url: str | None = None


class ClassifierDetailedJobOut(TaggedModel):
    """ClassifierDetailedJobOut"""

    id: str
    auto_start: bool
    model: str
    status: (
        Literal[
            "QUEUED", "STARTED", "VALIDATING", "VALIDATED", "RUNNING", "FAILED_VALIDATION",
            "FAILED", "SUCCESS", "CANCELLED", "CANCELLATION_REQUESTED",
        ]
        | str
    )
    created_at: int
    modified_at: int
    training_files: list[str]
    validation_files: list[str] | None = []
    object: Literal["job"] = "job"
    fine_tuned_model: str | None = None
    suffix: str | None = None
    integrations: list[WandbIntegrationOut] | None = None
    trained_tokens: int | None = None
    metadata: JobMetadataOut | None = None
    job_type: Literal["classifier"] = "classifier"
    hyperparameters: ClassifierTrainingParameters
    events: list[EventOut] = []
    """Event items are created every time the status of a fine-tuning job changes. The timestamped list
    of all events is accessible here.
    """
    checkpoints: list[CheckpointOut] = []
    classifier_targets: list[ClassifierTargetOut]


class ClassifierJobOut(TaggedModel):
    """ClassifierJobOut"""

    id: str
    """The ID of the job."""
    auto_start: bool
    model: str
    status: (
        Literal[
            "QUEUED", "STARTED", "VALIDATING", "VALIDATED", "RUNNING", "FAILED_VALIDATION",
            "FAILED", "SUCCESS", "CANCELLED", "CANCELLATION_REQUESTED",
        ]
        | str
    )
    """The current status of the fine-tuning job."""
    created_at: int
    """The UNIX timestamp (in seconds) for when the fine-tuning job was created."""
    modified_at: int
    """The UNIX timestamp (in seconds) for when the fine-tuning job was last modified."""
    training_files: list[str]
    """A list containing the IDs of uploaded files that contain training data."""
    validation_files: list[str] | None = []
    """A list containing the IDs of uploaded files that contain validation data."""
    object: Literal["job"] = "job"
    """The object type of the fine-tuning job."""
    fine_tuned_model: str | None = None
    """The name of the fine-tuned model that is being created. The value will be `null` if the
    fine-tuning job is still running.
    """
    suffix: str | None = None
    """Optional text/code that adds more context for the model. When given a `prompt` and a `suffix`
    the model will fill what is between them. When `suffix` is not provided, the model will simply
    execute completion starting with `prompt`.
    """
    integrations: list[WandbIntegrationOut] | None = None
    """A list of integrations enabled for your fine-tuning job."""
    trained_tokens: int | None = None
    """Total number of tokens trained."""
    metadata: JobMetadataOut | None = None
    job_type: Literal["classifier"] = "classifier"
    """The type of job (`FT` for fine-tuning)."""
    hyperparameters: ClassifierTrainingParameters


class ClassifierTargetIn(BaseModel):
    """ClassifierTargetIn"""

    name: str
    labels: list[str]
    weight: float = 1.0
    loss_function: FTClassifierLossFunction | str | None = None


class ClassifierTrainingParametersIn(BaseModel):
    """The fine-tuning hyperparameter settings used in a classifier fine-tune job."""

    training_steps: int | None = None
    """The number of training steps to perform. A training step refers to a single update of the model
    weights during the fine-tuning process. This update is typically calculated using a batch of
    samples from the training dataset.
    """
    learning_rate: float = 0.0001
    """A parameter describing how much to adjust the pre-trained model's weights in response to the
    estimated error each time the weights are updated during the fine-tuning process.
    """
    weight_decay: float | None = 0.1
    """(Advanced Usage) Weight decay adds a term to the loss function that is proportional to the sum
    of the squared weights. This term reduces the magnitude of the weights and prevents them from
    growing too large.
    """
    warmup_fraction: float | None = 0.05
    """(Advanced Usage) A parameter that specifies the percentage of the total training steps at which
    the learning rate warm-up phase ends. During this phase, the learning rate gradually increases
    from a small value to the initial learning rate, helping to stabilize the training process and
    improve ...
    """
    epochs: float | None = None
    seq_len: int | None = None


class CompletionTrainingParameters(BaseModel):
    """CompletionTrainingParameters"""

    training_steps: int | None = None
    learning_rate: float = 0.0001
    weight_decay: float | None = 0.1
    warmup_fraction: float | None = 0.05
    epochs: float | None = None
    seq_len: int | None = None
    fim_ratio: float | None = 0.9


class GithubRepositoryOut(TaggedModel):
    """GithubRepositoryOut"""

    type: Literal["github"] = "github"
    name: str
    owner: str
    ref: str | None = None
    weight: float = 1.0
    commit_id: str


class CompletionDetailedJobOut(TaggedModel):
    """CompletionDetailedJobOut"""

    id: str
    auto_start: bool
    model: str
    status: (
        Literal[
            "QUEUED", "STARTED", "VALIDATING", "VALIDATED", "RUNNING", "FAILED_VALIDATION",
            "FAILED", "SUCCESS", "CANCELLED", "CANCELLATION_REQUESTED",
        ]
        | str
    )
    created_at: int
    modified_at: int
    training_files: list[str]
    validation_files: list[str] | None = []
    object: Literal["job"] = "job"
    fine_tuned_model: str | None = None
    suffix: str | None = None
    integrations: list[WandbIntegrationOut] | None = None
    trained_tokens: int | None = None
    metadata: JobMetadataOut | None = None
    job_type: Literal["completion"] = "completion"
    hyperparameters: CompletionTrainingParameters
    repositories: list[GithubRepositoryOut] = []
    events: list[EventOut] = []
    """Event items are created every time the status of a fine-tuning job changes. The timestamped list
    of all events is accessible here.
    """
    checkpoints: list[CheckpointOut] = []


class CompletionJobOut(TaggedModel):
    """CompletionJobOut"""

    id: str
    """The ID of the job."""
    auto_start: bool
    model: str
    status: (
        Literal[
            "QUEUED", "STARTED", "VALIDATING", "VALIDATED", "RUNNING", "FAILED_VALIDATION",
            "FAILED", "SUCCESS", "CANCELLED", "CANCELLATION_REQUESTED",
        ]
        | str
    )
    """The current status of the fine-tuning job."""
    created_at: int
    """The UNIX timestamp (in seconds) for when the fine-tuning job was created."""
    modified_at: int
    """The UNIX timestamp (in seconds) for when the fine-tuning job was last modified."""
    training_files: list[str]
    """A list containing the IDs of uploaded files that contain training data."""
    validation_files: list[str] | None = []
    """A list containing the IDs of uploaded files that contain validation data."""
    object: Literal["job"] = "job"
    """The object type of the fine-tuning job."""
    fine_tuned_model: str | None = None
    """The name of the fine-tuned model that is being created. The value will be `null` if the
    fine-tuning job is still running.
    """
    suffix: str | None = None
    """Optional text/code that adds more context for the model. When given a `prompt` and a `suffix`
    the model will fill what is between them. When `suffix` is not provided, the model will simply
    execute completion starting with `prompt`.
    """
    integrations: list[WandbIntegrationOut] | None = None
    """A list of integrations enabled for your fine-tuning job."""
    trained_tokens: int | None = None
    """Total number of tokens trained."""
    metadata: JobMetadataOut | None = None
    job_type: Literal["completion"] = "completion"
    """The type of job (`FT` for fine-tuning)."""
    hyperparameters: CompletionTrainingParameters
    repositories: list[GithubRepositoryOut] = []


class CompletionTrainingParametersIn(BaseModel):
    """The fine-tuning hyperparameter settings used in a fine-tune job."""

    training_steps: int | None = None
    """The number of training steps to perform. A training step refers to a single update of the model
    weights during the fine-tuning process. This update is typically calculated using a batch of
    samples from the training dataset.
    """
    learning_rate: float = 0.0001
    """A parameter describing how much to adjust the pre-trained model's weights in response to the
    estimated error each time the weights are updated during the fine-tuning process.
    """
    weight_decay: float | None = 0.1
    """(Advanced Usage) Weight decay adds a term to the loss function that is proportional to the sum
    of the squared weights. This term reduces the magnitude of the weights and prevents them from
    growing too large.
    """
    warmup_fraction: float | None = 0.05
    """(Advanced Usage) A parameter that specifies the percentage of the total training steps at which
    the learning rate warm-up phase ends. During this phase, the learning rate gradually increases
    from a small value to the initial learning rate, helping to stabilize the training process and
    improve ...
    """
    epochs: float | None = None
    seq_len: int | None = None
    fim_ratio: float | None = 0.9


FineTuneableModelType = Literal["completion", "classifier"]


class GithubRepositoryIn(TaggedModel):
    """GithubRepositoryIn"""

    type: Literal["github"] = "github"
    name: str
    owner: str
    ref: str | None = None
    weight: float = 1.0
    token: str


class TrainingFile(BaseModel):
    """TrainingFile"""

    file_id: str
    weight: float = 1.0


class WandbIntegration(TaggedModel):
    """WandbIntegration"""

    type: Literal["wandb"] = "wandb"
    project: str
    """The name of the project that the new run will be created under."""
    name: str | None = None
    """A display name to set for the run. If not set, will use the job ID as the name."""
    api_key: str
    """The WandB API key to use for authentication."""
    run_name: str | None = None


class JobIn(BaseModel):
    """Request body of POST /v1/fine_tuning/jobs."""

    model: str
    training_files: list[TrainingFile] = []
    validation_files: list[str] | None = None
    """A list containing the IDs of uploaded files that contain validation data. If you provide these
    files, the data is used to generate validation metrics periodically during fine-tuning. These
    metrics can be viewed in `checkpoints` when getting the status of a running fine-tuning job. The
    same data ...
    """
    suffix: str | None = None
    """A string that will be added to your fine-tuning model name. For example, a suffix of
    "my-great-model" would produce a model name like `ft:open-mistral-7b:my-great-model:xxx...`
    """
    integrations: list[WandbIntegration] | None = None
    """A list of integrations to enable for your fine-tuning job."""
    auto_start: bool | None = None
    """This field will be required in a future release."""
    invalid_sample_skip_percentage: float = 0
    job_type: FineTuneableModelType | str | None = None
    hyperparameters: CompletionTrainingParametersIn | ClassifierTrainingParametersIn
    repositories: list[GithubRepositoryIn] | None = None
    classifier_targets: list[ClassifierTargetIn] | None = None


#: Response of POST /v1/fine_tuning/jobs/{job_id}/cancel.
JobsApiRoutesFineTuningCancelFineTuningJobResponse = Annotated[
    Union[CompletionDetailedJobOut, ClassifierDetailedJobOut],
    Field(discriminator="job_type"),
]


class LegacyJobMetadataOut(TaggedModel):
    """LegacyJobMetadataOut"""

    expected_duration_seconds: int | None = None
    """The approximated time (in seconds) for the fine-tuning process to complete."""
    cost: float | None = None
    """The cost of the fine-tuning job."""
    cost_currency: str | None = None
    """The currency used for the fine-tuning job cost."""
    train_tokens_per_step: int | None = None
    """The number of tokens consumed by one training step."""
    train_tokens: int | None = None
    """The total number of tokens used during the fine-tuning process."""
    data_tokens: int | None = None
    """The total number of tokens in the training dataset."""
    estimated_start_time: int | None = None
    deprecated: bool = True
    details: str
    epochs: float | None = None
    """The number of complete passes through the entire training dataset."""
    training_steps: int | None = None
    """The number of training steps to perform. A training step refers to a single update of the model
    weights during the fine-tuning process. This update is typically calculated using a batch of
    samples from the training dataset.
    """
    object: Literal["job.metadata"] = "job.metadata"


#: Response of POST /v1/fine_tuning/jobs.
JobsApiRoutesFineTuningCreateFineTuningJobResponse = (
    Annotated[Union[CompletionJobOut, ClassifierJobOut], Field(discriminator="job_type")]
    | LegacyJobMetadataOut
)


#: Response of GET /v1/fine_tuning/jobs/{job_id}.
JobsApiRoutesFineTuningGetFineTuningJobResponse = Annotated[
    Union[CompletionDetailedJobOut, ClassifierDetailedJobOut],
    Field(discriminator="job_type"),
]


#: Response of POST /v1/fine_tuning/jobs/{job_id}/start.
JobsApiRoutesFineTuningStartFineTuningJobResponse = Annotated[
    Union[CompletionDetailedJobOut, ClassifierDetailedJobOut],
    Field(discriminator="job_type"),
]


class JobsOut(TaggedModel):
    """Response of GET /v1/fine_tuning/jobs."""

    data: list[
        Annotated[Union[CompletionJobOut, ClassifierJobOut], Field(discriminator="job_type")],
    ] = []
    object: Literal["list"] = "list"
    total: int
