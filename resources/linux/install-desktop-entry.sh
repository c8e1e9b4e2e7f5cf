#!/bin/sh
# Adds Shipturtle Tokens to this user's application menu, pointing at this folder.
# Run it again after moving the folder; run it with --remove to take the entry out again.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/shipturtle-tokens.desktop"
icon="$data/icons/hicolor/256x256/apps/shipturtle-tokens.png"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry" "$icon"
  echo "Removed Shipturtle Tokens from the application menu."
  exit 0
fi
mkdir -p "$(dirname "$entry")" "$(dirname "$icon")"
cp "$here/_internal/resources/icons/shipturtle-tokens.png" "$icon"
sed "s|@EXEC@|$here/shipturtle-tokens|" "$here/_internal/resources/linux/shipturtle-tokens.desktop" > "$entry"
chmod +x "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "Shipturtle Tokens is now in your application menu."
