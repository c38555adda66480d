"""The exit codes of the ``mistralkit`` command, for scripts (documented in docs/cli.md)."""

from __future__ import annotations

OK = 0
#: The API answered with an error status (4xx other than 401/403, 5xx), an error inside a stream,
#: or a response the client could not read.
API_ERROR = 1
#: Bad arguments, options or input files: nothing was sent.
USAGE = 2
#: No usable answer: connection refused or reset, timeout, stream cut short.
CONNECTION = 3
#: No API key, or the API refused it (401, 403).
AUTHENTICATION = 4
#: A job waited for (``--wait``, ``batch run``) ended without success (failed, cancelled, timed out),
#: or was still running when ``--timeout`` expired.
JOB_FAILED = 5
#: A needed extra is not installed (``cli``, or ``emulator`` for ``--emulator`` and ``serve``).
MISSING_EXTRA = 6
#: Interrupted (Ctrl-C).
INTERRUPTED = 130
