#pragma once

// One factory per output format; each lives in its own file beside this one.

#include <sailcheck/format.hpp>

#include <iosfwd>
#include <memory>

namespace sailcheck::detail {

std::unique_ptr<formatter> make_text_formatter(std::ostream& out, const format_options& o);
std::unique_ptr<formatter> make_concise_formatter(std::ostream& out, const format_options& o);
std::unique_ptr<formatter> make_json_formatter(std::ostream& out, const format_options& o);
std::unique_ptr<formatter> make_jsonl_formatter(std::ostream& out, const format_options& o);
std::unique_ptr<formatter> make_sarif_formatter(std::ostream& out, const format_options& o);
std::unique_ptr<formatter> make_github_formatter(std::ostream& out, const format_options& o);
std::unique_ptr<formatter> make_junit_formatter(std::ostream& out, const format_options& o);

}  // namespace sailcheck::detail
