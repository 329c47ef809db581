#!/usr/bin/env bash
# The whole suite under AddressSanitizer + UndefinedBehaviorSanitizer (a Debug build, so that
# assertions run too) in build/asan, then the shared-linter thread test under ThreadSanitizer in
# build/tsan. Both use g++, the compiler of the normal build; SAILCHECK_SANITIZE puts the flags
# on every target, and the find_package consumer test builds its consumer with them too.
source "$(dirname "$0")/common.sh"
sailcheck_install_deps
jobs="$(nproc)"

# Any report ends the process with an error, with a stack trace. Leak checking stays on
# (LeakSanitizer is part of ASan on Linux). Nothing is suppressed: a report from an
# uninstrumented library (libstdc++, libfmt, Boost.JSON) would need a suppression file with the
# reason written next to each entry, and none has been needed.
export ASAN_OPTIONS="abort_on_error=0:halt_on_error=1:detect_leaks=1:strict_init_order=1:check_initialization_order=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1"

asan() {
  local dir="$SAILCHECK_ROOT/build/asan"
  sailcheck_configure "$dir" Debug -DSAILCHECK_SANITIZE=address,undefined \
    -DSAILCHECK_WARNINGS_AS_ERRORS=ON -DSAILCHECK_BUILD_BENCH=OFF
  cmake --build "$dir" -j "$jobs"
  cd "$dir"
  ctest --output-on-failure -j "$jobs"
}

tsan() {
  local dir="$SAILCHECK_ROOT/build/tsan"
  # -O1 as ThreadSanitizer recommends; only the test binary (and what it depends on) is built.
  sailcheck_configure "$dir" RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
    -DSAILCHECK_SANITIZE=thread -DSAILCHECK_WARNINGS_AS_ERRORS=ON -DSAILCHECK_BUILD_BENCH=OFF
  cmake --build "$dir" -j "$jobs" --target sailcheck_tests
  "$dir/tests/sailcheck_tests" --gtest_filter='engine.shared_linter_is_thread_safe'
}

sailcheck_stage "ASan+UBSan build and suite (build/asan)" asan
sailcheck_stage "TSan thread test (build/tsan)" tsan
