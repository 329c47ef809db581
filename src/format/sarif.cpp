// SARIF 2.1.0 for GitHub code scanning and other SARIF consumers.
//
// Results are written as files arrive. `tool` and `invocations` come after `results` in the run
// object (member order carries no meaning in JSON): a finding of a rule missing from the
// configured list gets that rule appended, and a tool error anywhere makes the invocation
// unsuccessful, and neither is known before the last file.

#include "format/formatters.hpp"

#include <sailcheck/linter.hpp>

#include "fix/edit.hpp"
#include "format/json_writer.hpp"
#include "format/terminal.hpp"
#include "source_map.hpp"
#include "text.hpp"
#include "unicode.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <fmt/format.h>

#include <cstdint>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#ifndef SAILCHECK_DOCS_URL
#define SAILCHECK_DOCS_URL "https://github.com/sailcheck/sailcheck/blob/main/docs/rules.md"
#endif

namespace sailcheck::detail {
namespace {

namespace json = boost::json;

constexpr std::string_view k_schema_uri = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr std::string_view k_src_root = "%SRCROOT%";
constexpr std::string_view k_fingerprint_key = "sailcheck/v1";

// The project page: the docs URL up to its "/blob/" part, so there is one address to configure.
std::string information_uri() {
  const std::string_view docs = SAILCHECK_DOCS_URL;
  const std::size_t blob = docs.find("/blob/");
  return std::string(blob == std::string_view::npos ? docs : docs.substr(0, blob));
}

// ---------------------------------------------------------------------------------------------
// Indented JSON, so that the document diffs well and reads in a review; strings are written by
// the json format's writer, which escapes what a terminal or viewer would act on.

void append_indent(std::string& out, std::size_t depth) { out.append(depth * 2, ' '); }

void append_json(std::string& out, const json::value& v, std::size_t depth) {
  if (const json::object* o = v.if_object()) {
    if (o->empty()) {
      out += "{}";
      return;
    }
    out += "{\n";
    bool first = true;
    for (const json::key_value_pair& kv : *o) {
      if (!first) out += ",\n";
      first = false;
      append_indent(out, depth + 1);
      append_json_string(out, kv.key());
      out += ": ";
      append_json(out, kv.value(), depth + 1);
    }
    out += '\n';
    append_indent(out, depth);
    out += '}';
  } else if (const json::array* a = v.if_array()) {
    if (a->empty()) {
      out += "[]";
      return;
    }
    out += "[\n";
    for (std::size_t i = 0; i < a->size(); ++i) {
      if (i != 0) out += ",\n";
      append_indent(out, depth + 1);
      append_json(out, (*a)[i], depth + 1);
    }
    out += '\n';
    append_indent(out, depth);
    out += ']';
  } else if (const json::string* s = v.if_string()) {
    append_json_string(out, *s);
  } else {
    out += json::serialize(v);  // numbers, booleans, null: nothing to escape
  }
}

// ---------------------------------------------------------------------------------------------
// Names and locations.

std::string_view sarif_level(severity s) noexcept {
  switch (s) {
    case severity::error:
      return "error";
    case severity::warning:
      return "warning";
    case severity::info:
      return "note";
    case severity::off:
      return "none";
  }
  return "error";
}

// Unreserved characters, sub-delims and "@" may stand in a path segment as they are (RFC 3986
// 3.3). ":" is encoded too, because in the first segment of a relative reference it would read as
// a scheme delimiter.
bool keeps_in_uri(unsigned char c) noexcept {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("-._~!$&'()*+,;=@/").find(static_cast<char>(c)) != std::string_view::npos;
}

void append_percent_encoded(std::string& out, std::string_view path) {
  for (char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (keeps_in_uri(c))
      out += ch;
    else
      fmt::format_to(std::back_inserter(out), "%{:02X}", c);
  }
}

#ifdef _WIN32
constexpr bool k_backslash_separates = true;
#else
constexpr bool k_backslash_separates = false;
#endif

// `file` as SARIF wants it: a relative reference against %SRCROOT%, or a file: URI when the name
// is absolute. Standard input ("-") keeps its name and has no base.
json::object artifact_location(std::string_view name) {
  json::object loc;
  if (name == "-") {
    loc["uri"] = "-";
    return loc;
  }
  std::string file(name);
  if (k_backslash_separates)
    for (char& c : file)
      if (c == '\\') c = '/';
  std::string_view rest = file;
  std::string uri;
  const bool drive = rest.size() >= 2 && rest[1] == ':' &&
                     ((rest[0] >= 'a' && rest[0] <= 'z') || (rest[0] >= 'A' && rest[0] <= 'Z'));
  if (rest.starts_with('/') || (k_backslash_separates && drive)) {
    uri = "file://";
    if (!rest.starts_with('/')) {
      uri += '/';
      uri += rest.substr(0, 2);  // "C:" stays as written in a file URI
      rest.remove_prefix(2);
    }
    append_percent_encoded(uri, rest);
    loc["uri"] = std::move(uri);
    return loc;
  }
  // "./a.json" and "a.json" name the same file; GitHub matches the second against the tree.
  while (rest.starts_with("./")) {
    rest.remove_prefix(2);
    while (rest.starts_with('/')) rest.remove_prefix(1);
  }
  append_percent_encoded(uri, rest);
  loc["uri"] = std::move(uri);
  loc["uriBaseId"] = k_src_root;
  return loc;
}

// A pointer's last token is an array index when it is a decimal number: the request has no
// member names made of digits, so the guess only errs on unknown members.
std::string_view logical_kind(std::string_view pointer) noexcept {
  if (pointer.empty()) return "object";
  const std::string_view last = pointer.substr(pointer.rfind('/') + 1);
  if (last.empty()) return "member";
  for (char c : last)
    if (c < '0' || c > '9') return "member";
  return "element";
}

// A region from positions of the checked text; none when the report has no positions (a report
// of an already-parsed value).
std::optional<json::object> region_of(const source_position& begin, const source_position* end) {
  if (begin.line == 0) return std::nullopt;
  const bool has_end = end != nullptr && end->line != 0 && end->offset >= begin.offset;
  json::object r;
  r["startLine"] = begin.line;
  r["startColumn"] = begin.column;
  if (has_end) {
    r["endLine"] = end->line;
    r["endColumn"] = end->column;
  }
  r["byteOffset"] = begin.offset;
  if (has_end) r["byteLength"] = end->offset - begin.offset;
  return r;
}

json::object physical_location(const json::object& artifact, std::optional<json::object> region) {
  json::object p;
  p["artifactLocation"] = artifact;
  if (region) p["region"] = std::move(*region);
  return p;
}

// FNV-1a, 64 bits: stable across platforms and releases, which a fingerprint must be.
std::string fingerprint(std::string_view code, std::string_view pointer, std::size_t occurrence) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  auto mix = [&h](std::string_view s) {
    for (char c : s) {
      h ^= static_cast<unsigned char>(c);
      h *= 0x100000001b3ULL;
    }
  };
  mix(code);
  mix(std::string_view("\0", 1));
  mix(pointer);
  mix(std::string_view("\0", 1));
  mix(std::to_string(occurrence));
  return fmt::format("{:016x}", h);
}

// ---------------------------------------------------------------------------------------------
// Rule descriptors.

std::string help_text(const rule_info& r) {
  std::string s(r.summary);
  if (!r.rationale.empty()) fmt::format_to(std::back_inserter(s), "\n\n{}", r.rationale);
  if (!r.example_bad.empty())
    fmt::format_to(std::back_inserter(s), "\n\nReported:\n{}", r.example_bad);
  if (!r.example_good.empty())
    fmt::format_to(std::back_inserter(s), "\n\nFixed:\n{}", r.example_good);
  return s;
}

std::string help_markdown(const rule_info& r) {
  std::string s(r.summary);
  if (!r.rationale.empty()) fmt::format_to(std::back_inserter(s), "\n\n{}", r.rationale);
  if (!r.example_bad.empty())
    fmt::format_to(std::back_inserter(s), "\n\nReported:\n\n```json\n{}\n```", r.example_bad);
  if (!r.example_good.empty())
    fmt::format_to(std::back_inserter(s), "\n\nFixed:\n\n```json\n{}\n```", r.example_good);
  return s;
}

struct listed_rule {
  std::string code;
  const rule_info* info = nullptr;  // null for a code no rule has (kept valid all the same)
  std::string name;                 // owned: a finding's name may not outlive its file's `add`
  severity level = severity::error;
};

json::object rule_descriptor(const listed_rule& r) {
  json::object o;
  o["id"] = r.code;
  if (!r.name.empty()) o["name"] = r.name;
  if (r.info != nullptr) {
    o["shortDescription"] = json::object{{"text", r.info->summary}};
    o["fullDescription"] =
        json::object{{"text", r.info->rationale.empty() ? r.info->summary : r.info->rationale}};
    o["help"] = json::object{{"text", help_text(*r.info)}, {"markdown", help_markdown(*r.info)}};
    o["helpUri"] = rule_help_uri(*r.info);
  }
  o["defaultConfiguration"] = json::object{{"level", sarif_level(r.level)}};
  const std::string_view category = rule_category(r.code);
  if (!category.empty()) o["properties"] = json::object{{"tags", json::array{category}}};
  return o;
}

// ---------------------------------------------------------------------------------------------

class sarif_formatter final : public formatter {
 public:
  sarif_formatter(std::ostream& out, const format_options& options) : out_(out) {
    if (options.rules.empty()) {
      for (const rule_info* r : all_rules()) list_rule(r->code, r->name, r, r->default_severity);
    } else {
      for (const rule_entry& e : options.rules)
        if (e.info != nullptr) list_rule(e.info->code, e.info->name, e.info, e.level);
    }
  }

