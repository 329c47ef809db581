// The invariants of a check, asserted by fuzz/check_text_fuzz.cpp and replayed by
// tests/fuzz_regression_test.cpp. Everything here uses the public API only, and recomputes what
// it compares (positions, JSON validity, duplicate keys) its own way, so that a bug shared by the
// engine and the check cannot hide itself.
//
// For the default linter and for one with small limits, on any input:
//   pointers   every pointer (finding, related location, fix path and from) is "" or starts with
//              '/', and '~' appears only as "~0" or "~1" (RFC 6901);
//   offsets    begin.offset <= end.offset <= text.size(), related offsets <= text.size();
//   positions  line and column of begin, end and every related location agree with an
//              independent count (see position_counter);
//   order      findings are sorted by begin offset;
//   identity   code and name are those of one registered rule, severity is not `off`, the
//              message is not empty, pointer and message are valid UTF-8;
//   determinism a second check gives an identical report and identical output in every format;
//   output     every format is valid UTF-8 with no raw control character but '\n', no DEL, C1
//              control, bidi control (U+061C, U+200E/F, U+202A-E, U+2066-9), U+2028/9 or
//              U+FEFF; json and sarif are one JSON document, jsonl one per line; the json
//              format's findings carry the report's code, pointer, line, column, offset and
//              message.
// When the text is strict JSON (boost::json::parse, default options) without duplicate keys:
//   resolution every finding's pointer and every fix's target resolves in the document
//              (value::find_pointer); there is no exception so far: findings about a missing
//              member are reported at the object that lacks it (LS1001, LS1004, LS2011, LS4011)
//              and cross-field findings at a member that is present;
//   agreement  check(parse(text)) finds the same multiset of (code, pointer, severity, message)
//              as check_text, with every position zero; LS1003 on a number that is not an
//              integer is compared without its message, which quotes the source token only
//              when there is text (1e400 is "'1e400'" from text, a double without);
//              skipped when check_text hit a limit (LS0003): check(value) has no limits.
// For the default linter, for each of the first k_max_fixes findings with a fix:
//   fixes      apply_fixes with that one finding either refuses with a clean message or applies
//              exactly one fix, after which a re-check has no finding of that (code, pointer),
//              and strict JSON stays strict JSON.
// And check(value) of a document built around the input's bytes (as member names, names and
// tag values, valid UTF-8 or not): its output in every format is clean and valid JSON.

#include "invariants.hpp"

#include <sailcheck/sailcheck.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <tuple>
#include <utility>
#include <vector>

namespace sailcheck::fuzz {
namespace {

namespace json = boost::json;

// Applying a fix means a whole re-check; a flood of fixable findings is sampled, not exhausted.
constexpr std::size_t k_max_fixes = 8;

}  // namespace

// Failure texts are printed by the fuzzer and by GoogleTest: only printable ASCII.
std::string show(std::string_view s, std::size_t limit) {
  static constexpr char k_hex[] = "0123456789abcdef";
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size() && i < limit; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
    } else {
      out += "\\x";
      out += k_hex[c >> 4];
      out += k_hex[c & 15];
    }
  }
  out += '"';
  if (s.size() > limit) out += "... (" + std::to_string(s.size()) + " bytes)";
  return out;
}

