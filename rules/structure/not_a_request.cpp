// LS1005 not-a-request: the file is another kind of document (a CloudFormation template,
// Terraform JSON, a CreateDistribution or GetDistributions response), not a request

#include "registry.hpp"
#include "suggest.hpp"
#include "text.hpp"

#include <fmt/format.h>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace sailcheck::rules {
namespace {

namespace json = boost::json;

constexpr rule_info k_info{
    .code = "LS1005",
    .name = "not-a-request",
    .default_severity = severity::error,
    .summary =
        "the file is another kind of document (a CloudFormation template, Terraform JSON, a "
        "CreateDistribution or GetDistributions response), not a CreateDistribution request",
    .rationale =
        "sailcheck checks the request that `aws lightsail create-distribution --cli-input-json` "
        "and boto3's `create_distribution(**payload)` send. Pointed at another file, it would "
        "report every required member missing (LS1001) and every key unknown (LS1002), none of "
        "which names the real mistake. So a top-level object that is recognisably something "
        "else gets this one finding, which names what the file looks like and the evidence: a "
        "CloudFormation template (`AWSTemplateFormatVersion`, or `Resources` whose entries have "
        "a `Type`; an `AWS::Lightsail::Distribution` resource is named), Terraform JSON "
        "configuration (`resource`, `terraform`, `provider`, `variable` or `module` blocks with "
        "Terraform's nesting, and only Terraform's top-level blocks; an "
        "`aws_lightsail_distribution` resource is named), a CreateDistribution response "
        "(`distribution` and `operation` objects, which is also what `--generate-cli-skeleton "
        "output` prints) or a GetDistributions response (a `distributions` array). A document "
        "with any of the request's own top-level members, also in another tool's spelling "
        "(`DistributionName`, `bundle_id`), is never classified: it is a request with stray keys, "
        "which LS1002 reports. The finding is at "
        "the root, and no other rule runs on the document (duplicate keys, LS0002, are still "
        "reported). With this rule turned off the document is checked as a request. A YAML "
        "file gets a message of LS0001 that says so.",
    .example_bad = R"({"AWSTemplateFormatVersion": "2010-09-09",
 "Resources": {"Cdn": {"Type": "AWS::Lightsail::Distribution",
                       "Properties": {"DistributionName": "my-site-cdn"}}}})",
    .example_good = R"({"distributionName": "my-site-cdn",
 "origin": {"name": "WordPress-1", "regionName": "us-east-1"},
 "defaultCacheBehavior": {"behavior": "cache"}, "bundleId": "small_1_0"})",
};

// No hooks: the engine asks not_a_request_message before the walk, because a recognised file
// ends the check rather than adding to it.
class not_a_request_rule final : public detail::rule {
 public:
  constexpr not_a_request_rule() noexcept : rule(k_info) {}
};

constexpr std::string_view k_what_is_checked =
    "sailcheck checks the JSON given to 'aws lightsail create-distribution --cli-input-json'";

// A loose match too (`DistributionName`, `bundle_id`): that is a request written in another
// tool's spelling, whose keys LS1002 renames.
bool has_request_member(const json::object& root) {
  const auto& members = detail::request_shape().members;
  return std::any_of(root.begin(), root.end(), [&](const json::key_value_pair& kv) {
    return std::any_of(members.begin(), members.end(), [&](const detail::member_spec& m) {
      return detail::loosely_equal(kv.key(), m.name);
    });
  });
}

const json::object* object_member(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  return v ? v->if_object() : nullptr;
}

// ---- CloudFormation --------------------------------------------------------------------------

std::optional<std::string> cloudformation(const json::object& root) {
  const bool has_version = root.contains("AWSTemplateFormatVersion");
  bool typed_resources = false;
  bool lightsail = false;
  if (const json::object* resources = object_member(root, "Resources")) {
    // Every entry of a template's Resources is an object with a Type; one such entry among
    // objects is enough, so that one resource missing its Type still reads as a template.
    bool all_objects = !resources->empty();
    for (const json::key_value_pair& kv : *resources) {
      const json::object* r = kv.value().if_object();
      if (!r) {
        all_objects = false;
        break;
      }
      const json::value* type = r->if_contains("Type");
      const json::string* s = type ? type->if_string() : nullptr;
      if (!s) continue;
      typed_resources = true;
      if (*s == "AWS::Lightsail::Distribution") lightsail = true;
    }
    if (!all_objects) typed_resources = lightsail = false;
  }
  if (!has_version && !typed_resources) return std::nullopt;
  std::string evidence;
  if (has_version && lightsail)
    evidence = "it has 'AWSTemplateFormatVersion' and an 'AWS::Lightsail::Distribution' resource";
  else if (lightsail)
    evidence = "it has an 'AWS::Lightsail::Distribution' resource";
  else if (has_version && typed_resources)
    evidence = "it has 'AWSTemplateFormatVersion' and 'Resources'";
  else if (has_version)
    evidence = "it has 'AWSTemplateFormatVersion'";
  else
    evidence = "it has 'Resources' whose entries have a 'Type'";
  return fmt::format(
      "this is a CloudFormation template ({}), not a CreateDistribution request; {}; lint "
      "templates with cfn-lint",
      evidence, k_what_is_checked);
}

