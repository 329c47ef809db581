// The exported request schema (docs/create-distribution.schema.json, `--print-schema`) against
// sailcheck itself: valijson's verdict on the schema and sailcheck's structural verdict agree on
// valid versus invalid for the corpus, the examples, every rule's documented examples and a few
// thousand variants generated deterministically from the corpus.

#include <sailcheck/sailcheck.hpp>
#include <sailcheck/schema.hpp>

#include "cli_support.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <valijson/adapters/boost_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace sailcheck::test {
namespace {

namespace json = boost::json;

// The rules whose verdict the schema expresses. Left out, and why:
// - LS0001 json-syntax, LS0003 input-limit: no document to validate (such payloads are skipped).
// - LS0002 duplicate-key: a schema validator sees the parsed document, in which one of the two
//   members is already gone.
// - LS0004 to LS0006: the tool's own findings.
// - LS2021 path-wildcard, LS2030 bundle-id: warnings about values that are valid (the known
//   bundles are the schema's `examples`, not an enum: bundles can change).
// - LS3xxx: cross-field rules; the schema has no if/then for them.
// - LS4xxx: best-practice warnings and infos.
// - LS5001: off at the latest target model, the one the schema describes.
// - LS2010 and LS2011 on text outside ASCII: whether a character is a Unicode letter, number or
//   space needs general categories, which a portable pattern cannot ask (valijson matches bytes
//   with std::regex). The schema checks ASCII characters only, so tags with other characters
//   are taken out of a payload before both sides see it (`drop_non_ascii_tags`).
// LS2006 name-period is a warning, yet compared: the schema carries the model's pattern, which
// refuses the `.` that LS2006 warns about.
const std::vector<std::string> k_compared = {"LS1001", "LS1002", "LS1003", "LS1004", "LS1005",
                                             "LS2001", "LS2002", "LS2003", "LS2004", "LS2005",
                                             "LS2006", "LS2010", "LS2011", "LS2012", "LS2020"};

// valijson runs `pattern` with std::regex, which recurses per character of the subject; the
// schema's patterns are simple, and generated strings stay short, but a corpus file could hold
// anything: payloads with longer strings are skipped.
constexpr std::size_t k_max_string_bytes = 1024;

bool has_long_string(const json::value& v) {
  if (const json::string* s = v.if_string()) return s->size() > k_max_string_bytes;
  if (const json::array* a = v.if_array())
    return std::any_of(a->begin(), a->end(),
                       [](const json::value& i) { return has_long_string(i); });
  if (const json::object* o = v.if_object())
    return std::any_of(o->begin(), o->end(), [](const json::key_value_pair& kv) {
      return kv.key().size() > k_max_string_bytes || has_long_string(kv.value());
    });
  return false;
}

bool non_ascii(const json::value* v) {
  const json::string* s = v ? v->if_string() : nullptr;
  return s && std::any_of(s->begin(), s->end(), [](char c) { return (c & 0x80) != 0; });
}

void drop_non_ascii_tags(json::value& doc) {
  json::object* root = doc.if_object();
  json::value* tags = root ? root->if_contains("tags") : nullptr;
  json::array* a = tags ? tags->if_array() : nullptr;
  if (!a) return;
  for (std::size_t i = a->size(); i-- > 0;) {
    const json::object* tag = (*a)[i].if_object();
    if (tag && (non_ascii(tag->if_contains("key")) || non_ascii(tag->if_contains("value"))))
      a->erase(a->begin() + static_cast<std::ptrdiff_t>(i));
  }
}

class differential {
 public:
  differential() {
    schema_doc_ = request_schema();
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    const valijson::adapters::BoostJsonAdapter adapter(schema_doc_);
    parser.populateSchema(adapter, schema_);
    auto built = linter::create(options{.select = k_compared});
    EXPECT_TRUE(built.has_value());
    if (built) lint_ = std::move(*built);
  }

  // Compares the verdicts on one document; false (and a message) when they differ.
  bool agree(json::value doc, std::string_view name) {
    drop_non_ascii_tags(doc);
    if (has_long_string(doc)) return true;
    ++compared_;
    const valijson::adapters::BoostJsonAdapter adapter(doc);
    valijson::ValidationResults results;
    const bool schema_valid = validator_.validate(schema_, adapter, &results);
    const report r = lint_.check(doc);
    const bool lint_valid =
        std::none_of(r.diagnostics.begin(), r.diagnostics.end(), [](const diagnostic& d) {
          return std::find(k_compared.begin(), k_compared.end(), d.code) != k_compared.end();
        });
    (schema_valid ? valid_ : invalid_) += 1;
    if (schema_valid == lint_valid) return true;
    std::string why;
    valijson::ValidationResults::Error e;
    while (results.popError(e)) {
      for (const std::string& c : e.context) why += c;
      why += ": " + e.description + "\n";
    }
    ADD_FAILURE() << name << ": valijson says " << (schema_valid ? "valid" : "invalid")
                  << ", sailcheck " << (lint_valid ? "valid" : "invalid") << "\n"
                  << json::serialize(doc) << "\nvalijson:\n"
                  << why << "sailcheck:\n"
                  << dump(r);
    return false;
  }