namespace {

std::string describe(const diagnostic& d) {
  return std::string(d.code) + " at " + show(d.pointer) + " (" + show(d.message, 100) + ")";
}

std::optional<std::string> pointer_problem(std::string_view p) {
  if (!p.empty() && p.front() != '/') return "does not start with '/'";
  for (std::size_t i = 0; i < p.size(); ++i)
    if (p[i] == '~' && (i + 1 == p.size() || (p[i + 1] != '0' && p[i + 1] != '1')))
      return "has a '~' at byte " + std::to_string(i) + " that is not '~0' or '~1'";
  return std::nullopt;
}

// Line and column of a byte offset, as line_column (invariants.hpp) defines them. The engine
// walks the text once for all positions; this finds the line by binary search over line starts
// and the column from a prefix count, so the two share no code.
class position_counter {
 public:
  explicit position_counter(std::string_view text) : size_(text.size()) {
    line_starts_.push_back(0);
    counts_.reserve(text.size() + 1);
    std::uint32_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      counts_.push_back(count);
      const auto c = static_cast<unsigned char>(text[i]);
      const bool crlf_cr = c == '\r' && i + 1 < text.size() && text[i + 1] == '\n';
      if (c == '\n' || (c == '\r' && !crlf_cr)) line_starts_.push_back(i + 1);
      if ((c & 0xC0) != 0x80 && c != '\r' && c != '\n') ++count;
    }
    counts_.push_back(count);
  }

  std::pair<std::size_t, std::size_t> at(std::size_t offset) const {
    offset = std::min(offset, size_);
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
    const std::size_t start = *std::prev(it);
    return {line, 1 + counts_[offset] - counts_[start]};
  }

 private:
  std::size_t size_;
  std::vector<std::size_t> line_starts_;
  std::vector<std::uint32_t> counts_;  // code points in [0, i), CR and LF left out
};

// The code point at `i` of strictly valid UTF-8 (no overlong forms, surrogates or values past
// U+10FFFF) and its length; length 0 when the bytes there are not valid UTF-8.
std::pair<char32_t, std::size_t> decode(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u;
  };
  const auto cont = [&](std::size_t k) { return (b(k) & 0xC0) == 0x80; };
  const unsigned c = b(0);
  if (c < 0x80) return {c, 1};
  if (c >= 0xC2 && c <= 0xDF && cont(1)) return {((c & 0x1Fu) << 6) | (b(1) & 0x3Fu), 2};
  if (c >= 0xE0 && c <= 0xEF && cont(1) && cont(2) && !(c == 0xE0 && b(1) < 0xA0) &&
      !(c == 0xED && b(1) > 0x9F))
    return {((c & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu), 3};
  if (c >= 0xF0 && c <= 0xF4 && cont(1) && cont(2) && cont(3) && !(c == 0xF0 && b(1) < 0x90) &&
      !(c == 0xF4 && b(1) > 0x8F))
    return {((c & 0x07u) << 18) | ((b(1) & 0x3Fu) << 12) | ((b(2) & 0x3Fu) << 6) | (b(3) & 0x3Fu),
            4};
  return {0, 0};
}

bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t len = decode(s, i).second;
    if (len == 0) return false;
    i += len;
  }
  return true;
}

}  // namespace

std::optional<std::string> output_problem(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto [cp, len] = decode(s, i);
    if (len == 0) return "invalid UTF-8 at byte " + std::to_string(i) + ": " + show(s.substr(i, 4));
    const bool bad = (cp < 0x20 && cp != '\n') || (cp >= 0x7F && cp <= 0x9F) || cp == 0x061C ||
                     cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
                     (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF;
    if (bad) {
      const std::size_t from = i >= 40 ? i - 40 : 0;
      return "raw " + show(s.substr(i, len)) + " at byte " + std::to_string(i) + ", after " +
             show(s.substr(from, i - from));
    }
    i += len;
  }
  return std::nullopt;
}

std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset) {
  return position_counter(text).at(offset);
}

