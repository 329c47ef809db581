#include "policy.hpp"

#include "json_kind.hpp"
#include "json_pointer.hpp"
#include "parse.hpp"
#include "registry.hpp"
#include "source_map.hpp"
#include "text.hpp"
#include "unicode.hpp"

#include <fmt/format.h>
#include <valijson/adapters/boost_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <regex>
#include <unordered_map>

namespace sailcheck::detail {

struct policy_set::compiled {
  std::string name;
  std::string message;
  sailcheck::severity level = sailcheck::severity::error;
  bool uses_regex = false;      // a pattern, patternProperties or format: std::regex runs
  boost::json::value document;  // the prepared schema, which `schema` was built from
  valijson::Schema schema;
};

namespace {

namespace json = boost::json;

std::string_view view(const json::string& s) noexcept { return {s.data(), s.size()}; }

// The stem of a file name without `.json` and then `.schema`: "cost-center-tag.schema.json"
// names the policy "cost-center-tag".
std::string default_name(const policy& p, std::size_t index) {
  if (!p.name.empty()) return p.name;
  std::string stem = std::filesystem::path(p.file).filename().string();
  for (std::string_view ext : {".json", ".schema"})
    if (stem.size() > ext.size() && stem.ends_with(ext)) stem.resize(stem.size() - ext.size());
  if (!stem.empty()) return stem;
  return fmt::format("policy-{}", index + 1);
}

// "FILE: policy 'NAME'", for configuration errors.
std::string label(const policy& p, std::string_view name) {
  std::string out;
  if (!p.file.empty()) {
    append_escaped(out, p.file);
    out += ": ";
  }
  return out + "policy " + quote(name);
}

// Prose for a message: what no output may copy raw (controls, bidi controls, invalid UTF-8) is
// escaped, and quotes stay as they are (valijson quotes names with them).
void append_prose(std::string& out, std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const utf8_char ch = decode_utf8(text, pos);
    if (!ch.valid)
      out += fmt::format("\\x{:02X}", static_cast<unsigned char>(text[pos]));
    else if (must_escape(ch.code_point))
      out += fmt::format("\\u{:04X}", static_cast<std::uint32_t>(ch.code_point));
    else
      out.append(text.substr(pos, ch.length));
    pos += ch.length;
  }
}

// valijson's sentences as a message's clause: lower-case start, no final period, bounded,
// escaped (they can quote member names of the payload).
std::string clause(std::string_view s) {
  constexpr std::size_t k_max_bytes = 300;
  if (s == "Failed to any values against subschema in 'contains' constraint.")
    s = "no item matches the schema of the 'contains' constraint";
  if (s.ends_with('.')) s.remove_suffix(1);
  std::string cut(s.substr(0, std::min(s.size(), k_max_bytes)));
  if (cut.size() < s.size()) {
    while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) cut.pop_back();
    if (!cut.empty() && static_cast<unsigned char>(cut.back()) >= 0xC0) cut.pop_back();
    cut += "\u2026";
  }
  if (!cut.empty() && cut.front() >= 'A' && cut.front() <= 'Z')
    cut.front() = ascii_lower(cut.front());
  std::string out;
  append_prose(out, cut);
  return out;
}

// Checks a schema before valijson sees it, and prepares it: valijson crashes on a `$ref` that
// leads back to its own schema without entering a member or an item (it recurses forever),
// throws std::regex_error from the middle of a validation for a pattern std::regex cannot
// compile, and reports no reason for a `false` subschema (which becomes `{"not": {}}`).
class preparer {
 public:
  preparer(json::value& root, std::size_t max_depth) : root_(root), max_depth_(max_depth) {}

  std::optional<std::string> run() {
    if (auto e = collect(root_, 0, "")) return e;
    if (auto e = find_cycle()) return e;
    rewrite(root_);
    return std::nullopt;
  }

  bool uses_regex() const noexcept { return uses_regex_; }

