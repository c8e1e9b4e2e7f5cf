#!/usr/bin/env bash
# What Orca itself says while the create or check flow runs: Orca (Debian 12's is 43) on a
# private AT-SPI bus under Xvfb with openbox, its SPEECH OUTPUT lines printed.
# Usage: xvfb-run -a dbus-run-session -- bash orca_transcript.sh PYTHON create|check
set -u
python=$1 flow=$2
cd "$(dirname "$0")/../../.."
export HOME=$(mktemp -d)
debug="$HOME/orca.debug"
/usr/libexec/at-spi-bus-launcher --launch-immediately &
openbox >/dev/null 2>&1 &
sleep 1
orca --replace --debug-file="$debug" >/dev/null 2>&1 &
orca=$!
sleep 4 # Orca ready before the window appears
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb
if [ "$flow" = create ]; then
  "$python" -m tests.ui.atspi.orca_walk 2>/dev/null
else
  "$python" -m tests.ui.atspi.driver check 2>/dev/null
fi
sleep 3
kill "$orca" 2>/dev/null
grep "SPEECH OUTPUT" "$debug" | sed 's/^[0-9:.]* - //; s/{.*$//'
