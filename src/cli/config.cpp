// Temporary: replaced by the full implementation.
#include "cli/config.hpp"

namespace sailcheck::cli {

boost::system::result<config, config_error> parse_config(std::string_view,
                                                         const std::filesystem::path&) {
  return config_error{"configuration files are not supported yet"};
}

boost::system::result<config, config_error> load_config(const std::filesystem::path& path) {
  return parse_config({}, path);
}

std::filesystem::path find_config(const std::filesystem::path&) { return {}; }

}  // namespace sailcheck::cli
