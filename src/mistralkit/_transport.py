"""The one path every operation takes: request description -> HTTP exchange -> typed result.

The retry loop is written once, as a generator (``_flow``) that yields what it needs done (send,
read a body, sleep) and receives the outcome. ``run_sync`` and ``run_async`` are the only places
that touch I/O, so the sync and async clients share every decision: retries, deadline, error
mapping and parsing.
"""

from __future__ import annotations

import functools
import json
import time
from typing import Any, Callable, Generator, Mapping, Optional

import httpx2
import pydantic
import pydantic_core

from . import _errors, _models
from ._deadline import deadline_scope
from ._logging import logger, redact_headers
from ._files import form_value
from ._models import dump_request, validate_request
from ._request import Call, check_options
from ._response import RawResponse, request_id_of
from ._retry import UNCHANGED, RetryPolicy, replay_safe

__all__ = ["Settings", "run_sync", "run_async"]

_SEND, _READ, _SLEEP = 0, 1, 2


class Settings:
    """Everything a client knows that shapes a request. Immutable once built."""

    __slots__ = ("base_url", "api_key", "headers", "timeout", "policy", "clock", "sleep", "strict", "checked_key")

    def __init__(
        self,
        *,
        base_url: str,
        api_key: Any,
        headers: Mapping[str, str],
        timeout: Any,
        policy: RetryPolicy,
        clock: Callable[[], float] = time.monotonic,
        sleep: Optional[Callable[[float], Any]] = None,
        strict: bool = False,
    ) -> None:
        self.base_url = base_url
        self.api_key = api_key
        self.headers = dict(headers)
        self.timeout = timeout
        self.policy = policy
        self.clock = clock
        # None: time.sleep for sync clients, asyncio.sleep for async ones.
        self.sleep = sleep
        self.strict = strict
        # The last key _resolve_key accepted: a fixed key is checked once, a rotating one on each change.
        self.checked_key: Optional[str] = None


def timeout_dict(value: Any) -> dict[str, Optional[float]]:
    """A timeout as httpx's per-request extension: seconds, an ``httpx2.Timeout``, or None (no limit)."""
    if value is None:
        return {"connect": None, "read": None, "write": None, "pool": None}
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = float(value)
        return {"connect": seconds, "read": seconds, "write": seconds, "pool": seconds}
    if isinstance(value, httpx2.Timeout):
        return value.as_dict()
    raise TypeError(f"timeout must be seconds, an httpx2.Timeout or None, not {type(value).__name__}")


def _resolve_key(settings: Settings) -> str:
    key = settings.api_key
    if callable(key):
        key = key()
    if key is settings.checked_key and key is not None:
        return key
    if not key:
        raise _errors.ConfigurationError(
            "No API key: pass api_key=... to the client or set the MISTRAL_API_KEY environment variable."
        )
    if not isinstance(key, str):
        raise _errors.ConfigurationError(f"The API key must be a string, not {type(key).__name__}.")
    if not (key.isascii() and key.isprintable()):
        # A CR/LF would split the header (h11 refuses it, quoting the value); say so without the key.
        raise _errors.ConfigurationError(
            "The API key contains a control character (such as a newline) or a non-ASCII character; "
            "nothing was sent. Strip the key (e.g. key.strip()) before passing it."
        )
    settings.checked_key = key
    return key


def _encode_json(call: Call, extra_body: Optional[Mapping[str, Any]]) -> bytes:
    body = call.body
    if call.body_type is not None:
        try:
            model = validate_request(call.body_type, body)
        except pydantic.ValidationError as exc:
            raise _errors.InvalidRequestError(
                f"Invalid arguments for {call.method} {call.path}; nothing was sent:",
                [_describe_error(e) for e in exc.errors(include_url=False)],
            ) from None
        if not extra_body:
            encoded: bytes = model.__pydantic_serializer__.to_json(model, by_alias=True, exclude_unset=True)
            return encoded
        body = dump_request(model)
    else:
        body = dump_request(body)
    if extra_body:
        if not isinstance(body, dict):
            raise _errors.InvalidRequestError(f"extra_body needs a JSON object body; {call.path} has none")
        body = {**body, **dump_request(dict(extra_body))}
    return pydantic_core.to_json(body)


def _describe_error(error: Mapping[str, Any]) -> str:
    loc = ".".join(str(part) for part in error.get("loc", ()))
    return f"{loc or '(body)'}: {error.get('msg')}"


