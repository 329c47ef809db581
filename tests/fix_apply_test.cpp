#include "test_support.hpp"

#include "fix/edit.hpp"
#include "json_pointer.hpp"

#include <sailcheck/fix.hpp>

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace sailcheck::test {
namespace {

namespace json = boost::json;

// ---- layouts of one payload ----------------------------------------------------------------

// `minified` laid out again, one member or item per line, with every token's bytes kept (so
// escapes inside strings stay as written).
std::string pretty(std::string_view minified, std::string_view indent, std::string_view newline) {
  std::string out;
  std::size_t depth = 0;
  auto line_break = [&] {
    out += newline;
    for (std::size_t i = 0; i < depth; ++i) out += indent;
  };
  for (std::size_t i = 0; i < minified.size(); ++i) {
    const char c = minified[i];
    if (c == '"') {
      const std::size_t start = i++;
      while (i < minified.size() && minified[i] != '"') i += minified[i] == '\\' ? 2 : 1;
      out.append(minified.substr(start, i - start + 1));
    } else if (c == '{' || c == '[') {
      if (i + 1 < minified.size() && (minified[i + 1] == '}' || minified[i + 1] == ']')) {
        out += c;
        out += minified[++i];
        continue;
      }
      out += c;
      ++depth;
      line_break();
    } else if (c == '}' || c == ']') {
      --depth;
      line_break();
      out += c;
    } else if (c == ',') {
      out += c;
      line_break();
    } else if (c == ':') {
      out += ": ";
    } else {
      out += c;
    }
  }
  out += newline;
  return out;
}

json::value reversed(const json::value& v) {
  if (const json::object* o = v.if_object()) {
    json::object out;
    for (auto it = o->end(); it != o->begin();) {
      --it;
      out[it->key()] = reversed(it->value());
    }
    return out;
  }
  if (const json::array* a = v.if_array()) {
    json::array out;
    for (const json::value& item : *a) out.push_back(reversed(item));
    return out;
  }
  return v;
}

// The same document with every object's members in reverse order.
std::string reversed_keys(std::string_view minified) {
  return json::serialize(reversed(json::parse(minified)));
}

// Every non-ASCII character and '/' inside strings written as a JSON escape, member names
// included: the same document, other bytes.
std::string escaped(std::string_view minified) {
  std::string out;
  bool in_string = false;
  for (std::size_t i = 0; i < minified.size(); ++i) {
    const auto c = static_cast<unsigned char>(minified[i]);
    if (!in_string) {
      in_string = c == '"';
      out += static_cast<char>(c);
    } else if (c == '\\') {
      out.append(minified.substr(i, 2));
      ++i;
    } else if (c == '"') {
      in_string = false;
      out += '"';
    } else if (c == '/') {
      out += "\\/";
    } else if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      std::uint32_t cp = c & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F);
      for (std::size_t k = 1; k < length; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(minified[i + k]) & 0x3F);
      i += length - 1;
      auto unit = [&](std::uint32_t u) {
        static constexpr char k_hex[] = "0123456789abcdef";
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4) out += k_hex[(u >> shift) & 0xF];
      };
      if (cp >= 0x10000) {
        unit(0xD800 + ((cp - 0x10000) >> 10));
        unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
      } else {
        unit(cp);
      }
    }
  }
  return out;
}

struct layout {
  std::string name;
  std::string (*apply)(std::string_view);
};

const layout k_layouts[] = {
    {"minified", [](std::string_view s) { return std::string(s); }},
    {"reversed_keys", [](std::string_view s) { return reversed_keys(s); }},
    {"two_spaces", [](std::string_view s) { return pretty(s, "  ", "\n"); }},
    {"tabs_crlf", [](std::string_view s) { return pretty(s, "\t", "\r\n"); }},
    {"escaped_four_spaces", [](std::string_view s) { return pretty(escaped(s), "    ", "\n"); }},
};

// ---- what a correct application looks like ---------------------------------------------------

std::vector<const diagnostic*> fixable(const report& r) {
  std::vector<const diagnostic*> out;
  for (const diagnostic& d : r.diagnostics)
    if (d.fix) out.push_back(&d);
  return out;
}

