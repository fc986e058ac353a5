#!/usr/bin/env bash
# Installs every Debian package the build, the tests and the server need.
# Idempotent and quiet when everything is present.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config ccache mold
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsqlite3-dev libssl-dev libsodium-dev libpq-dev
  libspdlog-dev libfmt-dev libcli11-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libcairo2-dev libpango1.0-dev fonts-noto-cjk libqrencode-dev
  libxlsxwriter-dev libzip-dev libpugixml-dev poppler-utils libzbar-dev zbar-tools
  python3 curl faketime
  nodejs chromium
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "deps: installing ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The web front end (Vite 8 needs Node >= 20.19): npm ci when node_modules is missing or
# older than package-lock.json. Browsers are never downloaded: the e2e tests drive
# Debian's /usr/bin/chromium (package chromium above).
if [ -f web/package-lock.json ]; then
  node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  if [ "$node_major" -lt 20 ]; then
    echo "deps: Node.js >= 20 is needed for web/ (found $(node -v 2>/dev/null || echo none))" >&2
    exit 1
  fi
  if [ ! -f web/node_modules/.package-lock.json ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
    echo "deps: npm ci (web)"
    (cd web && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