 private:
  // Keywords whose value is one schema applied to the same value (`same`) or to members or
  // items (`descend`), a list of schemas, or a map of names to schemas.
  static constexpr std::string_view k_same[] = {"not", "if", "then", "else"};
  static constexpr std::string_view k_descend[] = {"additionalItems", "additionalProperties",
                                                   "contains", "propertyNames"};
  static constexpr std::string_view k_lists[] = {"allOf", "anyOf", "oneOf"};
  static constexpr std::string_view k_maps[] = {"definitions", "$defs", "properties",
                                                "patternProperties"};

  static bool is_schema(const json::value& v) noexcept { return v.is_object() || v.is_bool(); }

  std::optional<std::string> collect(const json::value& v, std::size_t depth,
                                     const std::string& at) {
    if (depth > max_depth_)
      return fmt::format("the schema is nested deeper than the limit of {} levels", max_depth_);
    const json::object* o = v.if_object();
    if (!o) return std::nullopt;
    std::vector<const json::value*>& same = edges_[&v];
    auto child = [&](const json::value& c, std::string_view key, bool same_level,
                     std::optional<std::size_t> index = {},
                     std::string_view name = {}) -> std::optional<std::string> {
      if (!is_schema(c)) return std::nullopt;  // valijson reports the wrong type
      if (same_level) same.push_back(&c);
      std::string where = at + "/";
      append_pointer_token(where, key);
      if (index) where += "/" + std::to_string(*index);
      if (!name.empty()) {
        where += '/';
        append_pointer_token(where, name);
      }
      return collect(c, depth + 1, where);
    };
    if (depth > 0 && o->contains("$id"))
      return fmt::format("'$id' at {} is not supported: only the top of a policy may have one",
                         quote(at));
    if (const json::value* ref = o->if_contains("$ref")) {
      if (const json::string* s = ref->if_string()) {
        auto target = resolve(view(*s));
        if (!target) return target.error();
        same.push_back(*target);
      }
    }
    for (std::string_view key : k_same)
      if (const json::value* c = o->if_contains(key))
        if (auto e = child(*c, key, true)) return e;
    for (std::string_view key : k_descend)
      if (const json::value* c = o->if_contains(key))
        if (auto e = child(*c, key, false)) return e;
    if (const json::value* items = o->if_contains("items")) {
      if (const json::array* a = items->if_array()) {
        for (std::size_t i = 0; i < a->size(); ++i)
          if (auto e = child((*a)[i], "items", false, i)) return e;
      } else if (auto e = child(*items, "items", false)) {
        return e;
      }
    }
    for (std::string_view key : k_lists)
      if (const json::value* c = o->if_contains(key))
        if (const json::array* a = c->if_array())
          for (std::size_t i = 0; i < a->size(); ++i)
            if (auto e = child((*a)[i], key, true, i)) return e;
    for (std::string_view key : k_maps)
      if (const json::value* c = o->if_contains(key))
        if (const json::object* m = c->if_object())
          for (const auto& member : *m)
            if (auto e = child(member.value(), key, false, {}, member.key())) return e;
    // A dependency that is a schema applies to the object itself.
    if (const json::value* c = o->if_contains("dependencies"))
      if (const json::object* m = c->if_object())
        for (const auto& member : *m)
          if (auto e = child(member.value(), "dependencies", true, {}, member.key())) return e;
    if (const json::value* p = o->if_contains("pattern"))
      if (const json::string* s = p->if_string())
        if (auto e = regex_problem(view(*s), at + "/pattern")) return e;
    if (const json::value* pp = o->if_contains("patternProperties"))
      if (const json::object* m = pp->if_object())
        for (const auto& member : *m)
          if (auto e = regex_problem(member.key(), at + "/patternProperties")) return e;
    if (o->contains("pattern") || o->contains("patternProperties") || o->contains("format"))
      uses_regex_ = true;
    return std::nullopt;
  }

