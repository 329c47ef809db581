// LS4013 tag-key-case-collision: tag keys that differ only in letter case, compared with Unicode
// simple case folding (identical keys are LS3006 instead)

#include "registry.hpp"
#include "text.hpp"
#include "unicode.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace sailcheck::rules {
namespace {

namespace json = boost::json;

constexpr rule_info k_info{
    .code = "LS4013",
    .name = "tag-key-case-collision",
    .default_severity = severity::info,
    .summary =
        "tag keys that differ only in letter case, compared with Unicode simple case folding "
        "(identical keys are LS3006 instead)",
    .rationale =
        "Tag keys (`tags[i].key`) are case-sensitive (Lightsail user guide, tag "
        "restrictions), so `Env` and `env` are two tags that cost-allocation reports and "
        "tag-based access policies treat separately, which is rarely intended. Keys are "
        "compared code point by code point with Unicode simple case folding (CaseFolding.txt "
        "statuses C and S, Unicode 15.0.0), so `Ärger` and `ärger`, `ΣΟΦΙΑ` and `σοφια`, or "
        "the Kelvin sign `K` and `k` collide; foldings that change the length (full folding: "
        "`Straße` and `STRASSE`) and Turkic dotted and dotless i are not applied. Reported at "
        "the first key of each other spelling.",
    .example_bad =
        R"({"tags": [{"key": "Env", "value": "prod"}, {"key": "env", "value": "prod"}]})",
    .example_good =
        R"({"tags": [{"key": "env", "value": "prod"}, {"key": "team", "value": "web"}]})",
};

// The next code point of `s` from `pos`, simply case folded; an invalid UTF-8 byte becomes a
// value above U+10FFFF, so it equals only the same byte.
char32_t next_folded(std::string_view s, std::size_t& pos) noexcept {
  const detail::utf8_char ch = detail::decode_utf8(s, pos);
  pos += ch.length;
  return ch.valid ? detail::simple_fold(ch.code_point)
                  : static_cast<char32_t>(0x110000 + ch.code_point);
}

// Negative, zero or positive like `compare`, on the simply folded code points: folds while
// comparing, so the pairwise check allocates nothing.
int icompare_folded(std::string_view a, std::string_view b) noexcept {
  std::size_t i = 0;
  std::size_t j = 0;
  // Tag keys are nearly always ASCII: fold bytes in a tight loop, decoding only from the first
  // non-ASCII byte on (the sort of 50 keys compares a few hundred pairs).
  while (i < a.size() && i < b.size()) {
    const auto x = static_cast<unsigned char>(a[i]);
    const auto y = static_cast<unsigned char>(b[i]);
    if ((x | y) >= 0x80) break;
    const unsigned char fx = x >= 'A' && x <= 'Z' ? x + ('a' - 'A') : x;
    const unsigned char fy = y >= 'A' && y <= 'Z' ? y + ('a' - 'A') : y;
    if (fx != fy) return fx < fy ? -1 : 1;
    ++i;
  }
  j = i;
  while (i < a.size() && j < b.size()) {
    const char32_t x = next_folded(a, i);
    const char32_t y = next_folded(b, j);
    if (x != y) return x < y ? -1 : 1;
  }
  if (i < a.size()) return 1;
  return j < b.size() ? -1 : 0;
}

// FNV-1a of the simply folded code points: equal for keys icompare_folded calls equal.
std::uint64_t folded_hash(std::string_view s) noexcept {
  std::uint64_t h = 14695981039346656037ull;
  auto mix = [&h](std::uint32_t v) { h = (h ^ v) * 1099511628211ull; };
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) break;
    mix(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    ++i;
  }
  while (i < s.size()) mix(static_cast<std::uint32_t>(next_folded(s, i)));
  return h;
}

struct tag_key {
  std::string_view key;
  std::size_t index;       // of the tag in `tags`
  std::uint64_t hash = 0;  // folded_hash(key)
};

struct finding {
  tag_key second;  // the first tag with another spelling
  tag_key first;   // the earliest tag of the group
};

class tag_key_case_collision_rule final : public detail::rule {
 public:
  constexpr tag_key_case_collision_rule() noexcept : rule(k_info) {}

