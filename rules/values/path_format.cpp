// LS2020 path-format: `cacheBehaviors[i].path`: empty, longer than 255, whitespace or control
// characters, characters outside the path-pattern set (`A-Z a-z 0-9 _ - . * ? $ / ~ \" ' @ : + &`),
// a query string (a `?` followed later by `=`) or a fragment (`#`), backslashes, brace or bracket
// globs (`{a,b}`, `[ab]`), regex syntax (`^`, `(`, a vertical bar); the message says what the
// author probably meant. (`sitemap.*` is a plain glob, not regex.)

#include "model/request_model.hpp"
#include "registry.hpp"
#include "support/path_syntax.hpp"
#include "text.hpp"
#include "unicode.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sailcheck::rules {

namespace {

constexpr rule_info k_info{
    .code = "LS2020",
    .name = "path-format",
    .default_severity = severity::error,
    .summary =
        "`cacheBehaviors[i].path`: empty, longer than 255, whitespace or control characters, "
        "characters outside the path-pattern set (`A-Z a-z 0-9 _ - . * ? $ / ~ \" ' @ : + &`), a "
        "query string (a `?` followed later by `=`) or a fragment (`#`), backslashes, brace or "
        "bracket globs (`{a,b}`, `[ab]`), regex syntax (`^`, `(`, a vertical bar); the message "
        "says what the author probably meant. (`sitemap.*` is a plain glob, not regex.)",
    .rationale =
        "A Lightsail per-path behavior becomes a CloudFront cache behavior, whose path "
        "pattern is at most 255 characters from `A-Z a-z 0-9 _ - . * ? $ / ~ \" ' @ : + "
        "&` and is matched against the URL path only, with `*` as its wildcard (CloudFront "
        "PathPattern documentation; the Lightsail docs only show `*`). The model puts no "
        "pattern on `cacheBehaviors[i].path`, so regular expressions, shell globs, "
        "Windows separators and query strings pass every client and then either fail at "
        "the service or never match. The message translates the pattern into what the "
        "author probably meant.",
    .example_bad =
        R"({"cacheBehaviors": [{"path": "^/api/.*$", "behavior": "dont-cache"}, {"path": "images/{png,jpg}", "behavior": "cache"}]})",
    .example_good =
        R"({"cacheBehaviors": [{"path": "api/*", "behavior": "dont-cache"}, {"path": "images/*", "behavior": "cache"}]})",
};

constexpr std::size_t k_max_length = model::k_path_max_length;
constexpr std::size_t k_max_alternatives = 8;  // more is not a suggestion anyone wants to read

constexpr std::array<bool, 256> k_path_set = detail::byte_set(model::k_path_punctuation, true);

bool in_path_set(char c) noexcept { return k_path_set[static_cast<unsigned char>(c)]; }

bool all_in_path_set(std::string_view s) noexcept {
  return !s.empty() && std::all_of(s.begin(), s.end(), in_path_set);
}

// Paths compare without one leading '/' (RULES.md), and '**' means what '*' means.
std::string tidy(std::string s) {
  if (!s.empty() && s.front() == '/') s.erase(0, 1);
  std::string out;
  for (char c : s)
    if (!(c == '*' && !out.empty() && out.back() == '*')) out += c;
  return out;
}

// Globs as suggestions: each a clean pattern, duplicates dropped; none when any is not clean.
std::optional<std::vector<std::string>> clean(const std::vector<std::string>& globs, bool tidy_up) {
  std::vector<std::string> out;
  for (const std::string& g : globs) {
    std::string t = tidy_up ? tidy(g) : g;
    if (!all_in_path_set(t)) return std::nullopt;
    if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(std::move(t));
  }
  if (out.empty()) return std::nullopt;
  return out;
}

// Every combination of `prefixes` followed by one of `parts`; none when there would be too many.
bool multiply(std::vector<std::string>& prefixes, const std::vector<std::string>& parts) {
  if (prefixes.size() * parts.size() > k_max_alternatives) return false;
  std::vector<std::string> out;
  for (const std::string& p : prefixes)
    for (const std::string& q : parts) out.push_back(p + q);
  prefixes = std::move(out);
  return true;
}

void append_all(std::vector<std::string>& globs, std::string_view text) {
  for (std::string& g : globs) g += text;
}

// Reads a simple regular expression (anchors, literal text, `.*`, escapes, groups with
// alternatives) as the globs it stands for: `^/(css|js)/.*$` is `/css/*` and `/js/*`. Anything
// else (classes, `\d`, quantifiers) has no glob equivalent: no suggestion.
class regex_reader {
 public:
  explicit regex_reader(std::string_view s) noexcept : s_(s) {}

  std::optional<std::vector<std::string>> read() {
    std::optional<std::vector<std::string>> all = alternation(0);
    if (!all || i_ != s_.size()) return std::nullopt;
    return all;
  }

 private:
  std::optional<std::vector<std::string>> alternation(int depth) {
    std::vector<std::string> all;
    for (;;) {
      std::optional<std::vector<std::string>> seq = sequence(depth);
      if (!seq || all.size() + seq->size() > k_max_alternatives) return std::nullopt;
      all.insert(all.end(), seq->begin(), seq->end());
      if (i_ < s_.size() && s_[i_] == '|') {
        ++i_;
        continue;
      }
      return all;
    }
  }

  std::optional<std::vector<std::string>> sequence(int depth) {
    std::vector<std::string> out{std::string()};
    const std::size_t start = i_;
    while (i_ < s_.size()) {
      const char c = s_[i_];
      if (c == '|') break;
      if (c == ')') {
        if (depth == 0) return std::nullopt;
        break;
      }
      if (c == '^') {  // an anchor is only meaningful where an alternative starts
        if (i_ != start) return std::nullopt;
        ++i_;
      } else if (c == '$') {
        const bool at_end = i_ + 1 == s_.size() || s_[i_ + 1] == '|' || s_[i_ + 1] == ')';
        if (!at_end) return std::nullopt;
        ++i_;
      } else if (c == '(') {
        ++i_;
        if (s_.substr(i_, 2) == "?:") i_ += 2;
        std::optional<std::vector<std::string>> inner = alternation(depth + 1);
        if (!inner || i_ >= s_.size() || s_[i_] != ')') return std::nullopt;
        ++i_;
        if (i_ < s_.size() && (s_[i_] == '?' || s_[i_] == '*' || s_[i_] == '+'))
          return std::nullopt;
        if (!multiply(out, *inner)) return std::nullopt;
      } else if (c == '\\') {
        constexpr std::string_view escapable = ".?+*$()/[]{}|^-\\";
        if (i_ + 1 >= s_.size() || escapable.find(s_[i_ + 1]) == std::string_view::npos)
          return std::nullopt;
        append_all(out, s_.substr(i_ + 1, 1));
        i_ += 2;
      } else if (c == '.' && i_ + 1 < s_.size() && (s_[i_ + 1] == '*' || s_[i_ + 1] == '+')) {
        append_all(out, "*");
        i_ += 2;
        if (i_ < s_.size() && s_[i_] == '?') ++i_;  // lazy `.*?` matches the same set
      } else if (c == '?' || c == '+' || c == '[' || c == ']' || c == '{' || c == '}') {
        return std::nullopt;
      } else {
        // A lone `.` is meant literally (`index.html`), a lone `*` as the glob it resembles.
        const std::string_view literal = s_.substr(i_, 1);
        ++i_;
        if (i_ < s_.size() && s_[i_] == '?' && c != '*') {  // `api/?`: with and without
          ++i_;
          if (!multiply(out, {std::string(), std::string(literal)})) return std::nullopt;
        } else {
          append_all(out, literal);
        }
      }
    }
    return out;
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

// Shell-style braces and brackets as the globs they stand for. `exact` turns false when a
// bracket (a range, a negation, many characters) had to become `*`.
std::optional<std::vector<std::string>> expand_globs(std::string_view p, bool& exact) {
  std::vector<std::string> out{std::string()};
  for (std::size_t i = 0; i < p.size();) {
    const char c = p[i];
    if (c != '{' && c != '[') {
      append_all(out, p.substr(i, 1));
      ++i;
      continue;
    }
    const char close = c == '{' ? '}' : ']';
    const std::size_t end = p.find(close, i + 1);
    if (end == std::string_view::npos) return std::nullopt;
    const std::string_view inside = p.substr(i + 1, end - i - 1);
    if (inside.find_first_of("{[") != std::string_view::npos) return std::nullopt;
    std::vector<std::string> parts;
    if (c == '{') {
      for (std::size_t from = 0;;) {
        const std::size_t comma = inside.find(',', from);
        parts.emplace_back(
            inside.substr(from, comma == std::string_view::npos ? comma : comma - from));
        if (comma == std::string_view::npos) break;
        from = comma + 1;
      }
    } else if (!inside.empty() && inside.size() <= 4 &&
               inside.find_first_of("-!^") == std::string_view::npos) {
      for (char member : inside) parts.emplace_back(1, member);
    } else {
      parts.emplace_back("*");
      exact = false;
    }
    if (!multiply(out, parts)) return std::nullopt;
    i = end + 1;
  }
  return out;
}

constexpr std::string_view k_number_words[] = {"",     "one", "two",   "three", "four",
                                               "five", "six", "seven", "eight"};

std::string listing(const std::vector<std::string>& globs) {
  std::vector<std::string_view> views(globs.begin(), globs.end());
  return detail::quoted_list(views, " and ");
}

bool is_space_char(char32_t cp) noexcept {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         detail::classify(cp) == detail::char_class::space;
}

std::string trim(std::string_view s) {
  std::size_t begin = 0;
  std::size_t end = s.size();
  while (begin < end) {
    const detail::utf8_char ch = detail::decode_utf8(s, begin);
    if (!ch.valid || !is_space_char(ch.code_point)) break;
    begin += ch.length;
  }
  // Scan forward for the last non-space character: UTF-8 cannot be decoded backwards cheaply.
  std::size_t last_end = begin;
  for (std::size_t pos = begin; pos < end;) {
    const detail::utf8_char ch = detail::decode_utf8(s, pos);
    pos += ch.length;
    if (!ch.valid || !is_space_char(ch.code_point)) last_end = pos;
  }
  return std::string(s.substr(begin, last_end - begin));
}

struct finding {
  std::string message;
  std::optional<std::string> replacement;  // a fix, when the intent is clear
};

std::optional<finding> analyze(std::string_view p);

// Whether `candidate` would pass this rule: only such values are suggested or offered as a fix.
bool is_clean(std::string_view candidate) { return !candidate.empty() && !analyze(candidate); }

std::optional<finding> regex_finding(std::string_view p) {
  std::string message = fmt::format(
      "path {} looks like a regular expression, but a path pattern is a glob in which '*' matches "
      "any characters",
      detail::quote(p));
  std::optional<std::vector<std::string>> globs = regex_reader(p).read();
  if (globs) globs = clean(*globs, true);
  if (!globs) return finding{message + "; write the pattern with '*', e.g. 'api/*' or '*.css'", {}};
  if (globs->size() == 1)
    return finding{fmt::format("{}: did you mean {}?", message, detail::quote(globs->front())), {}};
  return finding{fmt::format("{}: add {} behaviors, {}", message, k_number_words[globs->size()],
                             listing(*globs)),
                 {}};
}

std::optional<finding> glob_finding(std::string_view p, char c) {
  const std::string_view kind = c == '{' ? "a brace glob" : "a bracket expression";
  std::string message =
      fmt::format("path {} uses {}, which path patterns do not support", detail::quote(p), kind);
  bool exact = true;
  std::optional<std::vector<std::string>> globs = expand_globs(p, exact);
  if (globs) globs = clean(*globs, false);
  if (globs && globs->size() == 1)
    return finding{fmt::format("{}: did you mean {}?", message, detail::quote(globs->front())), {}};
  if (globs && exact)
    return finding{fmt::format("{}: add {} behaviors, {}", message, k_number_words[globs->size()],
                               listing(*globs)),
                   {}};
  if (c == '{') return finding{message + ": add one behavior per alternative", {}};
  return finding{message + ": match any characters with '*' instead", {}};
}

// Bytes of a pattern that is plainly fine, like 'images/*': the path set without '?' and '$',
// which need a second look (a query string, a regex anchor).
constexpr std::array<bool, 256> k_plain = detail::byte_set(model::k_path_punctuation, true, "?$");

std::optional<finding> analyze(std::string_view p) {
  // The common case in one pass over a table, building nothing: every check below passes.
  if (!p.empty() && p.size() <= k_max_length && std::all_of(p.begin(), p.end(), [](char c) {
        return k_plain[static_cast<unsigned char>(c)];
      }))
    return std::nullopt;
  if (p.empty())
    return finding{
        "path is empty; give the URL path the behavior applies to, e.g. 'images/*' or "
        "'index.html'",
        {}};
  if (path_syntax::looks_like_regex(p)) return regex_finding(p);
  if (p.find('{') != std::string_view::npos) return glob_finding(p, '{');
  if (p.find('[') != std::string_view::npos) return glob_finding(p, '[');

  if (p.find('\\') != std::string_view::npos) {
    std::string slashed(p);
    std::replace(slashed.begin(), slashed.end(), '\\', '/');
    std::string message =
        fmt::format("path {} uses '\\', but URL paths are separated by '/'", detail::quote(p));
    if (!is_clean(slashed)) return finding{std::move(message), {}};
    return finding{fmt::format("{}: did you mean {}?", message, detail::quote(slashed)), slashed};
  }

  if (const std::size_t q = path_syntax::query_start(p); q != std::string_view::npos) {
    std::string message = fmt::format(
        "path {} contains the query string {}; query strings are not part of a path pattern "
        "(forwardedQueryStrings decides which reach the origin)",
        detail::quote(p), detail::quote(p.substr(q)));
    if (is_clean(p.substr(0, q)))
      message += fmt::format(": did you mean {}?", detail::quote(p.substr(0, q)));
    return finding{std::move(message), {}};
  }
  if (const std::size_t hash = p.find('#'); hash != std::string_view::npos) {
    std::string message = fmt::format(
        "path {} contains the fragment {}; browsers never send a fragment, so the pattern cannot "
        "match",
        detail::quote(p), detail::quote(p.substr(hash)));
    if (is_clean(p.substr(0, hash)))
      message += fmt::format(": did you mean {}?", detail::quote(p.substr(0, hash)));
    return finding{std::move(message), {}};
  }

  std::size_t position = 1;
  for (std::size_t pos = 0; pos < p.size(); ++position) {
    const detail::utf8_char ch = detail::decode_utf8(p, pos);
    if (ch.valid && ch.code_point < 0x80 && in_path_set(static_cast<char>(ch.code_point))) {
      pos += ch.length;
      continue;
    }
    const auto cp = static_cast<std::uint32_t>(ch.code_point);
    if (ch.valid && is_space_char(ch.code_point)) {
      std::string trimmed = trim(p);
      if (trimmed.empty())
        return finding{fmt::format("path {} is blank; give the URL path the behavior applies to, "
                                   "e.g. 'images/*' or 'index.html'",
                                   detail::quote(p)),
                       {}};
      if (trimmed.size() != p.size() && is_clean(trimmed)) {
        const bool leading = pos == 0;
        const bool trailing = !p.ends_with(trimmed);
        const std::string_view where = leading && trailing ? "start and end"
                                       : leading           ? "start"
                                                           : "end";
        return finding{fmt::format("path {} has whitespace at its {}: did you mean {}?",
                                   detail::quote(p), where, detail::quote(trimmed)),
                       trimmed};
      }
      const std::string what =
          cp == ' ' ? std::string("a space") : fmt::format("the whitespace character U+{:04X}", cp);
      return finding{fmt::format("path {} has {} at position {}; path patterns cannot contain "
                                 "whitespace: match it with '*'",
                                 detail::quote(p), what, position),
                     {}};
    }
    if (!ch.valid)
      return finding{fmt::format("path {} has the invalid UTF-8 byte 0x{:02X} at position {}",
                                 detail::quote(p), static_cast<unsigned char>(p[pos]), position),
                     {}};
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
      return finding{fmt::format("path {} has the control character U+{:04X} at position {}; "
                                 "path patterns cannot contain control characters",
                                 detail::quote(p), cp, position),
                     {}};
    return finding{
        fmt::format("path {} has {} (U+{:04X}) at position {}; path patterns allow "
                    "only A-Z, a-z, 0-9 and _ - . * ? $ / ~ \" ' @ : + &",
                    detail::quote(p), detail::quote(p.substr(pos, ch.length)), cp, position),
        {}};
  }
  if (p.size() > k_max_length)
    return finding{
        fmt::format("path {} is longer than {} characters", detail::quote(p), k_max_length), {}};
  return std::nullopt;
}

class path_format_rule final : public detail::rule {
 public:
  constexpr path_format_rule() noexcept : rule(k_info) {}

  void on_value(detail::context& ctx, const boost::json::value& v) const override {
    std::optional<finding> f = analyze(v.get_string());
    if (!f) return;
    std::optional<fix> fx;
    if (f->replacement)
      fx = fix{fix::operation::replace,
               ctx.where().render(),
               {},
               boost::json::value(*f->replacement),
               fmt::format("write {}", detail::quote(*f->replacement))};
    ctx.report(std::move(f->message), std::move(fx));
  }
};

}  // namespace

namespace path_syntax {

// The `?` that starts a query string: the first `?`, when a `=` follows it somewhere.
std::size_t query_start(std::string_view p) noexcept {
  const std::size_t q = p.find('?');
  if (q == std::string_view::npos || p.find('=', q + 1) == std::string_view::npos)
    return std::string_view::npos;
  return q;
}

// Regex syntax no path pattern has: an anchor, a group, alternation, an escape of a regex
// metacharacter (`\.`; a backslash before a letter is a Windows separator), or `.*` anchored
// with `$`. A plain `sitemap.*` is a glob.
bool looks_like_regex(std::string_view p) noexcept {
  // One pass for the bytes every test below needs (find_first_of would search its set once per
  // byte of the path): without them no test can pass.
  static constexpr std::array<bool, 256> k_marks = detail::byte_set("^(|\\");
  bool backslash = false;
  for (const char c : p) {
    if (!k_marks[static_cast<unsigned char>(c)]) continue;
    if (c != '\\') return true;
    backslash = true;
  }
  if (!backslash && !p.ends_with('$')) return false;
  constexpr std::string_view escaped = ".?+$()/[]{}|^";
  for (std::size_t i = p.find('\\'); i != std::string_view::npos && i + 1 < p.size();
       i = p.find('\\', i + 1))
    if (escaped.find(p[i + 1]) != std::string_view::npos) return true;
  return p.size() > 1 && p.back() == '$' &&
         (p.find(".*") != std::string_view::npos || p.find(".+") != std::string_view::npos);
}

}  // namespace path_syntax

const detail::rule& path_format() {
  static const path_format_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
