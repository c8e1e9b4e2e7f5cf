#!/usr/bin/env bash
# Installs the Debian or Ubuntu packages named after the first argument that are not installed
# yet: without recommends, with apt's and dpkg's lines kept in a log unless something fails.
# It asks for sudo only when something is missing, so `make` does not ask every time.
#
# "a|b" names one package by its alternative names: Debian 13 and Ubuntu 24.04 renamed some
# libraries with a "t64" suffix. Either installed name will do; the first name this system's
# archive has is the one installed.
set -euo pipefail
what=$1
shift
command -v apt-get >/dev/null && command -v dpkg-query >/dev/null || exit 0

is_installed() {
  [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" = installed ]
}

# A real package of the archive, rather than a name another package only provides.
in_archive() {
  # grep reads all of it: `grep -q` would stop at the first line, apt-cache then die of
  # SIGPIPE, and pipefail call a package the archive has unknown, now and then.
  apt-cache show --no-all-versions "$1" 2>/dev/null | grep '^Package:' >/dev/null
}

missing=()
for wanted in "$@"; do
  IFS='|' read -ra names <<<"$wanted"
  found=false
  for name in "${names[@]}"; do
    if is_installed "$name"; then found=true; fi
  done
  $found || missing+=("$wanted")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
[ "$(id -u)" = 0 ] || sudo=(sudo)
log=$(mktemp "${TMPDIR:-/tmp}/system-packages.XXXXXX")
trap 'rm -f "$log"' EXIT
run_logged() {
  if ! "$@" >>"$log" 2>&1; then
    cat "$log" >&2
    echo "Could not install $what: the lines above say why." >&2
    exit 1
  fi
}

# The first name of each that the package lists know (else its first name); fails if the
# lists know none of a package's names.
choose() {
  chosen=()
  local known=true
  for wanted in "${missing[@]}"; do
    IFS='|' read -ra names <<<"$wanted"
    pick=
    for name in "${names[@]}"; do
      if in_archive "$name"; then pick=$name; break; fi
    done
    [ -n "$pick" ] || { known=false; pick=${names[0]}; }
    chosen+=("$pick")
  done
  $known
}

install() {
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y \
    --no-install-recommends -o Dpkg::Use-Pty=0 "${chosen[@]}"
}

echo "Installing $what with apt-get (sudo may ask for your password)..."
# The README's command has just run `apt-get update`: update again only if the package lists
# do not know a package, or are too old to download it from (the install then fails).
if choose && install >>"$log" 2>&1; then
  echo "  ${chosen[*]} and what they needed"
else
  run_logged "${sudo[@]}" apt-get update
  choose || true # if a name is still unknown, apt-get install says so
  echo "  ${chosen[*]} and what they need"
  run_logged install
fi
echo "  done: $(grep -c '^Setting up ' "$log" || true) packages installed"
