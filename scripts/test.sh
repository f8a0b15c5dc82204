#!/usr/bin/env bash
# Install quotex with its test extras into .venv (a plain, non-editable install) and run the
# whole test suite. Installs Debian's Chromium for the browser tests when it can (root + apt).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet ".[test]"

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing chromium + chromium-driver for the browser tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
      || echo "warning: could not install chromium; browser tests will be skipped"
  else
    echo "note: chromium not found and not root: browser tests will be skipped"
  fi
fi

.venv/bin/ruff check quotex tests bench
.venv/bin/python -m pytest -p no:cacheprovider --rootdir . -q "$@"
