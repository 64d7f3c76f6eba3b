#!/usr/bin/env bash
# Installs the Debian packages Accord needs, and only those that are missing.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  lua-check
  nlohmann-json3-dev libcli11-dev libfmt-dev catch2
  libsfml-dev libimgui-dev libstb-dev libx11-dev libgl-dev fonts-dejavu-core
  xvfb xauth xdotool
  libgoogle-perftools-dev
  libbenchmark-dev hyperfine
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "deps: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run=(sudo)
else
  echo "deps: these packages are missing and this user cannot install them:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq
"${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
