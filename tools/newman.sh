#!/usr/bin/env bash
# Installs newman (Postman's command-line runner) into build/newman for the suite's Postman
# test, once; needs npm (Debian's nodejs and npm: the Makefile's TEST_PACKAGES).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x build/newman/node_modules/.bin/newman ]; then
    exit 0
fi
if ! command -v npm >/dev/null; then
    echo "npm is missing: the Postman test will be skipped" >&2
    exit 0
fi
echo "Installing newman for the Postman test..."
npm install --silent --no-audit --no-fund --prefix build/newman newman@6