  void add(const file_report& fr) override {
    std::string buf;
    begin(buf);
    const json::object artifact = artifact_location(fr.file);
    if (!fr.tool_error.empty()) {
      json::object n;
      n["level"] = "error";
      n["message"] = json::object{{"text", fr.tool_error}};
      n["locations"] =
          json::array{json::object{{"physicalLocation", physical_location(artifact, {})}}};
      notifications_.push_back(std::move(n));
    }
    const std::vector<std::optional<located_edit>> edits = fix_edits(fr);
    std::map<std::pair<std::string_view, std::string_view>, std::size_t> occurrences;
    for (std::size_t i = 0; i < fr.report.diagnostics.size(); ++i) {
      const diagnostic& d = fr.report.diagnostics[i];
      const std::size_t occurrence = occurrences[{d.code, d.pointer}]++;
      buf += results_written_ == 0 ? "\n" : ",\n";
      ++results_written_;
      append_indent(buf, 4);
      append_json(buf, result(d, artifact, occurrence, edits[i]), 4);
    }
    out_ << buf;
  }

  void finish() override {
    std::string buf;
    begin(buf);
    if (results_written_ != 0) {
      buf += '\n';
      append_indent(buf, 3);
    }
    buf += "],\n";

    json::array rules;
    for (const listed_rule& r : rules_) rules.push_back(rule_descriptor(r));
    json::object driver;
    driver["name"] = "sailcheck";
    driver["version"] = version();
    driver["semanticVersion"] = version();
    driver["informationUri"] = information_uri();
    driver["rules"] = std::move(rules);
    append_indent(buf, 3);
    buf += "\"tool\": ";
    append_json(buf, json::object{{"driver", std::move(driver)}}, 3);
    buf += ",\n";

    json::object invocation;
    invocation["executionSuccessful"] = notifications_.empty();
    if (!notifications_.empty())
      invocation["toolExecutionNotifications"] = std::move(notifications_);
    append_indent(buf, 3);
    buf += "\"invocations\": ";
    append_json(buf, json::array{std::move(invocation)}, 3);
    buf += "\n    }\n  ]\n}\n";
    out_ << buf;
  }