def build_request(settings: Settings, http: Any, call: Call) -> tuple[httpx2.Request, RetryPolicy, bool, bool]:
    """Turn a call into an ``httpx2.Request``.

    Returns it, the retry policy, whether the body can be sent again at all, and whether sending it
    again is harmless after a failure that may have reached the server (``_retry.replay_safe``).
    """
    options = call.options or {}
    if options:
        check_options(options)
    # Few headers on purpose: each one costs microseconds in httpx2's header handling.
    headers = {"Authorization": "Bearer " + _resolve_key(settings)}
    if call.stream is not None:
        headers["Accept"] = "text/event-stream"
    if settings.headers:
        headers.update(settings.headers)
    content: Any = None
    files = None
    data = None
    replayable = True
    if call.files is not None:
        # A multipart body (see _files.Multipart): file parts stream from disk as they are sent.
        files, data, replayable = call.files.files, call.files.data, call.files.replayable
        extra_body = options.get("extra_body")
        if extra_body:
            data = {**data, **{k: form_value(v) for k, v in extra_body.items()}}
    elif call.body is not None or options.get("extra_body"):
        content = _encode_json(call, options.get("extra_body"))
        headers["Content-Type"] = "application/json"
    for name in ("http_headers", "extra_headers"):
        extra = options.get(name)
        if extra:
            headers.update(extra)
    params = call.query
    if options.get("extra_query"):
        params = {**(params or {}), **options["extra_query"]}
    if params:
        params = {k: _query_value(v) for k, v in params.items() if v is not None}
    timeout: Any = httpx2.USE_CLIENT_DEFAULT
    if "timeout" in options:
        timeout = httpx2.Timeout(**timeout_dict(options["timeout"]))
    elif "timeout_ms" in options:
        timeout = httpx2.Timeout(**timeout_dict(options["timeout_ms"] / 1000.0))
    elif settings.timeout is not _USE_CLIENT:
        timeout = httpx2.Timeout(**timeout_dict(settings.timeout))
    base_url = settings.base_url
    if "server_url" in options:
        base_url = _server_url(options["server_url"])
    request = http.build_request(
        call.method,
        _url(base_url, call.path),
        content=content,
        files=files,
        data=data,
        params=params or None,
        headers=headers,
        timeout=timeout,
    )
    policy = call_policy(settings, options)
    safe = policy.retry_unsafe or replay_safe(call.method, call.path)
    return request, policy, replayable, safe


def call_policy(settings: Settings, options: Mapping[str, Any]) -> RetryPolicy:
    """The retry policy of one call: the client's, changed by the call's own options."""
    policy = settings.policy
    if "retries" in options:
        from ._retry_config import policy_from_retry_config

        policy = policy_from_retry_config(options["retries"], policy)
    if "max_retries" in options or "deadline" in options or "retry_unsafe" in options:
        policy = policy.with_changes(
            max_retries=options.get("max_retries"),
            deadline=options.get("deadline", UNCHANGED),
            retry_unsafe=options.get("retry_unsafe"),
        )
    return policy


def deadline_for_wait(settings: Settings, call: Call, started: float, wait: float) -> None:
    """Raise the call's deadline error, before anything is sent, if waiting ``wait`` seconds (for the
    client-side rate limiter) would take the call past its deadline."""
    deadline = call_policy(settings, call.options or {}).deadline
    if deadline is None or settings.clock() + wait < started + deadline:
        return
    raise _errors.APITimeoutError(
        f"Deadline of {deadline:g}s would pass while waiting {wait:.3g}s for the client-side rate limit; "
        f"nothing was sent: {call.method} {call.path}",
        method=call.method, url=settings.base_url + call.path, retries=0, history=["rate limit wait"],
    )


def _server_url(value: Any) -> str:
    if not isinstance(value, str) or not value.startswith(("http://", "https://")):
        raise _errors.InvalidRequestError(f"server_url must be an http(s) URL, not {value!r}")
    return value.rstrip("/")


@functools.lru_cache(maxsize=512)
def _url(base: str, path: str) -> httpx2.URL:
    # Parsing a URL string costs more than the rest of building a request; paths repeat.
    return httpx2.URL(base + path)


