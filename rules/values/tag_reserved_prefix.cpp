// LS2012 tag-reserved-prefix: a tag key or value that starts with `aws:` in any letter case

#include "model/request_model.hpp"
#include "registry.hpp"
#include "text.hpp"

#include <fmt/format.h>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS2012",
    .name = "tag-reserved-prefix",
    .default_severity = severity::error,
    .summary = "a tag key or value that starts with `aws:` in any letter case",
    .rationale =
        "The Lightsail tag restrictions (user guide, Tag.key documentation of the "
        "model) reserve the `aws:` prefix for tags AWS creates, in keys and values "
        "alike, and in any letter case; the service rejects `tags[i].key` or "
        "`tags[i].value` starting with it, and CloudFormation's schema says the same "
        "for keys.",
    .example_bad = R"({"tags": [{"key": "aws:team", "value": "web"}]})",
    .example_good = R"({"tags": [{"key": "team", "value": "web"}]})",
};

constexpr std::string_view k_prefix = model::k_reserved_tag_prefix;

class tag_reserved_prefix_rule final : public detail::rule {
 public:
  constexpr tag_reserved_prefix_rule() noexcept : rule(k_info) {}

  void on_value(detail::context& ctx, const boost::json::value& v) const override {
    const std::string_view s = v.get_string();
    if (s.size() < k_prefix.size() ||
        !detail::iequals_ascii(s.substr(0, k_prefix.size()), k_prefix))
      return;
    const std::string_view noun = ctx.member_name() == "value" ? "tag value" : "tag key";
    ctx.report(
        fmt::format("{} {} starts with {}, a prefix AWS reserves for its own tags (in any "
                    "letter case); use a prefix of your own",
                    noun, detail::quote(s), detail::quote(s.substr(0, k_prefix.size()))));
  }
};

}  // namespace

const detail::rule& tag_reserved_prefix() {
  static const tag_reserved_prefix_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
