#!/usr/bin/env bash
# Prepares a fresh machine that has only Node (18.12 or newer, to run pnpm) and npm: pnpm (pinned), the workspace's
# dependencies, and, for the browser tests, Debian's Chromium with Japanese fonts (Playwright cannot download its own
# browser on our machines), and wrk for the API bench (`pnpm bench`). The install brings Node 24 itself (the root devDependency `node`, from the npm registry):
# every pnpm script runs on it, whatever the machine's Node (docs/decisions/0005-node-24-from-the-npm-registry.md).
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  # Corepack refuses pnpm here without extra flags, so install the pinned version with npm.
  npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION"
fi

if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "noto sans cjk" || ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else SUDO="none"; fi
  if [ "$SUDO" != none ] && command -v apt-get >/dev/null; then
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk wrk >/dev/null
  else
    echo "setup: install Chromium at /usr/bin/chromium and Noto CJK fonts for the browser tests, and wrk for the API bench" >&2
  fi
fi

PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 pnpm install --frozen-lockfile
echo "setup: pnpm $(pnpm --version) on the machine's Node $(node --version); scripts run on Node $(pnpm exec node --version)"
