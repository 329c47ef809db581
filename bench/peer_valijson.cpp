#include "peer_valijson.hpp"

#include <boost/json/parse.hpp>

#include <valijson/adapters/boost_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <fstream>
#include <iterator>
#include <string_view>

namespace sailcheck::bench {

struct schema_validator::impl {
  boost::json::value document;
  valijson::Schema schema;
  // mutable: valijson's validator caches compiled patterns; the bench is single-threaded.
  mutable valijson::Validator validator;
};

schema_validator::schema_validator(std::unique_ptr<impl> p) : impl_(std::move(p)) {}
schema_validator::~schema_validator() = default;

std::unique_ptr<schema_validator> schema_validator::load(const std::string& schema_path) {
  std::ifstream in(schema_path, std::ios::binary);
  if (!in) return nullptr;
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  auto p = std::make_unique<impl>();
  boost::system::error_code ec;
  p->document = boost::json::parse(text, ec);
  if (ec) return nullptr;
  // The schema is ours (bench/data), not the payload: valijson's exceptions on a bad schema are
  // a broken checkout, reported as "cannot load".
  try {
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    const valijson::adapters::BoostJsonAdapter adapter(p->document);
    parser.populateSchema(adapter, p->schema);
  } catch (const std::exception&) {
    return nullptr;
  }
  return std::unique_ptr<schema_validator>(new schema_validator(std::move(p)));
}

std::size_t schema_validator::validate(const boost::json::value& doc) const {
  const valijson::adapters::BoostJsonAdapter adapter(doc);
  valijson::ValidationResults results;
  impl_->validator.validate(impl_->schema, adapter, &results);
  return results.numErrors();
}

std::vector<std::string> schema_validator::error_pointers(const boost::json::value& doc) const {
  const valijson::adapters::BoostJsonAdapter adapter(doc);
  valijson::ValidationResults results;
  impl_->validator.validate(impl_->schema, adapter, &results);
  std::vector<std::string> out;
  for (const auto& error : results) {
    // valijson's context reads ["<root>", "[tags]", "[0]", "[key]"].
    std::string pointer;
    for (const std::string& part : error.context) {
      if (part == "<root>") continue;
      std::string_view name = part;
      if (name.size() >= 2 && name.front() == '[' && name.back() == ']') {
        name = name.substr(1, name.size() - 2);
      }
      pointer += '/';
      for (const char c : name) {
        if (c == '~') {
          pointer += "~0";
        } else if (c == '/') {
          pointer += "~1";
        } else {
          pointer += c;
        }
      }
    }
    out.push_back(std::move(pointer));
  }
  return out;
}

}  // namespace sailcheck::bench