 private:
  struct located_edit {
    text_edit edit;
    source_position begin;
    source_position end;
  };

  // The run's opening, up to the results array, before the first file's results.
  void begin(std::string& buf) {
    if (begun_) return;
    begun_ = true;
    buf += "{\n  \"$schema\": ";
    append_json_string(buf, k_schema_uri);
    buf += ",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n";
    buf += "      \"columnKind\": \"unicodeCodePoints\",\n";
    buf += "      \"originalUriBaseIds\": ";
    append_json(
        buf,
        json::object{{k_src_root, json::object{{"description",
                                                json::object{{"text",
                                                              "The directory sailcheck was run in: "
                                                              "relative file names are relative to "
                                                              "it."}}}}}},
        3);
    buf += ",\n      \"results\": [";
  }

  // The index of rule `code` in `tool.driver.rules`, listing it first when it is not there yet.
  std::size_t list_rule(std::string_view code, std::string_view name, const rule_info* info,
                        severity level) {
    const auto [it, inserted] = index_.try_emplace(std::string(code), rules_.size());
    if (inserted) rules_.push_back({std::string(code), info, std::string(name), level});
    return it->second;
  }

  // The edit of each diagnostic's fix, with the line and column of both ends, computed in one
  // pass over the text for the whole file.
  static std::vector<std::optional<located_edit>> fix_edits(const file_report& fr) {
    std::vector<std::optional<located_edit>> edits(fr.report.diagnostics.size());
    if (fr.source.empty()) return edits;
    std::vector<source_position*> positions;
    for (std::size_t i = 0; i < edits.size(); ++i) {
      const diagnostic& d = fr.report.diagnostics[i];
      if (!d.fix) continue;
      std::optional<text_edit> e = edit_for(fr.source, *d.fix);
      if (!e) continue;
      edits[i] = located_edit{std::move(*e), {}, {}};
      edits[i]->begin.offset = edits[i]->edit.begin;
      edits[i]->end.offset = edits[i]->edit.end;
    }
    for (std::optional<located_edit>& e : edits) {
      if (!e) continue;
      positions.push_back(&e->begin);
      positions.push_back(&e->end);
    }
    if (!positions.empty()) compute_positions(fr.source, positions);
    return edits;
  }