  std::size_t compared_ = 0, valid_ = 0, invalid_ = 0;

 private:
  json::value schema_doc_;
  valijson::Schema schema_;
  valijson::Validator validator_;
  linter lint_;
};

// ---- generated variants ----

// Every value's location, as a chain of (container, key or index) steps from the root.
struct location {
  json::value* value;
  json::object* parent_object;  // set when the value is a member
  std::string key;
};

void collect(json::value& v, std::vector<location>& out, json::object* parent, std::string key) {
  out.push_back({&v, parent, std::move(key)});
  if (json::object* o = v.if_object()) {
    for (json::key_value_pair& kv : *o) collect(kv.value(), out, o, std::string(kv.key()));
  } else if (json::array* a = v.if_array()) {
    for (json::value& item : *a) collect(item, out, nullptr, {});
  }
}

// std::mt19937's sequence is fixed by the standard (the distributions are not): reduce it here.
class dice {
 public:
  explicit dice(std::uint32_t seed) : engine_(seed) {}
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(engine_() % n); }

 private:
  std::mt19937 engine_;
};

std::vector<json::value> string_pool() {
  std::vector<json::value> out;
  for (const char* s : {"",
                        "a",
                        "ab",
                        "-ab",
                        "ab-",
                        "_ab_",
                        "a.b",
                        "a b",
                        "a\tb",
                        "a\x01z",
                        "small_1_0",
                        " ",
                        "\t",
                        "aws:team",
                        "AWS:Team",
                        "team",
                        "a/*",
                        "*.css",
                        "images/*",
                        "api/.*$",
                        "a?b=c",
                        "a#b",
                        "a\\b",
                        "{a,b}",
                        "[ab]",
                        "^a",
                        "a|b",
                        "(a)",
                        "GET,HEAD",
                        "GET, HEAD",
                        "get,head",
                        "HEAD,GET",
                        "GET,HEAD,OPTIONS",
                        "GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE",
                        "GET,POST",
                        "cache",
                        "dont-cache",
                        "Cache",
                        "us-east-1",
                        "eu-south-2",
                        "us-east-1a",
                        "none",
                        "all",
                        "allow-list",
                        "default",
                        "Host",
                        "host",
                        "ipv4",
                        "ipv6",
                        "dualstack",
                        "TLSv1.2_2021",
                        "TLSv1.3",
                        "https-only",
                        "http-only",
                        "key+=._:/@",
                        "a=b",
                        "a!b",
                        "caf\xC3\xA9",
                        "na\xC3\xAFve-name",
                        "x\xC2\xA0y"})
    out.emplace_back(s);
  // Lengths at the boundaries: names 255, tag keys 128, tag values 256, paths 255.
  for (std::size_t n : {1U, 2U, 127U, 128U, 129U, 254U, 255U, 256U, 257U})
    out.emplace_back(std::string(n, 'n'));
  return out;
}

std::vector<json::value> other_pool() {
  std::vector<json::value> out = {
      json::value(0),
      json::value(1),
      json::value(-1),
      json::value(30),
      json::value(60),
      json::value(61),
      json::value(86400),
      json::value(2147483647),
      json::value(std::int64_t{2147483648}),
      json::value(std::int64_t{-2147483649}),
      json::value(INT64_MAX),
      json::value(std::uint64_t{9223372036854775808ULL}),
      json::value(1.0),
      json::value(86400.5),
      json::value(true),
      json::value(false),
      json::value(nullptr),
      json::value(json::array{}),
      json::value(json::array{"Host", "host"}),
      json::value(json::array{1}),
      json::value(json::object{}),
      json::value(json::object{{"key", "team"}, {"value", "web"}}),
  };
  return out;
}

constexpr const char* k_extra_members[] = {
    "extra", "Key", "DistributionName", "bundleID", "allowedHttpMethods", "value", "path"};

void mutate(json::value& doc, dice& d, const std::vector<json::value>& strings,
            const std::vector<json::value>& others) {
  std::vector<location> locations;
  collect(doc, locations, nullptr, {});
  const location& at = locations[d.below(locations.size())];
  switch (d.below(6)) {
    case 0:  // drop a member
      if (at.parent_object) {
        at.parent_object->erase(at.key);
        return;
      }
      [[fallthrough]];
    case 1:  // another string
    case 2:
      *at.value = strings[d.below(strings.size())];
      return;
    case 3:  // another type, or a number at a boundary
      *at.value = others[d.below(others.size())];
      return;
    case 4:  // a member the model does not have
      if (json::object* o = at.value->if_object()) {
        (*o)[k_extra_members[d.below(std::size(k_extra_members))]] = "x";
        return;
      }
      [[fallthrough]];
    default:  // a character added to a string
      if (json::string* s = at.value->if_string()) {
        constexpr std::string_view k_chars = ".- #=\\*?$/aZ9_:@";
        s->insert(d.below(s->size() + 1), 1, k_chars[d.below(k_chars.size())]);
      }
      return;
  }
}