// The fixes applied to the parsed document as the JSON Patch operations they are.
json::value patched(json::value doc, const std::vector<const diagnostic*>& fixes) {
  for (const diagnostic* d : fixes) {
    const fix& f = *d->fix;
    const std::vector<std::string> to = detail::split_pointer(f.path);
    const std::vector<std::string> from = detail::split_pointer(f.from);
    const std::vector<std::string>& walk = f.op == fix::operation::move ? from : to;
    json::value* parent = &doc;
    for (std::size_t i = 0; i + 1 < walk.size(); ++i) {
      if (json::object* o = parent->if_object())
        parent = o->if_contains(walk[i]);
      else if (json::array* a = parent->if_array())
        parent = a->if_contains(std::stoul(walk[i]));
      if (parent == nullptr) throw std::invalid_argument("no parent for " + f.path);
    }
    if (walk.empty()) {
      doc = f.value;
    } else if (json::object* o = parent->if_object()) {
      if (f.op == fix::operation::move) {
        json::value moved = (*o)[from.back()];
        o->erase(from.back());
        (*o)[to.back()] = std::move(moved);
      } else {
        (*o)[to.back()] = f.value;
      }
    } else if (json::array* a = parent->if_array()) {
      a->at(std::stoul(to.back())) = f.value;
    }
  }
  return doc;
}

bool has_finding(const report& r, std::string_view code, std::string_view pointer) {
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(),
                     [&](const diagnostic& d) { return d.code == code && d.pointer == pointer; });
}

// Where each edit lands in the edited text, by position (identical edits count once).
std::vector<std::pair<std::size_t, std::size_t>> new_spans(std::vector<detail::text_edit> edits) {
  std::sort(edits.begin(), edits.end(), [](const auto& a, const auto& b) {
    return std::tie(a.begin, a.end, a.replacement) < std::tie(b.begin, b.end, b.replacement);
  });
  edits.erase(std::unique(edits.begin(), edits.end()), edits.end());
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::ptrdiff_t shift = 0;
  for (const detail::text_edit& e : edits) {
    const std::size_t begin = e.begin + static_cast<std::size_t>(shift);
    out.emplace_back(begin, begin + e.replacement.size());
    shift += static_cast<std::ptrdiff_t>(e.replacement.size()) -
             static_cast<std::ptrdiff_t>(e.end - e.begin);
  }
  return out;
}

std::vector<detail::text_edit> edits_of(std::string_view text,
                                        const std::vector<const diagnostic*>& fixes) {
  std::vector<const fix*> fs;
  for (const diagnostic* d : fixes) fs.push_back(&*d->fix);
  std::vector<detail::text_edit> out;
  for (auto& e : detail::edits_for(text, fs))
    if (e) out.push_back(std::move(*e));
  return out;
}

// Everything a correct application guarantees, checked on one text and its report; the codes
// of the rules whose fixes were applied go to `codes`.
void expect_sound_application(const std::string& text, std::set<std::string>* codes = nullptr) {
  const report r = check(text);
  const std::vector<const diagnostic*> fixes = fixable(r);
  ASSERT_FALSE(fixes.empty()) << "no fixable finding:\n" << dump(r);
  if (codes)
    for (const diagnostic* d : fixes) codes->emplace(d->code);
  auto result = apply_fixes(text, r.diagnostics);
  ASSERT_TRUE(result.has_value()) << result.error().message << "\n" << dump(r);
  const std::string& fixed = result->text;
  EXPECT_EQ(result->applied, fixes.size());

  // Valid JSON, meaning what the fixes say as JSON Patch.
  boost::system::error_code ec;
  const json::value after = json::parse(fixed, ec);
  ASSERT_FALSE(ec) << fixed;
  EXPECT_EQ(after, patched(json::parse(text), fixes)) << fixed;

  // Each edit replaced exactly one token (the old value, or the old member name), and every
  // byte between edits is unchanged.
  const std::vector<detail::text_edit> edits = edits_of(text, fixes);
  ASSERT_EQ(edits.size(), fixes.size());
  const json::value before = json::parse(text);
  for (std::size_t i = 0; i < edits.size(); ++i) {
    const fix& f = *fixes[i]->fix;
    const json::value old_token =
        json::parse(text.substr(edits[i].begin, edits[i].end - edits[i].begin));
    if (f.op == fix::operation::move) {
      EXPECT_EQ(old_token, json::value(detail::split_pointer(f.from).back()));
    } else {
      const json::value* old_value = before.find_pointer(f.path, ec);
      ASSERT_NE(old_value, nullptr) << f.path;
      EXPECT_EQ(old_token, *old_value);
    }
  }
  std::string rebuilt;
  std::size_t pos = 0;
  auto sorted = edits;
  std::sort(sorted.begin(), sorted.end(),
            [](const auto& a, const auto& b) { return a.begin < b.begin; });
  for (const detail::text_edit& e : sorted) {
    if (e.begin < pos) continue;  // a merged duplicate
    rebuilt.append(text, pos, e.begin - pos);
    rebuilt += e.replacement;
    pos = e.end;
  }
  rebuilt.append(text, pos);
  EXPECT_EQ(fixed, rebuilt);

  // Each fixed finding is gone.
  const report again = check(fixed);
  for (const diagnostic* d : fixes)
    EXPECT_FALSE(has_finding(again, d->code, d->pointer)) << d->code << " " << d->pointer;

  // Idempotent: what the new report still fixes (e.g. the value of a renamed member) leaves the
  // bytes written by the first application alone, and the fixes reach a fixed point.
  auto second = apply_fixes(fixed, again.diagnostics);
  ASSERT_TRUE(second.has_value()) << second.error().message;
  const auto written = new_spans(edits);
  for (const detail::text_edit& e : edits_of(fixed, fixable(again)))
    for (const auto& [begin, end] : written)
      EXPECT_TRUE(e.end <= begin || e.begin >= end)
          << "second pass edits bytes " << e.begin << ".." << e.end << " of the first";
  std::string current = second->text;
  for (int round = 0; round < 3; ++round) {
    auto next = apply_fixes(current, check(current).diagnostics);
    ASSERT_TRUE(next.has_value()) << next.error().message;
    if (next->applied == 0) break;
    current = next->text;
  }
  EXPECT_TRUE(fixable(check(current)).empty()) << dump(check(current));
}

