#include "cli/policies.hpp"

#include "cli/inputs.hpp"
#include "text.hpp"

#include <fmt/format.h>

namespace sailcheck::cli {

std::vector<policy_source> policy_sources(const config& c, const std::vector<std::string>& flags) {
  std::vector<policy_source> out;
  for (const policy_entry& e : c.policies) out.push_back({e.path, e.level, e.name, e.message});
  for (const std::string& f : flags) out.push_back({f, severity::error, {}, {}});
  return out;
}

boost::system::result<std::vector<sailcheck::policy>, config_error> load_policies(
    const std::vector<policy_source>& sources, std::size_t max_bytes) {
  std::vector<sailcheck::policy> out;
  for (const policy_source& s : sources) {
    const std::string file = s.path.string();
    std::string shown;
    detail::append_escaped(shown, file);
    read_result r = read_file(s.path, max_bytes);
    if (!r.text) {
      // "is a FIFO ..." from the file checks, or the system's "No such file or directory".
      std::string why = r.error.starts_with("is ") ? "it " + r.error : r.error;
      if (!why.empty()) why.front() = detail::ascii_lower(why.front());
      return config_error{fmt::format("{}: cannot read the policy: {}", shown, why)};
    }
    if (r.text->size() > max_bytes)
      return config_error{fmt::format(
          "{}: cannot read the policy: the file is {} bytes, more than the limit of {} bytes that "
          "payloads have too",
          shown, r.size && *r.size > max_bytes ? *r.size : r.text->size(), max_bytes)};
    if (r.text->empty())
      return config_error{
          fmt::format("{}: the policy file is empty; expected a JSON Schema", shown)};
    sailcheck::policy p;
    p.schema_text = std::move(*r.text);
    p.file = file;
    p.severity = s.level;
    p.name = s.name;
    p.message = s.message;
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace sailcheck::cli
