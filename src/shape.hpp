#pragma once

// Combinators that declare the request's shape as data: objects with members, arrays, typed
// scalars, enums, and the value rules attached to each. The walk (walk.cpp) interprets them, the
// JSON Schema generator (schema.cpp) exports them, and LS5001 reads their model history.

#include <fields.hpp>
#include <model/request_model.hpp>
#include <rule_id.hpp>

#include <sailcheck/options.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace sailcheck::detail {

using rules::field;
using rules::rule_id;

enum class json_type : std::uint8_t { object, array, string, integer, boolean };

/// The integer type of the API model: the range outside which a value is a type error (LS1003).
enum class int_width : std::uint8_t { none, int32, int64 };

struct member_spec;

struct shape_node {
  json_type type = json_type::string;
  int_width width = int_width::none;
  std::span<const member_spec> members{};                    ///< object: the members the model has
  const shape_node* items = nullptr;                         ///< array: the shape of each item
  std::span<const std::string_view> enum_values{};           ///< string enum (checked by LS2001)
  std::span<const std::string_view> enum_owned_elsewhere{};  ///< accepted values another rule owns
  std::span<const rule_id> checks{};  ///< value rules run on a value of the right type
  /// enum values that not every SDK model has (LS5001); the others are in every model
  std::span<const rules::model::enum_addition> enum_additions{};
  field id = field::none;
  std::string_view noun;         ///< how messages name the node: "origin", "tag"
  std::string_view description;  ///< the model's documentation, short (the schema's description)

  constexpr shape_node described(std::string_view text) const {
    shape_node n = *this;
    n.description = text;
    return n;
  }
  constexpr shape_node with_additions(std::span<const rules::model::enum_addition> a) const {
    shape_node n = *this;
    n.enum_additions = a;
    return n;
  }
};

struct member_spec {
  std::string_view name;
  const shape_node* node = nullptr;
  /// The rule that reports this member missing (LS1001, LS1004, ...); none if it is optional.
  std::optional<rule_id> presence{};
  /// The oldest SDK model that has the member (LS5001 reports it to older targets).
  target_model since = target_model::botocore_1_29;
};

/// `m`, as a member that only models from `since` on have.
constexpr member_spec added_in(member_spec m, target_model since) {
  m.since = since;
  return m;
}

constexpr shape_node object(std::span<const member_spec> members, field id, std::string_view noun,
                            std::span<const rule_id> checks = {}) {
  return {.type = json_type::object, .members = members, .checks = checks, .id = id, .noun = noun};
}

constexpr shape_node array_of(const shape_node& items, field id,
                              std::span<const rule_id> checks = {}) {
  return {.type = json_type::array, .items = &items, .checks = checks, .id = id};
}

constexpr shape_node string(field id, std::span<const rule_id> checks = {}) {
  return {.type = json_type::string, .checks = checks, .id = id};
}

constexpr shape_node enum_string(std::span<const std::string_view> values, field id,
                                 std::span<const rule_id> checks,
                                 std::span<const std::string_view> owned_elsewhere = {}) {
  return {.type = json_type::string,
          .enum_values = values,
          .enum_owned_elsewhere = owned_elsewhere,
          .checks = checks,
          .id = id};
}

constexpr shape_node integer(int_width width, field id, std::span<const rule_id> checks = {}) {
  return {.type = json_type::integer, .width = width, .checks = checks, .id = id};
}

constexpr shape_node boolean(field id) { return {.type = json_type::boolean, .id = id}; }

constexpr member_spec member(std::string_view name, const shape_node& node) {
  return {name, &node, {}};
}

constexpr member_spec member(std::string_view name, const shape_node& node, rule_id presence) {
  return {name, &node, presence};
}

/// The CreateDistribution request (rules/shape.cpp).
const shape_node& request_shape() noexcept;

}  // namespace sailcheck::detail
