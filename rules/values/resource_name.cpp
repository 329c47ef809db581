// LS2002 resource-name: `distributionName`, `origin.name`, `certificateName` must fully match
// `^[A-Za-z0-9_][A-Za-z0-9_-]*[A-Za-z0-9_]$` (ASCII; so no `.`, at least 2 characters) and be at
// most 255 characters; a name whose only fault is `.` is LS2006 name-period's

#include "registry.hpp"
#include "support/resource_name_syntax.hpp"
#include "text.hpp"
#include "unicode.hpp"

#include <fmt/format.h>

#include <cstdint>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS2002",
    .name = "resource-name",
    .default_severity = severity::error,
    .summary =
        "`distributionName`, `origin.name`, `certificateName` must fully match "
        "`^[A-Za-z0-9_][A-Za-z0-9_-]*[A-Za-z0-9_]$` (ASCII; so no `.`, at least 2 characters) and "
        "be at most 255 characters; a name whose only fault is `.` is LS2006 instead",
    .rationale =
        "The Smithy model gives `distributionName`, `origin.name` and `certificateName` "
        "the ResourceName pattern `^\\w[\\w\\-]*\\w$`, an anchored ECMAScript pattern in "
        "which `\\w` is ASCII only, and the user guide limits names to 255 characters; "
        "the service answers InvalidInputException. botocore does not check patterns, "
        "and Terraform matches the pattern unanchored, so `my.site` passes both and "
        "fails only at the service. sailcheck follows the model, so `_` at either end is "
        "fine. The user guide's claim that periods are allowed contradicts the model, so a "
        "name whose only fault is `.` is LS2006's warning; a `.` in a name with another fault "
        "is reported here.",
    .example_bad = R"({"distributionName": "my site", "origin": {"name": "-web-1"}})",
    .example_good = R"({"distributionName": "my-site", "origin": {"name": "web-1"}})",
};

using resource_name_syntax::is_name_char;
using resource_name_syntax::k_max_length;
using resource_name_syntax::label;

// `'.' (U+002E)`, or just `U+0009` when quoting the character alone would show nothing useful.
std::string describe_char(std::string_view s, const detail::utf8_char& ch, std::size_t pos) {
  if (!ch.valid)
    return fmt::format("the invalid UTF-8 byte 0x{:02X}", static_cast<unsigned char>(s[pos]));
  const auto cp = static_cast<std::uint32_t>(ch.code_point);
  if (cp < 0x20 || cp == 0x7F) return fmt::format("the control character U+{:04X}", cp);
  if (cp == ' ') return "a space";
  return fmt::format("{} (U+{:04X})", detail::quote(s.substr(pos, ch.length)), cp);
}

// The name with every disallowed character turned into '-', runs of '-' kept single and the ends
// trimmed: what `my.site` or `my site` most likely meant. Empty when that is no valid name or
// the name has characters outside ASCII.
std::string suggestion(std::string_view s) {
  std::string out;
  for (std::size_t pos = 0; pos < s.size();) {
    const detail::utf8_char ch = detail::decode_utf8(s, pos);
    pos += ch.length;
    if (ch.valid && is_name_char(ch.code_point)) {
      out += static_cast<char>(ch.code_point);
    } else if (!ch.valid || ch.code_point >= 0x80) {
      return {};  // `café` is not `caf-`: no guess for letters outside ASCII
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  std::size_t start = out.find_first_not_of('-');
  out.erase(0, start == std::string::npos ? out.size() : start);
  if (out.size() < 2 || out.size() > k_max_length) return {};
  return out;
}

class resource_name_rule final : public detail::rule {
 public:
  constexpr resource_name_rule() noexcept : rule(k_info) {}

  void on_value(detail::context& ctx, const boost::json::value& v) const override {
    const std::string_view s = v.get_string();
    if (resource_name_syntax::only_fault_is_period(s)) return;  // LS2006's
    const std::string_view what = label(ctx);
    constexpr std::string_view allowed = "ASCII letters, digits, '_' and '-'";

    if (s.empty()) {
      ctx.report(fmt::format("{} is empty; a name needs 2 to {} characters: {}", what, k_max_length,
                             allowed));
      return;
    }
    // The first character outside [A-Za-z0-9_-] is the most useful thing to point at.
    std::size_t position = 1;
    for (std::size_t pos = 0; pos < s.size(); ++position) {
      const detail::utf8_char ch = detail::decode_utf8(s, pos);
      if (!ch.valid || !is_name_char(ch.code_point)) {
        std::string message =
            fmt::format("{} {} has {} at position {}; only {} are allowed", what, detail::quote(s),
                        describe_char(s, ch, pos), position, allowed);
        if (std::string better = suggestion(s); !better.empty())
          message += fmt::format(": did you mean {}?", detail::quote(better));
        ctx.report(std::move(message));
        return;
      }
      pos += ch.length;
    }
    // Only ASCII from here on, so bytes are characters.
    if (s.size() > k_max_length) {
      ctx.report(
          fmt::format("{} {} is longer than {} characters", what, detail::quote(s), k_max_length));
      return;
    }
    if (s.size() < 2) {
      ctx.report(fmt::format("{} {} is too short; a name needs at least 2 characters", what,
                             detail::quote(s)));
      return;
    }
    const bool bad_start = s.front() == '-';
    const bool bad_end = s.back() == '-';
    if (bad_start || bad_end) {
      const std::string_view where = bad_start && bad_end ? "starts and ends"
                                     : bad_start          ? "starts"
                                                          : "ends";
      std::string message =
          fmt::format("{} {} {} with '-'; a name must start and end with a letter, digit or '_'",
                      what, detail::quote(s), where);
      if (std::string better = suggestion(s); !better.empty())
        message += fmt::format(": did you mean {}?", detail::quote(better));
      ctx.report(std::move(message));
    }
  }
};

}  // namespace

const detail::rule& resource_name() {
  static const resource_name_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
