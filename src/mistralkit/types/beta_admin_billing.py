# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.admin.billing operations."""

from datetime import datetime
from typing import Any, Literal

from .._models import BaseModel

__all__ = [
    "ApiZone", "BasicModelUsageDataJSON", "FineTuningDataJSON", "LagoEventType",
    "LibrariesAPIUsageDataJSON", "LimitsContext", "LimitsOUT", "NewUsageLimitIN", "PriceData",
    "RateLimitsOUT", "ServiceTier", "TokenLimitsByModel", "UsageLimits", "UsageOUTJSON",
    "VibeCodeUsageDataJSON",
]


ApiZone = Literal["global", "us", "eu"]


class BasicModelUsageDataJSON(BaseModel):
    """BasicModelUsageDataJSON"""

    models: dict[str, dict[str, list[dict[str, Any]]]]
    """Usage data grouped by model."""


class FineTuningDataJSON(BaseModel):
    """FineTuningDataJSON"""

    training: dict[str, dict[str, list[dict[str, Any]]]]
    """Fine-tuning training usage."""
    storage: dict[str, int]
    """Fine-tuning storage usage."""


LagoEventType = Literal[
    "api_tokens", "api_pages", "api_audio_seconds", "api_audio_characters", "api_connectors",
    "api_libraries_tokens", "api_libraries_pages", "api_libraries_audio", "deployment_tokens",
    "gpu_hour", "reserved_instance", "vibe_tokens", "vibe_connectors", "vibe_pages",
    "vibe_audio_seconds", "vibe_audio_characters",
]


class LibrariesAPIUsageDataJSON(BaseModel):
    """LibrariesAPIUsageDataJSON"""

    pages: BasicModelUsageDataJSON
    """Page usage for Libraries API."""
    tokens: BasicModelUsageDataJSON
    """Token usage for Libraries API."""
    audio_seconds: BasicModelUsageDataJSON
    """Audio usage for Libraries API."""


class UsageLimits(BaseModel):
    """UsageLimits"""

    no_monthly_limit: bool = False
    """Whether no monthly usage limit is configured."""
    monthly_limit_reached: bool
    """Whether the monthly usage limit has been reached."""
    usage: float | None = None
    """Current usage counted against the limit."""
    vibe_usage: float | None = None
    """Current Vibe usage counted against the limit."""
    total_usage: float | None = None
    """Total current usage counted against the limit."""
    usage_limit: float | None = None
    """Current usage limit."""


class LimitsContext(BaseModel):
    """LimitsContext"""

    completion: UsageLimits
    """Completion usage and rate limits."""
    last_payment_failure: bool
    """Whether the latest payment attempt failed."""
    last_payment_failure_protection: bool | None
    """Whether payment failure protection is enabled."""
    currency: str
    """Currency used for usage and limit amounts."""


class LimitsOUT(BaseModel):
    """Response of GET /v1/admin/spend-limit, POST /v1/admin/spend-limit."""

    limits: LimitsContext
    """Usage, rate, and job limits for the Organization."""


class NewUsageLimitIN(BaseModel):
    """Request body of POST /v1/admin/spend-limit."""

    amount: int
    """New monthly usage limit amount."""
    no_monthly_limit: bool = False
    """Whether to remove the monthly usage limit."""


#: The service tier a request is resolved to and routed on.
ServiceTier = Literal["standard", "priority"]


class PriceData(BaseModel):
    """PriceData"""

    event_type: LagoEventType | str | None
    """Billing event type for the price."""
    billing_metric: str
    """Billing metric this price applies to."""
    billing_group: str
    """Billing metric group this price applies to."""
    api_zone: ApiZone | str
    """API zone this price applies to."""
    service_tier: ServiceTier | str
    """Service tier this price applies to."""
    price: float | str
    """Unit price for the billing metric."""


class TokenLimitsByModel(BaseModel):
    """TokenLimitsByModel"""

    tokens_per_minute: int
    """Maximum tokens allowed per minute."""
    tokens_per_month: int
    """Maximum tokens allowed per month."""


class RateLimitsOUT(BaseModel):
    """Response of GET /v1/admin/rate-limit."""

    requests_per_second: int
    """Maximum API requests allowed per second."""
    tokens_limits_by_model: dict[str, TokenLimitsByModel]
    """Token limits for each model."""


class VibeCodeUsageDataJSON(BaseModel):
    """VibeCodeUsageDataJSON"""

    completion: BasicModelUsageDataJSON
    """Vibe Code completion (token) usage data."""
    ocr: BasicModelUsageDataJSON
    """Vibe Code OCR usage data."""
    connectors: BasicModelUsageDataJSON
    """Vibe Code connectors usage data."""
    audio: BasicModelUsageDataJSON
    """Vibe Code audio transcription usage data."""
    audio_characters: BasicModelUsageDataJSON
    """Vibe Code text-to-speech usage data."""


class UsageOUTJSON(BaseModel):
    """Response of GET /v1/admin/usage."""

    completion: BasicModelUsageDataJSON
    """Completion usage data."""
    ocr: BasicModelUsageDataJSON
    """OCR usage data."""
    connectors: BasicModelUsageDataJSON
    """Connector usage data."""
    libraries_api: LibrariesAPIUsageDataJSON
    """Libraries API usage data."""
    fine_tuning: FineTuningDataJSON
    """Fine-tuning usage data."""
    audio: BasicModelUsageDataJSON
    """Audio usage data."""
    audio_characters: BasicModelUsageDataJSON
    """Text-to-speech (audio characters) usage data."""
    vibe_usage: float
    """Legacy Vibe usage field. Always 0; use the Vibe usage API instead."""
    vibe_code: VibeCodeUsageDataJSON
    """Vibe Code usage data, broken down by sub-usage type."""
    chat: BasicModelUsageDataJSON
    """Chat usage data."""
    date: datetime
    """Reference date for the usage period."""
    previous_month: str | None
    """Previous month in the usage report."""
    next_month: str | None
    """Next month in the usage report."""
    start_date: datetime
    """Start of the usage period."""
    end_date: datetime
    """End of the usage period."""
    currency: str | None
    """Currency used for usage prices."""
    currency_symbol: str | None
    """Currency symbol used for usage prices."""
    prices: list[PriceData] | None
    """Prices used to calculate usage amounts."""
