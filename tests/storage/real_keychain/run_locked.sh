#!/usr/bin/env bash
# Under Xvfb, in a private D-Bus session: gnome-keyring with its real prompts (gcr-prompter
# under openbox), answered with xdotool in the order locked_steps.py asks: a password for the
# new keyring, then Escape, the password, Escape, the password. Usage: run_locked.sh PYTHON
set -u
cd "$(dirname "$0")/../../.."
export HOME=$(mktemp -d)
trap 'rm -rf "$HOME"; kill $(jobs -p) 2>/dev/null' EXIT
dbus-update-activation-environment DISPLAY XAUTHORITY 2>/dev/null
openbox >/dev/null 2>&1 &
gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1
out="$HOME/found.json"
"$1" -m tests.storage.real_keychain.locked_steps >"$out" 2>"$HOME/steps.err" &
steps=$!
answer() { # wait for a prompt window, then type $1 (a password, twice when asked to choose one) or Escape
  local window=""
  for _ in $(seq 80); do
    window=$(xdotool search --onlyvisible --class gcr-prompter 2>/dev/null | head -1)
    [ -n "$window" ] && break
    sleep 0.25
  done
  [ -n "$window" ] || { echo "no prompt came" >&2; return 1; }
  xdotool windowactivate --sync "$window" 2>/dev/null
  sleep 0.3
  case $1 in
    escape) xdotool key Escape ;;
    new) xdotool type --delay 20 pw-secret; xdotool key Tab; xdotool type --delay 20 pw-secret
      xdotool key Return ;;
    *) xdotool type --delay 20 pw-secret; xdotool key Return ;;
  esac
  for _ in $(seq 40); do # gone before the next one is awaited
    xdotool search --onlyvisible --class gcr-prompter >/dev/null 2>&1 || break
    sleep 0.25
  done
}
for reply in new escape unlock escape unlock; do answer "$reply" || break; done
wait "$steps"
status=$?
cat "$out"
[ $status -eq 0 ] || cat "$HOME/steps.err" >&2
exit $status
