#!/usr/bin/env bash
# Install everything the tests need, then run the checks and the whole test suite.
# This is the README's second command and exactly what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: Chromium for the browser and PDF tests, poppler-utils for pdftotext,
# redis-server for the Celery workers' tests (a real broker on a free 127.0.0.1 port).
need=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || need+=(redis-server)
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing ${need[*]} with apt-get"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "note: ${need[*]} not installed; the tests that need them will be skipped"
  fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test,browser]'

.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
# pytest exits 5 when it collects no test: with set -e that fails the run, as it should.
.venv/bin/python -m pytest "$@"
