#!/usr/bin/env bash
# Installs what is missing, builds sailcheck (Release) and runs it on the bundled examples.
source "$(dirname "$0")/common.sh"
sailcheck_install_deps
sailcheck_build "$SAILCHECK_ROOT/build/release" Release -DSAILCHECK_BUILD_TESTS=OFF
cd "$SAILCHECK_ROOT"
for f in examples/*.json; do
  echo "\$ sailcheck $f"
  ./build/release/sailcheck "$f" && echo "(exit 0: no error finding)" || echo "(exit $?)"
  echo
done
