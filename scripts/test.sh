#!/usr/bin/env bash
# Run the whole test suite against the real data in ../shared (override with RACEWIRE_SHARED).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p build
exec .venv/bin/python -m pytest -q "$@"
