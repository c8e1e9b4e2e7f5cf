#!/usr/bin/env bash
# Installs newman (Postman's command-line runner) into build/newman for the suite's Postman
# test, once, with npm (Debian's nodejs and npm where there is no npm yet).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x build/newman/node_modules/.bin/newman ]; then
    exit 0
fi
if ! command -v npm >/dev/null; then
    # Debian's own; a machine with another node (NodeSource's carries npm) keeps its own.
    bash tools/system-packages.sh "node, for the Postman test" nodejs npm
fi
echo "Installing newman for the Postman test..."
npm install --silent --no-audit --no-fund --prefix build/newman newman@6
