#!/usr/bin/env bash
# Set up racewire on a fresh machine: a virtualenv in .venv with the package and its test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages for the tests, from Debian: PostgreSQL (the store tests run on both backends) and Chromium
# (the browser tests). Installed only when missing; without root the step is skipped and those tests skip.
need=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "setup: apt-get install ${need[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "setup: not root (or no apt-get): skipping apt-get install ${need[*]};" \
         "the PostgreSQL and browser tests will be skipped" >&2
  fi
fi

PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test]'
