// LS2010 tag-key-format: tag key must be 1..128 characters (code points) of Unicode letters,
// numbers, spaces, and `+ - = . _ : / @`

#include "model/request_model.hpp"
#include "registry.hpp"
#include "support/tag_text.hpp"
#include "text.hpp"
#include "unicode.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace sailcheck::rules {

namespace {

constexpr rule_info k_info{
    .code = "LS2010",
    .name = "tag-key-format",
    .default_severity = severity::error,
    .summary =
        "tag key must be 1..128 characters (code points) of Unicode letters, numbers, spaces, and "
        "`+ - = . _ : / @`",
    .rationale =
        "The Tag.key documentation of the Lightsail model, the API reference and the "
        "user guide's tag restrictions allow 1 to 128 Unicode letters, numbers, spaces "
        "and `+ - = . _ : / @` in `tags[i].key`; the service rejects anything else with "
        "InvalidInputException, and CloudFormation requires a non-empty key. Characters "
        "are code points classified by Unicode 15.0 general category (L*, N*, Z*), so "
        "combining marks (M*) are not letters: a decomposed `e` + U+0301 fails where "
        "the precomposed `é` passes, and the fix writes the precomposed form.",
    .example_bad = R"({"tags": [{"key": "cost center#1", "value": "shop"}]})",
    .example_good = R"({"tags": [{"key": "cost-center-1", "value": "shop"}]})",
};

constexpr std::size_t k_max_key_chars = model::k_tag_key_max_chars;

// Canonical compositions of an ASCII letter and a combining mark into a Latin letter below
// U+0250: the cases a tag written on a Latin keyboard runs into (café, Müller, São). Generated
// from the Unicode Character Database (primary composites, decomposition = base + mark);
// composition pairs never change between versions (Unicode stability policy). Other bases get
// the generic NFC advice.
struct composition {
  char base;
  std::uint16_t mark;
  std::uint16_t composed;
};
constexpr composition k_latin_compositions[] = {
    {'A', 0x0300, 0x00C0}, {'A', 0x0301, 0x00C1}, {'A', 0x0302, 0x00C2}, {'A', 0x0303, 0x00C3},
    {'A', 0x0304, 0x0100}, {'A', 0x0306, 0x0102}, {'A', 0x0307, 0x0226}, {'A', 0x0308, 0x00C4},
    {'A', 0x030A, 0x00C5}, {'A', 0x030C, 0x01CD}, {'A', 0x030F, 0x0200}, {'A', 0x0311, 0x0202},
    {'A', 0x0328, 0x0104}, {'C', 0x0301, 0x0106}, {'C', 0x0302, 0x0108}, {'C', 0x0307, 0x010A},
    {'C', 0x030C, 0x010C}, {'C', 0x0327, 0x00C7}, {'D', 0x030C, 0x010E}, {'E', 0x0300, 0x00C8},
    {'E', 0x0301, 0x00C9}, {'E', 0x0302, 0x00CA}, {'E', 0x0304, 0x0112}, {'E', 0x0306, 0x0114},
    {'E', 0x0307, 0x0116}, {'E', 0x0308, 0x00CB}, {'E', 0x030C, 0x011A}, {'E', 0x030F, 0x0204},
    {'E', 0x0311, 0x0206}, {'E', 0x0327, 0x0228}, {'E', 0x0328, 0x0118}, {'G', 0x0301, 0x01F4},
    {'G', 0x0302, 0x011C}, {'G', 0x0306, 0x011E}, {'G', 0x0307, 0x0120}, {'G', 0x030C, 0x01E6},
    {'G', 0x0327, 0x0122}, {'H', 0x0302, 0x0124}, {'H', 0x030C, 0x021E}, {'I', 0x0300, 0x00CC},
    {'I', 0x0301, 0x00CD}, {'I', 0x0302, 0x00CE}, {'I', 0x0303, 0x0128}, {'I', 0x0304, 0x012A},
    {'I', 0x0306, 0x012C}, {'I', 0x0307, 0x0130}, {'I', 0x0308, 0x00CF}, {'I', 0x030C, 0x01CF},
    {'I', 0x030F, 0x0208}, {'I', 0x0311, 0x020A}, {'I', 0x0328, 0x012E}, {'J', 0x0302, 0x0134},
    {'K', 0x030C, 0x01E8}, {'K', 0x0327, 0x0136}, {'L', 0x0301, 0x0139}, {'L', 0x030C, 0x013D},
    {'L', 0x0327, 0x013B}, {'N', 0x0300, 0x01F8}, {'N', 0x0301, 0x0143}, {'N', 0x0303, 0x00D1},
    {'N', 0x030C, 0x0147}, {'N', 0x0327, 0x0145}, {'O', 0x0300, 0x00D2}, {'O', 0x0301, 0x00D3},
    {'O', 0x0302, 0x00D4}, {'O', 0x0303, 0x00D5}, {'O', 0x0304, 0x014C}, {'O', 0x0306, 0x014E},
    {'O', 0x0307, 0x022E}, {'O', 0x0308, 0x00D6}, {'O', 0x030B, 0x0150}, {'O', 0x030C, 0x01D1},
    {'O', 0x030F, 0x020C}, {'O', 0x0311, 0x020E}, {'O', 0x031B, 0x01A0}, {'O', 0x0328, 0x01EA},
    {'R', 0x0301, 0x0154}, {'R', 0x030C, 0x0158}, {'R', 0x030F, 0x0210}, {'R', 0x0311, 0x0212},
    {'R', 0x0327, 0x0156}, {'S', 0x0301, 0x015A}, {'S', 0x0302, 0x015C}, {'S', 0x030C, 0x0160},
    {'S', 0x0326, 0x0218}, {'S', 0x0327, 0x015E}, {'T', 0x030C, 0x0164}, {'T', 0x0326, 0x021A},
    {'T', 0x0327, 0x0162}, {'U', 0x0300, 0x00D9}, {'U', 0x0301, 0x00DA}, {'U', 0x0302, 0x00DB},
    {'U', 0x0303, 0x0168}, {'U', 0x0304, 0x016A}, {'U', 0x0306, 0x016C}, {'U', 0x0308, 0x00DC},
    {'U', 0x030A, 0x016E}, {'U', 0x030B, 0x0170}, {'U', 0x030C, 0x01D3}, {'U', 0x030F, 0x0214},
    {'U', 0x0311, 0x0216}, {'U', 0x031B, 0x01AF}, {'U', 0x0328, 0x0172}, {'W', 0x0302, 0x0174},
    {'Y', 0x0301, 0x00DD}, {'Y', 0x0302, 0x0176}, {'Y', 0x0304, 0x0232}, {'Y', 0x0308, 0x0178},
    {'Z', 0x0301, 0x0179}, {'Z', 0x0307, 0x017B}, {'Z', 0x030C, 0x017D}, {'a', 0x0300, 0x00E0},
    {'a', 0x0301, 0x00E1}, {'a', 0x0302, 0x00E2}, {'a', 0x0303, 0x00E3}, {'a', 0x0304, 0x0101},
    {'a', 0x0306, 0x0103}, {'a', 0x0307, 0x0227}, {'a', 0x0308, 0x00E4}, {'a', 0x030A, 0x00E5},
    {'a', 0x030C, 0x01CE}, {'a', 0x030F, 0x0201}, {'a', 0x0311, 0x0203}, {'a', 0x0328, 0x0105},
    {'c', 0x0301, 0x0107}, {'c', 0x0302, 0x0109}, {'c', 0x0307, 0x010B}, {'c', 0x030C, 0x010D},
    {'c', 0x0327, 0x00E7}, {'d', 0x030C, 0x010F}, {'e', 0x0300, 0x00E8}, {'e', 0x0301, 0x00E9},
    {'e', 0x0302, 0x00EA}, {'e', 0x0304, 0x0113}, {'e', 0x0306, 0x0115}, {'e', 0x0307, 0x0117},
    {'e', 0x0308, 0x00EB}, {'e', 0x030C, 0x011B}, {'e', 0x030F, 0x0205}, {'e', 0x0311, 0x0207},
    {'e', 0x0327, 0x0229}, {'e', 0x0328, 0x0119}, {'g', 0x0301, 0x01F5}, {'g', 0x0302, 0x011D},
    {'g', 0x0306, 0x011F}, {'g', 0x0307, 0x0121}, {'g', 0x030C, 0x01E7}, {'g', 0x0327, 0x0123},
    {'h', 0x0302, 0x0125}, {'h', 0x030C, 0x021F}, {'i', 0x0300, 0x00EC}, {'i', 0x0301, 0x00ED},
    {'i', 0x0302, 0x00EE}, {'i', 0x0303, 0x0129}, {'i', 0x0304, 0x012B}, {'i', 0x0306, 0x012D},
    {'i', 0x0308, 0x00EF}, {'i', 0x030C, 0x01D0}, {'i', 0x030F, 0x0209}, {'i', 0x0311, 0x020B},
    {'i', 0x0328, 0x012F}, {'j', 0x0302, 0x0135}, {'j', 0x030C, 0x01F0}, {'k', 0x030C, 0x01E9},
    {'k', 0x0327, 0x0137}, {'l', 0x0301, 0x013A}, {'l', 0x030C, 0x013E}, {'l', 0x0327, 0x013C},
    {'n', 0x0300, 0x01F9}, {'n', 0x0301, 0x0144}, {'n', 0x0303, 0x00F1}, {'n', 0x030C, 0x0148},
    {'n', 0x0327, 0x0146}, {'o', 0x0300, 0x00F2}, {'o', 0x0301, 0x00F3}, {'o', 0x0302, 0x00F4},
    {'o', 0x0303, 0x00F5}, {'o', 0x0304, 0x014D}, {'o', 0x0306, 0x014F}, {'o', 0x0307, 0x022F},
    {'o', 0x0308, 0x00F6}, {'o', 0x030B, 0x0151}, {'o', 0x030C, 0x01D2}, {'o', 0x030F, 0x020D},
    {'o', 0x0311, 0x020F}, {'o', 0x031B, 0x01A1}, {'o', 0x0328, 0x01EB}, {'r', 0x0301, 0x0155},
    {'r', 0x030C, 0x0159}, {'r', 0x030F, 0x0211}, {'r', 0x0311, 0x0213}, {'r', 0x0327, 0x0157},
    {'s', 0x0301, 0x015B}, {'s', 0x0302, 0x015D}, {'s', 0x030C, 0x0161}, {'s', 0x0326, 0x0219},
    {'s', 0x0327, 0x015F}, {'t', 0x030C, 0x0165}, {'t', 0x0326, 0x021B}, {'t', 0x0327, 0x0163},
    {'u', 0x0300, 0x00F9}, {'u', 0x0301, 0x00FA}, {'u', 0x0302, 0x00FB}, {'u', 0x0303, 0x0169},
    {'u', 0x0304, 0x016B}, {'u', 0x0306, 0x016D}, {'u', 0x0308, 0x00FC}, {'u', 0x030A, 0x016F},
    {'u', 0x030B, 0x0171}, {'u', 0x030C, 0x01D4}, {'u', 0x030F, 0x0215}, {'u', 0x0311, 0x0217},
    {'u', 0x031B, 0x01B0}, {'u', 0x0328, 0x0173}, {'w', 0x0302, 0x0175}, {'y', 0x0301, 0x00FD},
    {'y', 0x0302, 0x0177}, {'y', 0x0304, 0x0233}, {'y', 0x0308, 0x00FF}, {'z', 0x0301, 0x017A},
    {'z', 0x0307, 0x017C}, {'z', 0x030C, 0x017E},
};

std::optional<char32_t> compose(char32_t base, char32_t mark) noexcept {
  for (const composition& c : k_latin_compositions)
    if (static_cast<char32_t>(static_cast<unsigned char>(c.base)) == base &&
        static_cast<char32_t>(c.mark) == mark)
      return static_cast<char32_t>(c.composed);
  return std::nullopt;
}

bool is_allowed(char32_t cp) noexcept {
  switch (detail::classify(cp)) {
    case detail::char_class::letter:
    case detail::char_class::number:
    case detail::char_class::space:
      return true;
    case detail::char_class::mark:
    case detail::char_class::other:
      break;
  }
  return cp < 0x80 &&
         model::k_tag_punctuation.find(static_cast<char>(cp)) != std::string_view::npos;
}

std::string code_point(char32_t cp) {
  return fmt::format("U+{:04X}", static_cast<std::uint32_t>(cp));
}

std::string describe(std::string_view text, std::size_t pos, const detail::utf8_char& ch) {
  if (!ch.valid)
    return fmt::format("the invalid UTF-8 byte 0x{:02X}", static_cast<unsigned char>(text[pos]));
  const char32_t cp = ch.code_point;
  if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) return "the control character " + code_point(cp);
  return fmt::format("{} ({})", detail::quote(text.substr(pos, ch.length)), code_point(cp));
}

