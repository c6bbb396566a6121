#!/usr/bin/env bash
# The series' one test command: install what the tests need, then run every test
# (lint, unit, data, notebook lint, nbval, budgets, browser). Usage: bash tests/run_all.sh [pytest args]
# Quick run while editing: python -m pytest -m "not slow and not browser"
set -euo pipefail
cd "$(dirname "$0")/.."

python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt

# The browser tests drive Debian's Chromium (Playwright cannot fetch its own browser here).
if [ -z "${CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is needed for the browser tests: install it, or set CHROMIUM=/path/to/chromium" >&2
    exit 1
  fi
fi

ruff check .
python -m pytest "$@"
