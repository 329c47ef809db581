#include "parse.hpp"

#include "json_pointer.hpp"
#include "text.hpp"

#include <fmt/format.h>
#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value_stack.hpp>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <memory_resource>
#include <numeric>
#include <span>

namespace sailcheck::detail {
namespace {

namespace json = boost::json;

struct key_entry {
  std::size_t offset;  // into handler::key_arena_
  std::size_t length;
};

struct frame {
  bool is_object;
  std::size_t first_key;    // index into handler::keys_ of this object's first key
  std::size_t arena_mark;   // key_arena_ size when the object opened
  std::size_t items = 0;    // array: completed items so far
  std::size_t ordinal = 0;  // object: how many objects opened before it
};

// Builds the DOM through a value_stack, as boost::json::parser does, and keeps the names of
// the members of every open object to find duplicates when the object closes. The buffers
// live as long as one parse and grow to the widest object, not per node.
class handler {
 public:
  static constexpr std::size_t max_object_size = std::size_t(-1);
  static constexpr std::size_t max_array_size = std::size_t(-1);
  static constexpr std::size_t max_key_size = std::size_t(-1);
  static constexpr std::size_t max_string_size = std::size_t(-1);

  // `stack_buffer` holds the values of the open containers and `scratch` the key bookkeeping;
  // both live on parse()'s stack, so that a typical payload is parsed without the heap.
  handler(json::storage_ptr sp, parse_result& result, std::size_t max_duplicates,
          std::span<unsigned char> stack_buffer, std::pmr::memory_resource* scratch)
      : stack_(sp, stack_buffer.data(), stack_buffer.size()),
        sp_(std::move(sp)),
        result_(result),
        max_duplicates_(max_duplicates),
        frames_(scratch),
        keys_(scratch),
        key_arena_(scratch),
        order_(scratch) {}

  bool on_document_begin(json::error_code&) {
    stack_.reset(sp_);
    return true;
  }
  bool on_document_end(json::error_code&) { return true; }

  bool on_array_begin(json::error_code&) {
    frames_.push_back({false, keys_.size(), key_arena_.size()});
    return true;
  }
  bool on_array_end(std::size_t n, json::error_code&) {
    frames_.pop_back();
    stack_.push_array(n);
    value_done();
    return true;
  }
  bool on_object_begin(json::error_code&) {
    frames_.push_back({true, keys_.size(), key_arena_.size(), 0, objects_++});
    return true;
  }
  bool on_object_end(std::size_t n, json::error_code&) {
    const frame& f = frames_.back();
    if (n > 1) find_duplicates(f, keys_.size());
    keys_.resize(f.first_key);
    key_arena_.resize(f.arena_mark);
    frames_.pop_back();
    stack_.push_object(n);
    value_done();
    return true;
  }
  bool on_string_part(json::string_view s, std::size_t, json::error_code&) {
    stack_.push_chars(s);
    return true;
  }
  bool on_string(json::string_view s, std::size_t, json::error_code&) {
    stack_.push_string(s);
    value_done();
    return true;
  }
  bool on_key_part(json::string_view s, std::size_t, json::error_code&) {
    if (!key_open_) open_key();
    key_arena_.append(s.data(), s.size());
    stack_.push_chars(s);
    return true;
  }
  bool on_key(json::string_view s, std::size_t, json::error_code&) {
    if (!key_open_) open_key();
    key_arena_.append(s.data(), s.size());
    keys_.push_back({key_start_, key_arena_.size() - key_start_});
    key_open_ = false;
    stack_.push_key(s);
    return true;
  }
  bool on_number_part(json::string_view, json::error_code&) { return true; }
  bool on_int64(std::int64_t i, json::string_view, json::error_code&) {
    stack_.push_int64(i);
    value_done();
    return true;
  }
  bool on_uint64(std::uint64_t u, json::string_view, json::error_code&) {
    stack_.push_uint64(u);
    value_done();
    return true;
  }
  bool on_double(double d, json::string_view, json::error_code&) {
    stack_.push_double(d);
    value_done();
    return true;
  }
  bool on_bool(bool b, json::error_code&) {
    stack_.push_bool(b);
    value_done();
    return true;
  }
  bool on_null(json::error_code&) {
    stack_.push_null();
    value_done();
    return true;
  }
  bool on_comment_part(json::string_view, json::error_code&) { return true; }
  bool on_comment(json::string_view, json::error_code&) { return true; }

