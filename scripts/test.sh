#!/usr/bin/env bash
# Run the whole test suite against the real data in ../shared (override with RACEWIRE_SHARED).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p build
.venv/bin/python -m mypy   # strict on facts/, story/ and check/ (pyproject.toml)
exec .venv/bin/python -m pytest -q "$@"