// ---- exact results on hand-written layouts ---------------------------------------------------

struct apply_case {
  std::string name;
  std::string input;
  std::string expected;
  std::size_t applied;
};

void PrintTo(const apply_case& c, std::ostream* os) { *os << c.name; }

class apply_fixes_test : public ::testing::TestWithParam<apply_case> {};

TEST_P(apply_fixes_test, edits_only_the_fixed_tokens) {
  const apply_case& c = GetParam();
  const report r = check(c.input);
  auto result = apply_fixes(c.input, r.diagnostics);
  ASSERT_TRUE(result.has_value()) << result.error().message;
  EXPECT_EQ(result->text, c.expected);
  EXPECT_EQ(result->applied, c.applied);
  if (c.applied != 0) expect_sound_application(c.input);
}

INSTANTIATE_TEST_SUITE_P(
    layouts, apply_fixes_test,
    ::testing::Values(
        apply_case{
            "minified_one_line",
            R"({"distributionName":"my-site-cdn","origin":{"name":"WordPress-1","regionName":"US-EAST-1","protocolPolicy":"http-only"},"defaultCacheBehavior":{"behavior":"cache"},"BundleId":"small_1_0","cacheBehaviorSettings":{"defaultTTL":"60","maximumTTL":86400.0,"allowedHTTPMethods":"get,head"}})",
            R"({"distributionName":"my-site-cdn","origin":{"name":"WordPress-1","regionName":"us-east-1","protocolPolicy":"http-only"},"defaultCacheBehavior":{"behavior":"cache"},"bundleId":"small_1_0","cacheBehaviorSettings":{"defaultTTL":60,"maximumTTL":86400,"allowedHTTPMethods":"GET,HEAD"}})",
            5},
        apply_case{"two_spaces",
                   "{\n"
                   "  \"distributionName\": \"my-site-cdn\",\n"
                   "  \"origin\": {\n"
                   "    \"name\": \"WordPress-1\",\n"
                   "    \"regionName\": \"us-east-1\",\n"
                   "    \"protocolPolicy\": \"http-only\"\n"
                   "  },\n"
                   "  \"defaultCacheBehavior\": {\n"
                   "    \"behavior\": \"cache\"\n"
                   "  },\n"
                   "  \"cacheBehaviorSettings\": {\n"
                   "    \"minimumTTL\": 100,\n"
                   "    \"forwardedHeaders\": {\n"
                   "      \"option\": \"all\"\n"
                   "    }\n"
                   "  },\n"
                   "  \"tags\": [\n"
                   "    {\n"
                   "      \"key\": \"Cafe\\u0301\",\n"
                   "      \"value\": \"caf\\u00e9 \\/ ok\"\n"
                   "    },\n"
                   "    {\n"
                   "      \"key\": \"team\",\n"
                   "      \"value\": \"Cafe\\u0301\"\n"
                   "    }\n"
                   "  ],\n"
                   "  \"bundleId\": \"small-1-0\"\n"
                   "}\n",
                   "{\n"
                   "  \"distributionName\": \"my-site-cdn\",\n"
                   "  \"origin\": {\n"
                   "    \"name\": \"WordPress-1\",\n"
                   "    \"regionName\": \"us-east-1\",\n"
                   "    \"protocolPolicy\": \"http-only\"\n"
                   "  },\n"
                   "  \"defaultCacheBehavior\": {\n"
                   "    \"behavior\": \"cache\"\n"
                   "  },\n"
                   "  \"cacheBehaviorSettings\": {\n"
                   "    \"minimumTTL\": 0,\n"
                   "    \"forwardedHeaders\": {\n"
                   "      \"option\": \"all\"\n"
                   "    }\n"
                   "  },\n"
                   "  \"tags\": [\n"
                   "    {\n"
                   "      \"key\": \"Caf\xC3\xA9\",\n"
                   "      \"value\": \"caf\\u00e9 \\/ ok\"\n"
                   "    },\n"
                   "    {\n"
                   "      \"key\": \"team\",\n"
                   "      \"value\": \"Caf\xC3\xA9\"\n"
                   "    }\n"
                   "  ],\n"
                   "  \"bundleId\": \"small_1_0\"\n"
                   "}\n",
                   4},
        apply_case{"tabs_crlf",
                   "{\r\n"
                   "\t\"distributionName\": \"my-site-cdn\",\r\n"
                   "\t\"origin\": {\r\n"
                   "\t\t\"name\": \"WordPress-1\",\r\n"
                   "\t\t\"regionName\": \"us-east-1\"\r\n"
                   "\t},\r\n"
                   "\t\"defaultCacheBehavior\": {\r\n"
                   "\t\t\"behavior\": \"cache\"\r\n"
                   "\t},\r\n"
                   "\t\"cacheBehaviors\": [\r\n"
                   "\t\t{\r\n"
                   "\t\t\t\"path\": \"images/**\",\r\n"
                   "\t\t\t\"behavior\": \"cache\"\r\n"
                   "\t\t},\r\n"
                   "\t\t{\r\n"
                   "\t\t\t\"path\": \"css\\\\site.css\",\r\n"
                   "\t\t\t\"behavior\": \"dont-cache\"\r\n"
                   "\t\t}\r\n"
                   "\t],\r\n"
                   "\t\"cacheBehaviorSettings\": {\r\n"
                   "\t\t\"forwardedHeaders\": {\r\n"
                   "\t\t\t\"option\": \"default\"\r\n"
                   "\t\t},\r\n"
                   "\t\t\"forwardedQueryStrings\": {\r\n"
                   "\t\t\t\"option\": \"true\"\r\n"
                   "\t\t}\r\n"
                   "\t},\r\n"
                   "\t\"bundleId\": \"small_1_0\"\r\n"
                   "}",
                   "{\r\n"
                   "\t\"distributionName\": \"my-site-cdn\",\r\n"
                   "\t\"origin\": {\r\n"
                   "\t\t\"name\": \"WordPress-1\",\r\n"
                   "\t\t\"regionName\": \"us-east-1\"\r\n"
                   "\t},\r\n"
                   "\t\"defaultCacheBehavior\": {\r\n"
                   "\t\t\"behavior\": \"cache\"\r\n"
                   "\t},\r\n"
                   "\t\"cacheBehaviors\": [\r\n"
                   "\t\t{\r\n"
                   "\t\t\t\"path\": \"images/*\",\r\n"
                   "\t\t\t\"behavior\": \"cache\"\r\n"
                   "\t\t},\r\n"
                   "\t\t{\r\n"
                   "\t\t\t\"path\": \"css/site.css\",\r\n"
                   "\t\t\t\"behavior\": \"dont-cache\"\r\n"
                   "\t\t}\r\n"
                   "\t],\r\n"
                   "\t\"cacheBehaviorSettings\": {\r\n"
                   "\t\t\"forwardedHeaders\": {\r\n"
                   "\t\t\t\"option\": \"none\"\r\n"
                   "\t\t},\r\n"
                   "\t\t\"forwardedQueryStrings\": {\r\n"
                   "\t\t\t\"option\": true\r\n"
                   "\t\t}\r\n"
                   "\t},\r\n"
                   "\t\"bundleId\": \"small_1_0\"\r\n"
                   "}",
                   4},
        apply_case{"unusual_key_order_crlf",
                   "{\r\n"
                   "    \"bundleId\" : \"Small_1_0\",\r\n"
                   "    \"cacheBehaviorSettings\" : {\r\n"
                   "        \"forwardedHeaders\" : {\r\n"
                   "            \"headersAllowList\" : [ \"host\", \"Origin\" ],\r\n"
                   "            \"option\" : \"allow-list\"\r\n"
                   "        },\r\n"
                   "        \"cachedHTTPMethods\" : \"HEAD,GET\",\r\n"
                   "        \"maximumTTL\" : 6.048e5\r\n"
                   "    },\r\n"
                   "    \"defaultCacheBehavior\" : { \"behavior\" : \"cache\" },\r\n"
                   "    \"origin\" : { \"protocolPolicy\" : \"https-only\", \"regionName\" : "
                   "\"eu-west-1\", \"name\" : \"web\" },\r\n"
                   "    \"distributionName\" : \"shop\"\r\n"
                   "}\r\n",
                   "{\r\n"
                   "    \"bundleId\" : \"small_1_0\",\r\n"
                   "    \"cacheBehaviorSettings\" : {\r\n"
                   "        \"forwardedHeaders\" : {\r\n"
                   "            \"headersAllowList\" : [ \"Host\", \"Origin\" ],\r\n"
                   "            \"option\" : \"allow-list\"\r\n"
                   "        },\r\n"
                   "        \"cachedHTTPMethods\" : \"GET,HEAD\",\r\n"
                   "        \"maximumTTL\" : 604800\r\n"
                   "    },\r\n"
                   "    \"defaultCacheBehavior\" : { \"behavior\" : \"cache\" },\r\n"
                   "    \"origin\" : { \"protocolPolicy\" : \"https-only\", \"regionName\" : "
                   "\"eu-west-1\", \"name\" : \"web\" },\r\n"
                   "    \"distributionName\" : \"shop\"\r\n"
                   "}\r\n",
                   4},
        // Escapes in member names and in other strings stay as written; a renamed member's
        // whole name token is rewritten.
        apply_case{
            "escaped_characters_elsewhere",
            R"({"distributionName":"my-site-cdn","origin":{"n\u0061me":"WordPress\u002d1","regionN\u0061me":"US-EAST-1","protocolPolicy":"http-only"},"defaultCacheBehavior":{"behavior":"cache"},"Bundle\u0049d":"small_1_0","tags":[{"key":"\u00e9t\u00e9","value":"a\/b \ud83d\ude00"}]})",
            R"({"distributionName":"my-site-cdn","origin":{"n\u0061me":"WordPress\u002d1","regionN\u0061me":"us-east-1","protocolPolicy":"http-only"},"defaultCacheBehavior":{"behavior":"cache"},"bundleId":"small_1_0","tags":[{"key":"\u00e9t\u00e9","value":"a\/b \ud83d\ude00"}]})",
            2},
        // boto3 keeps the last of two equal keys, which is the one checked and fixed.
        apply_case{
            "duplicate_key_fixes_the_last",
            R"({"distributionName":"my-site-cdn","origin":{"name":"WordPress-1","regionName":"us-east-1"},"defaultCacheBehavior":{"behavior":"cache"},"bundleId":"nano","bundleId":"Small_1_0"})",
            R"({"distributionName":"my-site-cdn","origin":{"name":"WordPress-1","regionName":"us-east-1"},"defaultCacheBehavior":{"behavior":"cache"},"bundleId":"nano","bundleId":"small_1_0"})",
            1},
        apply_case{"nothing_to_fix", std::string(p1()), std::string(p1()), 0},
        // Not JSON: no fixes, nothing changes.
        apply_case{"invalid_json", R"({"bundleId": "Small_1_0",})", R"({"bundleId": "Small_1_0",})",
                   0}),
    [](const auto& tc) { return tc.param.name; });

