#!/usr/bin/env bash
# Creates .bench-venv (gitignored), the benchmark's own environment: the official `mistralai` SDK beside
# mistralkit (editable, so the benchmark always measures the working tree) and httpx2 for the raw baseline.
# The SDK never goes into .venv: the project's tests must not see it.
#
#   bash bench/setup.sh            # create or update
#   PYTHON=python3.12 bash bench/setup.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

python=${PYTHON:-$(command -v python3.11 || command -v python3)}
if [[ ! -x .bench-venv/bin/python ]]; then
    echo "[bench/setup] creating .bench-venv with $("$python" --version 2>&1)"
    "$python" -m venv .bench-venv
fi
.bench-venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade mistralai httpx2 -e .
.bench-venv/bin/python - <<'PY'
from importlib.metadata import version
for name in ("mistralai", "mistralkit", "httpx2", "httpx", "pydantic"):
    try:
        print(f"[bench/setup] {name} {version(name)}")
    except Exception:
        print(f"[bench/setup] {name} not installed")
PY
