#pragma once

#include <boost/json/value.hpp>

#include <memory>
#include <string>
#include <vector>

namespace sailcheck::bench {

/// The in-process peer: valijson with a draft-7 JSON Schema of the same constraints, all errors
/// collected. Kept in its own file so that valijson's headers stay out of the rest of the bench.
class schema_validator {
 public:
  /// Null when the schema cannot be read or parsed.
  static std::unique_ptr<schema_validator> load(const std::string& schema_path);
  ~schema_validator();

  /// The number of errors (0: valid).
  std::size_t validate(const boost::json::value& doc) const;
  /// Each error's JSON Pointer, in valijson's order.
  std::vector<std::string> error_pointers(const boost::json::value& doc) const;

 private:
  struct impl;
  explicit schema_validator(std::unique_ptr<impl> p);
  std::unique_ptr<impl> impl_;
};

}  // namespace sailcheck::bench
