#include "parse.hpp"

#include "json_pointer.hpp"

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value_stack.hpp>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory_resource>
#include <numeric>
#include <span>

namespace sailcheck::detail {
namespace {

namespace json = boost::json;

struct key_entry {
  std::size_t offset;  // into the text, or into handler::key_arena_
  std::size_t length;
  bool in_text;        // a name without escapes, seen whole: the parser's view is the text's
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
  handler(std::string_view text, json::storage_ptr sp, parse_result& result,
          std::size_t max_duplicates, std::span<unsigned char> stack_buffer,
          std::pmr::memory_resource* scratch)
      : text_(text),
        stack_(sp, stack_buffer.data(), stack_buffer.size()),
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
    if (!key_open_ && within_text(s)) {
      // Kept as a view: no copy for the common name.
      keys_.push_back({static_cast<std::size_t>(s.data() - text_.data()), s.size(), true});
    } else {
      if (!key_open_) open_key();
      key_arena_.append(s.data(), s.size());
      keys_.push_back({key_start_, key_arena_.size() - key_start_, false});
      key_open_ = false;
    }
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
    return (k.in_text ? text_ : std::string_view(key_arena_)).substr(k.offset, k.length);
  }

  // Whether the parser handed over a view of the text itself (it does for a name without
  // escapes) rather than of its own buffer. std::less orders unrelated pointers too.
  bool within_text(json::string_view s) const noexcept {
    const std::less<const char*> before;
    return !before(s.data(), text_.data()) &&
           !before(text_.data() + text_.size(), s.data() + s.size());
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

  std::string_view text_;
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

}  // namespace

parse_result parse(std::string_view text, const limits& lim, json::storage_ptr sp) {
  // The document must own `sp` from the start: assigning a value from another memory resource
  // would deep-copy it out of the caller's arena.
  parse_result result{json::value(sp), std::nullopt, {}};
  if (text.size() > lim.max_input_bytes) {
    // At 1:1: the whole input is the problem, not the byte where the limit fell.
    parse_failure f;
    f.cause = parse_failure::too_large;
    // A reader that stops one byte past the limit (the command line does, so that an endless
    // input cannot exhaust memory) passes exactly limit + 1 bytes: then the real size is unknown.
    if (text.size() != lim.max_input_bytes + 1) f.size = text.size();
    result.failure = std::move(f);
    return result;
  }
  json::parse_options po;
  po.max_depth = lim.max_depth;
  unsigned char stack_buffer[4096];
  std::byte scratch_buffer[4096];
  std::pmr::monotonic_buffer_resource scratch(scratch_buffer, sizeof scratch_buffer);
  json::basic_parser<handler> p(po, text, std::move(sp), result, lim.max_findings_per_rule,
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
  parse_failure f;
  f.cause = ec == json::error::too_deep ? parse_failure::too_deep : parse_failure::syntax;
  f.error = ec;
  f.offset = n;
  const std::size_t depth = p.handler().depth();
  f.pointer = p.handler().current_pointer(depth);
  f.container_pointer = p.handler().current_pointer(depth > 0 ? depth - 1 : depth);
  result.failure = std::move(f);
  return result;
}

}  // namespace sailcheck::detail
