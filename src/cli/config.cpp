#include "cli/config.hpp"

#include "cli/glob.hpp"
#include "cli/jsonc.hpp"
#include "json_kind.hpp"
#include "json_pointer.hpp"
#include "source_map.hpp"
#include "suggest.hpp"
#include "text.hpp"

#include <sailcheck/linter.hpp>

#include <fmt/format.h>
#include <boost/json/parser.hpp>
#include <boost/json/value.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <span>
#include <system_error>

namespace sailcheck::cli {
namespace {

namespace json = boost::json;
namespace fs = std::filesystem;

constexpr std::string_view k_top_keys[] = {"$schema",      "select",       "ignore",
                                           "severity",     "fail-level",   "exclude",
                                           "suppress",     "max-findings", "max-findings-per-rule",
                                           "target-model", "policies"};
constexpr std::string_view k_policy_keys[] = {"schema", "severity", "name", "message"};
constexpr std::string_view k_entry_keys[] = {"files", "rule", "pointer", "reason", "until"};
constexpr std::string_view k_levels[] = {"error", "warning", "info", "off"};
constexpr std::string_view k_fail_levels[] = {"error", "warning", "info"};

using segments = std::vector<std::string>;

std::string pointer_of(const segments& tokens) {
  std::string pointer;
  for (const std::string& token : tokens) {
    pointer += '/';
    detail::append_pointer_token(pointer, token);
  }
  return pointer;
}

std::string display_name(const fs::path& path) {
  std::string out;
  detail::append_escaped(out, path.empty() ? std::string(k_config_file_name) : path.string());
  return out;
}

std::string_view view(const json::string& s) noexcept { return {s.data(), s.size()}; }

// What a value is in "got ..." phrases: strings are shown, other values are named by type.
std::string got(const json::value& v) {
  if (const json::string* s = v.if_string()) return detail::quote(view(*s));
  return detail::kind_phrase(v);
}

// `quoted_list` joined with commas throughout, as the messages list choices.
std::string choices(std::span<const std::string_view> values) {
  return detail::quoted_list(values, ", ");
}

std::string one_of_message(std::span<const std::string_view> allowed, const json::value& v) {
  std::string m = fmt::format("expected one of {}, got {}", choices(allowed), got(v));
  if (const json::string* s = v.if_string())
    if (auto near = detail::closest(view(*s), allowed))
      m += fmt::format("; did you mean '{}'?", allowed[*near]);
  return m;
}

std::string unknown_key_message(std::string_view key, std::span<const std::string_view> known) {
  std::string m = "unknown key " + detail::quote(key);
  if (auto near = detail::closest(key, known))
    m += fmt::format("; did you mean '{}'?", known[*near]);
  return m;
}

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// Codes are "LS" and digits; for them a code is suggested, for anything else a name.
bool looks_like_code(std::string_view s) noexcept {
  return s.size() > 2 && detail::iequals_ascii(s.substr(0, 2), "LS") &&
         s.substr(2).find_first_not_of("0123456789") == std::string_view::npos;
}

std::string unknown_rule_message(std::string_view selector) {
  std::string m = "unknown rule " + detail::quote(selector);
  auto rules = all_rules();
  std::vector<std::string_view> candidates;
  const bool code = looks_like_code(selector);
  for (const rule_info* r : rules) candidates.push_back(code ? r->code : r->name);
  if (!code) candidates.push_back("ALL");
  // Codes are all near one another: only a one-edit slip (or letter case) is a likely typo.
  if (auto near = detail::closest(selector, candidates, code ? 1 : 3)) {
    if (*near == rules.size())
      m += "; did you mean 'ALL'?";
    else if (code)
      m += fmt::format("; did you mean '{}' ({})?", rules[*near]->code, rules[*near]->name);
    else
      m += fmt::format("; did you mean '{}' ({})?", rules[*near]->name, rules[*near]->code);
  }
  return m;
}

// The linter is the one owner of what a selector matches: a selector is known when a linter
// that selects it can be built.
bool known_selector(std::string_view s) {
  return linter::create(options{.select = {std::string(s)}}).has_value();
}

bool is_date(std::string_view s) noexcept {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!is_digit(s[i])) return false;
  return true;
}

bool is_calendar_date(std::string_view s) noexcept {
  auto number = [&](std::size_t pos, std::size_t n) {
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  const int year = number(0, 4);
  const int month = number(5, 2);
  const int day = number(8, 2);
  if (month < 1 || month > 12 || day < 1) return false;
  constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= k_days[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::optional<std::string> pointer_problem(std::string_view p) {
  if (p.empty()) return std::nullopt;
  if (p.front() != '/') return "it must be empty or start with '/'";
  for (std::size_t i = 0; i < p.size(); ++i)
    if (p[i] == '~' && (i + 1 == p.size() || (p[i + 1] != '0' && p[i + 1] != '1')))
      return "'~' must be followed by '0' or '1'";
  return std::nullopt;
}

std::string lower_first(std::string s) {
  if (!s.empty()) s.front() = detail::ascii_lower(s.front());
  return s;
}

// Validates one configuration text; each check returns the first problem it finds.
class checker {
 public:
  checker(std::string_view text, const fs::path& path)
      : text_(text), path_(path), file_(display_name(path)) {}

  boost::system::result<config, config_error> run() {
    if (text_.size() > k_max_config_bytes)
      return file_error(fmt::format("the file is {} bytes, more than the limit of {} bytes (1 MiB)",
                                    text_.size(), k_max_config_bytes));
    if (auto e = encoding_error()) return *e;
    json::parse_options opts;
    opts.allow_comments = true;
    opts.allow_trailing_commas = true;
    opts.allow_invalid_utf8 = false;
    json::parser parser(json::storage_ptr(), opts);
    json::error_code ec;
    const std::size_t consumed = parser.write(text_.data(), text_.size(), ec);
    if (ec) {
      source_position where{0, 0, std::min(consumed, text_.size())};
      source_position* positions[] = {&where};
      detail::compute_positions(text_, positions);
      std::string message;
      detail::append_escaped(message, ec.message());
      return config_error{fmt::format("{}:1:1: not valid JSON: {} at {}:{}", file_, message,
                                      where.line, where.column)};
    }
    const json::value doc = parser.release();
    // The source map reads strict JSON; with the comments blanked out it reads this text, and
    // the offsets it finds are the original text's.
    stripped_ = strip_comments(text_);

    config c;
    c.path = path_;
    c.text = std::string(text_);
    const json::object* root = doc.if_object();
    if (!root)
      return value_error({}, "expected an object of settings, got " + detail::kind_phrase(doc));
    if (auto e = duplicate_key(*root)) return *e;
    for (const auto& member : *root) {
      const std::string_view key = member.key();
      const json::value& v = member.value();
      std::optional<config_error> e;
      if (key == "$schema") {
        if (!v.is_string())
          e = value_error({"$schema"}, "expected a string, got " + detail::kind_phrase(v));
      } else if (key == "select") {
        e = rule_list(v, "select", c.select);
      } else if (key == "ignore") {
        e = rule_list(v, "ignore", c.ignore);
      } else if (key == "severity") {
        e = severities(v, c);
      } else if (key == "fail-level") {
        e = fail_level(v, c);
      } else if (key == "max-findings") {
        e = count(v, key, c.max_findings);
      } else if (key == "max-findings-per-rule") {
        e = count(v, key, c.max_findings_per_rule);
      } else if (key == "target-model") {
        e = target_model(v, c);
      } else if (key == "exclude") {
        e = excludes(v, c);
      } else if (key == "suppress") {
        e = suppressions(v, c);
      } else if (key == "policies") {
        e = policies(v, c);
      } else {
        e = key_error({}, std::string(key), unknown_key_message(key, k_top_keys));
      }
      if (e) return *e;
    }
    // Each entry was checked on its own; together they cannot fail, but the linter decides.
    if (auto built = linter::create(to_options(c)); !built)
      return file_error(built.error().message);
    return c;
  }

 private:
  config_error file_error(std::string_view message) const {
    return config_error{fmt::format("{}: {}", file_, message)};
  }

  // "FILE:LINE:COL: /shown: message", positioned at `located` (its member name when
  // `member_name`) or at `offset` when one is given.
  config_error error(const segments& shown, const segments& located, bool member_name,
                     std::string_view message, std::size_t offset = detail::k_no_offset) const {
    if (offset == detail::k_no_offset) {
      const std::string pointer = pointer_of(located);
      detail::locate_request req{pointer, member_name};
      detail::locate(stripped_, std::span(&req, 1));
      offset = req.begin == detail::k_no_offset ? 0 : req.begin;
    }
    source_position where{0, 0, offset};
    source_position* positions[] = {&where};
    detail::compute_positions(text_, positions);
    std::string out = fmt::format("{}:{}:{}: ", file_, where.line, where.column);
    if (!shown.empty()) {
      detail::append_escaped(out, pointer_of(shown));
      out += ": ";
    }
    out += message;
    return config_error{std::move(out)};
  }

  config_error value_error(const segments& at, std::string_view message) const {
    return error(at, at, false, message);
  }

  // A problem of the member name `key` of the object at `parent`: shown as the object.
  config_error key_error(segments parent, std::string key, std::string_view message) const {
    segments located = parent;
    located.push_back(std::move(key));
    return error(parent, located, true, message);
  }

  std::optional<config_error> encoding_error() const {
    const auto byte = [&](std::size_t i) {
      return i < text_.size() ? static_cast<unsigned char>(text_[i]) : 0u;
    };
    if (byte(0) == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF)
      return file_error(
          "not valid JSON: the file starts with a UTF-8 byte-order mark; save it without one");
    if ((byte(0) == 0xFF && byte(1) == 0xFE) || (byte(0) == 0xFE && byte(1) == 0xFF) ||
        (text_.size() >= 2 && (byte(0) == 0 || byte(1) == 0)))
      return file_error("not valid JSON: the file looks like UTF-16 text; save it as UTF-8");
    return std::nullopt;
  }

  // Boost.JSON keeps one value of a repeated key; the source map finds a second occurrence of
  // each key the document kept, in every object the configuration has.
  std::optional<config_error> duplicate_key(const json::object& root) const {
    std::vector<std::string> pointers;
    std::vector<std::string_view> keys;
    std::vector<segments> parents;
    auto add = [&](const segments& parent, const json::object& o) {
      for (const auto& m : o) {
        std::string pointer = pointer_of(parent);
        pointer += '/';
        detail::append_pointer_token(pointer, m.key());
        pointers.push_back(std::move(pointer));
        keys.push_back(m.key());
        parents.push_back(parent);
      }
    };
    add({}, root);
    if (const json::value* sev = root.if_contains("severity"))
      if (const json::object* o = sev->if_object()) add({"severity"}, *o);
    if (const json::value* sup = root.if_contains("suppress"))
      if (const json::array* a = sup->if_array())
        for (std::size_t i = 0; i < a->size(); ++i)
          if (const json::object* o = (*a)[i].if_object()) add({"suppress", std::to_string(i)}, *o);
    if (const json::value* pol = root.if_contains("policies"))
      if (const json::array* a = pol->if_array())
        for (std::size_t i = 0; i < a->size(); ++i)
          if (const json::object* o = (*a)[i].if_object()) add({"policies", std::to_string(i)}, *o);
    // Requests view the pointers, which stay where they are from here on.
    std::vector<detail::locate_request> requests;
    requests.reserve(pointers.size());
    for (const std::string& pointer : pointers) requests.push_back({pointer, true, 1});
    detail::locate(stripped_, requests);
    std::optional<std::size_t> first;
    for (std::size_t i = 0; i < requests.size(); ++i)
      if (requests[i].begin != detail::k_no_offset &&
          (!first || requests[i].begin < requests[*first].begin))
        first = i;
    if (!first) return std::nullopt;
    const std::string_view key = keys[*first];
    return error(parents[*first], {}, true, "duplicate key " + detail::quote(key),
                 requests[*first].begin);
  }

  std::optional<config_error> rule_list(const json::value& v, std::string_view key,
                                        std::vector<std::string>& out) const {
    const segments at{std::string(key)};
    const json::array* a = v.if_array();
    if (!a)
      return value_error(at, "expected an array of rule selectors, got " + detail::kind_phrase(v));
    for (std::size_t i = 0; i < a->size(); ++i) {
      const segments item{std::string(key), std::to_string(i)};
      const json::string* s = (*a)[i].if_string();
      if (!s)
        return value_error(
            item, "expected a rule selector (a string), got " + detail::kind_phrase((*a)[i]));
      const std::string selector(view(*s));
      if (!known_selector(selector)) return value_error(item, unknown_rule_message(selector));
      if (key == "ignore") {
        if (auto built = linter::create(options{.ignore = {selector}}); !built)
          return value_error(item, built.error().message);
      }
      out.push_back(selector);
    }
    return std::nullopt;
  }

  std::optional<config_error> severities(const json::value& v, config& c) const {
    const json::object* o = v.if_object();
    if (!o)
      return value_error({"severity"},
                         "expected an object of rule severities, got " + detail::kind_phrase(v));
    for (const auto& m : *o) {
      const std::string selector(m.key());
      const segments at{"severity", selector};
      if (!known_selector(selector)) return error(at, at, true, unknown_rule_message(selector));
      const json::string* s = m.value().if_string();
      const std::optional<severity> level = s ? parse_severity(view(*s)) : std::nullopt;
      if (!level) return value_error(at, one_of_message(k_levels, m.value()));
      if (auto built = linter::create(options{.severities = {{selector, *level}}}); !built)
        return value_error(at, built.error().message);
      c.severities.emplace_back(selector, *level);
    }
    return std::nullopt;
  }

  std::optional<config_error> target_model(const json::value& v, config& c) const {
    const json::string* s = v.if_string();
    c.target_model = s ? parse_target_model(view(*s)) : std::nullopt;
    if (!c.target_model)
      return value_error({"target-model"}, one_of_message(target_model_names(), v));
    return std::nullopt;
  }

  std::optional<config_error> fail_level(const json::value& v, config& c) const {
    const json::string* s = v.if_string();
    const std::optional<severity> level = s ? parse_severity(view(*s)) : std::nullopt;
    if (!level || *level == severity::off)
      return value_error({"fail-level"}, one_of_message(k_fail_levels, v));
    c.fail_level = level;
    return std::nullopt;
  }

  std::optional<config_error> count(const json::value& v, std::string_view key,
                                    std::optional<std::size_t>& out) const {
    const std::int64_t* n = v.if_int64();
    if (!n || *n < 0)
      return value_error({std::string(key)}, "expected a whole number (0: no cap), got " +
                                                 (n ? std::to_string(*n) : detail::kind_phrase(v)));
    out = static_cast<std::size_t>(*n);
    return std::nullopt;
  }

  std::optional<config_error> glob(const json::value& v, const segments& at,
                                   std::string& out) const {
    const json::string* s = v.if_string();
    if (!s) return value_error(at, "expected a glob (a string), got " + detail::kind_phrase(v));
    if (auto problem = glob_error(view(*s)))
      return value_error(
          at, fmt::format("{} is not a valid glob: {}", detail::quote(view(*s)), *problem));
    out = std::string(view(*s));
    return std::nullopt;
  }

  std::optional<config_error> excludes(const json::value& v, config& c) const {
    const json::array* a = v.if_array();
    if (!a)
      return value_error({"exclude"}, "expected an array of globs, got " + detail::kind_phrase(v));
    for (std::size_t i = 0; i < a->size(); ++i) {
      std::string pattern;
      if (auto e = glob((*a)[i], {"exclude", std::to_string(i)}, pattern)) return e;
      c.exclude.push_back(std::move(pattern));
    }
    return std::nullopt;
  }

  std::optional<config_error> suppressions(const json::value& v, config& c) const {
    const json::array* a = v.if_array();
    if (!a)
      return value_error({"suppress"},
                         "expected an array of suppressions, got " + detail::kind_phrase(v));
    for (std::size_t i = 0; i < a->size(); ++i) {
      suppression s;
      s.index = i;
      if (auto e = suppression_entry((*a)[i], s)) return e;
      c.suppress.push_back(std::move(s));
    }
    return std::nullopt;
  }

  std::optional<config_error> suppression_entry(const json::value& v, suppression& s) const {
    const segments entry{"suppress", std::to_string(s.index)};
    auto member = [&](std::string_view key) {
      segments at = entry;
      at.emplace_back(key);
      return at;
    };
    const json::object* o = v.if_object();
    if (!o)
      return value_error(
          entry, "expected an object with 'rule' and 'reason', got " + detail::kind_phrase(v));
    for (const auto& m : *o) {
      const std::string_view key = m.key();
      const json::value& value = m.value();
      const json::string* str = value.if_string();
      if (key == "files") {
        if (auto e = glob(value, member(key), s.files)) return e;
      } else if (key == "rule") {
        if (!str)
          return value_error(member(key), "expected a rule code or name (a string), got " +
                                              detail::kind_phrase(value));
        if (auto e = suppressed_rule(view(*str), member(key), s)) return e;
      } else if (key == "pointer") {
        if (!str)
          return value_error(
              member(key), "expected a JSON Pointer (a string), got " + detail::kind_phrase(value));
        if (auto problem = pointer_problem(view(*str)))
          return value_error(member(key), fmt::format("{} is not a JSON Pointer: {}",
                                                      detail::quote(view(*str)), *problem));
        s.pointer = std::string(view(*str));
      } else if (key == "reason") {
        if (!str)
          return value_error(member(key),
                             "expected a reason (a string), got " + detail::kind_phrase(value));
        if (detail::trim_ascii_space(view(*str)).empty())
          return value_error(member(key),
                             "the reason must not be blank: say why the finding is accepted");
        s.reason = std::string(view(*str));
      } else if (key == "until") {
        if (!str || !is_date(view(*str)))
          return value_error(member(key), "expected a date as 'YYYY-MM-DD', got " + got(value));
        if (!is_calendar_date(view(*str)))
          return value_error(member(key), detail::quote(view(*str)) + " is not a calendar date");
        s.until = std::string(view(*str));
      } else {
        return key_error(entry, std::string(key), unknown_key_message(key, k_entry_keys));
      }
    }
    for (std::string_view required : {"rule", "reason"})
      if (!o->contains(required))
        return value_error(entry, fmt::format("missing required key '{}'", required));
    return std::nullopt;
  }

  std::optional<config_error> policies(const json::value& v, config& c) const {
    const json::array* a = v.if_array();
    if (!a)
      return value_error({"policies"},
                         "expected an array of policies, got " + detail::kind_phrase(v));
    for (std::size_t i = 0; i < a->size(); ++i) {
      policy_entry p;
      p.index = i;
      if (auto e = policy_item((*a)[i], p)) return e;
      p.path = (path_.parent_path() / p.schema).lexically_normal();
      c.policies.push_back(std::move(p));
    }
    return std::nullopt;
  }

  std::optional<config_error> policy_item(const json::value& v, policy_entry& p) const {
    const segments entry{"policies", std::to_string(p.index)};
    auto member = [&](std::string_view key) {
      segments at = entry;
      at.emplace_back(key);
      return at;
    };
    const json::object* o = v.if_object();
    if (!o)
      return value_error(entry, "expected an object with 'schema', got " + detail::kind_phrase(v));
    for (const auto& m : *o) {
      const std::string_view key = m.key();
      const json::string* str = m.value().if_string();
      if (key == "schema") {
        if (!str || str->empty())
          return value_error(member(key),
                             "expected the path of a JSON Schema file, got " + got(m.value()));
        p.schema = std::string(view(*str));
      } else if (key == "severity") {
        const std::optional<severity> level = str ? parse_severity(view(*str)) : std::nullopt;
        if (!level) return value_error(member(key), one_of_message(k_levels, m.value()));
        p.level = *level;
      } else if (key == "name" || key == "message") {
        if (!str || (key == "name" && detail::trim_ascii_space(view(*str)).empty()))
          return value_error(
              member(key), fmt::format("expected a {} (a string{}), got {}", key,
                                       key == "name" ? " that is not blank" : "", got(m.value())));
        (key == "name" ? p.name : p.message) = std::string(view(*str));
      } else {
        return key_error(entry, std::string(key), unknown_key_message(key, k_policy_keys));
      }
    }
    if (!o->contains("schema")) return value_error(entry, "missing required key 'schema'");
    return std::nullopt;
  }

  std::optional<config_error> suppressed_rule(std::string_view name, const segments& at,
                                              suppression& s) const {
    const rule_info* r = find_rule(name);
    if (!r) {
      if (known_selector(name))
        return value_error(at, fmt::format("expected one rule's code or name, got the selector {}",
                                           detail::quote(name)));
      return value_error(at, unknown_rule_message(name));
    }
    // The input rules cannot be ignored (a broken file would pass); suppressing them is the same.
    if (auto built = linter::create(options{.ignore = {std::string(r->code)}}); !built) {
      std::string why = built.error().message;
      why.replace(0, why.find(':'),
                  fmt::format("rule {} ({}) cannot be suppressed", r->code, r->name));
      return value_error(at, why);
    }
    s.rule = std::string(name);
    s.code = r->code;
    return std::nullopt;
  }

  std::string_view text_;
  const fs::path& path_;
  std::string stripped_;
  std::string file_;
};

// Closes a file descriptor on every path out of load_config.
class file_descriptor {
 public:
  explicit file_descriptor(int fd) noexcept : fd_(fd) {}
  ~file_descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  file_descriptor(const file_descriptor&) = delete;
  file_descriptor& operator=(const file_descriptor&) = delete;
  int get() const noexcept { return fd_; }

 private:
  int fd_;
};

std::string_view file_kind(fs::file_type t) noexcept {
  switch (t) {
    case fs::file_type::directory:
      return "a directory";
    case fs::file_type::fifo:
      return "a FIFO";
    case fs::file_type::socket:
      return "a socket";
    case fs::file_type::block:
    case fs::file_type::character:
      return "a device";
    default:
      return "not a regular file";
  }
}

std::string_view file_kind(mode_t mode) noexcept {
  if (S_ISDIR(mode)) return file_kind(fs::file_type::directory);
  if (S_ISFIFO(mode)) return file_kind(fs::file_type::fifo);
  if (S_ISSOCK(mode)) return file_kind(fs::file_type::socket);
  if (S_ISBLK(mode) || S_ISCHR(mode)) return file_kind(fs::file_type::block);
  return file_kind(fs::file_type::unknown);
}

config_error load_error(const fs::path& path, std::string_view message) {
  return config_error{fmt::format("{}: {}", display_name(path), message)};
}

config_error not_regular(const fs::path& path, std::string_view what) {
  return load_error(
      path, fmt::format("cannot read the configuration: it is {}, not a regular file", what));
}

config_error too_large(const fs::path& path, std::uintmax_t size) {
  return load_error(
      path, fmt::format("the file is {} bytes, more than the limit of {} bytes (1 MiB)", size,
                        k_max_config_bytes));
}

config_error os_error(const fs::path& path, int err) {
  return load_error(path, "cannot read the configuration: " +
                              lower_first(std::error_code(err, std::generic_category()).message()));
}

fs::path absolute_normal(const fs::path& p) {
  std::error_code ec;
  fs::path out = fs::absolute(p.empty() ? fs::path(".") : p, ec);
  if (ec) out = p;
  out = out.lexically_normal();
  if (!out.has_filename() && out.has_relative_path()) out = out.parent_path();
  return out;
}

}  // namespace

boost::system::result<config, config_error> parse_config(std::string_view text,
                                                         const std::filesystem::path& path) {
  return checker(text, path).run();
}

boost::system::result<config, config_error> load_config(const std::filesystem::path& path) {
  // The type is checked before opening: opening a FIFO for reading blocks until a writer comes.
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st))
    return os_error(path, ec && ec != std::errc::no_such_file_or_directory ? ec.value() : ENOENT);
  if (!fs::is_regular_file(st)) return not_regular(path, file_kind(st.type()));
  // O_NONBLOCK in case the file was replaced by a FIFO since; fstat then refuses it.
  const file_descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
  if (fd.get() < 0) return os_error(path, errno);
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) return os_error(path, errno);
  if (!S_ISREG(info.st_mode)) return not_regular(path, file_kind(info.st_mode));
  if (static_cast<std::uintmax_t>(info.st_size) > k_max_config_bytes)
    return too_large(path, static_cast<std::uintmax_t>(info.st_size));
  // Read at most one byte past the limit: a file that grows meanwhile is still bounded.
  std::string text;
  char buffer[16 * 1024];
  while (text.size() <= k_max_config_bytes) {
    const ssize_t got = ::read(fd.get(), buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      return os_error(path, errno);
    }
    if (got == 0) break;
    text.append(buffer, static_cast<std::size_t>(got));
  }
  if (text.size() > k_max_config_bytes) return too_large(path, text.size());
  return parse_config(text, path);
}

std::filesystem::path find_config(const std::filesystem::path& dir) {
  fs::path current = absolute_normal(dir);
  for (;;) {
    const fs::path candidate = current / k_config_file_name;
    std::error_code ec;
    if (fs::exists(fs::symlink_status(candidate, ec)) && !ec &&
        !fs::is_directory(fs::status(candidate, ec)))
      return candidate;
    fs::path parent = current.parent_path();
    if (parent.empty() || parent == current) return {};
    current = std::move(parent);
  }
}

sailcheck::options to_options(const config& c) {
  sailcheck::options o;
  o.select = c.select;
  o.ignore = c.ignore;
  o.severities = c.severities;
  if (c.max_findings) o.limits.max_findings = *c.max_findings;
  if (c.max_findings_per_rule) o.limits.max_findings_per_rule = *c.max_findings_per_rule;
  if (c.target_model) o.target_model = *c.target_model;
  return o;
}

bool is_excluded(const config& c, std::string_view relative) {
  for (const std::string& pattern : c.exclude)
    if (glob_covers(pattern, relative)) return true;
  return false;
}

}  // namespace sailcheck::cli
