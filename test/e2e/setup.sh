#!/usr/bin/env bash
# Sets up code-server 4.100.3 (VS Code 1.100 on Node 20) and playwright-core in .e2e-cache/tools, offline
# apart from the npm registry: the recipe of the architecture notes. Idempotent: a stamp file marks success.
# Chromium, ripgrep, Kerberos headers and a CJK font come from Debian (.ci/run installs them as root).
set -euo pipefail
# Run from npm test, npm exports the project's .npmrc (ignore-scripts=true) as npm_config_* variables:
# the native rebuilds below need their build scripts, so the inherited npm configuration is dropped.
for v in $(env | grep -o '^npm_config_[A-Za-z_]*' || true); do unset "$v"; done
root="$(cd "$(dirname "$0")/../.." && pwd)"
tools="$root/.e2e-cache/tools"
stamp="$tools/.ready-4.100.3"
[ -f "$stamp" ] && exit 0
mkdir -p "$tools"
cd "$tools"
[ -f package.json ] || echo '{ "name": "workreport-e2e-tools", "private": true }' > package.json
echo "e2e setup: installing code-server and playwright-core (npm registry only)…" >&2
npm install --ignore-scripts --no-audit --no-fund code-server@4.100.3 playwright-core@1 >&2
npm rebuild --ignore-scripts=false argon2 >&2
vscode="$tools/node_modules/code-server/lib/vscode"
cd "$vscode"
echo "e2e setup: installing VS Code's own production dependencies…" >&2
npm install --omit=dev --ignore-scripts --no-audit --no-fund >&2
# npm's bundled node-gyp builds the native modules against this Node.
gyp_dir="$(dirname "$(command -v npm)")/../lib/node_modules/npm/node_modules/node-gyp/bin"
export PATH="$gyp_dir:$PATH"
npm rebuild --ignore-scripts=false @vscode/spdlog kerberos native-watchdog >&2
# node-pty's own post-install step fails harmlessly after pty.node is built (it then asks npx for a newer
# node-gyp, only to write compile_commands.json): its output goes to a log, shown only if pty.node is missing.
npm rebuild --ignore-scripts=false node-pty >"$tools/node-pty-rebuild.log" 2>&1 || true
for built in node-pty/build/Release/pty.node @vscode/spdlog/build/Release/spdlog.node; do
  [ -f "node_modules/$built" ] || { cat "$tools/node-pty-rebuild.log" >&2; echo "e2e setup: $built did not build" >&2; exit 1; }
done
ln -sfn node_modules node_modules.asar
# @vscode/ripgrep's post-install downloads ripgrep; use Debian's instead.
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
touch "$stamp"
echo "e2e setup: ready" >&2