  json::value release() { return stack_.release(); }

  /// The pointer of the innermost value being parsed (for errors).
  std::string current_pointer(std::size_t depth) const {
    std::string out;
    for (std::size_t i = 0; i < std::min(depth, frames_.size()); ++i) {
      const frame& f = frames_[i];
      std::size_t next_first = i + 1 < frames_.size() ? frames_[i + 1].first_key : keys_.size();
      out += '/';
      if (!f.is_object) {
        out += std::to_string(f.items);
      } else if (next_first > f.first_key) {
        append_pointer_token(out, key_text(keys_[next_first - 1]));
      } else {
        out.pop_back();
        break;
      }
    }
    return out;
  }
  std::size_t depth() const noexcept { return frames_.size(); }

  /// After a syntax error: the duplicates among the keys of objects that never closed.
  void find_duplicates_in_open_objects() {
    for (std::size_t i = 0; i < frames_.size(); ++i)
      if (frames_[i].is_object)
        find_duplicates(frames_[i],
                        i + 1 < frames_.size() ? frames_[i + 1].first_key : keys_.size());
  }

 private:
  void open_key() {
    key_open_ = true;
    key_start_ = key_arena_.size();
  }

  void value_done() noexcept {
    if (!frames_.empty() && !frames_.back().is_object) ++frames_.back().items;
  }

  std::string_view key_text(const key_entry& k) const noexcept {
    return std::string_view(key_arena_).substr(k.offset, k.length);
  }

  // Keys [f.first_key, end) belong to the object of frame `f`.
  void find_duplicates(const frame& f, std::size_t end) {
    const std::size_t n = end - f.first_key;
    // Small objects (every object of a real payload) compare pairwise; large ones sort.
    if (n <= 16) {
      for (std::size_t i = 1; i < n; ++i) {
        std::string_view k = key_text(keys_[f.first_key + i]);
        std::size_t earlier = 0;
        for (std::size_t j = 0; j < i; ++j)
          if (key_text(keys_[f.first_key + j]) == k) ++earlier;
        if (earlier != 0) add_duplicate(f, k, earlier);
      }
      return;
    }
    order_.resize(n);
    std::iota(order_.begin(), order_.end(), std::size_t{0});
    std::stable_sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) {
      return key_text(keys_[f.first_key + a]) < key_text(keys_[f.first_key + b]);
    });
    std::size_t run = 0;
    for (std::size_t i = 1; i < n; ++i) {
      std::string_view k = key_text(keys_[f.first_key + order_[i]]);
      if (k == key_text(keys_[f.first_key + order_[i - 1]]))
        add_duplicate(f, k, ++run);
      else
        run = 0;
    }
  }

  void add_duplicate(const frame& f, std::string_view key, std::size_t occurrence) {
    // Beyond the cap only the count grows: 100,000 repeated keys must not build 100,000 pointers.
    if (max_duplicates_ != 0 && result_.duplicates.size() >= max_duplicates_) {
      ++result_.duplicates_omitted;
      return;
    }
    // The object's own frame is the innermost one; its pointer is that of its parent chain.
    std::size_t depth = static_cast<std::size_t>(&f - frames_.data());
    result_.duplicates.push_back({current_pointer(depth), std::string(key), occurrence, f.ordinal});
  }

  json::value_stack stack_;
  json::storage_ptr sp_;
  parse_result& result_;
  std::size_t max_duplicates_;
  std::size_t objects_ = 0;
  std::pmr::vector<frame> frames_;
  std::pmr::vector<key_entry> keys_;
  std::pmr::string key_arena_;
  std::pmr::vector<std::size_t> order_;
  std::size_t key_start_ = 0;
  bool key_open_ = false;
};