namespace {

// Everything a report holds, in order, as one string: "identical reports" means equal strings.
std::string serialize(const report& r) {
  std::string out;
  auto pos = [&](const source_position& p) {
    out += std::to_string(p.line) + ':' + std::to_string(p.column) + '@' +
           std::to_string(p.offset) + ' ';
  };
  for (const diagnostic& d : r.diagnostics) {
    out += std::string(d.code) + ' ' + std::string(d.name) + ' ' +
           std::string(to_string(d.severity)) + ' ' + show(d.pointer, 1 << 20) + ' ';
    pos(d.begin);
    pos(d.end);
    out += show(d.message, 1 << 20);
    if (d.fix) {
      out += " fix " + std::to_string(static_cast<int>(d.fix->op)) + ' ' +
             show(d.fix->path, 1 << 20) + ' ' + show(d.fix->from, 1 << 20) + ' ' +
             json::serialize(d.fix->value) + ' ' + show(d.fix->description, 1 << 20);
    }
    for (const related_location& rel : d.related) {
      out += " related " + show(rel.pointer, 1 << 20) + ' ';
      pos(rel.position);
      out += show(rel.message, 1 << 20);
    }
    out += '\n';
  }
  return out;
}

// Strict JSON by Boost.JSON's own parser with default options (depth 32, no comments, no
// trailing commas, valid UTF-8), independent of the engine's duplicate-detecting handler.
std::optional<json::value> parse_strict(std::string_view text) {
  json::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec) return std::nullopt;
  return v;
}

std::size_t count_members(const json::value& v) {
  std::size_t n = 0;
  std::vector<const json::value*> todo{&v};
  while (!todo.empty()) {
    const json::value* cur = todo.back();
    todo.pop_back();
    if (const json::object* o = cur->if_object()) {
      n += o->size();
      for (const auto& m : *o) todo.push_back(&m.value());
    } else if (const json::array* a = cur->if_array()) {
      for (const json::value& e : *a) todo.push_back(&e);
    }
  }
  return n;
}

// In valid JSON a string token followed by ':' is a member name: when there are more of them
// than members in the document, the parser dropped repeated keys.
bool has_duplicate_keys(std::string_view text, const json::value& doc) {
  std::size_t keys = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '"') continue;
    for (++i; i < text.size() && text[i] != '"'; ++i)
      if (text[i] == '\\') ++i;
    std::size_t j = i + 1;
    while (j < text.size() &&
           (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r'))
      ++j;
    if (j < text.size() && text[j] == ':') ++keys;
  }
  return keys != count_members(doc);
}

bool resolves(const json::value& doc, std::string_view pointer) {
  json::error_code ec;
  return doc.find_pointer(pointer, ec) != nullptr;
}

// The count of findings with `code` at `pointer`.
std::size_t count_at(const report& r, std::string_view code, std::string_view pointer) {
  return static_cast<std::size_t>(
      std::count_if(r.diagnostics.begin(), r.diagnostics.end(),
                    [&](const diagnostic& d) { return d.code == code && d.pointer == pointer; }));
}

bool hit_limit(const report& r) {
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(),
                     [](const diagnostic& d) { return d.code == "LS0003"; });
}

class checker {
 public:
  checker(std::string_view text, std::string_view who) : text_(text), who_(who) {}

  std::optional<std::string> failure() const { return failure_; }

  void fail(std::string what) {
    if (!failure_) failure_ = std::string(who_) + ": " + std::move(what);
  }

  // pointers, offsets, positions, order, identity
  void check_report(const report& r, const position_counter& positions) {
    std::size_t previous = 0;
    for (const diagnostic& d : r.diagnostics) {
      if (failure_) return;
      check_pointer(d, "pointer", d.pointer);
      if (d.fix) {
        check_pointer(d, "fix path", d.fix->path);
        if (d.fix->op == fix::operation::move) check_pointer(d, "fix from", d.fix->from);
      }
      for (const related_location& rel : d.related)
        check_pointer(d, "related pointer", rel.pointer);
      const rule_info* info = find_rule(d.code);
      if (!info || info->code != d.code || info->name != d.name)
        fail(describe(d) + ": code and name " + show(d.name) + " are not one registered rule");
      if (d.severity == severity::off) fail(describe(d) + ": severity off is reported");
      if (d.message.empty()) fail(describe(d) + ": empty message");
      // From text every name is valid UTF-8 (the parser checks it) and messages quote values
      // with escapes, so the report itself holds valid UTF-8 only.
      if (!valid_utf8(d.pointer) || !valid_utf8(d.message))
        fail(describe(d) + ": pointer or message is not valid UTF-8");
      if (d.begin.offset > d.end.offset || d.end.offset > text_.size())
        fail(describe(d) + ": begin " + std::to_string(d.begin.offset) + ", end " +
             std::to_string(d.end.offset) + " in a text of " + std::to_string(text_.size()) +
             " bytes");
      if (d.begin.offset < previous)
        fail(describe(d) + ": at byte " + std::to_string(d.begin.offset) +
             " comes after a finding at byte " + std::to_string(previous));
      previous = d.begin.offset;
      check_position(d, "begin", d.begin, positions);
      check_position(d, "end", d.end, positions);
      for (const related_location& rel : d.related) {
        if (rel.position.offset > text_.size())
          fail(describe(d) + ": related location at byte " + std::to_string(rel.position.offset) +
               " is past the end");
        check_position(d, "related", rel.position, positions);
      }
    }
  }

