// Formats not written yet fall back to concise output; each line goes when its file lands.
#include "format/formatters.hpp"

namespace sailcheck::detail {

std::unique_ptr<formatter> make_text_formatter(std::ostream& out, const format_options& o) {
  return make_concise_formatter(out, o);
}
std::unique_ptr<formatter> make_jsonl_formatter(std::ostream& out, const format_options& o) {
  return make_concise_formatter(out, o);
}

}  // namespace sailcheck::detail