  std::optional<std::string> regex_problem(std::string_view pattern, const std::string& at) {
    if (pattern.size() > k_max_pattern_length)
      return fmt::format("the pattern at {} is {} bytes long, more than the limit of {}", quote(at),
                         pattern.size(), k_max_pattern_length);
    try {
      const std::regex compiled{std::string(pattern)};
    } catch (const std::regex_error& e) {
      return fmt::format("the pattern {} at {} is not a regular expression std::regex accepts ({})",
                         quote(pattern), quote(at), clause(e.what()));
    }
    return std::nullopt;
  }

  boost::system::result<const json::value*, std::string> resolve(std::string_view ref) const {
    auto unsupported = [&] {
      return fmt::format(
          "$ref {} is not supported: only references within the policy, like "
          "'#/definitions/name', are",
          quote(ref));
    };
    if (!ref.starts_with('#')) return unsupported();
    std::string pointer;
    for (std::size_t i = 1; i < ref.size(); ++i) {
      // A URI fragment: percent-encoded bytes are the pointer's characters.
      auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
      };
      if (ref[i] == '%' && i + 2 < ref.size() && hex(ref[i + 1]) >= 0 && hex(ref[i + 2]) >= 0) {
        pointer += static_cast<char>(hex(ref[i + 1]) * 16 + hex(ref[i + 2]));
        i += 2;
      } else {
        pointer += ref[i];
      }
    }
    if (!pointer.empty() && pointer.front() != '/') return unsupported();
    boost::system::error_code ec;
    const json::value* target = root_.find_pointer(pointer, ec);
    if (!target) return fmt::format("$ref {} points at nothing in the policy", quote(ref));
    return target;
  }

  // Schemas joined by same-level edges (combinators and references) must not form a cycle:
  // validating one would apply it to the same value again and again. An iterative search, so
  // that a long chain of references cannot exhaust the stack.
  std::optional<std::string> find_cycle() const {
    enum class colour : unsigned char { white, grey, black };
    std::unordered_map<const json::value*, colour> state;
    for (const auto& [start, unused] : edges_) {
      (void)unused;
      if (state[start] != colour::white) continue;
      std::vector<std::pair<const json::value*, std::size_t>> stack{{start, 0}};
      state[start] = colour::grey;
      while (!stack.empty()) {
        auto& [node, next] = stack.back();
        auto it = edges_.find(node);
        if (it == edges_.end() || next == it->second.size()) {
          state[node] = colour::black;
          stack.pop_back();
          continue;
        }
        const json::value* to = it->second[next++];
        colour& c = state[to];
        if (c == colour::grey)
          return std::string(
              "a $ref leads back to its own schema without entering a member or an item, so "
              "validating would never end");
        if (c == colour::white) {
          c = colour::grey;
          stack.emplace_back(to, 0);
        }
      }
    }
    return std::nullopt;
  }

  // `false` schemas become `{"not": {}}`, which fails the same way but says why, at the value.
  void rewrite(json::value& v) {
    if (v.is_bool()) {
      if (!v.get_bool()) v = json::object{{"not", json::object{}}};
      return;
    }
    json::object* o = v.if_object();
    if (!o) return;
    for (auto& member : *o) {
      const std::string_view key = member.key();
      json::value& c = member.value();
      const bool schema_keyword =
          std::find(std::begin(k_same), std::end(k_same), key) != std::end(k_same) ||
          std::find(std::begin(k_descend), std::end(k_descend), key) != std::end(k_descend);
      const bool list = std::find(std::begin(k_lists), std::end(k_lists), key) != std::end(k_lists);
      const bool map = std::find(std::begin(k_maps), std::end(k_maps), key) != std::end(k_maps) ||
                       key == "dependencies";
      if (schema_keyword || (key == "items" && !c.is_array())) {
        rewrite(c);
      } else if (list || key == "items") {
        if (json::array* a = c.if_array())
          for (json::value& item : *a) rewrite(item);
      } else if (map) {
        if (json::object* m = c.if_object())
          for (auto& entry : *m) rewrite(entry.value());
      }
    }
  }

  json::value& root_;
  std::size_t max_depth_;
  bool uses_regex_ = false;
  std::unordered_map<const json::value*, std::vector<const json::value*>> edges_;
};