TEST(apply_fixes, report_without_positions_applies_too) {
  const std::string text =
      R"({"distributionName":"my-site-cdn","origin":{"name":"WordPress-1","regionName":"US-EAST-1"},"defaultCacheBehavior":{"behavior":"cache"},"bundleId":"small_1_0"})";
  const report r = linter{}.check(json::parse(text));
  auto result = apply_fixes(text, r.diagnostics);
  ASSERT_TRUE(result.has_value()) << result.error().message;
  EXPECT_EQ(
      result->text,
      R"({"distributionName":"my-site-cdn","origin":{"name":"WordPress-1","regionName":"us-east-1"},"defaultCacheBehavior":{"behavior":"cache"},"bundleId":"small_1_0"})");
  EXPECT_EQ(result->applied, 1u);
}

TEST(apply_fixes, identical_fixes_are_merged) {
  const std::string text = patch(p1(), "/bundleId", R"("Small_1_0")");
  report r = check(text);
  ASSERT_EQ(fixable(r).size(), 1u);
  r.diagnostics.push_back(*fixable(r).front());
  auto result = apply_fixes(text, r.diagnostics);
  ASSERT_TRUE(result.has_value()) << result.error().message;
  EXPECT_EQ(result->text, std::string(p1()));
  EXPECT_EQ(result->applied, 2u);
}