  json::object result(const diagnostic& d, const json::object& artifact, std::size_t occurrence,
                      const std::optional<located_edit>& edit) {
    const rule_info* info = find_rule(d.code);
    json::object r;
    r["ruleId"] = d.code;
    r["ruleIndex"] = list_rule(
        d.code, d.name, info != nullptr && info->code == d.code ? info : nullptr, d.severity);
    r["level"] = sarif_level(d.severity);
    r["message"] = json::object{{"text", d.message}};

    json::object location;
    location["physicalLocation"] = physical_location(artifact, region_of(d.begin, &d.end));
    location["logicalLocations"] = json::array{
        json::object{{"fullyQualifiedName", d.pointer}, {"kind", logical_kind(d.pointer)}}};
    r["locations"] = json::array{std::move(location)};
    r["partialFingerprints"] =
        json::object{{k_fingerprint_key, fingerprint(d.code, d.pointer, occurrence)}};

    if (!d.related.empty()) {
      json::array related;
      for (std::size_t i = 0; i < d.related.size(); ++i) {
        const related_location& rl = d.related[i];
        json::object l;
        l["id"] = i;
        l["physicalLocation"] = physical_location(artifact, region_of(rl.position, nullptr));
        l["logicalLocations"] = json::array{
            json::object{{"fullyQualifiedName", rl.pointer}, {"kind", logical_kind(rl.pointer)}}};
        l["message"] = json::object{{"text", rl.message}};
        related.push_back(std::move(l));
      }
      r["relatedLocations"] = std::move(related);
    }

    if (edit) {
      json::object deleted = *region_of(edit->begin, &edit->end);
      json::object replacement;
      replacement["deletedRegion"] = std::move(deleted);
      replacement["insertedContent"] = json::object{{"text", edit->edit.replacement}};
      json::object change;
      change["artifactLocation"] = artifact;
      change["replacements"] = json::array{std::move(replacement)};
      json::object f;
      f["description"] = json::object{{"text", d.fix->description}};
      f["artifactChanges"] = json::array{std::move(change)};
      r["fixes"] = json::array{std::move(f)};
    }
    // The JSON Patch form of the fix, always: it is the API's data, and the only form of a fix
    // that has no text edit (no source kept, or a move to another object).
    if (d.fix) r["properties"] = json::object{{"fix", fix_to_json(*d.fix)}};
    return r;
  }

  std::ostream& out_;
  std::vector<listed_rule> rules_;
  std::map<std::string, std::size_t, std::less<>> index_;
  json::array notifications_;
  std::size_t results_written_ = 0;
  bool begun_ = false;
};

}  // namespace

std::unique_ptr<formatter> make_sarif_formatter(std::ostream& out, const format_options& o) {
  return std::make_unique<sarif_formatter>(out, o);
}

}  // namespace sailcheck::detail
