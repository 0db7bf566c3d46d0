#!/usr/bin/env bash
# Installs what the editor tests need: Debian's `neovim` package (0.7.2 on bookworm), which
# provides `nvim`. Idempotent: when `nvim` is already on PATH it only reports its version.
# Network: only Debian's mirrors, and only when something is missing.
#
# Usage: bash test/editors/setup.sh
set -euo pipefail

info() { printf '[editors setup] %s\n' "$*"; }
fail() {
  printf '[editors setup] FAILED: %s\n' "$@" >&2
  exit 1
}

if command -v nvim >/dev/null 2>&1; then
  info "present: $(command -v nvim) ($(nvim --version | head -n1))"
  exit 0
fi

if [[ "$(id -u)" != 0 ]]; then
  fail "nvim is not on PATH. Install Neovim as root, then run this again:" \
    "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends neovim"
fi

info "nvim is missing: installing Debian's neovim package"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq </dev/null ||
  fail "apt-get update failed. Check that Debian's package mirrors are reachable."
apt-get install -y -qq --no-install-recommends neovim </dev/null ||
  fail "apt-get install neovim failed. Fix apt, then run this again."
command -v nvim >/dev/null 2>&1 || fail "the neovim package was installed but nvim is not on PATH."
info "installed: $(command -v nvim) ($(nvim --version | head -n1))"
