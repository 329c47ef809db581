#pragma once

#include <boost/json/value.hpp>

#include <string>

namespace sailcheck::detail {

/// What a JSON value is, for "expected ..., got ..." messages about configuration and policy
/// files: "a string", "a number", "a boolean", "null", "an array", "an object".
inline std::string kind_phrase(const boost::json::value& v) {
  switch (v.kind()) {
    case boost::json::kind::string:
      return "a string";
    case boost::json::kind::int64:
    case boost::json::kind::uint64:
    case boost::json::kind::double_:
      return "a number";
    case boost::json::kind::bool_:
      return "a boolean";
    case boost::json::kind::null:
      return "null";
    case boost::json::kind::array:
      return "an array";
    case boost::json::kind::object:
      return "an object";
  }
  return "a value";
}

}  // namespace sailcheck::detail