  void check_resolution(const report& r, const json::value& doc) {
    for (const diagnostic& d : r.diagnostics) {
      if (!resolves(doc, d.pointer))
        fail(describe(d) + ": the pointer resolves to nothing in the document");
      if (d.fix) {
        const std::string& target = d.fix->op == fix::operation::move ? d.fix->from : d.fix->path;
        if (!resolves(doc, target))
          fail(describe(d) + ": the fix's target " + show(target) +
               " resolves to nothing in the document");
      }
      for (const related_location& rel : d.related)
        if (!resolves(doc, rel.pointer))
          fail(describe(d) + ": related pointer " + show(rel.pointer) + " resolves to nothing");
    }
  }

  void check_agreement(const report& from_text, const report& from_value, const json::value& doc) {
    using entry = std::tuple<std::string, std::string, severity, std::string>;
    auto entries = [&](const report& r) {
      std::vector<entry> out;
      for (const diagnostic& d : r.diagnostics) {
        json::error_code ec;
        const json::value* v = doc.find_pointer(d.pointer, ec);
        const bool token_quoted = d.code == "LS1003" && v && v->is_double();
        out.emplace_back(std::string(d.code), d.pointer, d.severity,
                         token_quoted ? std::string() : d.message);
      }
      std::sort(out.begin(), out.end());
      return out;
    };
    for (const diagnostic& d : from_value.diagnostics)
      if (d.begin != source_position{} || d.end != source_position{})
        fail("check(value): " + describe(d) + " has a position");
    const std::vector<entry> a = entries(from_text), b = entries(from_value);
    if (a == b) return;
    auto first_missing = [](const std::vector<entry>& x, const std::vector<entry>& y) {
      std::vector<entry> diff;
      std::set_difference(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(diff));
      return diff.empty() ? std::string("nothing")
                          : std::get<0>(diff[0]) + " at " + show(std::get<1>(diff[0])) + " (" +
                                show(std::get<3>(diff[0]), 100) + ")";
    };
    fail("check(parse(text)) disagrees with check_text: only check_text has " +
         first_missing(a, b) + ", only check(value) has " + first_missing(b, a));
  }

  void check_fixes(const linter& lint, const report& r, bool strict_json) {
    std::size_t tried = 0;
    for (const diagnostic& d : r.diagnostics) {
      if (!d.fix || failure_) continue;
      if (++tried > k_max_fixes) break;
      auto fixed = apply_fixes(text_, std::span(&d, 1));
      if (!fixed) {
        if (auto p = output_problem(fixed.error().message))
          fail(describe(d) + ": the refusal of its fix is not clean: " + *p);
        continue;
      }
      if (fixed->applied != 1) {
        fail(describe(d) + ": apply_fixes applied " + std::to_string(fixed->applied) +
             " fixes of one");
        continue;
      }
      const report again = lint.check_text(fixed->text);
      if (count_at(again, d.code, d.pointer) != 0)
        fail(describe(d) + ": still reported after its fix; fixed text " + show(fixed->text));
      if (strict_json && !parse_strict(fixed->text))
        fail(describe(d) + ": its fix turned strict JSON into " + show(fixed->text));
    }
  }