TEST(edit_for, writes_replacements_with_minimal_escapes) {
  EXPECT_EQ(detail::replacement_text(json::value("caf\xC3\xA9 a/b \"q\" \\ \x01")),
            "\"caf\xC3\xA9 a/b \\\"q\\\" \\\\ \\u0001\"");
  EXPECT_EQ(detail::replacement_text(json::value(86400)), "86400");
  EXPECT_EQ(detail::replacement_text(json::value(true)), "true");
}

TEST(edit_for, spans_of_a_value_and_of_a_member_name) {
  const std::string text = R"({"a": {"Bx": [1, "two"]}})";
  fix replace{fix::operation::replace, "/a/Bx/1", {}, json::value(2), ""};
  EXPECT_EQ(detail::edit_for(text, replace), (detail::text_edit{17, 22, "2"}));
  fix rename{fix::operation::move, "/a/bx", "/a/Bx", {}, ""};
  EXPECT_EQ(detail::edit_for(text, rename), (detail::text_edit{7, 11, "\"bx\""}));
  // An array item has no name: renaming it is not one edit.
  fix item{fix::operation::move, "/a/Bx/1", "/a/Bx/0", {}, ""};
  EXPECT_EQ(detail::edit_for(text, item), std::nullopt);
  fix across{fix::operation::move, "/b", "/a/Bx", {}, ""};
  EXPECT_EQ(detail::edit_for(text, across), std::nullopt);
  fix absent{fix::operation::replace, "/a/c", {}, json::value(1), ""};
  EXPECT_EQ(detail::edit_for(text, absent), std::nullopt);
}