// The strings and member names too long for std::regex, in document order (pointers; keys are
// the members whose name is too long).
struct long_text {
  std::string pointer;
  bool is_key = false;
  std::size_t bytes = 0;
};

void find_long_text(const json::value& v, std::string& pointer, std::vector<long_text>& out) {
  if (const json::string* s = v.if_string()) {
    if (s->size() > k_max_pattern_subject) out.push_back({pointer, false, s->size()});
  } else if (const json::object* o = v.if_object()) {
    for (const auto& m : *o) {
      const std::size_t size = pointer.size();
      pointer += '/';
      append_pointer_token(pointer, m.key());
      if (m.key().size() > k_max_pattern_subject)
        out.push_back({pointer, true, m.key().size()});
      else
        find_long_text(m.value(), pointer, out);
      pointer.resize(size);
    }
  } else if (const json::array* a = v.if_array()) {
    for (std::size_t i = 0; i < a->size(); ++i) {
      const std::size_t size = pointer.size();
      pointer += '/';
      pointer += std::to_string(i);
      find_long_text((*a)[i], pointer, out);
      pointer.resize(size);
    }
  }
}

// The document a policy with patterns checks when some text is too long: long strings become
// empty and members with long names are left out, so that nothing long reaches std::regex.
json::value without_long_text(const json::value& v) {
  if (const json::string* s = v.if_string())
    return s->size() > k_max_pattern_subject ? json::value(json::string()) : v;
  if (const json::object* o = v.if_object()) {
    json::object out;
    for (const auto& m : *o)
      if (m.key().size() <= k_max_pattern_subject)
        out.emplace(m.key(), without_long_text(m.value()));
    return out;
  }
  if (const json::array* a = v.if_array()) {
    json::array out;
    out.reserve(a->size());
    for (const json::value& item : *a) out.push_back(without_long_text(item));
    return out;
  }
  return v;
}

// valijson's context ("<root>", "[tags]", "[0]") as an RFC 6901 pointer, found by walking the
// document: in an object an element is a member name (even "0"), in an array an index. The
// walk stops at the first element the document does not have.
std::string pointer_of(const std::vector<std::string>& context, const json::value& document) {
  std::string out;
  const json::value* at = &document;
  for (std::size_t i = 0; i < context.size(); ++i) {
    std::string_view e = context[i];
    if (i == 0 && e == "<root>") continue;
    if (e.size() < 2 || e.front() != '[' || e.back() != ']') break;
    e = e.substr(1, e.size() - 2);
    if (const json::object* o = at->if_object()) {
      const json::value* next = o->if_contains(e);
      if (!next) break;
      out += '/';
      append_pointer_token(out, e);
      at = next;
    } else if (const json::array* a = at->if_array()) {
      if (e.empty() || e.size() > 19 ||
          e.find_first_not_of("0123456789") != std::string_view::npos ||
          (e.size() > 1 && e.front() == '0'))
        break;
      std::size_t index = 0;
      for (char c : e) index = index * 10 + static_cast<std::size_t>(c - '0');
      if (index >= a->size()) break;
      out += '/';
      out += e;
      at = &(*a)[index];
    } else {
      break;
    }
  }
  return out;
}

// valijson reports a failure and then, for each schema around it, a sentence that only says a
// part failed ("Failed to validate against schema associated with property name 'origin'").
bool is_summary(std::string_view d) noexcept {
  constexpr std::string_view k_prefixes[] = {
      "Failed to validate against schema associated with property name",
      "Failed to validate item #",
      "Failed to validate against child schema #",
      "Failed to validate against any schemas allowed by anyOf",
      "Failed to validate against any child schemas allowed by oneOf",
      "Failed to validate against a conditional schema",
      "Failed to validate against schema associated with pattern",
      "Failed to validate against additional properties schema",
      "Failed to validate against dependent schema",
  };
  return std::any_of(std::begin(k_prefixes), std::end(k_prefixes),
                     [&](std::string_view p) { return d.starts_with(p); });
}

