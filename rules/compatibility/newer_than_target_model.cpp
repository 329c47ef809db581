// LS5001 newer-than-target-model: with a target model older than `latest`, members and enum
// values that model does not have

#include "registry.hpp"
#include "text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS5001",
    .name = "newer-than-target-model",
    .default_severity = severity::off,
    .summary =
        "with `--target-model botocore-1.29` (the model of Debian's python3-botocore and "
        "awscli): members and values that model does not know (`certificateName`, "
        "`viewerMinimumTlsProtocolVersion`, `origin.responseTimeout`, `origin.ipAddressType`, "
        "`ipv6`, the 5 newer regions)",
    .rationale =
        "sailcheck follows the newest Lightsail model, but a payload is often sent by an older "
        "SDK: Debian 12's python3-botocore and awscli carry botocore 1.29.27 (December 2022). "
        "That model lacks `certificateName`, `viewerMinimumTlsProtocolVersion` and "
        "`origin.responseTimeout` (added 2024-04) and `origin.ipAddressType` (2026-05); "
        "botocore validates members client-side, so it refuses such a request with "
        "\"Unknown parameter\" before sending it. Its enums lack `ipAddressType` `ipv6` "
        "(2024-05) and the regions `eu-south-2`, `ap-east-1`, `ap-southeast-3`, "
        "`ap-southeast-5` and `sa-east-1` (2025-08 to 2026-06): botocore does not check enums, "
        "so these are sent, but nothing built on that model knows them. The rule is off "
        "unless a target model other than `latest` is chosen (`--target-model`, the "
        "configuration's `target-model`, or `options::target_model`); then it is an error.",
    .example_bad =
        R"({"origin": {"name": "web-1", "regionName": "eu-south-2", "responseTimeout": 30}, "certificateName": "shop-cert"})",
    .example_good = R"({"origin": {"name": "web-1", "regionName": "eu-west-1"}})",
};

class newer_than_target_model_rule final : public detail::rule {
 public:
  constexpr newer_than_target_model_rule() noexcept : rule(k_info) {}

  // A walk of its own after the main one: a newer member is reported whatever its value's type
  // (the old SDK rejects the name itself), and the model history is data on the shape.
  void on_document(detail::context& ctx) const override {
    const boost::json::value* root = ctx.get(field::root);
    if (root == nullptr) return;
    detail::path p;
    visit(ctx, detail::request_shape(), *root, p);
  }

 private:
  static void visit(detail::context& ctx, const detail::shape_node& node,
                    const boost::json::value& v, detail::path& p) {
    const target_model target = ctx.target_model();
    if (const boost::json::object* obj = v.if_object();
        obj != nullptr && node.type == detail::json_type::object) {
      for (const boost::json::key_value_pair& kv : *obj) {
        const auto m =
            std::find_if(node.members.begin(), node.members.end(),
                         [&](const detail::member_spec& s) { return s.name == kv.key(); });
        if (m == node.members.end()) continue;  // LS1002's
        p.push_key(kv.key());
        if (m->since > target)
          ctx.report_at(
              p,
              fmt::format("{} is not a member of {} in the {} model, whose SDK refuses "
                          "the request before sending it ('Unknown parameter'); remove "
                          "it or use a newer SDK",
                          detail::quote(m->name),
                          node.id == field::root ? "the request" : node.noun, to_string(target)),
              {}, detail::target::key);
        else
          visit(ctx, *m->node, kv.value(), p);
        p.pop();
      }
      return;
    }
    if (const boost::json::array* a = v.if_array();
        a != nullptr && node.type == detail::json_type::array && node.items != nullptr) {
      for (std::size_t i = 0; i < a->size(); ++i) {
        p.push_index(i);
        visit(ctx, *node.items, (*a)[i], p);
        p.pop();
      }
      return;
    }
    const boost::json::string* s = v.if_string();
    if (s == nullptr) return;
    for (const model::enum_addition& added : node.enum_additions) {
      if (added.value != std::string_view(*s) || added.since <= target) continue;
      ctx.report_at(p, fmt::format("{} is not one of the {} values of the {} model; that SDK "
                                   "sends it unchecked, but tools built on that model do not "
                                   "know it",
                                   detail::quote(added.value), last_key(p), to_string(target)));
      return;
    }
  }

  static std::string_view last_key(const detail::path& p) noexcept {
    for (std::size_t i = p.size(); i-- > 0;)
      if (!p[i].is_index) return p[i].key;
    return "request";
  }
};

}  // namespace

const detail::rule& newer_than_target_model() {
  static const newer_than_target_model_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
