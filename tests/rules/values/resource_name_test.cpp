#include "test_support.hpp"

#include <gtest/gtest.h>

namespace sailcheck::test {
namespace {

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

SAILCHECK_RULE_CASES(
    resource_name_test, "LS2002",
    // valid
    rule_case{"p1", std::string(p1()), {}}, rule_case{"p4", std::string(p4()), {}},
    rule_case{"p5", std::string(p5()), {}},
    rule_case{"underscores_at_both_ends", patch(p1(), "/distributionName", R"("_cdn_")"), {}},
    rule_case{"two_characters", patch(p1(), "/distributionName", R"("ab")"), {}},
    rule_case{"inner_hyphens", patch(p1(), "/distributionName", R"("a--b")"), {}},
    rule_case{"max_length", patch(p1(), "/distributionName", quoted(std::string(255, 'a'))), {}},
    rule_case{"certificate", patch(p1(), "/certificateName", R"("shop-example-com-cert")"), {}},
    rule_case{"bucket_origin", patch(p1(), "/origin/name", R"("my-hosted-content")"), {}},
    rule_case{"certificate_absent", patch(p1(), "/certificateName", ""), {}},
    // a period is the only fault: LS2006's, not LS2002's
    owned_by("period", patch(p1(), "/distributionName", R"("my.site")"), "LS2006",
             {"/distributionName"}),
    owned_by("origin_name_period", patch(p1(), "/origin/name", R"("web.1")"), "LS2006",
             {"/origin/name"}),
    owned_by("certificate_name_period", patch(p1(), "/certificateName", R"("www.example.com")"),
             "LS2006", {"/certificateName"}),
    // invalid
    rule_case{"period_and_leading_hyphen",
              patch(p1(), "/distributionName", R"("-my.site")"),
              {"/distributionName"}},
    rule_case{"one_character", patch(p1(), "/distributionName", R"("a")"), {"/distributionName"}},
    rule_case{"empty", patch(p1(), "/distributionName", R"("")"), {"/distributionName"}},
    rule_case{
        "leading_hyphen", patch(p1(), "/distributionName", R"("-cdn")"), {"/distributionName"}},
    rule_case{
        "trailing_hyphen", patch(p1(), "/distributionName", R"("cdn-")"), {"/distributionName"}},
    rule_case{"space", patch(p1(), "/distributionName", R"("my site")"), {"/distributionName"}},
    rule_case{"non_ascii_letter",
              patch(p1(), "/distributionName", R"("caf\u00e9")"),
              {"/distributionName"}},
    rule_case{"too_long",
              patch(p1(), "/distributionName", quoted(std::string(256, 'a'))),
              {"/distributionName"}},
    rule_case{"origin_name", patch(p1(), "/origin/name", R"("web 1")"), {"/origin/name"}},
    rule_case{"certificate_name",
              patch(p1(), "/certificateName", R"("www.example.com-")"),
              {"/certificateName"}},
    rule_case{"all_three",
              patch(p1(), {{"/distributionName", R"("a")"},
                           {"/origin/name", R"(".b.c")"},
                           {"/certificateName", R"("-x")"}}),
              {"/distributionName", "/origin/name", "/certificateName"}},
    // no cascade
    owned_by("wrong_type_is_ls1003_only", patch(p1(), "/distributionName", "5"), "LS1003",
             {"/distributionName"}),
    owned_by("null_is_ls1003_only", patch(p1(), "/origin/name", "null"), "LS1003",
             {"/origin/name"}),
    owned_by("absent_is_ls1001_only", patch(p1(), "/distributionName", ""), "LS1001", {""}),
    owned_by("near_miss_is_ls1002_only",
             patch(p1(), {{"/distributionName", ""}, {"/DistributionName", R"("my.site")"}}),
             "LS1002", {"/DistributionName"}));

std::string message_for(std::string_view pointer, std::string_view value) {
  report r = check(patch(p1(), pointer, value));
  const diagnostic* d = first(r, "LS2002");
  return d ? d->message : "(no finding)";
}

TEST(resource_name, messages) {
  EXPECT_EQ(message_for("/distributionName", R"("-my.site")"),
            "distributionName '-my.site' has '.' (U+002E) at position 4; only ASCII letters, "
            "digits, '_' and '-' are allowed: did you mean 'my-site'?");
  EXPECT_EQ(message_for("/distributionName", R"("a")"),
            "distributionName 'a' is too short; a name needs at least 2 characters");
  EXPECT_EQ(message_for("/distributionName", R"("")"),
            "distributionName is empty; a name needs 2 to 255 characters: ASCII letters, digits, "
            "'_' and '-'");
  EXPECT_EQ(message_for("/origin/name", R"("-web-1")"),
            "origin.name '-web-1' starts with '-'; a name must start and end with a letter, digit "
            "or '_': did you mean 'web-1'?");
  EXPECT_EQ(message_for("/certificateName", R"("-cert-")"),
            "certificateName '-cert-' starts and ends with '-'; a name must start and end with a "
            "letter, digit or '_': did you mean 'cert'?");
  EXPECT_EQ(message_for("/distributionName", R"("caf\u00e9")"),
            "distributionName 'café' has 'é' (U+00E9) at position 4; only ASCII letters, digits, "
            "'_' and '-' are allowed");
  EXPECT_EQ(message_for("/distributionName", R"("a\tb")"),
            "distributionName 'a\\u0009b' has the control character U+0009 at position 2; only "
            "ASCII letters, digits, '_' and '-' are allowed: did you mean 'a-b'?");
  const std::string long_name = std::string(256, 'a');
  EXPECT_EQ(message_for("/distributionName", quoted(long_name)),
            "distributionName '" + std::string(100, 'a') +
                "\u2026' (256 characters) is longer than 255 characters");
}

TEST(resource_name, no_fix_because_renaming_is_the_authors_choice) {
  report r = check(patch(p1(), "/distributionName", R"("my site")"));
  ASSERT_NE(first(r, "LS2002"), nullptr);
  EXPECT_FALSE(first(r, "LS2002")->fix.has_value());
}

}  // namespace
}  // namespace sailcheck::test
