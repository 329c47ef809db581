#pragma once

// The interface between the engine and the rules: a rule is a small immutable object with its
// metadata and the hooks it needs; a context is what the engine lends it while it runs.

#include "json_pointer.hpp"
#include "shape.hpp"

#include <sailcheck/diagnostic.hpp>
#include <sailcheck/rule_info.hpp>

#include <boost/json/value.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sailcheck::detail {

/// What the walk knows about a singleton field once it has passed it.
enum class field_state : std::uint8_t {
  unknown,  ///< not reached: its parent had the wrong type, so nothing is known about it
  absent,   ///< not in the payload: the service default applies
  invalid,  ///< present but unusable: wrong type, null, or a near-miss spelling stands for it
  valid,    ///< present with the right JSON type
};

/// Where a finding points: the value itself, or the member name (key) that holds it.
enum class target : std::uint8_t { value, key };

class walker;

/// Lent to a rule while one of its hooks runs. Everything it reports is attributed to that rule.
class context {
 public:
  // --- where the walk is (value, missing, unknown and type hooks) ---
  const path& where() const noexcept { return path_; }
  const shape_node* node() const noexcept { return node_; }
  /// The name of the member being checked (for an array item, the array's name).
  std::string_view member_name() const noexcept {
    for (std::size_t i = path_.size(); i-- > 0;)
      if (!path_[i].is_index) return path_[i].key;
    return "request";
  }

  // --- reporting ---
  /// A finding at the current value (or at the object, in the missing-member hook).
  void report(std::string message, std::optional<fix> f = {}) {
    report_at(path_, std::move(message), std::move(f), target::value);
  }
  /// A finding at the current member's name.
  void report_member(std::string message, std::optional<fix> f = {}) {
    report_at(path_, std::move(message), std::move(f), target::key);
  }
  void report_at(const path& p, std::string message, std::optional<fix> f = {},
                 target t = target::value);
  /// A finding at a singleton field (cross-field rules).
  void report_at(field f, std::string message, std::optional<fix> fx = {},
                 target t = target::value) {
    report_at(path_of(f), std::move(message), std::move(fx), t);
  }
  /// The path of a singleton field, e.g. /cacheBehaviorSettings/minimumTTL.
  static path path_of(field f) noexcept;
  /// Attaches a related location to the finding reported last.
  void relate(const path& p, std::string message);

  // --- the document (all hooks; complete in the document hook) ---
  field_state state(field f) const noexcept { return states_[static_cast<std::size_t>(f)]; }
  const boost::json::value* get(field f) const noexcept;
  std::optional<std::string_view> string(field f) const noexcept;
  std::optional<std::int64_t> integer(field f) const noexcept;
  std::optional<bool> boolean(field f) const noexcept;
  const boost::json::array* array(field f) const noexcept;
  const boost::json::object* object(field f) const noexcept;
  /// True when the member is truly absent, so the service default applies (not when a
  /// near-miss spelling or a wrong type stands in for it: then nothing is known).
  bool absent(field f) const noexcept { return state(f) == field_state::absent; }

  /// The raw source text of the current value, when the check started from text.
  std::optional<std::string_view> source_token() const;

  /// The SDK model the payload must work with (LS5001).
  sailcheck::target_model target_model() const noexcept { return target_; }

 private:
  friend class walker;
  context(walker& w, path& p) noexcept : walker_(&w), path_(p) {}

  walker* walker_;
  path& path_;
  const shape_node* node_ = nullptr;
  std::array<field_state, rules::k_field_count> states_{};
  std::array<const boost::json::value*, rules::k_field_count> values_{};
  sailcheck::target_model target_ = sailcheck::target_model::latest;
};

/// A rule: metadata plus the hooks it needs. Rules hold no mutable state; one instance serves
/// every linter and thread.
class rule {
 public:
  constexpr explicit rule(const rule_info& info) noexcept : info_(&info) {}
  rule(const rule&) = delete;
  rule& operator=(const rule&) = delete;
  virtual ~rule() = default;

  const rule_info& info() const noexcept { return *info_; }

  /// A value of a node that lists this rule in its checks, after its JSON type was checked.
  virtual void on_value(context&, const boost::json::value&) const {}
  /// A member the shape wants is absent (the rule is the member's `presence`); the context
  /// points at the object.
  virtual void on_missing(context&, const member_spec&) const {}
  /// A member the model does not have; `near_miss` is the absent member it probably means.
  virtual void on_unknown(context&, std::string_view, const member_spec* /*near_miss*/,
                          const shape_node& /*object*/) const {}
  /// A value of the wrong JSON type (or out of its integer type's range).
  virtual void on_type_mismatch(context&, const boost::json::value&) const {}
  /// Once per document, after the walk: cross-field rules.
  virtual void on_document(context&) const {}

 private:
  const rule_info* info_;
};

}  // namespace sailcheck::detail
