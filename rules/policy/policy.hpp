#pragma once

// LS9001's own example: the policy its documented examples are checked against (the meta test,
// --explain), the same as examples/policies/cost-center-tag.schema.json.

#include <string_view>

namespace sailcheck::rules {

/// A policy schema that requires a tag whose key is `cost-center`.
std::string_view policy_example_schema() noexcept;

}  // namespace sailcheck::rules