// Whether `offset` lies inside a string literal, by the quotes before it (only on the error path).
bool inside_string(std::string_view text, std::size_t offset) noexcept {
  bool in = false;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (in && text[i] == '\\') {
      ++i;
    } else if (text[i] == '"') {
      in = !in;
    }
  }
  return in;
}

bool starts_with(std::string_view s, std::string_view prefix) noexcept {
  return s.substr(0, prefix.size()) == prefix;
}

bool looks_like_utf16(std::string_view text) noexcept {
  if (starts_with(text, "\xFF\xFE") || starts_with(text, "\xFE\xFF")) return true;
  // ASCII text in UTF-16 has a NUL beside every character, on the same side of each pair: a
  // '{' followed by NUL bytes is a NUL flood, not UTF-16.
  const std::size_t pairs = std::min<std::size_t>(text.size() / 2, 4);
  if (pairs == 0) return false;
  const bool little = text[0] != '\0' && text[1] == '\0';
  const bool big = text[0] == '\0' && text[1] != '\0';
  if (!little && !big) return false;
  for (std::size_t i = 1; i < pairs; ++i) {
    const bool zero_first = text[2 * i] == '\0', zero_second = text[2 * i + 1] == '\0';
    if (little ? (zero_first || !zero_second) : (!zero_first || zero_second)) return false;
  }
  return true;
}

std::size_t skip_whitespace_back(std::string_view text, std::size_t pos) noexcept {
  while (pos > 0) {
    char c = text[pos - 1];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
    --pos;
  }
  return pos;
}

// A plain YAML mapping key at the start of `line`: `key:` or `key: value` (a colon followed by
// a space or the end of the line; `a:b` is one scalar in YAML). Quoted keys are left out on
// purpose: `"key": 1` without braces is more likely a JSON object missing its braces.
bool starts_with_yaml_key(std::string_view line) noexcept {
  // ASCII only, whatever the host program's locale says about other bytes.
  auto key_start = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  };
  auto key_char = [&](char c) {
    return key_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
  };
  if (line.empty() || !key_start(line[0])) return false;
  std::size_t i = 1;
  while (i < line.size() && key_char(line[i])) ++i;
  if (i == line.size() || line[i] != ':') return false;
  return i + 1 == line.size() || line[i + 1] == ' ' || line[i + 1] == '\t';
}

// True when text that failed to parse as JSON looks like YAML: its first line that is neither
// blank nor a `#` comment is a document marker `---`, a directive (`%YAML`), a block sequence
// item `- x`, or a mapping key `key:`. JSON with a syntax error starts with `{` or `[` (or a
// scalar), so none of these match it.
bool looks_like_yaml(std::string_view text) noexcept {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = std::min(text.find('\n', pos), text.size());
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::size_t indent = std::min(line.find_first_not_of(' '), line.size());
    const std::string_view content = line.substr(indent);
    if (content.find_first_not_of(" \t") == std::string_view::npos) continue;  // blank
    if (content[0] == '#') continue;                                           // comment
    auto marker_then_space = [&](std::string_view marker) {
      return starts_with(content, marker) &&
             (content.size() == marker.size() || content[marker.size()] == ' ' ||
              content[marker.size()] == '\t');
    };
    // Markers and directives start in the first column; keys and items may be indented.
    if (indent == 0 && (marker_then_space("---") || starts_with(content, "%YAML ") ||
                        starts_with(content, "%TAG ")))
      return true;
    return marker_then_space("-") || starts_with_yaml_key(content);
  }
  return false;
}