class tag_key_format_rule final : public detail::rule {
 public:
  constexpr tag_key_format_rule() noexcept : rule(k_info) {}

  void on_value(detail::context& ctx, const boost::json::value& v) const override {
    const std::string_view s = v.get_string();
    if (s.empty()) {
      ctx.report(fmt::format("tag key is empty; a key needs 1 to {} characters", k_max_key_chars));
      return;
    }
    std::optional<std::string> message = tag_text::problem(s, k_max_key_chars, "tag key");
    if (!message) return;
    std::optional<fix> f;
    // Offered only when composing the marks is all it takes.
    if (std::optional<std::string> nfc = tag_text::composed(s);
        nfc && !tag_text::problem(*nfc, k_max_key_chars, "tag key"))
      f = fix{fix::operation::replace,
              ctx.where().render(),
              {},
              boost::json::value(*nfc),
              fmt::format("write {} in precomposed (NFC) form", detail::quote(*nfc))};
    ctx.report(std::move(*message), std::move(f));
  }
};

}  // namespace

namespace tag_text {

// The first thing wrong with a non-empty tag key or value: a character outside the set (a
// combining mark gets the precomposed form to write instead), or the length in code points.
std::optional<std::string> problem(std::string_view text, std::size_t max_chars,
                                   std::string_view noun) {
  // Nearly every key and value is ASCII letters, digits, spaces and the punctuation: one byte is
  // one allowed character, so a table pass and the length settle it.
  static constexpr std::array<bool, 256> k_plain = [] {
    std::array<bool, 256> t = detail::byte_set(model::k_tag_punctuation, true);
    t[' '] = true;
    return t;
  }();
  if (text.size() <= max_chars && std::all_of(text.begin(), text.end(), [&](char c) {
        return k_plain[static_cast<unsigned char>(c)];
      }))
    return std::nullopt;
  std::size_t position = 1;
  char32_t previous = 0;
  std::size_t previous_pos = 0;
  std::size_t previous_len = 0;
  for (std::size_t pos = 0; pos < text.size(); ++position) {
    const detail::utf8_char ch = detail::decode_utf8(text, pos);
    if (ch.valid && is_allowed(ch.code_point)) {
      previous = ch.code_point;
      previous_pos = pos;
      previous_len = ch.length;
      pos += ch.length;
      continue;
    }
    if (!ch.valid || detail::classify(ch.code_point) != detail::char_class::mark)
      return fmt::format(
          "{} {} has {} at position {}; allowed are Unicode letters, numbers, "
          "spaces and '+ - = . _ : / @'",
          noun, detail::quote(text), describe(text, pos, ch), position);
    std::string message = fmt::format(
        "{} {} has the combining mark {} at position {}; combining "
        "marks are not allowed",
        noun, detail::quote(text), code_point(ch.code_point), position);
    if (position == 1) return message + ": remove it";
    if (std::optional<char32_t> c = compose(previous, ch.code_point)) {
      std::string single;
      detail::append_utf8(single, *c);
      return fmt::format("{}: write the precomposed (NFC) form {} ({}) instead of {} + {}", message,
                         detail::quote(single), code_point(*c),
                         detail::quote(text.substr(previous_pos, previous_len)),
                         code_point(ch.code_point));
    }
    return message + ": write the text in precomposed (NFC) form";
  }
  const std::size_t chars = position - 1;
  if (chars > max_chars)
    return fmt::format("{} {} is longer than {} characters", noun, detail::quote(text), max_chars);
  return std::nullopt;
}

// `text` with every combining mark folded into the letter before it, when each one can be
// (from the table above) and at least one is there; otherwise nothing to offer.
std::optional<std::string> composed(std::string_view text) {
  std::string out;
  bool changed = false;
  std::optional<char32_t> pending;  // the last base letter, not yet written
  for (std::size_t pos = 0; pos < text.size();) {
    const detail::utf8_char ch = detail::decode_utf8(text, pos);
    if (!ch.valid) return std::nullopt;
    pos += ch.length;
    if (detail::classify(ch.code_point) == detail::char_class::mark) {
      if (!pending) return std::nullopt;
      std::optional<char32_t> c = compose(*pending, ch.code_point);
      if (!c) return std::nullopt;
      pending = *c;
      changed = true;
      continue;
    }
    if (pending) detail::append_utf8(out, *pending);
    pending = ch.code_point;
  }
  if (pending) detail::append_utf8(out, *pending);
  if (!changed) return std::nullopt;
  return out;
}

}  // namespace tag_text

const detail::rule& tag_key_format() {
  static const tag_key_format_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
