#pragma once

#include "rule.hpp"

#include <sailcheck/diagnostic.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sailcheck::detail {

inline constexpr std::size_t k_last_occurrence = static_cast<std::size_t>(-1);

/// A finding before positions are known.
struct pending_finding {
  rule_id rule;
  std::string pointer;
  target at = target::value;
  std::size_t occurrence = k_last_occurrence;  ///< for repeated keys (LS0002)
  std::string message;
  std::optional<sailcheck::fix> fix;
  struct related_item {
    std::string pointer;
    std::size_t occurrence;
    std::string message;
    std::size_t offset = static_cast<std::size_t>(-1);  ///< known directly, like `begin`
  };
  std::vector<related_item> related;
  /// Known directly (parse failures) instead of by locating the pointer.
  std::size_t begin = static_cast<std::size_t>(-1);
  std::size_t end = static_cast<std::size_t>(-1);
  /// The finding's own severity when not `off` (LS9001: its policy's); else its rule's.
  severity level = severity::off;
};

using severity_table = std::array<severity, 64>;

/// Walks one document through the request shape, runs the enabled rules, collects findings.
class walker {
 public:
  /// `rule_set` is the registry; tests may pass their own to exercise the engine. At most
  /// `per_rule_cap` findings of each rule are kept (0: all); the rest are only counted.
  walker(const severity_table& severities, std::optional<std::string_view> text,
         std::span<const rule* const> rule_set, std::size_t per_rule_cap = 0) noexcept;
  walker(const walker&) = delete;
  walker& operator=(const walker&) = delete;

  /// The SDK model rules see in `context::target_model()`; `latest` unless set.
  void set_target_model(target_model m) noexcept { ctx_.target_ = m; }

  void run(const boost::json::value& document);
  std::vector<pending_finding>& findings() noexcept { return findings_; }

  bool enabled(rule_id id) const noexcept {
    return severities_[rules::to_index(id)] != severity::off;
  }
  /// How many findings of each rule the cap left out.
  const std::array<std::size_t, rules::k_rule_count>& omitted() const noexcept { return omitted_; }

 private:
  friend class context;

  void visit(const shape_node& node, const boost::json::value& v);
  void visit_object(const shape_node& node, const boost::json::object& obj);
  void set_subtree(const shape_node& node, field_state state);
  void record(field id, field_state state, const boost::json::value* v) noexcept;
  bool type_matches(const shape_node& node, const boost::json::value& v) const noexcept;

  // Whether the current rule's next finding is kept (false: it is only counted).
  bool admit() noexcept;

  // Runs one hook of one rule; a rule that throws becomes an LS0004 finding.
  template <class Hook>
  void invoke(rule_id id, Hook&& hook);
  void rule_failed(std::size_t index, std::string_view what);

  const severity_table& severities_;
  std::span<const rule* const> rules_;
  std::optional<std::string_view> text_;
  path path_;
  context ctx_;
  rule_id current_ = rule_id::json_syntax;
  std::array<bool, rules::k_rule_count> failed_{};
  std::size_t per_rule_cap_;
  std::array<std::size_t, rules::k_rule_count> kept_{};
  std::array<std::size_t, rules::k_rule_count> omitted_{};
  bool last_kept_ = false;  // whether relate() has a finding to attach to
  std::vector<pending_finding> findings_;
};

}  // namespace sailcheck::detail
