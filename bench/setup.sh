#!/usr/bin/env bash
# Creates .bench-venv (gitignored), the benchmark's own environment: the official `mistralai` SDK beside
# mistralkit (editable, so the benchmark always measures the working tree, with its `fast` extra: aiohttp),
# httpx2 and aiohttp for the raw baselines, matplotlib for the chart, and nginx (the concurrency server).
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
.bench-venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade \
    'mistralai>=3.7,<3.8' httpx2 aiohttp matplotlib -e '.[fast]'
if ! command -v nginx > /dev/null && ! [[ -x /usr/sbin/nginx ]]; then
    if [[ $(id -u) == 0 ]] && command -v apt-get > /dev/null; then
        echo "[bench/setup] installing nginx (apt-get)"
        apt-get install -y -qq nginx > /dev/null || { apt-get update -qq && apt-get install -y -qq nginx > /dev/null; }
    else
        echo "[bench/setup] nginx not found: install it (e.g. apt-get install nginx) for bench/concurrency.py"
    fi
fi
.bench-venv/bin/python - <<'PY'
from importlib.metadata import version
for name in ("mistralai", "mistralkit", "httpx2", "httpx", "aiohttp", "pydantic", "matplotlib"):
    try:
        print(f"[bench/setup] {name} {version(name)}")
    except Exception:
        print(f"[bench/setup] {name} not installed")
PY
