#!/usr/bin/env bash
# Installs what is missing, builds sailcheck with its tests and runs the whole suite.
source "$(dirname "$0")/common.sh"
sailcheck_install_deps
sailcheck_build "$SAILCHECK_ROOT/build/test" RelWithDebInfo -DSAILCHECK_WARNINGS_AS_ERRORS=ON
cd "$SAILCHECK_ROOT/build/test"
ctest --output-on-failure -j "$(nproc)"