  void on_document(detail::context& ctx) const override {
    const json::array* tags = ctx.array(field::tags);
    if (!tags || tags->size() < 2) return;
    if (tags->size() <= k_pairwise_limit) return check_pairwise(ctx, *tags);
    std::vector<tag_key> keys;
    keys.reserve(tags->size());
    for (std::size_t i = 0; i < tags->size(); ++i) {
      const json::object* o = (*tags)[i].if_object();
      const json::value* k = o ? o->if_contains("key") : nullptr;
      if (const json::string* s = k ? k->if_string() : nullptr)
        keys.push_back({*s, i, folded_hash(*s)});
    }

    // Sorting by (hash of the folded key, folded key, exact key, index) puts each folded group
    // together, and within it each exact spelling together with its first occurrence first:
    // O(n log n), and most comparisons compare two hashes instead of two keys. The groups'
    // order does not matter: findings are reported in document order.
    std::sort(keys.begin(), keys.end(), [](const tag_key& a, const tag_key& b) {
      if (a.hash != b.hash) return a.hash < b.hash;
      if (const int c = icompare_folded(a.key, b.key); c != 0) return c < 0;
      if (a.key != b.key) return a.key < b.key;
      return a.index < b.index;
    });

    std::vector<finding> findings;
    for (std::size_t begin = 0; begin < keys.size();) {
      std::size_t end = begin + 1;
      while (end < keys.size() && keys[begin].hash == keys[end].hash &&
             icompare_folded(keys[begin].key, keys[end].key) == 0)
        ++end;
      // Only the first occurrence of each spelling counts (it heads its run); repeats of one
      // spelling are LS3006's. The group's earliest tag is the one the others are compared to.
      auto heads_run = [&](std::size_t i) { return i == begin || keys[i].key != keys[i - 1].key; };
      std::size_t earliest = begin;
      for (std::size_t i = begin + 1; i < end; ++i)
        if (heads_run(i) && keys[i].index < keys[earliest].index) earliest = i;
      for (std::size_t i = begin; i < end; ++i)
        if (heads_run(i) && i != earliest) findings.push_back({keys[i], keys[earliest]});
      begin = end;
    }

    // Report in document order, so output does not depend on the sort.
    std::sort(findings.begin(), findings.end(),
              [](const finding& a, const finding& b) { return a.second.index < b.second.index; });
    for (const finding& f : findings) report(ctx, f.second, f.first);
  }

 private:
  // Real payloads have a handful of tags: compare them pairwise, without allocating. Same
  // findings as the sort: each first occurrence of a spelling, against the earliest tag whose
  // key folds to the same text.
  static constexpr std::size_t k_pairwise_limit = 16;

  static void check_pairwise(detail::context& ctx, const json::array& tags) {
    auto key_of = [&tags](std::size_t i) -> const json::string* {
      const json::object* o = tags[i].if_object();
      const json::value* k = o ? o->if_contains("key") : nullptr;
      return k ? k->if_string() : nullptr;
    };
    for (std::size_t i = 1; i < tags.size(); ++i) {
      const json::string* key = key_of(i);
      if (!key) continue;
      std::optional<std::size_t> earliest;
      bool repeat = false;
      for (std::size_t j = 0; j < i && !repeat; ++j) {
        const json::string* other = key_of(j);
        if (!other || icompare_folded(*key, *other) != 0) continue;
        repeat = *other == *key;
        if (!earliest) earliest = j;
      }
      if (repeat || !earliest) continue;
      report(ctx, {*key, i}, {*key_of(*earliest), *earliest});
    }
  }

  static void report(detail::context& ctx, const tag_key& at_key, const tag_key& first_key) {
    detail::path at = ctx.path_of(field::tags);
    at.push_index(at_key.index);
    at.push_key("key");
    ctx.report_at(at, fmt::format("tag key {} differs from tag key {} only in letter case; tag "
                                  "keys are case-sensitive, so these are two different tags: "
                                  "use one spelling",
                                  detail::quote(at_key.key), detail::quote(first_key.key)));
    detail::path first = ctx.path_of(field::tags);
    first.push_index(first_key.index);
    first.push_key("key");
    ctx.relate(first, fmt::format("tag key {}", detail::quote(first_key.key)));
  }
};

}  // namespace

const detail::rule& tag_key_case_collision() {
  static const tag_key_case_collision_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
