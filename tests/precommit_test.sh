#!/usr/bin/env bash
# Runs the real pre-commit with this repository's .pre-commit-hooks.yaml in a scratch git
# repository: committing a bad payload fails and shows the finding, a good one passes, a JSON
# file the hook's pattern does not match (package.json) is left alone, and the config-driven
# hook honours .sailcheck.json's exclude.
# Usage: precommit_test.sh SOURCE_DIR SAILCHECK_BINARY
set -euo pipefail
src="$1"
bin="$2"
if ! command -v pre-commit >/dev/null 2>&1; then
  echo "SKIPPED: pre-commit is not installed (Debian package 'pre-commit'); scripts/test.sh installs it"
  exit 77
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export PRE_COMMIT_HOME="$tmp/cache" HOME="$tmp/home" PATH="$(dirname "$bin"):$PATH"
export GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com \
       GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
mkdir -p "$HOME"

# The hook repository: the hooks file as it is in the working tree, committed.
hooks="$tmp/hooks"
mkdir -p "$hooks"
cp "$src/.pre-commit-hooks.yaml" "$hooks/"
git -C "$hooks" init -q
git -C "$hooks" add .pre-commit-hooks.yaml
git -C "$hooks" commit -qm hooks
rev="$(git -C "$hooks" rev-parse HEAD)"

fail() { echo "FAIL: $*"; exit 1; }

repo="$tmp/repo"
mkdir -p "$repo"
cd "$repo"
git init -q
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: sailcheck
YAML
git add .pre-commit-config.yaml
git commit -qm config
pre-commit install >/dev/null

good='{"distributionName":"my-site-cdn","origin":{"name":"WordPress-1","regionName":"us-east-1","protocolPolicy":"https-only"},"defaultCacheBehavior":{"behavior":"cache"},"bundleId":"small_1_0"}'
bad='{"distributionName":"my-site-cdn","origin":{"name":"WordPress-1","regionName":"us-east-1a","protocolPolicy":"https-only"},"defaultCacheBehavior":{"behavior":"cache"},"bundleId":"small_1_0"}'

# A bad payload: the commit fails and the output names the finding.
echo "$bad" > shop-distribution.json
git add shop-distribution.json
if out="$(git commit -qm bad 2>&1)"; then fail "the commit of a bad payload succeeded: $out"; fi
grep -q "shop-distribution.json:1:.*LS2001 enum-value" <<<"$out" || fail "no LS2001 finding shown: $out"
echo "bad payload refused:"
grep "LS2001" <<<"$out"

# Fixed: the commit passes.
echo "$good" > shop-distribution.json
git add shop-distribution.json
out="$(git commit -qm good 2>&1)" || fail "the commit of a good payload failed: $out"
echo "good payload committed"

# package.json is JSON but no payload: the pattern skips it.
echo '{"name":"x","version":"1.0.0"}' > package.json
git add package.json
out="$(git commit -qm package 2>&1)" || fail "package.json was linted: $out"
echo "package.json left alone"

# The config-driven hook: lints what .sailcheck.json selects, not what changed.
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: sailcheck-config
YAML
mkdir -p drafts payloads
echo "$bad" > drafts/wip.json
echo "$good" > payloads/site.json
echo '{"exclude": ["drafts", "package.json"]}' > .sailcheck.json
git add .pre-commit-config.yaml .sailcheck.json drafts payloads
out="$(git commit -qm config-driven 2>&1)" || fail "the config-driven hook did not honour exclude: $out"
echo "config-driven hook honours exclude"
echo "$bad" > payloads/site.json
git add payloads/site.json
if out="$(git commit -qm bad-config-driven 2>&1)"; then fail "config-driven hook passed a bad payload: $out"; fi
grep -q "payloads/site.json:1:.*LS2001" <<<"$out" || fail "no finding from the config-driven hook: $out"
echo "config-driven hook refuses a bad payload"
