// LS2030 bundle-id: `bundleId` is not a known bundle (`small_1_0`, `medium_1_0`, `large_1_0`);
// did-you-mean. Warning, because bundles come from GetDistributionBundles and can change

#include "model/request_model.hpp"
#include "registry.hpp"
#include "suggest.hpp"
#include "text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

namespace sailcheck::rules {
namespace {

constexpr rule_info k_info{
    .code = "LS2030",
    .name = "bundle-id",
    .default_severity = severity::warning,
    .summary =
        "`bundleId` is not a known bundle (`small_1_0`, `medium_1_0`, `large_1_0`); did-you-mean. "
        "Warning, because bundles come from GetDistributionBundles and can change",
    .rationale =
        "The model types `bundleId` as a plain string: valid ids are whatever "
        "GetDistributionBundles returns as active, so a typo reaches the service and "
        "fails there. `small_1_0` appears in Terraform's and CloudFormation's tests; "
        "`medium_1_0` and `large_1_0` come from third-party pricing pages. A warning, "
        "not an error, because AWS can add bundles. Empty and blank ids are LS2005's.",
    .example_bad = R"({"bundleId": "smal_1_0"})",
    .example_good = R"({"bundleId": "small_1_0"})",
};

constexpr const auto& k_bundles = model::k_bundles;  // the schema lists them as examples

class bundle_id_rule final : public detail::rule {
 public:
  constexpr bundle_id_rule() noexcept : rule(k_info) {}

  void on_value(detail::context& ctx, const boost::json::value& v) const override {
    const std::string_view s = v.get_string();
    const std::string_view core = detail::trim_ascii_space(s);
    if (core.empty()) return;  // LS2005 owns empty and blank ids
    if (std::find(std::begin(k_bundles), std::end(k_bundles), s) != std::end(k_bundles)) return;

    std::string message = fmt::format("{} is not a known distribution bundle ({})",
                                      detail::quote(s), detail::quoted_list(k_bundles));
    // Same id up to spaces at the ends, letter case and '_'/'-': certainly that bundle.
    for (std::string_view bundle : k_bundles) {
      if (!detail::loosely_equal(core, bundle)) continue;
      ctx.report(fmt::format("{}; did you mean {}?", message, detail::quote(bundle)),
                 fix{fix::operation::replace,
                     ctx.where().render(),
                     {},
                     boost::json::value(bundle),
                     fmt::format("write {}", detail::quote(bundle))});
      return;
    }
    if (std::optional<std::string_view> near = guess(core))
      message += fmt::format("; did you mean {}?", detail::quote(*near));
    else
      message += "; GetDistributionBundles lists the bundles available now";
    ctx.report(std::move(message));
  }

 private:
  static std::optional<std::string_view> guess(std::string_view s) {
    if (auto near = detail::closest(s, k_bundles)) return k_bundles[*near];
    // `small` or `large_1` for the whole id: the size without (all of) its version.
    for (std::string_view bundle : k_bundles)
      if (s.size() < bundle.size() && detail::iequals_ascii(bundle.substr(0, s.size()), s) &&
          bundle[s.size()] == '_')
        return bundle;
    return std::nullopt;
  }
};

}  // namespace

const detail::rule& bundle_id() {
  static const bundle_id_rule k_rule;
  return k_rule;
}

}  // namespace sailcheck::rules