def _query_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return [_query_value(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


_USE_CLIENT: Any = object()  # Settings.timeout value: leave the HTTP client's own timeout alone


class DeadlineExpired(Exception):
    """Thrown into the flow by a driver whose own clock ended an attempt at the deadline."""


def _flow(
    settings: Settings,
    call: Call,
    request: httpx2.Request,
    policy: RetryPolicy,
    replayable: bool,
    safe: bool,
    started: float,
) -> Generator[tuple[Any, ...], Any, tuple[httpx2.Response, int]]:
    # replayable: the body can be sent again at all; safe: sending it again is harmless even when the
    # first attempt may have been processed (see _retry.replay_safe). started: when the call began
    # (before the request was built), the origin of the deadline.
    clock = settings.clock
    deadline_at = started + policy.deadline if policy.deadline is not None else None
    base_timeout = request.extensions.get("timeout")
    streaming = call.stream is not None or call.binary or call.streamed
    retries = 0
    history: list[str] = []
    remaining: Optional[float] = None
    while True:
        if deadline_at is not None:
            remaining = deadline_at - clock()
            if remaining <= 0:
                raise _deadline_error(call, request, policy, retries, history)
            request.extensions["timeout"] = _cap_timeout(base_timeout, remaining)
        sent_at = clock()
        error: Optional[_errors.APIError] = None
        response: Optional[httpx2.Response] = None
        failure: Optional[BaseException] = None
        try:
            response = yield (_SEND, request, streaming, remaining)
        except DeadlineExpired:
            history.append(f"attempt {retries + 1}: deadline")
            raise _deadline_error(call, request, policy, retries, history) from None
        except (httpx2.TransportError, httpx2.RequestError) as exc:
            failure = exc
        if failure is not None:
            # Only the exception's type reaches the message: the text of some (h11's protocol errors)
            # quotes header values, the API key among them.
            name = type(failure).__name__
            history.append(f"attempt {retries + 1}: {name}")
            if deadline_at is not None and clock() >= deadline_at and isinstance(failure, httpx2.TransportError):
                raise _deadline_error(call, request, policy, retries, history)
            text = f"{call.method} {call.path}: {_errors.describe_transport_error(failure)} ({name})"
            if isinstance(failure, httpx2.TimeoutException):
                error = _errors.APITimeoutError(text, method=call.method, url=str(request.url))
            else:
                error = _errors.APIConnectionError(text, method=call.method, url=str(request.url))
            if (
                isinstance(failure, _NEVER_RETRIED)
                or not isinstance(failure, httpx2.TransportError)
                or not policy.retry_connection_errors
            ):
                retry = False
            else:
                retry = safe or isinstance(failure, _UNPROCESSED)
            headers = None
            failure = None
        else:
            assert response is not None
            status = response.status_code
            if logger.isEnabledFor(10):
                logger.debug(
                    "%s %s -> %d in %.1f ms (request id %s, attempt %d) request headers %s",
                    call.method, request.url, status, (clock() - sent_at) * 1000.0,
                    request_id_of(response.headers), retries + 1, redact_headers(request.headers),
                )
            if status < 400:
                if streaming and base_timeout is not None and deadline_at is not None:
                    # The deadline ends with the headers: the body is read under the usual timeouts
                    # (httpcore looks them up when the body is first read).
                    request.extensions["timeout"] = base_timeout
                return response, retries
            if streaming:
                try:
                    yield (_READ, response, None if deadline_at is None else deadline_at - clock())
                except (httpx2.TransportError, DeadlineExpired):
                    pass  # the status alone still says what happened
            history.append(f"attempt {retries + 1}: {status}")
            headers = response.headers
            retry = policy.should_retry_status(status, headers) and (
                safe or policy.proves_unprocessed_status(status, headers)
            )
        if retry and retries < policy.max_retries and replayable:
            delay = policy.delay(retries + 1, headers, now=time.time())
            if deadline_at is None or clock() + delay < deadline_at:
                logger.info(
                    "Retrying %s %s in %.2fs (retry %d of %d) after %s",
                    call.method, call.path, delay, retries + 1, policy.max_retries, history[-1].split(": ", 1)[1],
                )
                retries += 1
                yield (_SLEEP, delay)
                continue
        if error is not None:
            error.retries = retries
            error.history = history
            raise error
        assert response is not None
        raise status_error(response, call, retries, history)


# Errors of the request itself, not of the network: sending it again cannot help.
_NEVER_RETRIED = (httpx2.LocalProtocolError, httpx2.UnsupportedProtocol)
# Failures that prove the server never saw the request: safe to retry any operation.
_UNPROCESSED = (httpx2.ConnectError, httpx2.ConnectTimeout, httpx2.PoolTimeout, httpx2.ProxyError)


def _deadline_error(
    call: Call, request: httpx2.Request, policy: RetryPolicy, retries: int, history: list[str]
) -> _errors.APITimeoutError:
    return _errors.APITimeoutError(
        f"Deadline of {policy.deadline:g}s exceeded before {call.method} {call.path} could complete",
        method=call.method, url=str(request.url), retries=retries, history=history,
    )


def _cap_timeout(base: Optional[Mapping[str, Optional[float]]], remaining: float) -> dict[str, float]:
    capped = {}
    for key in ("connect", "read", "write", "pool"):
        value = base.get(key) if base else None
        capped[key] = remaining if value is None else min(value, remaining)
    return capped


def status_error(response: httpx2.Response, call: Call, retries: int, history: list[str]) -> _errors.APIStatusError:
    """The typed exception for a 4xx/5xx response (its body must have been read)."""
    status = response.status_code
    try:
        raw = response.content
    except httpx2.ResponseNotRead:
        raw = b""
    try:
        body: Any = json.loads(raw) if raw else None
    except ValueError:
        body = raw.decode("utf-8", "replace")
    message, details, err_type, code = _explain(body, response)
    cls = _errors.status_error_class(status)
    kwargs: dict[str, Any] = dict(  # noqa: C408
        status_code=status,
        headers=response.headers,
        body=body,
        request_id=request_id_of(response.headers) or (body.get("request_id") if isinstance(body, dict) else None),
        type=err_type,
        code=code,
        method=call.method,
        url=str(response.request.url),
        retries=retries,
        history=history,
    )
    if issubclass(cls, _errors.UnprocessableEntityError):
        return cls(message, details=details, **kwargs)
    if details:
        message = message + ": " + "; ".join(details)
    return cls(message, **kwargs)


def _explain(body: Any, response: httpx2.Response) -> tuple[str, list[str], Optional[str], Optional[str]]:
    """Mistral's message, the validation details, the error type and code of an error body."""
    details: list[str] = []
    err_type = code = None
    message: Any = None
    if isinstance(body, dict):
        err_type = _as_str(body.get("type"))
        code = _as_str(body.get("code"))
        message = body.get("message", body.get("detail", body.get("error")))
        if isinstance(message, dict):
            if isinstance(message.get("detail"), list):
                message = message["detail"]
            else:
                err_type = err_type or _as_str(message.get("type"))
                message = message.get("message", message)
        if isinstance(message, list):
            details = [_describe_validation(item) for item in message]
            message = f"Validation failed ({len(details)} problem{'s' if len(details) != 1 else ''})"
    elif isinstance(body, str) and body.strip():
        message = body.strip()[:500]
    if not message:
        message = response.reason_phrase or f"HTTP {response.status_code}"
    if not isinstance(message, str):
        message = json.dumps(message)[:500]
    return message, details, err_type, code


def _describe_validation(item: Any) -> str:
    if isinstance(item, dict):
        loc = item.get("loc") or ()
        where = ".".join(str(p) for p in loc) if isinstance(loc, (list, tuple)) else str(loc)
        text = f"{where}: {item.get('msg', item)}"
        if item.get("type"):
            text += f" ({item['type']})"
        return text
    return str(item)


def _as_str(value: Any) -> Optional[str]:
    return None if value is None else str(value)


def parse_success(call: Call, response: httpx2.Response, strict: bool = False) -> Any:
    """The typed value of a successful, fully read response.

    A body that does not match its type is kept as well as possible (tolerant reading) and a WARNING
    names the first mismatching fields, once per type; ``strict`` raises ``APIResponseValidationError``.
    """
    if call.cast is None or response.status_code == 204:
        return None
    if call.cast is bytes:
        return response.content
    content = response.content
    try:
        return _models._validator(call.cast).validate_json(content)
    except pydantic.ValidationError as exc:
        mismatch = exc
    try:
        obj = json.loads(content)
    except ValueError:
        raise _errors.APIResponseValidationError(
            f"{call.method} {call.path} answered {response.status_code} with a body that is not valid JSON",
            status_code=response.status_code,
            body=content[:2000].decode("utf-8", "replace"),
            request_id=request_id_of(response.headers),
            method=call.method,
            url=str(response.request.url),
        ) from None
    problems = _mismatches(mismatch)
    name = _models._type_name(call.cast)
    if strict:
        raise _errors.APIResponseValidationError(
            f"{call.method} {call.path} answered {response.status_code} with a body that does not match {name}: {problems}",
            status_code=response.status_code,
            body=obj,
            request_id=request_id_of(response.headers),
            method=call.method,
            url=str(response.request.url),
        ) from None
    if name not in _WARNED:
        _WARNED.add(name)
        logger.warning(
            "%s %s: the response does not match %s (%s); kept as received. "
            "This warning is shown once per type; pass strict=True to the client to raise instead.",
            call.method, call.path, name, problems,
        )
    return _models.lenient(call.cast, obj)


_WARNED: set[str] = set()


def _mismatches(exc: pydantic.ValidationError) -> str:
    # Locations and error types only: the offending values could be anything the server sent.
    errors = exc.errors(include_input=False, include_url=False)
    shown = "; ".join(f"{'.'.join(map(str, e['loc'])) or '<root>'}: {e['type']}" for e in errors[:5])
    return shown + (f"; and {len(errors) - 5} more" if len(errors) > 5 else "")


def _finish(call: Call, response: httpx2.Response, retries: int, is_async: bool, strict: bool) -> Any:
    from ._binary import AsyncBinaryResponse, BinaryResponse
    from ._streaming import AsyncStream, Stream

    if call.stream is not None or call.binary:
        # An unread body: events (Stream) or a file (BinaryResponse), read as the caller consumes it.
        if call.binary:
            wrap: Any = AsyncBinaryResponse if is_async else BinaryResponse
        else:
            wrap = AsyncStream if is_async else Stream
        if call.streamed:
            from ._response import AsyncStreamedResponse, StreamedResponse

            cls: Any = AsyncStreamedResponse if is_async else StreamedResponse
            return cls(response, retries, lambda: wrap(response, call), unread=True)
        if call.raw:
            return RawResponse(response, retries, lambda: wrap(response, call))
        return wrap(response, call)
    if call.streamed:
        from ._response import AsyncStreamedResponse, StreamedResponse

        cls = AsyncStreamedResponse if is_async else StreamedResponse
        return cls(response, retries, lambda: parse_success(call, response, strict), unread=False)
    if call.raw:
        return RawResponse(response, retries, lambda: parse_success(call, response, strict))
    return parse_success(call, response, strict)


def run_sync(settings: Settings, http: httpx2.Client, call: Call, started: Optional[float] = None) -> Any:
    """Execute ``call`` on a synchronous HTTP client; ``started`` (``settings.clock`` time) is when the
    call began, the origin of its deadline (default: now)."""
    sleep = settings.sleep or time.sleep
    if started is None:
        started = settings.clock()
    request, policy, replayable, safe = build_request(settings, http, call)
    flow = _flow(settings, call, request, policy, replayable, safe, started)
    step = next(flow)
    while True:
        outcome: Any = None
        failure: Optional[Exception] = None
        try:
            kind = step[0]
            if kind == _SEND:
                if step[3] is None:
                    outcome = http.send(step[1], stream=step[2])
                else:
                    with deadline_scope(step[3]):
                        outcome = http.send(step[1], stream=step[2])
            elif kind == _READ:
                try:
                    with deadline_scope(step[2]):
                        step[1].read()
                finally:
                    step[1].close()
            else:
                sleep(step[1])
        except Exception as exc:  # noqa: BLE001 - handed to the flow, which decides what it means
            failure = exc
        # Resumed outside the except block, so that the exception the flow raises does not carry the
        # transport's exception (whose text may quote header values) as its context.
        try:
            step = flow.send(outcome) if failure is None else flow.throw(failure)
        except StopIteration as stop:
            response, retries = stop.value
            break
    return _finish(call, response, retries, False, settings.strict)


async def run_async(settings: Settings, http: httpx2.AsyncClient, call: Call, started: Optional[float] = None) -> Any:
    """Execute ``call`` on an asynchronous HTTP client."""
    # asyncio is imported where it is used: a synchronous program never needs it (4 MB, milliseconds).
    import asyncio

    sleep = settings.sleep or asyncio.sleep
    if started is None:
        started = settings.clock()
    request, policy, replayable, safe = build_request(settings, http, call)
    flow = _flow(settings, call, request, policy, replayable, safe, started)
    step = next(flow)
    while True:
        outcome: Any = None
        failure: Optional[BaseException] = None
        try:
            kind = step[0]
            if kind == _SEND:
                if step[3] is None:
                    outcome = await http.send(step[1], stream=step[2])
                else:
                    outcome = await _within(http.send(step[1], stream=step[2]), step[3])
            elif kind == _READ:
                try:
                    await _within(step[1].aread(), step[2])
                finally:
                    await step[1].aclose()
            else:
                await sleep(step[1])
        except Exception as exc:  # noqa: BLE001 - handed to the flow, which decides what it means
            failure = exc
        try:
            step = flow.send(outcome) if failure is None else flow.throw(failure)
        except StopIteration as stop:
            response, retries = stop.value
            break
    return _finish(call, response, retries, True, settings.strict)


async def _within(awaitable: Any, seconds: Optional[float]) -> Any:
    if seconds is None:
        return await awaitable
    import asyncio

    try:
        return await asyncio.wait_for(awaitable, max(seconds, 0.0))
    except asyncio.TimeoutError:
        raise DeadlineExpired() from None
