#include "cli/suppress.hpp"

#include "cli/glob.hpp"
#include "text.hpp"

#include <fmt/format.h>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <iterator>

namespace sailcheck::cli {

namespace fs = std::filesystem;
namespace json = boost::json;

std::string relative_path(const fs::path& file, const fs::path& base) {
  std::error_code ec;
  const fs::path abs_file = fs::absolute(file, ec).lexically_normal();
  const fs::path abs_base =
      fs::absolute(base.empty() ? fs::path(".") : base, ec).lexically_normal();
  fs::path rel = abs_file.lexically_relative(abs_base);
  if (rel.empty()) rel = abs_file;
  return rel.generic_string();
}

namespace {

bool pointer_within(std::string_view pointer, std::string_view scope) {
  return scope.empty() || pointer == scope ||
         (pointer.size() > scope.size() && pointer.starts_with(scope) &&
          pointer[scope.size()] == '/');
}

}  // namespace

std::string today() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  ::gmtime_r(&now, &tm);
  return fmt::format("{:04}-{:02}-{:02}", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

void apply_suppressions(const config& cfg, const fs::path& file, std::string_view date, report& r,
                        suppression_use* use) {
  if (cfg.suppress.empty()) return;
  const std::string rel = relative_path(file, cfg.base_dir());
  std::vector<const suppression*> active;
  for (const suppression& s : cfg.suppress) {
    // As for `exclude`: an entry for a folder covers the files in it.
    if (!glob_covers(s.files, rel)) continue;
    if (use != nullptr) ++use->files[s.index];
    if (!s.until.empty() && s.until < date) continue;  // expired: reported, never applied
    active.push_back(&s);
  }
  if (active.empty()) return;
  std::erase_if(r.diagnostics, [&](const diagnostic& d) {
    for (const suppression* s : active) {
      if (d.code == s->code && pointer_within(d.pointer, s->pointer)) {
        if (use != nullptr) ++use->findings[s->index];
        return true;
      }
    }
    return false;
  });
}

boost::system::result<baseline, config_error> baseline::load(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return config_error{fmt::format("{}: cannot read the baseline", detail::quote(path.string()))};
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  boost::system::error_code ec;
  const json::value doc = json::parse(text, ec);
  const json::object* root = ec ? nullptr : doc.if_object();
  const json::array* findings =
      root ? root->if_contains("findings") ? root->at("findings").if_array() : nullptr : nullptr;
  if (findings == nullptr)
    return config_error{
        fmt::format("{}: not a sailcheck baseline (expected an object with a 'findings' array)",
                    detail::quote(path.string()))};
  baseline b;
  b.base_ = path.parent_path();
  for (const json::value& v : *findings) {
    const json::object* o = v.if_object();
    const json::string* file = o && o->if_contains("file") ? o->at("file").if_string() : nullptr;
    const json::string* rule = o && o->if_contains("rule") ? o->at("rule").if_string() : nullptr;
    const json::string* ptr =
        o && o->if_contains("pointer") ? o->at("pointer").if_string() : nullptr;
    const json::value* count = o ? o->if_contains("count") : nullptr;
    if (file == nullptr || rule == nullptr || ptr == nullptr)
      return config_error{
          fmt::format("{}: every finding needs 'file', 'rule' and 'pointer' strings",
                      detail::quote(path.string()))};
    std::size_t n = 1;
    if (count != nullptr) {
      if (!count->is_int64() || count->as_int64() < 1)
        return config_error{
            fmt::format("{}: 'count' must be a positive integer", detail::quote(path.string()))};
      n = static_cast<std::size_t>(count->as_int64());
    }
    b.entries_[{std::string(*file), std::string(*rule), std::string(*ptr)}] += n;
  }
  return b;
}

std::string baseline::key_file(const fs::path& file) const { return relative_path(file, base_); }

void baseline::filter(const fs::path& file, report& r) {
  if (entries_.empty()) return;
  const std::string key = key_file(file);
  std::erase_if(r.diagnostics, [&](const diagnostic& d) {
    auto it = entries_.find({key, std::string(d.code), d.pointer});
    if (it == entries_.end() || it->second == 0) return false;
    --it->second;
    return true;
  });
}

void baseline::add(const fs::path& file, const report& r) {
  const std::string key = key_file(file);
  for (const diagnostic& d : r.diagnostics) ++entries_[{key, std::string(d.code), d.pointer}];
}

std::string baseline::serialize() const {
  json::array findings;
  for (const auto& [k, count] : entries_) {
    const auto& [file, rule, pointer] = k;
    findings.push_back(json::object{{"file", detail::to_valid_utf8(file)},
                                    {"rule", rule},
                                    {"pointer", detail::to_valid_utf8(pointer)},
                                    {"count", count}});
  }
  // One finding per line keeps baselines reviewable in diffs.
  std::string out = "{\"sailcheckBaseline\":1,\"findings\":[";
  for (std::size_t i = 0; i < findings.size(); ++i) {
    out += i == 0 ? "\n  " : ",\n  ";
    out += json::serialize(findings[i]);
  }
  out += findings.empty() ? "]}\n" : "\n]}\n";
  return out;
}

}  // namespace sailcheck::cli