// ---- refusals ------------------------------------------------------------------------------

const std::string k_text =
    R"({"distributionName":"my-site-cdn","origin":{"name":"WordPress-1","regionName":"US-EAST-1"},"defaultCacheBehavior":{"behavior":"cache"},"BundleId":"small_1_0"})";

diagnostic synthetic(std::string_view code, std::string pointer, fix f) {
  diagnostic d;
  d.code = code;
  d.pointer = std::move(pointer);
  d.fix = std::move(f);
  return d;
}

std::string refusal(std::string_view text, const std::vector<diagnostic>& ds) {
  auto result = apply_fixes(text, ds);
  if (result.has_value()) return "applied: " + result->text;
  return result.error().message;
}

TEST(apply_fixes, refuses_nested_edits) {
  std::vector<diagnostic> ds = check(k_text).diagnostics;
  ds.push_back(synthetic("LS1003", "/origin",
                         {fix::operation::replace, "/origin", {}, json::object{}, "empty it"}));
  const std::size_t origin = k_text.find(R"({"name")");
  const std::size_t region = k_text.find(R"("US-EAST-1")");
  EXPECT_EQ(refusal(k_text, ds),
            "fixes overlap: LS1003 at '/origin' (bytes " + std::to_string(origin) + " to " +
                std::to_string(k_text.find('}') + 1) +
                ") and LS2001 at '/origin/regionName' (bytes " + std::to_string(region) + " to " +
                std::to_string(region + 11) +
                ") edit the same bytes; apply one, check again, then apply the other");
}

TEST(apply_fixes, refuses_two_different_edits_of_one_value) {
  const std::string text = patch(p1(), "/bundleId", R"("Small_1_0")");
  std::vector<diagnostic> ds = check(text).diagnostics;
  ds.push_back(synthetic("LS2005", "/bundleId",
                         {fix::operation::replace, "/bundleId", {}, json::value("x"), "write x"}));
  const std::size_t at = text.find(R"("Small_1_0")");
  const std::string span = "(bytes " + std::to_string(at) + " to " + std::to_string(at + 11) + ")";
  EXPECT_EQ(refusal(text, ds), "fixes overlap: LS2030 at '/bundleId' " + span +
                                   " and LS2005 at '/bundleId' " + span +
                                   " edit the same bytes; apply one, check again, then apply the "
                                   "other");
}

TEST(apply_fixes, refuses_a_report_of_another_text) {
  const std::vector<diagnostic> ds = check(k_text).diagnostics;
  // The member is gone.
  EXPECT_EQ(refusal(patch(k_text, "/origin/regionName", ""), ds),
            "stale fix: LS2001 at '/origin/regionName': the text has no '/origin/regionName'; the "
            "report was not made from this text");
  // The member moved: same pointer, other bytes.
  std::vector<diagnostic> only_rename;
  for (const diagnostic& d : ds)
    if (d.code == "LS1002") only_rename.push_back(d);
  ASSERT_EQ(only_rename.size(), 1u) << dump(check(k_text));
  EXPECT_EQ(refusal("  " + k_text, only_rename),
            "stale fix: LS1002 at '/BundleId': the text has it at byte " +
                std::to_string(k_text.find(R"("BundleId")") + 2) + ", the report at byte " +
                std::to_string(k_text.find(R"("BundleId")")) +
                "; the report was not made from this text");
  const std::size_t region = k_text.find(R"("US-EAST-1")");
  EXPECT_EQ(refusal("\t" + k_text, ds),
            "stale fix: LS2001 at '/origin/regionName': the text has it at byte " +
                std::to_string(region + 1) + ", the report at byte " + std::to_string(region) +
                "; the report was not made from this text");
}

