#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

// Both rules' pointers: a name is LS2006's or LS2002's, never both.
struct name_case {
  std::string name;
  std::string payload;
  std::vector<std::string> ls2006;
  std::vector<std::string> ls2002;
};

void PrintTo(const name_case& c, std::ostream* os) { *os << c.name; }

class name_period_test : public ::testing::TestWithParam<name_case> {};

TEST_P(name_period_test, reports_exactly_the_expected_pointers) {
  const name_case& c = GetParam();
  report r = check(c.payload);
  EXPECT_EQ(pointers(r, "LS2006"), c.ls2006) << dump(r);
  EXPECT_EQ(pointers(r, "LS2002"), c.ls2002) << dump(r);
}

std::string name(std::string_view value) { return patch(p1(), "/distributionName", value); }

const std::vector<std::string> k_none;
const std::vector<std::string> k_name{"/distributionName"};

INSTANTIATE_TEST_SUITE_P(
    cases, name_period_test,
    ::testing::Values(
        // valid: no period, no finding
        name_case{"p1", std::string(p1()), k_none, k_none},
        name_case{"p5", std::string(p5()), k_none, k_none},
        name_case{"hyphens", name(R"("static-example-org")"), k_none, k_none},
        // a period is the only fault: LS2006 alone
        name_case{"period", name(R"("static.example.org")"), k_name, k_none},
        name_case{"shortest", name(R"("a.b")"), k_name, k_none},
        name_case{"consecutive_periods", name(R"("a..b")"), k_name, k_none},
        name_case{"period_beside_hyphen", name(R"("a.-b")"), k_name, k_none},
        name_case{"underscores_at_the_ends", name(R"("_a.b_")"), k_name, k_none},
        name_case{"max_length", name(quoted("a." + std::string(253, 'b'))), k_name, k_none},
        name_case{
            "origin_name", patch(p1(), "/origin/name", R"("web.1")"), {"/origin/name"}, k_none},
        name_case{"certificate_name",
                  patch(p1(), "/certificateName", R"("www.example.com")"),
                  {"/certificateName"},
                  k_none},
        name_case{"all_three",
                  patch(p1(), {{"/distributionName", R"("a.b")"},
                               {"/origin/name", R"("b.c")"},
                               {"/certificateName", R"("c.d")"}}),
                  {"/distributionName", "/origin/name", "/certificateName"},
                  k_none},
        // a period and another fault: LS2002 alone
        name_case{"leading_period", name(R"(".site")"), k_none, k_name},
        name_case{"trailing_period", name(R"("site.")"), k_none, k_name},
        name_case{"only_a_period", name(R"(".")"), k_none, k_name},
        name_case{"period_and_leading_hyphen", name(R"("-my.site")"), k_none, k_name},
        name_case{"period_and_trailing_hyphen", name(R"("my.site-")"), k_none, k_name},
        name_case{"period_and_space", name(R"("my.si te")"), k_none, k_name},
        name_case{"period_and_non_ascii", name(R"("caf\u00e9.com")"), k_none, k_name},
        name_case{"period_and_too_long", name(quoted("a." + std::string(254, 'b'))), k_none,
                  k_name},
        // no cascade
        name_case{"wrong_type_is_ls1003_only", name("5"), k_none, k_none},
        name_case{"null_is_ls1003_only", patch(p1(), "/origin/name", "null"), k_none, k_none},
        name_case{"near_miss_is_ls1002_only",
                  patch(p1(), {{"/distributionName", ""}, {"/DistributionName", R"("my.site")"}}),
                  k_none, k_none},
        name_case{"tag_values_are_not_names", patch(p4(), "/tags/0/value", R"("a.b")"), k_none,
                  k_none}),
    [](const auto& tc) { return tc.param.name; });

TEST(name_period, message_is_a_warning_without_a_fix) {
  report r = check(name(R"("static.example.org")"));
  const diagnostic* d = first(r, "LS2006");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->message,
            "distributionName 'static.example.org' contains '.'; the Lightsail user guide allows "
            "periods in names but the API model's pattern does not, so some tools reject it; use "
            "'-' to be safe");
  EXPECT_EQ(d->severity, severity::warning);
  EXPECT_FALSE(d->fix.has_value());
}

TEST(name_period, names_the_member_in_the_message) {
  report r = check(patch(p1(), "/origin/name", R"("web.1")"));
  const diagnostic* d = first(r, "LS2006");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_TRUE(d->message.starts_with("origin.name 'web.1' contains '.';")) << d->message;
}

}  // namespace
}  // namespace sailcheck::test