// anyOf and oneOf: their sentence says more than their alternatives' reasons alone.
bool is_alternatives(std::string_view d) noexcept {
  return d.starts_with("Failed to validate against any schemas allowed by anyOf") ||
         d.starts_with("Failed to validate against any child schemas allowed by oneOf");
}

bool at_or_below(std::string_view pointer, std::string_view ancestor) noexcept {
  return pointer == ancestor ||
         (pointer.starts_with(ancestor) && pointer.size() > ancestor.size() &&
          pointer[ancestor.size()] == '/');
}

std::string joined(const std::vector<std::string>& reasons) {
  constexpr std::size_t k_shown = 3;
  std::string out;
  for (std::size_t i = 0; i < reasons.size() && i < k_shown; ++i) {
    if (i > 0) out += "; ";
    out += reasons[i];
  }
  if (reasons.size() > k_shown) out += fmt::format("; and {} more", reasons.size() - k_shown);
  return out;
}

}  // namespace

policy_set::~policy_set() = default;

boost::system::result<std::shared_ptr<const policy_set>, config_error> policy_set::compile(
    std::span<const policy> policies, const limits& lim) {
  std::shared_ptr<policy_set> set(new policy_set);
  for (std::size_t i = 0; i < policies.size(); ++i) {
    const policy& p = policies[i];
    auto c = std::make_unique<compiled>();
    c->name = default_name(p, i);
    c->message = p.message;
    c->level = p.severity;
    auto fail = [&](std::string_view what) {
      return config_error{label(p, c->name) + ": " + std::string(what)};
    };
    if (!p.schema_text.empty()) {
      parse_result parsed = parse(p.schema_text, lim, {});
      if (parsed.failure) {
        // Worded as LS0001 and LS0003 word a payload's.
        const rules::input_finding f =
            rules::parse_failure_finding(p.schema_text, *parsed.failure, lim);
        source_position where{0, 0, std::min(f.offset, p.schema_text.size())};
        source_position* positions[] = {&where};
        compute_positions(p.schema_text, positions);
        const bool limit = f.rule == rules::rule_id::input_limit;
        return fail(fmt::format("{}: {} at {}:{}",
                                limit ? "exceeds the limits of payloads" : "not valid JSON",
                                f.message, where.line, where.column));
      }
      if (!parsed.duplicates.empty()) {
        const parsed_duplicate& d = parsed.duplicates.front();
        return fail(fmt::format("duplicate key {}{}", quote(d.key),
                                d.object_pointer.empty()
                                    ? std::string()
                                    : " in the object at " + quote(d.object_pointer)));
      }
      c->document = std::move(parsed.document);
    } else {
      c->document = p.schema;
    }
    if (p.name.empty())
      if (const json::object* o = c->document.if_object())
        if (const json::value* title = o->if_contains("title"))
          if (const json::string* s = title->if_string(); s && !s->empty())
            c->name = std::string(view(*s));
    if (!c->document.is_object() && !c->document.is_bool())
      return fail("not a valid schema: expected an object, got " +
                  detail::kind_phrase(c->document));
    preparer prep(c->document, std::max(lim.max_depth, std::size_t{1}));
    if (auto problem = prep.run()) return fail("not a valid schema: " + *problem);
    c->uses_regex = prep.uses_regex();
    try {
      valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
      const valijson::adapters::BoostJsonAdapter adapter(c->document);
      parser.populateSchema(adapter, c->schema);
    } catch (const std::exception& e) {
      return fail("not a valid schema: " + clause(e.what()));
    }
    set->policies_.push_back(std::move(c));
  }
  return std::shared_ptr<const policy_set>(std::move(set));
}

std::size_t policy_set::size() const noexcept { return policies_.size(); }

std::string_view policy_set::name(std::size_t i) const noexcept { return policies_[i]->name; }