// Turns Boost.JSON's error and position into a message that names the usual suspects.
parse_failure describe_syntax_error(std::string_view text, std::size_t pos, json::error_code ec) {
  parse_failure f;
  f.offset = std::min(pos, text.size());
  auto at = [&](std::size_t p) { return p < text.size() ? text[p] : '\0'; };
  const std::string_view rest = text.substr(f.offset);

  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    f.offset = 0;
    f.length = 0;
    f.message = text.empty() ? "the file is empty; expected a JSON object"
                             : "the file contains only whitespace; expected a JSON object";
    return f;
  }
  if (starts_with(text, "\xEF\xBB\xBF")) {
    f.offset = 0;
    f.length = 3;
    f.message =
        "the file starts with a UTF-8 byte order mark (BOM), which JSON does not allow; "
        "save it as UTF-8 without BOM";
    return f;
  }
  if (looks_like_utf16(text)) {
    f.offset = 0;
    f.length = 2;
    f.message = "the file looks like UTF-16 text; JSON payloads must be UTF-8";
    return f;
  }
  if (ec == json::error::too_deep) {
    f.rule = rules::rule_id::input_limit;
    return f;  // the caller words it with the limit
  }
  if (looks_like_yaml(text)) {
    // At the first byte, underlining the first line: the whole file is the problem.
    f.offset = 0;
    f.length = std::min(text.find_first_of("\r\n"), text.size());
    f.message =
        "this looks like YAML, not JSON; 'aws lightsail create-distribution --cli-input-yaml' "
        "takes YAML, sailcheck checks JSON: convert it (for example with 'yq -o json') or write "
        "it as JSON";
    return f;
  }
  if (ec == json::error::extra_data) {
    f.message =
        fmt::format("unexpected {} after the end of the JSON document", describe_byte(rest));
    if (at(f.offset) == ',') f.message += "; a payload is one object, not a sequence";
    return f;
  }
  if (ec == json::error::incomplete) {
    f.message = "unexpected end of input; the document is incomplete (a missing '}', ']' or '\"'?)";
    return f;
  }
  if (ec == json::error::exponent_overflow) {
    f.message = "number exponent is too large";
    return f;
  }
  if (ec == json::error::illegal_leading_surrogate ||
      ec == json::error::illegal_trailing_surrogate || ec == json::error::expected_utf16_escape) {
    f.message = "invalid \\u escape: a UTF-16 surrogate must come in a high-low pair";
    return f;
  }
  if (ec == json::error::expected_hex_digit) {
    f.message = "invalid \\u escape: expected four hexadecimal digits";
    return f;
  }
  if (f.offset >= 6 && text[f.offset - 6] == '\\' && text[f.offset - 5] == 'u') {
    unsigned unit = 0;
    auto [end, err] = std::from_chars(text.data() + f.offset - 4, text.data() + f.offset, unit, 16);
    if (err == std::errc{} && end == text.data() + f.offset && unit >= 0xD800 && unit <= 0xDBFF) {
      f.offset -= 6;
      f.length = 6;
      f.message = "invalid \\u escape: a high surrogate must be followed by a low surrogate escape";
      return f;
    }
  }
  const char c = at(f.offset);
  if (c == '/' && (at(f.offset + 1) == '/' || at(f.offset + 1) == '*')) {
    f.length = 2;
    f.message = "comments are not allowed in JSON";
    f.at_container = true;
    return f;
  }
  if (c == '}' || c == ']') {
    std::size_t before = skip_whitespace_back(text, f.offset);
    if (before > 0 && text[before - 1] == ',') {
      f.offset = before - 1;
      f.message = fmt::format("trailing comma before '{}' is not allowed in JSON", c);
      f.at_container = true;
      return f;
    }
  }
  if (starts_with(rest, "NaN") || starts_with(rest, "Infinity") || starts_with(rest, "-Infinity") ||
      starts_with(rest, "+Infinity") || starts_with(rest, "-NaN")) {
    f.length = rest.find_first_of("NI") + (rest[rest.find_first_of("NI")] == 'N' ? 3 : 8);
    if (f.offset > 0 && (text[f.offset - 1] == '-' || text[f.offset - 1] == '+')) {
      --f.offset;
      ++f.length;
    }
    f.message = "NaN and Infinity are not JSON numbers";
    return f;
  }
  if (c == '\'') {
    f.message = "strings and member names must use double quotes, not single quotes";
    return f;
  }
  if (static_cast<unsigned char>(c) >= 0x80) {
    f.message = fmt::format("invalid UTF-8: {}", describe_byte(rest));
    return f;
  }
  if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
    f.message = inside_string(text, f.offset)
                    ? fmt::format("raw {} must be escaped in a JSON string", describe_byte(rest))
                    : fmt::format(
                          "unexpected {}; JSON allows only spaces, tabs and line breaks "
                          "between tokens",
                          describe_byte(rest));
    return f;
  }
  if (c == '+' || (c == '0' && at(f.offset + 1) >= '0' && at(f.offset + 1) <= '9') ||
      (c == '.' && at(f.offset + 1) >= '0' && at(f.offset + 1) <= '9')) {
    f.message = fmt::format("invalid number: {}", describe_byte(rest));
    return f;
  }
  std::size_t before = skip_whitespace_back(text, f.offset);
  char prev = before > 0 ? text[before - 1] : '\0';
  if ((prev == '{' || prev == ',') && (std::isalpha(static_cast<unsigned char>(c)) || c == '_')) {
    f.message = "member names must be double-quoted strings";
    return f;
  }
  f.message = fmt::format("unexpected {}", describe_byte(rest));
  return f;
}

}  // namespace