TEST(apply_fixes, refuses_moves_that_are_not_a_rename) {
  EXPECT_EQ(refusal(k_text, {synthetic("LS1002", "/origin/name",
                                       {fix::operation::move, "/name", "/origin/name", {}, ""})}),
            "cannot apply the fix of LS1002 at '/origin/name': it moves '/origin/name' to '/name', "
            "which is not a rename within one object");
  const std::string tags = patch(p4(), "/tags/-", R"({"key":"k2","value":"v"})");
  EXPECT_EQ(refusal(tags, {synthetic("LS1002", "/tags/1",
                                     {fix::operation::move, "/tags/0", "/tags/1", {}, ""})}),
            "cannot apply the fix of LS1002 at '/tags/1': the text has no object member '/tags/1' "
            "to rename; was the report made from another text?");
}

TEST(apply_fixes, refuses_renames_that_would_duplicate_a_key) {
  EXPECT_EQ(refusal(k_text,
                    {synthetic("LS1002", "/BundleId",
                               {fix::operation::move, "/distributionName", "/BundleId", {}, ""})}),
            "cannot apply the fix of LS1002 at '/BundleId': the object already has "
            "'/distributionName'");
  const std::string two = patch(k_text, "/bundle_id", R"("small_1_0")");
  std::vector<diagnostic> ds = check(two).diagnostics;
  ds.push_back(
      synthetic("LS1002", "/bundle_id", {fix::operation::move, "/bundleId", "/bundle_id", {}, ""}));
  EXPECT_EQ(refusal(two, ds),
            "fixes conflict: LS1002 at '/BundleId' and LS1002 at '/bundle_id' both rename a "
            "member to '/bundleId'");
}

TEST(apply_fixes, names_pointers_safely) {
  const std::string text = "{\"a\\u202eb\": 1}";
  EXPECT_EQ(refusal(text, {synthetic("LS1003",
                                     "/a\xE2\x80\xAE"
                                     "c",
                                     {fix::operation::replace,
                                      "/a\xE2\x80\xAE"
                                      "c",
                                      {},
                                      json::value(2),
                                      ""})}),
            "stale fix: LS1003 at '/a\\u202Ec': the text has no '/a\\u202Ec'; the report was not "
            "made from this text");
}

// ---- every spec payload, many mutations, several layouts ----------------------------------

using edit_list = std::vector<std::pair<std::string, std::string>>;