  // output, and determinism of the output
  // `again`: the same files from a second check, rendered to compare (empty: not compared).
  // `fields`: compare the json format's findings with the report (reports from text).
  void check_formats(std::span<const file_report> files, std::span<const file_report> again,
                     bool fields) {
    for (const std::string_view name : output_format_names()) {
      if (failure_) return;
      const output_format format = *parse_output_format(name);
      // SARIF lists one configured rule and then each rule the report uses: the full table of
      // every rule is constant text (the format tests pin it) and would take most of the time.
      const rule_entry listed[] = {{find_rule("LS0001"), severity::error}};
      format_options options;
      options.rules = listed;
      const std::string out = format_report(format, files, options);
      if (!again.empty() && format_report(format, again, options) != out)
        fail(std::string(name) + " output differs between two identical checks");
      if (auto p = output_problem(out)) fail(std::string(name) + " output: " + *p);
      if (format == output_format::json || format == output_format::sarif) {
        json::error_code ec;
        const json::value v = json::parse(out, ec);
        if (ec) {
          fail(std::string(name) + " output is not JSON (" + ec.message() + "): " + show(out));
        } else if (fields && format == output_format::json) {
          check_json_fields(v, files);
        }
      }
      if (format == output_format::jsonl) {
        std::size_t start = 0;
        while (start < out.size()) {
          const std::size_t end = std::min(out.find('\n', start), out.size());
          json::error_code ec;
          json::parse(std::string_view(out).substr(start, end - start), ec);
          if (ec)
            fail("jsonl line at byte " + std::to_string(start) + " is not JSON: " + show(out));
          start = end + 1;
        }
      }
    }
  }

 private:
  void check_pointer(const diagnostic& d, std::string_view what, std::string_view p) {
    if (auto problem = pointer_problem(p))
      fail(describe(d) + ": " + std::string(what) + " " + show(p) + " " + *problem);
  }

  void check_position(const diagnostic& d, std::string_view what, const source_position& p,
                      const position_counter& positions) {
    const auto [line, column] = positions.at(p.offset);
    if (p.line != line || p.column != column)
      fail(describe(d) + ": " + std::string(what) + " at byte " + std::to_string(p.offset) +
           " is " + std::to_string(p.line) + ":" + std::to_string(p.column) + ", counted " +
           std::to_string(line) + ":" + std::to_string(column));
  }

  // The json format is the report serialized: the first file's findings, in report order.
  void check_json_fields(const json::value& v, std::span<const file_report> files) {
    const json::object* root = v.if_object();
    const json::value* list = root ? root->if_contains("diagnostics") : nullptr;
    const json::array* items = list ? list->if_array() : nullptr;
    if (!items) return fail("json output has no diagnostics array");
    const report& r = files.front().report;
    if (items->size() < r.diagnostics.size())
      return fail("json output has " + std::to_string(items->size()) + " findings, the report " +
                  std::to_string(r.diagnostics.size()));
    for (std::size_t i = 0; i < r.diagnostics.size(); ++i) {
      const diagnostic& d = r.diagnostics[i];
      const json::object* o = (*items)[i].if_object();
      auto str = [&](std::string_view key) -> std::string {
        const json::value* f = o ? o->if_contains(key) : nullptr;
        const json::string* s = f ? f->if_string() : nullptr;
        return s ? std::string(*s) : std::string("(missing)");
      };
      auto num = [&](std::string_view key) -> std::int64_t {
        const json::value* f = o ? o->if_contains(key) : nullptr;
        const std::int64_t* n = f ? f->if_int64() : nullptr;
        return n ? *n : -1;
      };
      if (str("code") != d.code || str("pointer") != d.pointer || str("message") != d.message ||
          num("line") != static_cast<std::int64_t>(d.begin.line) ||
          num("column") != static_cast<std::int64_t>(d.begin.column) ||
          num("offset") != static_cast<std::int64_t>(d.begin.offset))
        return fail("json output's finding " + std::to_string(i) + " is not " + describe(d) +
                    " at " + std::to_string(d.begin.line) + ":" + std::to_string(d.begin.column) +
                    ": " + show(json::serialize((*items)[i])));
    }
  }

