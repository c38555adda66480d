"""Contract-test harness: a Stoplight Prism mock of the vendored spec, one per test session.

`prism_url` starts `prism mock` (pinned in the root package.json) on a free loopback port, waits until it
answers, and stops it when the session ends. If Prism is not installed yet it runs `npm ci` once, so a
fresh clone needs nothing but `pip install -e '.[dev]'` and Node. Without Node the contract tests are
skipped, except in CI (CI=true), where a missing Node is a failure.

What Prism 5.16 does with our spec, and what the contract tests may rely on
-------------------------------------------------------------------------
Command: `prism mock -d --seed mistralkit -h 127.0.0.1 -p PORT <copy>`, where the copy is spec/openapi.yaml
with the errata of `errata.py` (each says which Prism limitation it works around; none drops an operation).

* Request validation is always on in mock mode (`--errors` does not change that). An invalid request
  never reaches a 2xx; Prism answers with the operation's declared 422 (or 400), else with its own
  `application/problem+json` 422. The violations are in the `sl-violations` response header, a JSON list
  of {"location": ["request", "body", ...], "severity": "Error", "code": "required", "message": ...}.
  Caution: for operations that declare a 422 (most JSON ones: HTTPValidationError) the *body* is a
  generated, meaningless HTTPValidationError; only the header tells the real violation. For operations
  that declare none (e.g. POST /v1/files) the problem body carries `validation: [...]` and there is no
  `sl-violations` header. Unknown fields are violations too (ChatCompletionRequest is
  additionalProperties: false).
* `--errors` only concerns *response* violations: with it, a response Prism generated that breaks the
  spec becomes a 500 `.../errors#VIOLATIONS`. We leave it off: the schema faker gets some schemas wrong
  (it ignores OpenAPI 3.1 numeric `exclusiveMinimum`, and oneOf branches overlap), so e.g.
  GET /v1/fine_tuning/jobs came back as 500 in 15 of 20 calls with it on. Off, such a response is
  served anyway and its violations appear in `sl-violations` with location ["response", ...]; a test
  that wants to tell a client bug from a mock bug can look there. MISTRALKIT_PRISM_ERRORS=1 turns it on.
* Responses: `-d` generates bodies from the response schema (random values, plus random extra
  properties where the schema allows them). `--seed` makes that deterministic: the same operation gives
  the same body on every call, so failures reproduce. MISTRALKIT_PRISM_SEED=other changes the seed,
  MISTRALKIT_PRISM_SEED= (empty) makes every call random.
  Per request, `Prefer: dynamic=false` serves the spec's example (several examples break their own
  schema: chat completion's lacks the `data` the spec wrongly requires), `Prefer: code=422` picks a
  declared status (an undeclared one gives 404 NOT_FOUND), `Prefer: example=NAME`, `Prefer: seed=S`.
  The same as query parameters `__code`, `__dynamic`, `__example`, `__seed`, only when there is no
  Prefer header.
* Security: the spec's global `security: [ApiKey: []]` (http bearer) is enforced. A missing header,
  `Bearer` with no token, another scheme, and even lowercase `bearer k` give 401
  `application/problem+json` with `WWW-Authenticate: Bearer`. Any non-empty token passes.
* Multipart (POST /v1/files, audio transcriptions): fields are parsed and validated (required parts,
  enum values such as `purpose`); a missing `file` gives 422. Prism cannot tell a file part from a plain
  text field of the same name. A JSON body sent to a multipart operation gives 415.
* `#stream` path keys (the streaming twins, e.g. `/v1/conversations#stream`) load fine: Prism keeps the
  `#stream` literally in the route, so only a request for the percent-encoded `/v1/conversations%23stream`
  reaches them, which no client sends. A real streaming request (`"stream": true` to /v1/conversations)
  is routed to the non-streaming operation and rejected 422 (`stream` must be false), and Prism cannot
  serialise `text/event-stream` bodies at all (chat completions with `Accept: text/event-stream` gives
  500 NO_COMPLEX_OBJECT_TEXT). So the spec is served unchanged, and streaming is tested elsewhere.
* A malformed JSON body gets no answer at all (Prism waits forever): give every contract client a timeout.
* Unknown paths give 404 `.../errors#NO_PATH_MATCHED_ERROR`.

To poke at it by hand: `npx prism mock -d spec/openapi.yaml` (listens on 127.0.0.1:4010).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import httpx2
import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC = REPO_ROOT / "spec" / "openapi.yaml"
PRISM_PACKAGE = "@stoplight/prism-cli"
PRISM_BIN = REPO_ROOT / "node_modules" / ".bin" / "prism"
STARTUP_TIMEOUT = 60.0  # seconds; Prism needs about 1.5 s to load the spec on a quiet machine
NPM_TIMEOUT = 600.0
DEFAULT_SEED = "mistralkit"


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _unavailable(reason: str):
    """Skip on a developer machine; fail in CI, where the contract tests must run."""
    if _in_ci():
        pytest.fail(f"contract tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def _locked_prism_version() -> str | None:
    try:
        lock = json.loads((REPO_ROOT / "package-lock.json").read_text())
        return lock["packages"][f"node_modules/{PRISM_PACKAGE}"]["version"]
    except (OSError, ValueError, KeyError):
        return None


def _installed_prism_version() -> str | None:
    try:
        meta = json.loads((REPO_ROOT / "node_modules" / PRISM_PACKAGE / "package.json").read_text())
        return meta["version"]
    except (OSError, ValueError, KeyError):
        return None


def _prism_is_installed() -> bool:
    if not PRISM_BIN.exists():
        return False
    locked = _locked_prism_version()
    return locked is None or locked == _installed_prism_version()


def _ensure_prism() -> None:
    """Install the pinned Prism with npm unless it is already there (at the locked version)."""
    if shutil.which("node") is None:
        _unavailable("Node.js is not installed (the Prism mock server runs on Node; install Node >= 18)")
    if _prism_is_installed():
        return
    npm = shutil.which("npm")
    if npm is None:
        _unavailable("npm is not installed, so Prism (package.json) cannot be installed")
    # Two test sessions on one checkout must not run npm at once: `npm ci` starts by deleting node_modules.
    checkout = hashlib.sha256(str(REPO_ROOT).encode()).hexdigest()[:12]
    lock_path = Path(tempfile.gettempdir()) / f"mistralkit-npm-{checkout}.lock"
    with open(lock_path, "w") as lock_file:
        try:
            import fcntl

            fcntl.flock(lock_file, fcntl.LOCK_EX)
        except ImportError:  # not POSIX: no lock
            pass
        if _prism_is_installed():  # another session installed it while we waited
            return
        command = [npm, "ci" if (REPO_ROOT / "package-lock.json").exists() else "install"]
        command += ["--no-audit", "--no-fund", "--loglevel=error"]
        try:
            done = subprocess.run(
                command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=NPM_TIMEOUT, stdin=subprocess.DEVNULL
            )
        except subprocess.TimeoutExpired:
            _unavailable(f"`{' '.join(command[:2])}` took more than {NPM_TIMEOUT:.0f} s")
        if done.returncode != 0 or not _prism_is_installed():
            _unavailable(
                f"`{' '.join(command)}` failed (exit {done.returncode}), so Prism is not available:\n"
                f"{(done.stdout + done.stderr)[-4000:]}"
            )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)  # Prism runs in its own session: its group is ours to end
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def _tail(path: Path, size: int = 4000) -> str:
    try:
        return path.read_text(errors="replace")[-size:] or "(no output)"
    except OSError:
        return "(no output)"


def _wait_until_answering(process: subprocess.Popen, url: str) -> str:
    """Poll until Prism answers HTTP: "ready", "exited", "foreign" (someone else has the port) or "timeout"."""
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return "exited"
        try:
            # Any path will do: Prism answers unknown ones with its own 404 problem document.
            answer = httpx2.get(f"{url}/__mistralkit_ready__", timeout=2.0)
        except httpx2.HTTPError:
            time.sleep(0.1)
            continue
        return "ready" if "prism" in answer.text.lower() else "foreign"
    return "timeout"


def _start_prism(log_path: Path, spec: Path = SPEC) -> tuple[subprocess.Popen, str]:
    """Start Prism on a free port; return the process and its base URL once it answers HTTP."""
    seed = os.environ.get("MISTRALKIT_PRISM_SEED", DEFAULT_SEED)
    for _attempt in range(3):  # the free port may be taken between our probe and Prism's bind
        port = _free_port()
        command = [str(PRISM_BIN), "mock", "-d", "-h", "127.0.0.1", "-p", str(port)]
        if seed:
            command += ["--seed", seed]
        if os.environ.get("MISTRALKIT_PRISM_ERRORS", "") not in ("", "0"):
            command.append("--errors")
        command.append(str(spec))
        with open(log_path, "wb") as log:  # a file, not a pipe: Prism logs every request and must never block
            process = subprocess.Popen(
                command, cwd=REPO_ROOT, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        url = f"http://127.0.0.1:{port}"
        outcome = _wait_until_answering(process, url)
        if outcome == "ready":
            return process, url
        _stop(process)
        output = _tail(log_path)
        if outcome == "foreign" or "EADDRINUSE" in output:
            continue
        what = (
            f"did not answer on {url} within {STARTUP_TIMEOUT:.0f} s"
            if outcome == "timeout"
            else f"exited with code {process.returncode} before answering"
        )
        pytest.fail(f"Prism {what}.\ncommand: {' '.join(command)}\noutput:\n{output}", pytrace=False)
    pytest.fail("Prism could not get a free loopback port in 3 attempts", pytrace=False)


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory):
    """Base URL (http://127.0.0.1:PORT, no trailing slash) of a Prism mock of spec/openapi.yaml."""
    from .errata import served_spec

    _ensure_prism()
    directory = tmp_path_factory.mktemp("prism")
    process, url = _start_prism(directory / "prism.log", served_spec(directory))
    try:
        yield url
    finally:
        _stop(process)