// Mutations that each trigger at least one fixable rule, whatever the payload.
const std::vector<std::pair<std::string, edit_list>>& mutations() {
  static const std::vector<std::pair<std::string, edit_list>> k = {
      {"bundle_case", {{"/bundleId", R"("Small_1_0")"}}},
      {"bundle_dash", {{"/bundleId", R"(" medium-1-0 ")"}}},
      {"region_case", {{"/origin/regionName", R"("US-EAST-1")"}}},
      {"protocol_case", {{"/origin/protocolPolicy", R"("HTTPS-ONLY")"}}},
      {"behavior_case", {{"/defaultCacheBehavior/behavior", R"("Cache")"}}},
      {"ttl_string", {{"/cacheBehaviorSettings/defaultTTL", R"("90000")"}}},
      {"ttl_float", {{"/cacheBehaviorSettings/maximumTTL", "31536000.0"}}},
      {"ttl_exponent", {{"/cacheBehaviorSettings/maximumTTL", "4e7"}}},
      {"timeout_string", {{"/origin/responseTimeout", R"("30")"}}},
      {"methods_lower", {{"/cacheBehaviorSettings/allowedHTTPMethods", R"("get,head,options")"}}},
      {"methods_order", {{"/cacheBehaviorSettings/cachedHTTPMethods", R"("HEAD, GET")"}}},
      {"header_default", {{"/cacheBehaviorSettings/forwardedHeaders", R"({"option":"default"})"}}},
      {"header_items",
       {{"/cacheBehaviorSettings/forwardedHeaders",
         R"({"option":"allow-list","headersAllowList":["host","origin","Accept"]})"}}},
      {"cookie_case", {{"/cacheBehaviorSettings/forwardedCookies", R"({"option":"None"})"}}},
      {"query_bool", {{"/cacheBehaviorSettings/forwardedQueryStrings", R"({"option":"false"})"}}},
      {"all_headers_ttl",
       {{"/cacheBehaviorSettings/forwardedHeaders", R"({"option":"all"})"},
        {"/cacheBehaviorSettings/minimumTTL", "30"}}},
      {"tags_nfc",
       {{"/tags",
         "[{\"key\":\"Cafe\\u0301\",\"value\":\"cre\\u0300me\"},{\"key\":\"env\","
         "\"value\":\"prod\"}]"}}},
      {"paths",
       {{"/cacheBehaviors",
         R"([{"path":"images/**","behavior":"cache"},{"path":"css\\site.css","behavior":"dont-cache"},{"path":"docs/* ","behavior":"cache"}])"}}},
      {"rename_top", {{"/bundleId", ""}, {"/BundleId", R"("small_1_0")"}}},
      {"rename_nested", {{"/origin/regionName", ""}, {"/origin/RegionName", R"("us-west-2")"}}},
      {"ip_type_case", {{"/ipAddressType", R"("IPv4")"}}},
  };
  return k;
}

std::string mutate(std::string_view doc, const edit_list& edits) {
  std::string out(doc);
  for (const auto& [pointer, value] : edits) out = patch(out, pointer, value);
  return out;
}

TEST(apply_fixes, spec_payloads_in_every_layout_with_fixable_mutations) {
  const auto& ms = mutations();
  std::size_t variants = 0;
  std::set<std::string> codes;
  for (int p = 1; p <= 8; ++p) {
    const std::string base = spec_payload("p" + std::to_string(p));
    for (std::size_t i = 0; i < ms.size(); ++i) {
      // Alone, and with another mutation, so fixes meet in one file.
      const std::size_t j = (i + 7 + static_cast<std::size_t>(p)) % ms.size();
      std::vector<std::pair<std::string, std::string>> docs = {
          {ms[i].first, mutate(base, ms[i].second)},
          {ms[i].first + "+" + ms[j].first, mutate(mutate(base, ms[i].second), ms[j].second)}};
      for (const auto& [mutation, doc] : docs) {
        for (const layout& l : k_layouts) {
          SCOPED_TRACE("p" + std::to_string(p) + " " + mutation + " " + l.name);
          expect_sound_application(l.apply(doc), &codes);
          ++variants;
        }
      }
    }
  }
  EXPECT_EQ(variants, 8u * ms.size() * 2u * std::size(k_layouts));
  // Every rule that offers a fix took part.
  EXPECT_EQ(codes,
            (std::set<std::string>{"LS1002", "LS1003", "LS2001", "LS2003", "LS2010", "LS2011",
                                   "LS2020", "LS2021", "LS2030", "LS3001", "LS4007"}));
}

// A fix per tag in a large file: one pass locates them all, and the diff of the result pairs
// the changed lines even though there are too many for a minimal diff.
TEST(apply_fixes, thousands_of_fixes_in_one_file) {
  std::string tags = "[";
  const int n = 3000;
  for (int i = 0; i < n; ++i)
    tags += (i ? "," : "") + std::string("{\"key\":\"Cafe\\u0301") + std::to_string(i) +
            "\",\"value\":\"cre\\u0300me\"}";
  tags += "]";
  const std::string text = pretty(patch(p1(), "/tags", tags), "  ", "\n");
  auto uncapped =
      linter::create(options{.limits = {.max_findings_per_rule = 0, .max_findings = 0}});
  ASSERT_TRUE(uncapped.has_value());
  const report r = uncapped->check_text(text);
  ASSERT_EQ(fixable(r).size(), 2u * n);
  auto result = apply_fixes(text, r.diagnostics);
  ASSERT_TRUE(result.has_value()) << result.error().message;
  EXPECT_EQ(result->applied, 2u * n);
  const report again = check(result->text);
  EXPECT_TRUE(pointers(again, "LS2010").empty());
  EXPECT_TRUE(pointers(again, "LS2011").empty());
  // One hunk (the tags are 2 lines apart), each changed line once removed and once added.
  std::size_t hunks = 0;
  std::size_t removed = 0;
  std::size_t added = 0;
  std::istringstream diff(unified_diff("p.json", text, result->text));
  for (std::string line; std::getline(diff, line);) {
    if (line.starts_with("@@ ")) ++hunks;
    if (line.starts_with("-") && !line.starts_with("--- ")) ++removed;
    if (line.starts_with("+") && !line.starts_with("+++ ")) ++added;
  }
  EXPECT_EQ(hunks, 1u);
  EXPECT_EQ(removed, 2u * n);
  EXPECT_EQ(added, 2u * n);
}

}  // namespace
}  // namespace sailcheck::test
