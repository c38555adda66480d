"""Exceptions to one readable line and an exit code (see :mod:`.exit_codes`)."""

from __future__ import annotations

from typing import Tuple

from .. import _errors
from . import exit_codes


class JobFailed(Exception):
    """A job the command waited for ended without success."""


def describe(exc: BaseException) -> Tuple[str, int]:
    """The error line (without the ``error:`` prefix) and the exit code for ``exc``."""
    if isinstance(exc, _errors.APIStatusError):
        line = f"{exc.status_code} {exc.message}"
        details = getattr(exc, "details", None)
        if details:
            line += " (" + "; ".join(str(d) for d in details) + ")"
        if exc.request_id:
            line += f" [request id {exc.request_id}]"
        if exc.retries:
            line += f" after {exc.retries} {'retry' if exc.retries == 1 else 'retries'}"
        code = exit_codes.AUTHENTICATION if exc.status_code in (401, 403) else exit_codes.API_ERROR
        return line, code
    if isinstance(exc, _errors.APIConnectionError):
        return str(exc), exit_codes.CONNECTION
    if isinstance(exc, (_errors.APIStreamError, _errors.APIResponseValidationError)):
        line = str(exc)
        request_id = getattr(exc, "request_id", None)
        if request_id and request_id not in line:
            line += f" [request id {request_id}]"
        return line, exit_codes.API_ERROR
    if isinstance(exc, _errors.ConfigurationError):
        return str(exc), exit_codes.AUTHENTICATION
    if isinstance(exc, _errors.InvalidRequestError):
        return str(exc).replace("\n  - ", "; "), exit_codes.USAGE
    if isinstance(exc, _errors.APIError):
        return str(exc), exit_codes.API_ERROR
    if isinstance(exc, JobFailed):
        return str(exc), exit_codes.JOB_FAILED
    if isinstance(exc, OSError):
        name = exc.filename
        reason = exc.strerror or str(exc)
        return (f"{name}: {reason}" if name else reason), exit_codes.USAGE
    if isinstance(exc, (TypeError, ValueError)):
        # The client's checks before sending (e.g. two sources for one upload).
        return str(exc), exit_codes.USAGE
    return f"{type(exc).__name__}: {exc}", exit_codes.API_ERROR