sailcheck::severity policy_set::level(std::size_t i) const noexcept { return policies_[i]->level; }

std::vector<policy_finding> policy_set::check(const boost::json::value& document) const {
  std::vector<policy_finding> out;
  for (std::size_t index = 0; index < policies_.size(); ++index) {
    const compiled& c = *policies_[index];
    if (c.level == sailcheck::severity::off) continue;
    const std::string prefix = "policy " + quote(c.name) + ": ";
    auto finding = [&](std::string pointer, bool at_key, std::string_view reasons) {
      std::string message = prefix;
      if (c.message.empty()) {
        message += reasons;
      } else {
        append_prose(message, c.message);
        message += " (";
        message += reasons;
        message += ')';
      }
      out.push_back({std::move(pointer), at_key, std::move(message), index});
    };
    const std::size_t first = out.size();
    try {
      std::vector<long_text> too_long;
      if (c.uses_regex) {
        std::string pointer;
        find_long_text(document, pointer, too_long);
      }
      std::optional<json::value> shortened;
      if (!too_long.empty()) shortened = without_long_text(document);
      const json::value& target = shortened ? *shortened : document;
      for (const long_text& t : too_long)
        finding(t.pointer, t.is_key,
                fmt::format("{} is {} bytes long, too long to test against the policy's "
                            "patterns and formats (at most {} bytes are tested)",
                            t.is_key ? "the member name" : "the string", t.bytes,
                            k_max_pattern_subject));

      // A validator per check: its cache of compiled patterns is written while it validates,
      // so the compiled schema is all that threads share.
      valijson::Validator validator;
      valijson::ValidationResults results;
      const valijson::adapters::BoostJsonAdapter adapter(target);
      if (validator.validate(c.schema, adapter, &results)) continue;

      struct error {
        std::string pointer;
        std::string description;
      };
      std::vector<error> errors;
      for (const valijson::ValidationResults::Error& e : results)
        errors.push_back({pointer_of(e.context, target), e.description});
      // One finding per failing value: each reason is kept where valijson found it, and a
      // summary sentence only where no reason lies at or below it (anyOf and oneOf also where
      // their alternatives' reasons are at the same value). Values too long to test report
      // only that.
      struct group {
        std::string pointer;
        std::vector<std::string> reasons;
      };
      std::vector<group> groups;
      auto add = [&](const std::string& pointer, std::string reason, bool front) {
        if (std::any_of(too_long.begin(), too_long.end(),
                        [&](const long_text& t) { return t.pointer == pointer; }))
          return;
        auto g = std::find_if(groups.begin(), groups.end(),
                              [&](const group& x) { return x.pointer == pointer; });
        if (g == groups.end()) g = groups.insert(groups.end(), group{pointer, {}});
        if (std::find(g->reasons.begin(), g->reasons.end(), reason) != g->reasons.end()) return;
        if (front)
          g->reasons.insert(g->reasons.begin(), std::move(reason));
        else
          g->reasons.push_back(std::move(reason));
      };
      for (const error& e : errors)
        if (!is_summary(e.description)) add(e.pointer, clause(e.description), false);
      for (const error& e : errors) {
        if (!is_summary(e.description)) continue;
        bool covered = false, same = false;
        for (const error& leaf : errors) {
          if (is_summary(leaf.description) || !at_or_below(leaf.pointer, e.pointer)) continue;
          covered = true;
          same = same || leaf.pointer == e.pointer;
        }
        if (!covered || (same && is_alternatives(e.description)))
          add(e.pointer, clause(e.description), true);
      }
      for (group& g : groups) finding(std::move(g.pointer), false, joined(g.reasons));
      // valijson may fail without a reason (propertyNames does): the finding is still made.
      if (out.size() == first) finding({}, false, "the payload does not satisfy the schema");
    } catch (const std::exception& e) {
      out.resize(first);
      finding({}, false, "the policy could not be checked (" + clause(e.what()) + ")");
    }
  }
  return out;
}

}  // namespace sailcheck::detail
