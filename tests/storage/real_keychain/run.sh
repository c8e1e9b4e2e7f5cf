#!/usr/bin/env bash
# Starts gnome-keyring with an unlocked "login" keyring (a plain one: no prompt to create or
# unlock it) in this D-Bus session, then runs steps.py. Usage: run.sh PYTHON
set -eu
cd "$(dirname "$0")/../../.."
export HOME=$(mktemp -d) XDG_DATA_HOME=
trap 'rm -rf "$HOME"' EXIT
mkdir -p "$HOME/.local/share/keyrings"
printf '[keyring]\ndisplay-name=login\nctime=0\nmtime=0\nlock-on-idle=false\nlock-after=false\n' \
  >"$HOME/.local/share/keyrings/login.keyring"
printf 'login' >"$HOME/.local/share/keyrings/default"
gnome-keyring-daemon --start --components=secrets >/dev/null
"$1" -m tests.storage.real_keychain.steps
