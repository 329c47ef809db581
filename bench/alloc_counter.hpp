#pragma once

#include <cstdint>

namespace sailcheck::bench {

/// How many times operator new (every form) has run on this thread since it started. The bench
/// replaces the global allocation functions to count them (alloc_counter.cpp): the budget of
/// issue 8 is stated in allocations per call, and this is the only way to see them all.
std::uint64_t allocations_on_this_thread() noexcept;

}  // namespace sailcheck::bench
