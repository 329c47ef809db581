// The request's JSON Schema, generated from the shape declaration the walk follows
// (rules/shape.cpp) and the model's facts (rules/model/request_model.hpp). Each value rule that
// JSON Schema can express adds its keywords here; the others are only the linter's, and
// tests/schema_differential_test.cpp says why for each.

#include <sailcheck/schema.hpp>

#include "model/request_model.hpp"
#include "shape.hpp"

#include <boost/json/serialize.hpp>

#include <cstdint>
#include <limits>
#include <string_view>

namespace sailcheck {
namespace {

namespace json = boost::json;
namespace model = rules::model;
using detail::json_type;
using detail::shape_node;
using rules::field;
using rules::rule_id;

constexpr std::string_view k_draft = "http://json-schema.org/draft-07/schema#";

// ECMAScript patterns kept simple on purpose: valijson runs them with std::regex, which
// recurses per character, and editors run them in JavaScript. Both read them alike.
constexpr std::string_view k_resource_name_pattern = "^[A-Za-z0-9_][A-Za-z0-9_-]*[A-Za-z0-9_]$";
// Something other than ASCII whitespace (LS2005 trims exactly these six).
constexpr std::string_view k_not_blank_pattern = "[^ \\t\\n\\v\\f\\r]";
// ASCII letters, digits, space and the tag punctuation; other ASCII is refused. Characters
// outside ASCII pass: whether they are Unicode letters, numbers or spaces is a question of
// general categories, which a portable pattern cannot ask (LS2010 and LS2011 do).
constexpr std::string_view k_tag_text_pattern = "^(?:[A-Za-z0-9 +=._:/@-]|[^\\x00-\\x7F])*$";
constexpr std::string_view k_reserved_prefix_pattern = "^[Aa][Ww][Ss]:";
// The path-pattern characters, and not the one regular expression LS2020 recognises that uses
// only them: `.*` or `.+` in a pattern that ends with `$`.
constexpr std::string_view k_path_pattern = "^(?!.*\\.[*+].*\\$$)[A-Za-z0-9_.*?$/~\"'@:+&-]+$";

json::array strings(std::span<const std::string_view> values) {
  json::array out;
  for (std::string_view v : values) out.emplace_back(v);
  return out;
}

std::string_view model_name(target_model m) { return to_string(m); }

// What the node's value rules add: keyword by keyword, from the same facts the rules read.
void add_rule_keywords(json::object& s, const shape_node& node) {
  for (rule_id id : node.checks) {
    switch (id) {
      case rule_id::resource_name:  // LS2006 name-period's names fail the same pattern
        s["pattern"] = k_resource_name_pattern;
        s["maxLength"] = static_cast<std::int64_t>(model::k_resource_name_max_length);
        break;
      case rule_id::http_methods:
        s["enum"] = node.id == field::cached_methods ? strings(model::k_cached_methods)
                                                     : strings(model::k_allowed_methods);
        break;
      case rule_id::number_range:
        if (node.id == field::origin_response_timeout) {
          s["minimum"] = model::k_response_timeout_min;
          s["maximum"] = model::k_response_timeout_max;
          s["default"] = model::k_response_timeout_default;
        } else {
          s["minimum"] = model::k_ttl_min;
        }
        break;
      case rule_id::empty_value:
        s["pattern"] = k_not_blank_pattern;
        break;
      case rule_id::bundle_id:  // a warning: bundles come from GetDistributionBundles
        s["examples"] = strings(model::k_bundles);
        break;
      case rule_id::tag_key_format:
        s["minLength"] = 1;
        s["maxLength"] = static_cast<std::int64_t>(model::k_tag_key_max_chars);
        s["pattern"] = k_tag_text_pattern;
        break;
      case rule_id::tag_value_format:
        s["minLength"] = 1;
        s["maxLength"] = static_cast<std::int64_t>(model::k_tag_value_max_chars);
        s["pattern"] = k_tag_text_pattern;
        break;
      case rule_id::tag_reserved_prefix:
        s["not"] = json::object{{"pattern", k_reserved_prefix_pattern}};
        break;
      case rule_id::path_format:
        s["minLength"] = 1;
        s["maxLength"] = static_cast<std::int64_t>(model::k_path_max_length);
        s["pattern"] = k_path_pattern;
        break;
      default:  // enum_value is the node's enum; warnings (LS2021) are not validity
        break;
    }
  }
}

json::object node_schema(const shape_node& node);

json::object object_schema(const shape_node& node) {
  json::object s;
  s["type"] = "object";
  if (!node.description.empty()) s["description"] = node.description;
  json::object properties;
  json::array required;
  for (const detail::member_spec& m : node.members) {
    json::object p = node_schema(*m.node);
    if (m.since != target_model::botocore_1_29) {
      // Derived from the model history, so the note cannot disagree with LS5001.
      std::string d(m.node->description);
      if (!d.empty()) d += ' ';
      d += "Not in the ";
      d += model_name(target_model::botocore_1_29);
      d += " model (sailcheck --target-model reports it).";
      p["description"] = d;
    }
    properties[m.name] = std::move(p);
    if (m.presence) required.emplace_back(m.name);
  }
  s["properties"] = std::move(properties);
  if (!required.empty()) s["required"] = std::move(required);
  s["additionalProperties"] = false;
  return s;
}

json::object node_schema(const shape_node& node) {
  if (node.type == json_type::object) return object_schema(node);
  json::object s;
  switch (node.type) {
    case json_type::array:
      s["type"] = "array";
      break;
    case json_type::string:
      s["type"] = "string";
      break;
    case json_type::integer:
      s["type"] = "integer";
      break;
    case json_type::boolean:
      s["type"] = "boolean";
      break;
    case json_type::object:
      break;
  }
  if (!node.description.empty()) s["description"] = node.description;
  if (!node.enum_values.empty()) {
    json::array values = strings(node.enum_values);
    for (std::string_view v : node.enum_owned_elsewhere) values.emplace_back(v);
    s["enum"] = std::move(values);
  }
  if (node.type == json_type::integer) {
    // The member's integer type: outside it a value is LS1003's.
    if (node.width == detail::int_width::int32) {
      s["minimum"] = std::numeric_limits<std::int32_t>::min();
      s["maximum"] = std::numeric_limits<std::int32_t>::max();
    } else {
      s["minimum"] = std::numeric_limits<std::int64_t>::min();
      s["maximum"] = std::numeric_limits<std::int64_t>::max();
    }
  }
  add_rule_keywords(s, node);
  if (node.type == json_type::array && node.items) s["items"] = node_schema(*node.items);
  return s;
}

void indent(std::string& out, std::size_t depth) {
  out += '\n';
  out.append(depth * 2, ' ');
}

void append_pretty(std::string& out, const json::value& v, std::size_t depth) {
  if (const json::object* o = v.if_object()) {
    if (o->empty()) {
      out += "{}";
      return;
    }
    out += '{';
    bool first = true;
    for (const json::key_value_pair& kv : *o) {
      if (!first) out += ',';
      first = false;
      indent(out, depth + 1);
      out += json::serialize(json::string(kv.key()));
      out += ": ";
      append_pretty(out, kv.value(), depth + 1);
    }
    indent(out, depth);
    out += '}';
    return;
  }
  if (const json::array* a = v.if_array()) {
    if (a->empty()) {
      out += "[]";
      return;
    }
    out += '[';
    bool first = true;
    for (const json::value& item : *a) {
      if (!first) out += ',';
      first = false;
      indent(out, depth + 1);
      append_pretty(out, item, depth + 1);
    }
    indent(out, depth);
    out += ']';
    return;
  }
  out += json::serialize(v);
}

}  // namespace

json::value request_schema() {
  json::object s;
  s["$schema"] = k_draft;
  s["title"] = "Amazon Lightsail CreateDistribution request";
  json::object root = node_schema(detail::request_shape());
  root["description"] =
      "The JSON given to boto3 create_distribution(**payload) or to aws lightsail "
      "create-distribution --cli-input-json, as sailcheck checks it (generated by sailcheck "
      "--print-schema). Members the model leaves optional but a working distribution needs "
      "are required here, as sailcheck requires them. Cross-field rules, the Unicode classes "
      "of tag text and the warnings are only checked by sailcheck.";
  for (auto& kv : root) s[kv.key()] = std::move(kv.value());
  return s;
}

std::string request_schema_text() {
  std::string out;
  append_pretty(out, request_schema(), 0);
  out += '\n';
  return out;
}

}  // namespace sailcheck