std::string input_size_message(std::optional<std::size_t> size, const limits& lim) {
  const std::string limit = lim.max_input_bytes % (1024 * 1024) == 0
                                ? fmt::format("{} bytes ({} MiB)", lim.max_input_bytes,
                                              lim.max_input_bytes / (1024 * 1024))
                                : fmt::format("{} bytes", lim.max_input_bytes);
  return size ? fmt::format("the input is {} bytes, more than the limit of {}", *size, limit)
              : fmt::format("the input is larger than the limit of {}", limit);
}

parse_result parse(std::string_view text, const limits& lim, json::storage_ptr sp) {
  // The document must own `sp` from the start: assigning a value from another memory resource
  // would deep-copy it out of the caller's arena.
  parse_result result{json::value(sp), std::nullopt, {}};
  if (text.size() > lim.max_input_bytes) {
    // At 1:1: the whole input is the problem, not the byte where the limit fell. A reader that
    // stops one byte past the limit (the command line does, so that an endless input cannot
    // exhaust memory) passes exactly limit + 1 bytes: then the real size is not known here.
    result.failure = parse_failure{rules::rule_id::input_limit,
                                   0,
                                   0,
                                   {},
                                   input_size_message(text.size() == lim.max_input_bytes + 1
                                                          ? std::nullopt
                                                          : std::optional<std::size_t>(text.size()),
                                                      lim)};
    return result;
  }
  json::parse_options po;
  po.max_depth = lim.max_depth;
  unsigned char stack_buffer[4096];
  std::byte scratch_buffer[4096];
  std::pmr::monotonic_buffer_resource scratch(scratch_buffer, sizeof scratch_buffer);
  json::basic_parser<handler> p(po, std::move(sp), result, lim.max_findings_per_rule,
                                std::span<unsigned char>(stack_buffer), &scratch);
  json::error_code ec;
  std::size_t n = p.write_some(false, text.data(), text.size(), ec);
  // write_some stops after one complete document; what follows it is trailing data.
  if (!ec && n < text.size()) ec = json::error::extra_data;
  if (!ec) {
    result.document = p.handler().release();
    return result;
  }
  p.handler().find_duplicates_in_open_objects();
  parse_failure f = describe_syntax_error(text, n, ec);
  f.length = std::min(f.length, text.size() - f.offset);  // nothing to underline past the end
  if (f.rule == rules::rule_id::input_limit)
    f.message = fmt::format("nesting is deeper than the limit of {} levels", lim.max_depth);
  const std::size_t depth = p.handler().depth();
  f.pointer = p.handler().current_pointer(f.at_container && depth > 0 ? depth - 1 : depth);
  result.failure = std::move(f);
  return result;
}

}  // namespace sailcheck::detail