  std::string_view text_;
  std::string_view who_;
  std::optional<std::string> failure_;
};

// The files the formatters get: the report under a name made of the input's first bytes, so
// that file names are fuzzed too, and a tool error quoting them.
std::vector<file_report> files_for(std::string_view text, const report& r) {
  const std::string_view prefix = text.substr(0, 24);
  std::vector<file_report> files(2);
  files[0].file = "in/" + std::string(prefix) + ".json";
  files[0].report = r;
  files[0].source = text;
  files[1].file = std::string(prefix);
  files[1].tool_error = "cannot read '" + std::string(prefix) + "'";
  return files;
}

// `thorough`: also the fixes and every output format, twice (the default linter only: they cost
// a check per fix and most of the time).
void check_linter(checker& c, const linter& lint, std::string_view text,
                  const position_counter& positions, const std::optional<json::value>& doc,
                  bool duplicates, bool thorough) {
  const report r = lint.check_text(text);
  const report again = lint.check_text(text);
  if (serialize(r) != serialize(again)) c.fail("two checks of one text differ");
  c.check_report(r, positions);
  if (doc && !duplicates) {
    c.check_resolution(r, *doc);
    if (!hit_limit(r)) c.check_agreement(r, lint.check(*doc), *doc);
  }
  if (thorough) c.check_fixes(lint, r, doc.has_value());
  // The small linter's findings are the default linter's kinds (limits included: depth 33),
  // so rendering its report too would find nothing new.
  if (thorough) c.check_formats(files_for(text, r), files_for(text, again), true);
}

// A document that carries the input's bytes where a payload's own text goes: member names, a
// resource name, tag keys and values. Boost.JSON takes any bytes there; check(value) must still
// write clean, valid output.
json::value document_around(std::string_view bytes) {
  const json::string_view s(bytes.data(), std::min<std::size_t>(bytes.size(), 64));
  json::object origin;
  origin["name"] = s;
  origin[s] = s;
  json::object tag;
  tag["key"] = s;
  tag["value"] = s;
  json::object doc;
  doc["distributionName"] = s;
  doc["origin"] = std::move(origin);
  doc["bundleId"] = s;
  doc["tags"] = json::array{tag, tag};
  doc[s] = json::array{s};
  return doc;
}

}  // namespace

std::optional<std::string> check_invariants(std::string_view text) {
  const position_counter positions(text);
  const std::optional<json::value> doc = parse_strict(text);
  const bool duplicates = doc && has_duplicate_keys(text, *doc);

  checker plain(text, "default linter");
  check_linter(plain, linter{}, text, positions, doc, duplicates, true);
  if (auto f = plain.failure()) return f;

  // Small limits reach the limit paths with small inputs. Findings caps belong here too once
  // the options have them, so that the fuzzer reaches the cap findings.
  options o;
  o.limits.max_depth = 8;
  o.limits.max_input_bytes = 4096;
  o.severities = {{"LS2", severity::info}, {"LS4003", severity::error}};
  o.ignore = {"LS4011"};
  auto small = linter::create(o);
  if (!small) return "small linter: " + small.error().message;
  checker limited(text, "small linter");
  check_linter(limited, *small, text, positions, doc, duplicates, false);
  if (auto f = limited.failure()) return f;

  checker values(text, "check(value) of the input's bytes");
  const json::value around = document_around(text);
  const report r = linter{}.check(around);
  std::vector<file_report> files(1);
  files[0].file = "value.json";
  files[0].report = r;
  values.check_formats(files, {}, false);
  return values.failure();
}

}  // namespace sailcheck::fuzz
