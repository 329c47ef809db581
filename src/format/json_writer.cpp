#include "format/json_writer.hpp"

#include <sailcheck/format.hpp>

#include "text.hpp"
#include "unicode.hpp"

#include <boost/json/serialize.hpp>

#include <fmt/format.h>

#include <iterator>

namespace sailcheck::detail {
namespace {

void append_key(std::string& out, std::string_view key) {
  append_json_string(out, key);
  out += ':';
}

void append_position(std::string& out, std::string_view line, std::string_view column,
                     const source_position& p) {
  append_key(out, line);
  append_json_number(out, p.line);
  out += ',';
  append_key(out, column);
  append_json_number(out, p.column);
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  std::size_t clean = 0;  // start of the run of bytes that need no escape
  for (std::size_t pos = 0; pos < s.size();) {
    const utf8_char ch = decode_utf8(s, pos);
    const char32_t cp = ch.code_point;
    const bool plain = ch.valid && cp != '"' && cp != '\\' && !must_escape(cp);
    if (plain) {
      pos += ch.length;
      continue;
    }
    out.append(s.substr(clean, pos - clean));
    if (!ch.valid) {
      out += "\uFFFD";
    } else if (cp == '"' || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\b') {
      out += "\\b";
    } else if (cp == '\f') {
      out += "\\f";
    } else {
      // Every code point of must_escape is in the Basic Multilingual Plane: one \u escape.
      fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<std::uint32_t>(cp));
    }
    pos += ch.length;
    clean = pos;
  }
  out.append(s.substr(clean));
  out += '"';
}

void append_json_number(std::string& out, std::size_t n) {
  fmt::format_to(std::back_inserter(out), "{}", n);
}

void append_json_value(std::string& out, const boost::json::value& v) {
  if (const boost::json::string* s = v.if_string()) {
    append_json_string(out, *s);
  } else if (const boost::json::array* a = v.if_array()) {
    out += '[';
    for (std::size_t i = 0; i < a->size(); ++i) {
      if (i != 0) out += ',';
      append_json_value(out, (*a)[i]);
    }
    out += ']';
  } else if (const boost::json::object* o = v.if_object()) {
    out += '{';
    bool first = true;
    for (const boost::json::key_value_pair& kv : *o) {
      if (!first) out += ',';
      first = false;
      append_key(out, kv.key());
      append_json_value(out, kv.value());
    }
    out += '}';
  } else {
    // Numbers, booleans and null hold nothing from the input that needs escaping.
    out += boost::json::serialize(v);
  }
}

void append_json_diagnostic(std::string& out, std::string_view file, const diagnostic& d) {
  out += '{';
  append_key(out, "file");
  append_json_string(out, file);
  out += ',';
  append_key(out, "code");
  append_json_string(out, d.code);
  out += ',';
  append_key(out, "name");
  append_json_string(out, d.name);
  out += ',';
  append_key(out, "severity");
  append_json_string(out, to_string(d.severity));
  out += ',';
  append_key(out, "pointer");
  append_json_string(out, d.pointer);
  out += ',';
  append_position(out, "line", "column", d.begin);
  out += ',';
  append_position(out, "endLine", "endColumn", d.end);
  out += ',';
  append_key(out, "offset");
  append_json_number(out, d.begin.offset);
  out += ',';
  append_key(out, "message");
  append_json_string(out, d.message);
  if (d.fix) {
    out += ',';
    append_key(out, "fix");
    append_json_value(out, fix_to_json(*d.fix));
  }
  if (!d.related.empty()) {
    out += ',';
    append_key(out, "related");
    out += '[';
    for (std::size_t i = 0; i < d.related.size(); ++i) {
      const related_location& r = d.related[i];
      if (i != 0) out += ',';
      out += '{';
      append_key(out, "pointer");
      append_json_string(out, r.pointer);
      out += ',';
      append_position(out, "line", "column", r.position);
      out += ',';
      append_key(out, "offset");
      append_json_number(out, r.position.offset);
      out += ',';
      append_key(out, "message");
      append_json_string(out, r.message);
      out += '}';
    }
    out += ']';
  }
  // Appended last so that every field of schemaVersion 1 keeps its place; rule_help_uri reads
  // only the code and the name.
  out += ',';
  append_key(out, "helpUri");
  rule_info info;
  info.code = d.code;
  info.name = d.name;
  append_json_string(out, rule_help_uri(info));
  out += '}';
}

}  // namespace sailcheck::detail
