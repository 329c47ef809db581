// LS2011 tag-value-format: tag value must be 1..256 characters of the same set; CreateDistribution
// rejects a missing or empty value (observed, TF PR #37711)

#include "model/request_model.hpp"
#include "registry.hpp"
#include "support/tag_text.hpp"
#include "text.hpp"

#include <fmt/format.h>

#include <optional>
#include <string>

namespace sailcheck::rules {

namespace {

constexpr rule_info k_info{
    .code = "LS2011",
    .name = "tag-value-format",
    .default_severity = severity::error,
    .summary =
        "tag value must be 1..256 characters of the same set; CreateDistribution rejects a missing "
        "or empty value (observed, TF PR #37711)",
    .rationale =
        "The model documents `tags[i].value` as up to 256 Unicode letters, numbers, "
        "spaces and `+ - = . _ : / @`, and lets it be empty or absent; but "
        "CreateDistribution rejects key-only tags with `InvalidInputException: A "
        "specified tag ...` (Terraform PR #37711 and its acceptance test), although "
        "TagResource accepts them afterwards. So a value needs 1 to 256 characters "
        "here. A missing value is reported at the tag, an empty one at the value.",
    .example_bad = R"({"tags": [{"key": "owner"}, {"key": "team", "value": ""}]})",
    .example_good =
        R"({"tags": [{"key": "owner", "value": "web-team"}, {"key": "team", "value": "web"}]})",
};

constexpr std::size_t k_max_value_chars = model::k_tag_value_max_chars;

class tag_value_format_rule final : public detail::rule {
 public:
  constexpr tag_value_format_rule() noexcept : rule(k_info) {}

  void on_value(detail::context& ctx, const boost::json::value& v) const override {
    const std::string_view s = v.get_string();
    if (s.empty()) {
      ctx.report(
          fmt::format("tag value is empty; CreateDistribution rejects tags without a value: "
                      "give it 1 to {} characters, or add the tag after creation with "
                      "TagResource",
                      k_max_value_chars));
      return;
    }
    std::optional<std::string> message = tag_text::problem(s, k_max_value_chars, "tag value");
    if (!message) return;
    std::optional<fix> f;
    // Offered only when composing the marks is all it takes.
    if (std::optional<std::string> nfc = tag_text::composed(s);
        nfc && !tag_text::problem(*nfc, k_max_value_chars, "tag value"))
      f = fix{fix::operation::replace,
              ctx.where().render(),
              {},
              boost::json::value(*nfc),
              fmt::format("write {} in precomposed (NFC) form", detail::quote(*nfc))};
    ctx.report(std::move(*message), std::move(f));
  }

  void on_missing(detail::context& ctx, const detail::member_spec&) const override {
    ctx.report(
        fmt::format("tag has no 'value' member; CreateDistribution rejects key-only tags: "
                    "give it a value of 1 to {} characters, or add the tag after creation "
                    "with TagResource",
                    k_max_value_chars));
  }
};

}  // namespace

const detail::rule& tag_value_format() {
  static const tag_value_format_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
