#!/usr/bin/env bash
# Installs, from Debian's packages, whatever of Concord's build and test dependencies is missing.
set -euo pipefail

packages=(
  cmake make g++ pkg-config
  libxapian-dev libicu-dev libcpp-httplib-dev nlohmann-json3-dev
  libgtest-dev libgmock-dev libcld2-dev libcli11-dev zlib1g-dev
  chromium fonts-wqy-zenhei
  libbenchmark-dev jq time curl
  xapian-tools ccache clang-tidy
)
# Node and npm run the browser tests; a node already on the machine (any source) is kept.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
