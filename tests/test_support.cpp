#include "test_support.hpp"

#include "json_pointer.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace sailcheck::test {

std::string_view p1() {
  return R"({"distributionName":"my-site-cdn","origin":{"name":"WordPress-1","regionName":"us-east-1","protocolPolicy":"http-only"},"defaultCacheBehavior":{"behavior":"cache"},"bundleId":"small_1_0"})";
}

std::string_view p4() {
  return R"({"distributionName":"contract-test-distribution-cfn","bundleId":"small_1_0","defaultCacheBehavior":{"behavior":"cache"},"origin":{"name":"CtInstanceForDistribution","protocolPolicy":"http-only","regionName":"us-east-1"},"ipAddressType":"ipv4","cacheBehaviors":[{"behavior":"dont-cache","path":"var/www/html/"}],"cacheBehaviorSettings":{"defaultTTL":2000,"maximumTTL":3000,"minimumTTL":1000,"forwardedCookies":{"option":"allow-list","cookiesAllowList":["cookie1","cookie2"]},"forwardedHeaders":{"option":"allow-list","headersAllowList":["Host","Origin"]},"forwardedQueryStrings":{"option":true,"queryStringsAllowList":["query1","query2"]}},"tags":[{"key":"key","value":"value"}]})";
}

std::string_view p5() {
  return R"({"distributionName":"tf-acc-test-dist","bundleId":"small_1_0","origin":{"name":"tf-acc-test-bucket","regionName":"us-east-1"},"defaultCacheBehavior":{"behavior":"cache"},"cacheBehaviorSettings":{"allowedHTTPMethods":"GET,HEAD,OPTIONS","cachedHTTPMethods":"GET,HEAD,OPTIONS","defaultTTL":50000,"minimumTTL":10000,"maximumTTL":100000,"forwardedCookies":{"option":"allow-list","cookiesAllowList":["test","special"]},"forwardedHeaders":{"option":"allow-list","headersAllowList":["Host","Origin"]},"forwardedQueryStrings":{"option":true,"queryStringsAllowList":["test","special"]}}})";
}

std::string spec_payload(std::string_view name) {
  std::string text =
      read_file(std::string(SAILCHECK_SOURCE_DIR) + "/tests/corpus/" + std::string(name) + ".json");
  if (text.empty()) throw std::runtime_error("missing spec payload " + std::string(name));
  return text;
}

std::string patch(std::string_view doc, std::string_view pointer, std::string_view value_json) {
  boost::json::value root = boost::json::parse(doc);
  std::vector<std::string> tokens = detail::split_pointer(pointer);
  if (tokens.empty()) {
    if (value_json.empty()) throw std::invalid_argument("cannot remove the root");
    return std::string(value_json);
  }
  boost::json::value* v = &root;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (auto* o = v->if_object()) {
      v = &(*o)[tokens[i]];
      if (v->is_null()) *v = boost::json::object{};
    } else if (auto* a = v->if_array()) {
      v = &a->at(std::stoul(tokens[i]));
    } else {
      throw std::invalid_argument("patch: path goes through a scalar");
    }
  }
  const std::string& last = tokens.back();
  if (auto* o = v->if_object()) {
    if (value_json.empty())
      o->erase(last);
    else
      (*o)[last] = boost::json::parse(value_json);
  } else if (auto* a = v->if_array()) {
    if (last == "-")
      a->push_back(boost::json::parse(value_json));
    else if (value_json.empty())
      a->erase(a->begin() + static_cast<std::ptrdiff_t>(std::stoul(last)));
    else
      a->at(std::stoul(last)) = boost::json::parse(value_json);
  } else {
    throw std::invalid_argument("patch: parent is a scalar");
  }
  return boost::json::serialize(root);
}

std::string repeated_behaviors(std::size_t copies) {
  std::string items;
  for (std::size_t i = 0; i < copies; ++i) {
    if (i != 0) items += ',';
    items += R"({"path":"images/*","behavior":"cache"})";
  }
  return patch(p1(), "/cacheBehaviors", "[" + items + "]");
}

std::string patch(std::string_view doc,
                  std::initializer_list<std::pair<std::string_view, std::string_view>> edits) {
  std::string out(doc);
  for (const auto& [pointer, value] : edits) out = patch(out, pointer, value);
  return out;
}

report check(std::string_view text) { return linter{}.check_text(text); }

std::vector<std::string> pointers(const report& r, std::string_view code) {
  std::vector<std::string> out;
  for (const diagnostic& d : r.diagnostics)
    if (d.code == code) out.push_back(d.pointer);
  return out;
}

const diagnostic* first(const report& r, std::string_view code) {
  for (const diagnostic& d : r.diagnostics)
    if (d.code == code) return &d;
  return nullptr;
}

std::string dump(const report& r) {
  std::string out;
  for (const diagnostic& d : r.diagnostics)
    out += std::string(d.code) + " " + d.pointer + " " + d.message + "\n";
  return out;
}

const diagnostic* find(const report& r, std::string_view code, std::string_view pointer) {
  for (const diagnostic& d : r.diagnostics)
    if (d.code == code && d.pointer == pointer) return &d;
  return nullptr;
}

std::string p1_with(std::string_view extra_members) {
  std::string s(p1());
  s.pop_back();  // the closing '}'
  s += ',';
  s += extra_members;
  s += '}';
  return s;
}

std::string unknown_and_bad_enum() {
  return patch(p1_with(R"("colour":"blue")"), "/origin/protocolPolicy", R"("https-onlyy")");
}

rule_case owned_by(std::string name, std::string payload, std::string_view owner_code,
                   std::vector<std::string> owner_pointers) {
  return rule_case{
      std::move(name), std::move(payload), {}, std::string(owner_code), std::move(owner_pointers)};
}

void PrintTo(const rule_case& c, std::ostream* os) { *os << c.name; }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace sailcheck::test

namespace sailcheck::test {

std::string external_corpus(std::string_view sub) {
  const std::filesystem::path p = std::filesystem::path(SAILCHECK_CORPUS_DIR) / sub;
  std::error_code ec;
  return std::filesystem::exists(p, ec) ? p.string() : std::string();
}

bool corpus_required() {
  const char* v = std::getenv("SAILCHECK_REQUIRE_CORPUS");
  return v != nullptr && *v != '\0' && std::string_view(v) != "0";
}

}  // namespace sailcheck::test