std::vector<std::string> corpus_texts() {
  std::vector<std::string> out;
  namespace fs = std::filesystem;
  for (const char* folder : {"/tests/corpus", "/examples"}) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(std::string(SAILCHECK_SOURCE_DIR) + folder))
      if (e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) out.push_back(read_file(f.string()));
  }
  return out;
}

TEST(schema_differential, corpus_examples_and_rule_examples_agree) {
  differential diff;
  std::size_t texts = 0;
  auto compare_text = [&](const std::string& text, std::string_view name) {
    const report r = check(text);
    for (const diagnostic& d : r.diagnostics)
      if (d.code == "LS0001" || d.code == "LS0003") return;  // nothing for valijson to see
    ++texts;
    diff.agree(json::parse(text), name);
  };
  for (const std::string& text : corpus_texts()) compare_text(text, "corpus");
  for (const rule_info* info : all_rules()) {
    compare_text(std::string(info->example_bad), info->code);
    compare_text(std::string(info->example_good), info->code);
  }
  EXPECT_GE(texts, 10U);
  RecordProperty("compared", static_cast<int>(diff.compared_));
  RecordProperty("valid", static_cast<int>(diff.valid_));
  EXPECT_GT(diff.valid_, 0U);
  EXPECT_GT(diff.invalid_, 0U);
}

TEST(schema_differential, generated_variants_agree) {
  differential diff;
  std::vector<json::value> bases;
  for (const std::string& text : corpus_texts()) {
    boost::system::error_code ec;
    json::value v = json::parse(text, ec);
    if (!ec && v.is_object() && check(text).count(severity::error) == 0)
      bases.push_back(std::move(v));
  }
  ASSERT_GE(bases.size(), 4U);
  const std::vector<json::value> strings = string_pool();
  const std::vector<json::value> others = other_pool();
  dice d(20240611);
  std::size_t disagreements = 0;
  constexpr std::size_t k_variants = 3000;
  for (std::size_t i = 0; i < k_variants && disagreements < 10; ++i) {
    json::value doc = bases[i % bases.size()];
    const std::size_t mutations = 1 + d.below(3);
    for (std::size_t m = 0; m < mutations; ++m) mutate(doc, d, strings, others);
    if (!diff.agree(std::move(doc), "variant " + std::to_string(i))) ++disagreements;
  }
  EXPECT_EQ(disagreements, 0U);
  RecordProperty("compared", static_cast<int>(diff.compared_));
  RecordProperty("valid", static_cast<int>(diff.valid_));
  RecordProperty("invalid", static_cast<int>(diff.invalid_));
  // Both verdicts are common, or the comparison would prove little.
  EXPECT_GT(diff.valid_, k_variants / 10);
  EXPECT_GT(diff.invalid_, k_variants / 2);
}

TEST(schema, committed_file_is_current) {
  const std::string committed =
      read_file(std::string(SAILCHECK_SOURCE_DIR) + "/docs/create-distribution.schema.json");
  EXPECT_EQ(committed, request_schema_text())
      << "docs/create-distribution.schema.json is stale: run `cmake --build <build dir> -t "
         "update-docs` and commit it";
}

TEST(schema, print_schema_prints_it) {
  scratch s;
  const result r = run(s, {"--print-schema"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, request_schema_text());
}

TEST(schema, declares_the_request_shape) {
  const json::value schema = request_schema();
  const json::object& root = schema.as_object();
  EXPECT_EQ(root.at("$schema"), "http://json-schema.org/draft-07/schema#");
  EXPECT_EQ(root.at("required"), json::value(json::array{"distributionName", "origin",
                                                         "defaultCacheBehavior", "bundleId"}));
  EXPECT_EQ(root.at("additionalProperties"), false);
  const json::object& origin = root.at("properties").at("origin").as_object();
  EXPECT_EQ(origin.at("required"), json::value(json::array{"name", "regionName"}));
  const json::object& timeout = origin.at("properties").at("responseTimeout").as_object();
  EXPECT_EQ(timeout.at("minimum"), 1);
  EXPECT_EQ(timeout.at("maximum"), 60);
  EXPECT_EQ(origin.at("properties").at("regionName").at("enum").as_array().size(), 20U);
  const json::object& header_option = root.at("properties")
                                          .at("cacheBehaviorSettings")
                                          .at("properties")
                                          .at("forwardedHeaders")
                                          .at("properties")
                                          .at("option")
                                          .as_object();
  EXPECT_EQ(header_option.at("enum"),
            json::value(json::array{"none", "allow-list", "all", "default"}));
}

}  // namespace
}  // namespace sailcheck::test
