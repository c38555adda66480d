"""Hand-written helpers built on the client: structured output, tools that run, stream
accumulation, conversation runs, batch at scale and waiting for jobs (docs/helpers.md), and the
response cache, circuit breaker and rate limiter (docs/client.md)."""

from __future__ import annotations

from typing import Any

_NAMES = {
    "response_format_from_pydantic_model": ".schema",
    "strict_json_schema": ".schema",
    "function_tool": ".schema",
    "StructuredOutputError": ".errors",
    "ContentParseError": ".errors",
    "JobFailedError": ".errors",
    "WaitTimeoutError": ".errors",
    "ToolRunError": ".errors",
    "RunException": ".errors",
    "MistralClientException": ".errors",
    "DeferredToolCallsException": ".errors",
    "DeferralReason": ".deferred",
    "DeferredToolCallEntry": ".deferred",
    "DeferredToolCallConfirmation": ".deferred",
    "DeferredToolCallRejection": ".deferred",
    "DeferredToolCallResponse": ".deferred",
    "ParsedChatCompletionResponse": ".parse",
    "ParsedAssistantMessage": ".parse",
    "ParsedChatCompletionChoice": ".parse",
    "ParsedToolCall": ".parse",
    "partial_json": ".partial_json",
    "ToolRunResult": ".tools",
    "ToolRunEvent": ".tools",
    "ToolResult": ".tools",
    "RunContext": ".run",
    "RunResult": ".run",
    "BatchResult": ".batch",
    "BatchProgress": ".batch",
    "BatchRequestError": ".batch",
}

__all__ = [
    "BatchProgress",
    "BatchRequestError",
    "BatchResult",
    "ContentParseError",
    "DeferralReason",
    "DeferredToolCallConfirmation",
    "DeferredToolCallEntry",
    "DeferredToolCallRejection",
    "DeferredToolCallResponse",
    "DeferredToolCallsException",
    "JobFailedError",
    "ParsedAssistantMessage",
    "ParsedChatCompletionChoice",
    "ParsedChatCompletionResponse",
    "ParsedToolCall",
    "RunContext",
    "RunException",
    "MistralClientException",
    "RunResult",
    "StructuredOutputError",
    "ToolResult",
    "ToolRunError",
    "ToolRunEvent",
    "ToolRunResult",
    "WaitTimeoutError",
    "function_tool",
    "partial_json",
    "response_format_from_pydantic_model",
    "strict_json_schema",
]


def __getattr__(name: str) -> Any:
    module = _NAMES.get(name)
    if module is None:
        raise AttributeError(f"module 'mistralkit.lib' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value
