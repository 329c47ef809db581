#include "walk.hpp"

#include "registry.hpp"
#include "source_map.hpp"
#include "suggest.hpp"

#include <algorithm>
#include <array>
#include <span>

#include <cstdint>
#include <exception>
#include <limits>

namespace sailcheck::detail {

namespace json = boost::json;

// ---- context ----------------------------------------------------------------------------

void context::report_at(const path& p, std::string message, std::optional<fix> f, target t) {
  if (!walker_->admit()) return;
  pending_finding finding{walker_->current_, p.render(), t};
  finding.message = std::move(message);
  finding.fix = std::move(f);
  // Room for a typical report at once: growing one by one moved every finding at each step.
  if (walker_->findings_.capacity() == 0) walker_->findings_.reserve(16);
  walker_->findings_.push_back(std::move(finding));
}

path context::path_of(field f) noexcept {
  // Field pointers are static and contain no escapes, so segments can view them directly.
  path p;
  std::string_view rest = rules::pointer_of(f);
  while (!rest.empty()) {
    rest.remove_prefix(1);
    std::size_t slash = rest.find('/');
    p.push_key(rest.substr(0, slash));
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
  }
  return p;
}

void context::relate(const path& p, std::string message) {
  if (!walker_->last_kept_ || walker_->findings_.empty()) return;
  walker_->findings_.back().related.push_back({p.render(), k_last_occurrence, std::move(message)});
}

const json::value* context::get(field f) const noexcept {
  return state(f) == field_state::valid ? values_[static_cast<std::size_t>(f)] : nullptr;
}

std::optional<std::string_view> context::string(field f) const noexcept {
  if (const json::value* v = get(f))
    if (const json::string* s = v->if_string()) return std::string_view(*s);
  return std::nullopt;
}

std::optional<std::int64_t> context::integer(field f) const noexcept {
  if (const json::value* v = get(f))
    if (const std::int64_t* i = v->if_int64()) return *i;
  return std::nullopt;
}

std::optional<bool> context::boolean(field f) const noexcept {
  if (const json::value* v = get(f))
    if (const bool* b = v->if_bool()) return *b;
  return std::nullopt;
}

const json::array* context::array(field f) const noexcept {
  const json::value* v = get(f);
  return v ? v->if_array() : nullptr;
}

const json::object* context::object(field f) const noexcept {
  const json::value* v = get(f);
  return v ? v->if_object() : nullptr;
}

std::optional<std::string_view> context::source_token() const {
  if (!walker_->text_) return std::nullopt;
  const std::string pointer = path_.render();
  std::string_view token = value_token(*walker_->text_, pointer);
  if (token.empty()) return std::nullopt;
  return token;
}

// ---- walker -----------------------------------------------------------------------------

walker::walker(const severity_table& severities, std::optional<std::string_view> text,
               std::span<const rule* const> rule_set, std::size_t per_rule_cap) noexcept
    : severities_(severities),
      rules_(rule_set),
      text_(text),
      ctx_(*this, path_),
      per_rule_cap_(per_rule_cap) {}

bool walker::admit() noexcept {
  const std::size_t i = rules::to_index(current_);
  last_kept_ = per_rule_cap_ == 0 || kept_[i] < per_rule_cap_;
  ++(last_kept_ ? kept_ : omitted_)[i];
  return last_kept_;
}

template <class Hook>
void walker::invoke(rule_id id, Hook&& hook) {
  const std::size_t i = rules::to_index(id);
  if (!enabled(id) || failed_[i]) return;
  current_ = id;
  try {
    hook(*rules_[i]);
  } catch (const std::exception& e) {
    rule_failed(i, e.what());
  } catch (...) {
    rule_failed(i, "unknown exception");
  }
}

void walker::rule_failed(std::size_t i, std::string_view what) {
  // One finding per rule, however many values it would fail on; the rule is not run again.
  failed_[i] = true;
  pending_finding f{rule_id::internal_error, {}};
  f.message = rules::internal_error_message(rules_[i]->info().code, what);
  findings_.push_back(std::move(f));
  last_kept_ = false;  // a related location of the failed rule's last finding must not land here
}

void walker::run(const json::value& document) {
  visit(request_shape(), document);
  // Cross-field rules report at paths of their own; the walk's path is empty from here on.
  ctx_.node_ = nullptr;
  path_ = path{};
  for (std::size_t i = 0; i < rules::k_rule_count; ++i)
    invoke(static_cast<rule_id>(i), [&](const rule& r) { r.on_document(ctx_); });
}

void walker::record(field id, field_state state, const json::value* v) noexcept {
  if (id == field::none) return;
  ctx_.states_[static_cast<std::size_t>(id)] = state;
  ctx_.values_[static_cast<std::size_t>(id)] = v;
}

void walker::set_subtree(const shape_node& node, field_state state) {
  record(node.id, state, nullptr);
  for (const member_spec& m : node.members) set_subtree(*m.node, state);
}

bool walker::type_matches(const shape_node& node, const json::value& v) const noexcept {
  switch (node.type) {
    case json_type::object:
      return v.is_object();
    case json_type::array:
      return v.is_array();
    case json_type::string:
      return v.is_string();
    case json_type::boolean:
      return v.is_bool();
    case json_type::integer: {
      const std::int64_t* i = v.if_int64();
      if (!i) return false;
      if (node.width == int_width::int32)
        return *i >= std::numeric_limits<std::int32_t>::min() &&
               *i <= std::numeric_limits<std::int32_t>::max();
      return true;
    }
  }
  return false;
}

void walker::visit(const shape_node& node, const json::value& v) {
  ctx_.node_ = &node;
  if (!type_matches(node, v)) {
    // Descendants stay `unknown`: nothing about them can be said, so no rule reads them.
    record(node.id, field_state::invalid, &v);
    invoke(rule_id::type_mismatch, [&](const rule& r) { r.on_type_mismatch(ctx_, v); });
    return;
  }
  record(node.id, field_state::valid, &v);
  for (rule_id id : node.checks) {
    ctx_.node_ = &node;
    invoke(id, [&](const rule& r) { r.on_value(ctx_, v); });
  }
  if (node.type == json_type::object) {
    visit_object(node, v.get_object());
  } else if (node.type == json_type::array && node.items) {
    const json::array& a = v.get_array();
    for (std::size_t i = 0; i < a.size(); ++i) {
      path_.push_index(i);
      visit(*node.items, a[i]);
      path_.pop();
    }
  }
}

void walker::visit_object(const shape_node& node, const json::object& obj) {
  static_assert(sizeof(std::uint64_t) * 8 >= 16, "member masks hold every member of an object");
  std::uint64_t present = 0;
  bool has_unknown = false;
  for (const json::key_value_pair& kv : obj) {
    const std::string_view key = kv.key();
    std::size_t m = 0;
    while (m < node.members.size() && node.members[m].name != key) ++m;
    if (m == node.members.size()) {
      has_unknown = true;
      continue;
    }
    present |= std::uint64_t{1} << m;
    path_.push_key(key);
    visit(*node.members[m].node, kv.value());
    path_.pop();
  }

  std::uint64_t claimed = 0;  // absent members that a misspelt key stands for
  if (has_unknown) {
    std::array<std::string_view, 64> names{};
    for (std::size_t m = 0; m < node.members.size(); ++m) names[m] = node.members[m].name;
    const std::span<const std::string_view> candidates(names.data(), node.members.size());
    for (const json::key_value_pair& kv : obj) {
      const std::string_view key = kv.key();
      if (std::find(candidates.begin(), candidates.end(), key) != candidates.end()) continue;
      const std::optional<std::size_t> near = closest_member(key, candidates, present | claimed);
      if (near) claimed |= std::uint64_t{1} << *near;
      path_.push_key(key);
      ctx_.node_ = &node;
      invoke(rule_id::unknown_member, [&](const rule& r) {
        r.on_unknown(ctx_, key, near ? &node.members[*near] : nullptr, node);
      });
      path_.pop();
    }
  }

  for (std::size_t m = 0; m < node.members.size(); ++m) {
    const std::uint64_t bit = std::uint64_t{1} << m;
    if ((present & bit) != 0) continue;
    const member_spec& spec = node.members[m];
    if ((claimed & bit) != 0) {
      set_subtree(*spec.node, field_state::invalid);
      continue;
    }
    set_subtree(*spec.node, field_state::absent);
    if (spec.presence) {
      ctx_.node_ = &node;
      invoke(*spec.presence, [&](const rule& r) { r.on_missing(ctx_, spec); });
    }
  }
}

}  // namespace sailcheck::detail