// ---- Terraform -------------------------------------------------------------------------------

struct terraform_block {
  std::string_view type;
  int labels;    // `resource "aws_x" "name"` has two
  bool telling;  // enough on its own to call the file Terraform (`data` or `output` are not)
};

constexpr std::array<terraform_block, 12> k_terraform_blocks = {{
    {"resource", 2, true},
    {"terraform", 0, true},
    {"provider", 1, true},
    {"variable", 1, true},
    {"module", 1, true},
    {"data", 2, false},
    {"output", 1, false},
    {"locals", 0, false},
    {"moved", 0, false},
    {"import", 0, false},
    {"check", 1, false},
    {"removed", 0, false},
}};

// HCL's JSON form: one object per label level, then the block's body; at each level an array of
// objects stands for repeated blocks. A "//" property is a comment.
bool hcl_blocks(const json::value& v, int labels) {
  if (const json::array* a = v.if_array())
    return !a->empty() && std::all_of(a->begin(), a->end(), [&](const json::value& item) {
      return item.is_object() && hcl_blocks(item, labels);
    });
  const json::object* o = v.if_object();
  if (!o) return false;
  if (labels == 0) return true;
  bool any = false;
  for (const json::key_value_pair& kv : *o) {
    if (kv.key() == "//") continue;
    if (!hcl_blocks(kv.value(), labels - 1)) return false;
    any = true;
  }
  return any;
}

bool names_lightsail_distribution(const json::value& resource) {
  if (const json::array* a = resource.if_array())
    return std::any_of(a->begin(), a->end(), names_lightsail_distribution);
  const json::object* o = resource.if_object();
  return o && o->contains("aws_lightsail_distribution");
}

std::optional<std::string> terraform(const json::object& root) {
  std::vector<std::string_view> telling;  // in document order
  bool lightsail = false;
  for (const json::key_value_pair& kv : root) {
    if (kv.key() == "//") continue;
    const auto* block = std::find_if(k_terraform_blocks.begin(), k_terraform_blocks.end(),
                                     [&](const terraform_block& b) { return b.type == kv.key(); });
    // Any other top-level key, or a block without Terraform's nesting: not Terraform's file.
    if (block == k_terraform_blocks.end() || !hcl_blocks(kv.value(), block->labels))
      return std::nullopt;
    if (block->telling) telling.push_back(block->type);
    if (block->type == "resource" && names_lightsail_distribution(kv.value())) lightsail = true;
  }
  if (telling.empty()) return std::nullopt;
  std::string evidence;
  if (lightsail)
    evidence = "it has an 'aws_lightsail_distribution' resource";
  else if (telling.size() == 1)
    evidence = fmt::format("it has a {} block", detail::quote(telling.front()));
  else
    evidence = fmt::format("it has {} blocks", detail::quoted_list(telling, " and "));
  return fmt::format(
      "this is Terraform JSON configuration ({}), not a CreateDistribution request; {}; check "
      "Terraform files with 'terraform validate'",
      evidence, k_what_is_checked);
}

// ---- responses -------------------------------------------------------------------------------

std::optional<std::string> create_distribution_response(const json::object& root) {
  if (!object_member(root, "distribution") || !object_member(root, "operation"))
    return std::nullopt;
  return fmt::format(
      "this is a CreateDistribution response (it has 'distribution' and 'operation'), not a "
      "request; {}; for a template of a request, run it with '--generate-cli-skeleton input', "
      "not 'output'",
      k_what_is_checked);
}

std::optional<std::string> get_distributions_response(const json::object& root) {
  const json::value* list = root.if_contains("distributions");
  const json::array* items = list ? list->if_array() : nullptr;
  if (!items || !std::all_of(items->begin(), items->end(),
                             [](const json::value& v) { return v.is_object(); }))
    return std::nullopt;
  const json::value* token = root.if_contains("nextPageToken");
  return fmt::format(
      "this is a GetDistributions response (it has {}), not a CreateDistribution request; {}; "
      "for a template of a request, run it with '--generate-cli-skeleton input'",
      token && token->is_string() ? "'distributions' and 'nextPageToken'" : "'distributions'",
      k_what_is_checked);
}

}  // namespace

const detail::rule& not_a_request() {
  static const not_a_request_rule k_rule;
  return k_rule;
}

std::optional<std::string> not_a_request_message(const json::value& document) {
  const json::object* root = document.if_object();
  if (!root || has_request_member(*root)) return std::nullopt;
  if (auto m = cloudformation(*root)) return m;
  if (auto m = terraform(*root)) return m;
  if (auto m = create_distribution_response(*root)) return m;
  return get_distributions_response(*root);
}

}  // namespace sailcheck::rules
