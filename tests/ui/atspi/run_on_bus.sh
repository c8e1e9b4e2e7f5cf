#!/usr/bin/env bash
# Runs driver.py SCENARIO with accessibility on, in the D-Bus session this runs in (start it
# with dbus-run-session, under Xvfb), with the AT-SPI bus up and listen.py writing what it
# hears to OUT. Usage: run_on_bus.sh PYTHON OUT SCENARIO
set -u
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../../.." # the repository: the driver imports the tests' own helpers
python=$1 out=$2
shift 2
/usr/libexec/at-spi-bus-launcher --launch-immediately &
launcher=$!
for _ in $(seq 100); do
  dbus-send --session --dest=org.a11y.Bus --print-reply /org/a11y/bus \
    org.a11y.Bus.GetAddress >/dev/null 2>&1 && break
  sleep 0.1
done
/usr/bin/python3 "$here/listen.py" >"$out" 2>"$out.err" &
listener=$!
for _ in $(seq 100); do grep -q listening "$out" && break; sleep 0.1; done
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb \
  "$python" -m tests.ui.atspi.driver "$@"
status=$?
sleep 1 # the last events on their way
kill "$listener" "$launcher" 2>/dev/null
wait 2>/dev/null
exit $status
