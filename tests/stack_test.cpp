// The stack a check needs, measured: the README promises host threads a figure, and a check on
// a thread with that stack must not overflow it, at the default depth limit and at its cap.

#include "test_support.hpp"

#include <gtest/gtest.h>

#include <pthread.h>

#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SAILCHECK_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define SAILCHECK_SANITIZED 1
#endif
#endif

namespace sailcheck::test {
namespace {

// What the README's "Limits and guarantees" section states.
constexpr std::size_t k_stack_at_default_depth = 64 * 1024;  // max_depth 32
constexpr std::size_t k_stack_at_depth_cap = 256 * 1024;     // max_depth 512

void* call(void* f) {
  (*static_cast<std::function<void()>*>(f))();
  return nullptr;
}

// Unused under sanitizers, where the measuring test is skipped.
// Runs `f` on a thread whose stack is painted first; returns how many bytes of it were written.
[[maybe_unused]] std::size_t stack_used(std::function<void()> f) {
  constexpr std::size_t k_size = 8 * 1024 * 1024;
  constexpr unsigned char k_paint = 0xA5;
  void* memory = std::aligned_alloc(64 * 1024, k_size);
  EXPECT_NE(memory, nullptr);
  if (memory == nullptr) return 0;
  auto* bytes = static_cast<unsigned char*>(memory);
  std::memset(bytes, k_paint, k_size);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstack(&attr, memory, k_size);
  pthread_t thread;
  EXPECT_EQ(pthread_create(&thread, &attr, call, &f), 0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
  // The stack grows down: the lowest byte that changed is the deepest the check went.
  std::size_t untouched = 0;
  while (untouched < k_size && bytes[untouched] == k_paint) ++untouched;
  std::free(memory);
  return k_size - untouched;
}

// Runs `f` on a thread with exactly `size` bytes of stack (an overflow crashes the test).
[[maybe_unused]] void run_with_stack(std::size_t size, std::function<void()> f) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  ASSERT_EQ(pthread_attr_setstacksize(&attr, size), 0);
  pthread_t thread;
  ASSERT_EQ(pthread_create(&thread, &attr, call, &f), 0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
}

std::string nested_arrays(std::size_t depth) {
  return std::string(depth, '[') + std::string(depth, ']');
}

std::string nested_objects(std::size_t depth) {
  std::string out;
  for (std::size_t i = 0; i < depth; ++i) out += R"({"a":)";
  out += "1";
  out += std::string(depth, '}');
  return out;
}

linter at_depth(std::size_t max_depth) {
  options o;
  o.limits.max_depth = max_depth;
  auto l = linter::create(o);
  EXPECT_TRUE(l.has_value());
  return l ? *l : linter{};
}

// The deepest documents each limit admits, the first it refuses, and a payload whose unknown
// member holds the deep part (so findings are located through it).
[[maybe_unused]] std::vector<std::string> deep_inputs(std::size_t max_depth) {
  std::string in_payload(p1());
  in_payload.pop_back();
  in_payload += R"(,"extra":)" + nested_objects(max_depth - 1) + "}";
  return {nested_arrays(max_depth), nested_arrays(max_depth + 1), nested_objects(max_depth),
          nested_objects(max_depth + 1), in_payload};
}

struct depth_case {
  std::size_t max_depth;
  std::size_t documented;
};

class stack_test : public ::testing::TestWithParam<depth_case> {};

TEST_P(stack_test, a_check_stays_within_the_documented_stack) {
#ifdef SAILCHECK_SANITIZED
  GTEST_SKIP() << "sanitizers enlarge stack frames; the figure is for normal builds";
#else
  const depth_case c = GetParam();
  const linter l = at_depth(c.max_depth);
  for (const std::string& text : deep_inputs(c.max_depth)) {
    report r;
    const std::size_t used = stack_used([&] { r = l.check_text(text); });
    EXPECT_LT(used, c.documented) << "max_depth " << c.max_depth << ", " << text.size()
                                  << " bytes: " << used << " bytes of stack";
    EXPECT_FALSE(r.diagnostics.empty());  // each is a finding: not a request, or too deep
    // And for real, on a thread of exactly that size: an overflow would crash here.
    run_with_stack(c.documented, [&] { (void)l.check_text(text); });
  }
#endif
}

INSTANTIATE_TEST_SUITE_P(limits, stack_test,
                         ::testing::Values(depth_case{32, k_stack_at_default_depth},
                                           depth_case{512, k_stack_at_depth_cap}),
                         [](const auto& tc) {
                           return "max_depth_" + std::to_string(tc.param.max_depth);
                         });

TEST(stack, the_deepest_input_is_refused_at_the_limit) {
  report r = at_depth(512).check_text(nested_arrays(513));
  const diagnostic* d = first(r, "LS0003");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message, "nesting is deeper than the limit of 512 levels");
}

}  // namespace
}  // namespace sailcheck::test
