// LS3006 duplicate-tag-key: two tags with the same key (case-sensitive)

#include "registry.hpp"
#include "support/rule_support.hpp"
#include "text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS3006",
    .name = "duplicate-tag-key",
    .default_severity = severity::error,
    .summary = "two tags with the same key (case-sensitive)",
    .rationale =
        "Tag keys must be unique per resource (botocore lightsail model, TagResource: "
        "\"Tag keys must be unique per resource\"; Lightsail user guide, tag "
        "restrictions), so a `tags` array that repeats a `key` cannot be applied as "
        "written, and at most one of the values would survive. Keys compare "
        "case-sensitively; keys that differ only in letter case are LS4013.",
    .example_bad =
        R"({"tags": [{"key": "env", "value": "prod"}, {"key": "env", "value": "staging"}]})",
    .example_good =
        R"({"tags": [{"key": "env", "value": "prod"}, {"key": "team", "value": "web"}]})",
};

class duplicate_tag_key_rule final : public detail::rule {
 public:
  constexpr duplicate_tag_key_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    const boost::json::array* tags = ctx.array(field::tags);
    if (!tags) return;
    // Items that are not objects, and keys that are not strings, are LS1003's.
    auto key_of = [tags](std::size_t i) -> std::optional<std::string_view> {
      if (const boost::json::object* tag = (*tags)[i].if_object())
        if (const boost::json::value* key = tag->if_contains("key"))
          if (const boost::json::string* s = key->if_string()) return std::string_view(*s);
      return std::nullopt;
    };
    for (const auto& [i, first] : find_repeats(tags->size(), key_of)) {
      const std::string quoted = detail::quote(*key_of(i));
      detail::path at = ctx.path_of(field::tags);
      at.push_index(i);
      at.push_key("key");
      ctx.report_at(at, fmt::format("tag key {} is already used by tag {}; tag keys must be "
                                    "unique, so merge the two tags or rename this key",
                                    quoted, first));
      detail::path earlier = ctx.path_of(field::tags);
      earlier.push_index(first);
      earlier.push_key("key");
      ctx.relate(earlier, fmt::format("first tag with key {}", quoted));
    }
  }
};

}  // namespace

const detail::rule& duplicate_tag_key() {
  static const duplicate_tag_key_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
