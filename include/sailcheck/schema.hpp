#pragma once

#include <sailcheck/export.hpp>

#include <boost/json/value.hpp>

#include <string>

namespace sailcheck {

/// The CreateDistribution request as a JSON Schema (draft-07), generated from the shape
/// declaration the linter walks and the model's value constraints: members, required members,
/// types, enums, `additionalProperties: false`, the lengths, ranges and patterns JSON Schema can
/// express, and descriptions. What it cannot express (cross-field rules, Unicode character
/// classes of tags, the warnings) only the linter checks. Deterministic: the same schema for
/// the same version.
///
/// Complexity: linear in the size of the shape. Exception safety: strong; throws only
/// `std::bad_alloc`.
[[nodiscard]] SAILCHECK_API boost::json::value request_schema();

/// `request_schema()` as indented JSON text (two spaces, a final newline): what
/// `sailcheck --print-schema` prints and docs/create-distribution.schema.json holds.
///
/// Complexity: linear in the size of the schema. Exception safety: strong; throws only
/// `std::bad_alloc`.
[[nodiscard]] SAILCHECK_API std::string request_schema_text();

}  // namespace sailcheck
