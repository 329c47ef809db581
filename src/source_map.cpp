#include "source_map.hpp"

#include "text.hpp"
#include "unicode.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <memory_resource>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace sailcheck::detail {
namespace {

constexpr std::uint32_t k_none = static_cast<std::uint32_t>(-1);

struct span {
  std::size_t key_begin = k_no_offset, key_end = k_no_offset;
  std::size_t begin = k_no_offset, end = k_no_offset;
};

// Up to this many children a node is searched in its list; beyond, in the scanner's hash map.
constexpr std::size_t k_listed_children = 8;

// Plain data only: every node, list and table of one scan lives in one arena that is released
// at once, so locating a report's findings costs no allocation per finding.
struct trie_node {
  std::string_view segment;  ///< the unescaped token that leads here from the parent
  // Children as a list (most nodes have one or two, and a short list is cheaper than hashing
  // every member name the scan passes); past k_listed_children also in the hash map.
  std::uint32_t first_child = k_none;
  std::uint32_t next_sibling = k_none;
  std::uint32_t child_count = 0;
  // Requests for the last occurrence (the one Boost.JSON keeps), resolved once the scan is done:
  // a list through scanner::next_last_.
  std::uint32_t last_head = k_none;
  // Requests for one occurrence of a repeated member: the node's run of scanner::occurrences_,
  // sorted by occurrence. N duplicates of one key give N requests on one node, and scanning them
  // all at each of the N occurrences was quadratic; a cursor keeps it linear.
  std::uint32_t occurrences_begin = 0;
  std::uint32_t occurrences_end = 0;
  std::uint32_t cursor = 0;
  span last;
  // Occurrences count within one object, as the parser counts repeated keys; a repeated parent
  // object starts the count again.
  std::size_t reached = 0;
  std::size_t in_object = 0;
};

struct occurrence_request {
  std::uint32_t node;
  std::size_t occurrence;
  std::uint32_t request;
  bool operator<(const occurrence_request& o) const noexcept {
    if (node != o.node) return node < o.node;
    if (occurrence != o.occurrence) return occurrence < o.occurrence;
    return request < o.request;
  }
};

// Children past the list are looked up by (parent, segment) in one hash map: a node can have as
// many children as an array has findings (100,000 tags), so a list alone would make locating
// quadratic.
struct edge {
  std::uint32_t parent;
  std::string_view segment;
  bool operator==(const edge&) const = default;
};

struct edge_hash {
  std::size_t operator()(const edge& e) const noexcept {
    return std::hash<std::string_view>{}(e.segment) * 31u + e.parent;
  }
};

bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

int hex_value(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The bytes skip_value stops at inside a container; everything else is skipped in a tight loop.
constexpr std::array<bool, 256> k_structural = byte_set("\"{[}]");

// One past the closing quote of the string starting at `pos`. A quote closes the string unless
// an odd run of backslashes precedes it, which is what reading escapes pairwise from the left
// decides; memchr finds the candidates.
std::size_t skip_string(std::string_view text, std::size_t pos) noexcept {
  const std::size_t start = pos + 1;
  std::size_t from = start;
  while (from < text.size()) {
    const void* hit = std::memchr(text.data() + from, '"', text.size() - from);
    if (hit == nullptr) return text.size();
    const std::size_t quote = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
    std::size_t backslashes = 0;
    while (quote - backslashes > start && text[quote - backslashes - 1] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return quote + 1;
    from = quote + 1;
  }
  return text.size();
}

// One past the value starting at `pos`, without recursion.
std::size_t skip_value(std::string_view text, std::size_t pos) noexcept {
  if (pos >= text.size()) return pos;
  char c = text[pos];
  if (c == '"') return skip_string(text, pos);
  if (c == '{' || c == '[') {
    std::size_t depth = 0;
    while (pos < text.size()) {
      while (pos < text.size() && !k_structural[static_cast<unsigned char>(text[pos])]) ++pos;
      if (pos == text.size()) break;
      c = text[pos];
      if (c == '"') {
        pos = skip_string(text, pos);
        continue;
      }
      if (c == '{' || c == '[') ++depth;
      if (c == '}' || c == ']') {
        if (--depth == 0) return pos + 1;
      }
      ++pos;
    }
    return pos;
  }
  while (pos < text.size()) {
    c = text[pos];
    if (is_space(c) || c == ',' || c == '}' || c == ']' || c == ':') break;
    ++pos;
  }
  return pos;
}

// The member name of the string token [begin, end), unescaped only when it has escapes.
std::string_view key_text(std::string_view text, std::size_t begin, std::size_t end,
                          std::string& scratch) {
  std::string_view raw = text.substr(begin + 1, end - begin >= 2 ? end - begin - 2 : 0);
  if (raw.find('\\') == std::string_view::npos) return raw;
  scratch.clear();
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '\\' || i + 1 >= raw.size()) {
      scratch += raw[i];
      continue;
    }
    char e = raw[++i];
    switch (e) {
      case 'b':
        scratch += '\b';
        break;
      case 'f':
        scratch += '\f';
        break;
      case 'n':
        scratch += '\n';
        break;
      case 'r':
        scratch += '\r';
        break;
      case 't':
        scratch += '\t';
        break;
      case 'u': {
        auto read4 = [&](std::size_t at) -> std::optional<std::uint32_t> {
          if (at + 4 > raw.size()) return std::nullopt;
          std::uint32_t v = 0;
          for (std::size_t k = 0; k < 4; ++k) {
            int h = hex_value(raw[at + k]);
            if (h < 0) return std::nullopt;
            v = v * 16 + static_cast<std::uint32_t>(h);
          }
          return v;
        };
        auto hi = read4(i + 1);
        if (!hi) break;
        i += 4;
        std::uint32_t cp = *hi;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 2 < raw.size() && raw[i + 1] == '\\' &&
            raw[i + 2] == 'u') {
          auto lo = read4(i + 3);
          if (lo && *lo >= 0xDC00 && *lo <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (*lo - 0xDC00);
            i += 6;
          }
        }
        append_utf8(scratch, static_cast<char32_t>(cp));
        break;
      }
      default:
        scratch += e;
        break;
    }
  }
  return scratch;
}

class scanner {
 public:
  scanner(std::string_view text, std::span<locate_request> requests, bool unique_keys,
          std::pmr::memory_resource* arena)
      : text_(text),
        requests_(requests),
        nodes_(arena),
        next_last_(requests.size(), k_none, arena),
        occurrences_(arena),
        edges_(arena),
        arena_(arena) {
    std::size_t segments = 1;
    for (const locate_request& r : requests)
      segments += static_cast<std::size_t>(std::count(r.pointer.begin(), r.pointer.end(), '/'));
    nodes_.reserve(segments);
    nodes_.emplace_back();
    for (std::uint32_t r = 0; r < requests.size(); ++r) {
      std::uint32_t node = 0;
      for_each_token(requests[r].pointer,
                     [&](std::string_view token) { node = child(node, token, true); });
      if (requests[r].occurrence == k_no_offset) {
        next_last_[r] = nodes_[node].last_head;
        nodes_[node].last_head = r;
      } else {
        occurrences_.push_back({node, requests[r].occurrence, r});
      }
    }
    // Requests for one occurrence mean repeated keys: the first match is not the only one.
    stop_early_ = unique_keys && occurrences_.empty();
    unresolved_ = requests.size();
    std::sort(occurrences_.begin(), occurrences_.end());
    for (std::uint32_t i = 0; i < occurrences_.size();) {
      const std::uint32_t node = occurrences_[i].node;
      std::uint32_t e = i;
      while (e < occurrences_.size() && occurrences_[e].node == node) ++e;
      nodes_[node].occurrences_begin = nodes_[node].cursor = i;
      nodes_[node].occurrences_end = e;
      i = e;
    }
  }

  void run() {
    std::size_t pos = skip_space(0);
    value(pos, 0, 0, k_no_offset, k_no_offset);
    for (const trie_node& n : nodes_)
      for (std::uint32_t r = n.last_head; r != k_none; r = next_last_[r])
        resolve(requests_[r], n.last);
  }

 private:
  // Calls `f` with each unescaped reference token of `pointer`, as split_pointer splits it.
  template <class F>
  void for_each_token(std::string_view pointer, F&& f) {
    if (pointer.empty()) return;
    std::size_t pos = 1;  // a pointer always starts with '/'; each '/' opens one token
    for (;;) {
      const std::size_t next = pointer.find('/', pos);
      std::string_view raw =
          pointer.substr(std::min(pos, pointer.size()),
                         next == std::string_view::npos ? next : next - pos);
      if (raw.find('~') != std::string_view::npos) raw = unescape(raw);
      f(raw);
      if (next == std::string_view::npos) return;
      pos = next + 1;
    }
  }

  // `~0` and `~1` decoded into the arena, where the token lives as long as the scan.
  std::string_view unescape(std::string_view raw) {
    char* out = static_cast<char*>(arena_->allocate(raw.size(), 1));
    std::size_t n = 0;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
        out[n++] = raw[i + 1] == '0' ? '~' : '/';
        ++i;
      } else {
        out[n++] = raw[i];
      }
    }
    return {out, n};
  }

  std::uint32_t child(std::uint32_t node, std::string_view seg, bool create) {
    if (nodes_[node].first_child == k_none && !create) return k_none;
    if (nodes_[node].child_count <= k_listed_children) {
      for (std::uint32_t c = nodes_[node].first_child; c != k_none; c = nodes_[c].next_sibling)
        if (nodes_[c].segment == seg) return c;
    } else if (auto found = edges_.find(edge{node, seg}); found != edges_.end()) {
      return found->second;
    }
    if (!create) return k_none;
    const auto id = static_cast<std::uint32_t>(nodes_.size());
    nodes_.emplace_back();
    trie_node& parent = nodes_[node];
    nodes_[id].segment = seg;
    nodes_[id].next_sibling = parent.first_child;
    parent.first_child = id;
    ++parent.child_count;
    if (parent.child_count == k_listed_children + 1) {
      for (std::uint32_t c = parent.first_child; c != k_none; c = nodes_[c].next_sibling)
        edges_.emplace(edge{node, nodes_[c].segment}, c);
    } else if (parent.child_count > k_listed_children + 1) {
      edges_.emplace(edge{node, seg}, id);
    }
    return id;
  }

  std::size_t skip_space(std::size_t pos) const noexcept {
    while (pos < text_.size() && is_space(text_[pos])) ++pos;
    return pos;
  }

  void record(std::uint32_t node, std::size_t object, std::size_t key_begin, std::size_t key_end,
              std::size_t begin, std::size_t end) {
    trie_node& n = nodes_[node];
    if (n.in_object != object) {
      n.in_object = object;
      n.reached = 0;
      n.cursor = n.occurrences_begin;
    }
    const std::size_t occurrence = n.reached++;
    const span found{key_begin, key_end, begin, end};
    n.last = found;
    if (stop_early_) {
      // Without repeated keys a node is reached once, so its last occurrence is this one.
      for (std::uint32_t r = n.last_head; r != k_none; r = next_last_[r]) --unresolved_;
      if (unresolved_ == 0) done_ = true;
      return;
    }
    // Within one object occurrences only grow, so the cursor never moves back.
    while (n.cursor < n.occurrences_end && occurrences_[n.cursor].occurrence < occurrence)
      ++n.cursor;
    for (std::uint32_t k = n.cursor;
         k < n.occurrences_end && occurrences_[k].occurrence == occurrence; ++k)
      resolve(requests_[occurrences_[k].request], found);
  }

  static void resolve(locate_request& req, const span& found) {
    if (found.begin == k_no_offset) return;
    if (req.member_name && found.key_begin != k_no_offset) {
      req.begin = found.key_begin;
      req.end = found.key_end;
    } else {
      req.begin = found.begin;
      req.end = found.end;
    }
  }

  // Scans the value at `pos` that the trie tracks as `node`; returns one past it. Recursion
  // follows the trie only, whose depth is that of the longest requested pointer.
  std::size_t value(std::size_t pos, std::uint32_t node, std::size_t object, std::size_t key_begin,
                    std::size_t key_end) {
    const std::size_t begin = pos;
    std::size_t end;
    if (nodes_[node].first_child == k_none || pos >= text_.size()) {
      end = skip_value(text_, pos);
    } else if (text_[pos] == '{') {
      const std::size_t this_object = ++objects_;
      pos = skip_space(pos + 1);
      while (pos < text_.size() && text_[pos] == '"') {
        std::size_t kb = pos;
        std::size_t ke = skip_string(text_, pos);
        std::uint32_t c = child(node, key_text(text_, kb, ke, scratch_), false);
        pos = skip_space(ke);
        if (pos < text_.size() && text_[pos] == ':') pos = skip_space(pos + 1);
        pos = c == k_none ? skip_value(text_, pos) : value(pos, c, this_object, kb, ke);
        if (done_) return pos;
        pos = skip_space(pos);
        if (pos < text_.size() && text_[pos] == ',') pos = skip_space(pos + 1);
      }
      end = pos < text_.size() && text_[pos] == '}' ? pos + 1 : pos;
    } else if (text_[pos] == '[') {
      pos = skip_space(pos + 1);
      for (std::size_t i = 0; pos < text_.size() && text_[pos] != ']'; ++i) {
        char digits[24];
        const auto written = std::to_chars(digits, digits + sizeof digits, i).ptr;
        std::uint32_t c = child(node, std::string_view(digits, written - digits), false);
        std::size_t before = pos;
        pos = c == k_none ? skip_value(text_, pos) : value(pos, c, 0, k_no_offset, k_no_offset);
        if (done_) return pos;
        pos = skip_space(pos);
        if (pos < text_.size() && text_[pos] == ',') pos = skip_space(pos + 1);
        if (pos == before) break;  // not JSON: stop rather than spin
      }
      end = pos < text_.size() && text_[pos] == ']' ? pos + 1 : pos;
    } else {
      end = skip_value(text_, pos);
    }
    record(node, object, key_begin, key_end, begin, end);
    return end;
  }

  std::string_view text_;
  std::span<locate_request> requests_;
  std::pmr::vector<trie_node> nodes_;
  std::pmr::vector<std::uint32_t> next_last_;  // per request: the next on its node's last list
  std::pmr::vector<occurrence_request> occurrences_;
  std::pmr::unordered_map<edge, std::uint32_t, edge_hash> edges_;
  std::string scratch_;  // a member name with escapes, decoded (rare: no arena for it)
  std::pmr::memory_resource* arena_;
  std::size_t objects_ = 0;  // objects entered so far: each gets its own number
  bool stop_early_ = false;
  bool done_ = false;           // every request resolved: the rest of the text is not read
  std::size_t unresolved_ = 0;  // with stop_early_: requests whose value was not reached yet
};

}  // namespace

void locate(std::string_view text, std::span<locate_request> requests, bool unique_keys) {
  if (requests.empty()) return;
  // Enough for the nodes of a few dozen findings; more spill to the heap in a few large blocks.
  alignas(std::max_align_t) std::byte buffer[4096];
  std::pmr::monotonic_buffer_resource arena(buffer, sizeof buffer);
  scanner(text, requests, unique_keys, &arena).run();
}

namespace {

// Finds the member names of the requests that target the object starting at `open` (its '{').
void resolve_in_object(std::string_view text, std::size_t open, std::span<key_request> requests,
                       std::span<const std::uint32_t> wanted, std::string& scratch) {
  // Occurrences count per requested key; requests are few (capped), members may be many.
  std::unordered_map<std::string_view, std::size_t> seen;
  std::size_t pos = open + 1;
  auto space = [&] {
    while (pos < text.size() && is_space(text[pos])) ++pos;
  };
  space();
  while (pos < text.size() && text[pos] == '"') {
    const std::size_t kb = pos;
    const std::size_t ke = skip_string(text, pos);
    const std::string_view key = key_text(text, kb, ke, scratch);
    bool requested = false;
    std::size_t occurrence = 0;
    for (std::uint32_t r : wanted) {
      key_request& req = requests[r];
      if (req.key != key) continue;
      if (!requested) {
        requested = true;
        occurrence = seen[req.key]++;
      }
      if (req.occurrence == occurrence) {
        req.begin = kb;
        req.end = ke;
      }
    }
    pos = ke;
    space();
    if (pos < text.size() && text[pos] == ':') ++pos;
    space();
    pos = skip_value(text, pos);
    space();
    if (pos < text.size() && text[pos] == ',') ++pos;
    space();
  }
}

}  // namespace

void locate_keys(std::string_view text, std::span<key_request> requests) {
  if (requests.empty()) return;
  std::vector<std::uint32_t> order(requests.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return requests[a].object < requests[b].object;
  });
  std::string scratch;
  std::size_t next = 0;    // into order
  std::size_t object = 0;  // objects opened before `pos`
  for (std::size_t pos = 0; pos < text.size() && next < order.size(); ++pos) {
    const char c = text[pos];
    if (c == '"') {
      pos = skip_string(text, pos) - 1;
    } else if (c == '{') {
      std::size_t last = next;
      while (last < order.size() && requests[order[last]].object == object) ++last;
      if (last != next)
        resolve_in_object(text, pos, requests, std::span(order).subspan(next, last - next),
                          scratch);
      next = last;
      ++object;
      // Requests for objects that come earlier than this one can never be met (bad ordinals).
      while (next < order.size() && requests[order[next]].object < object) ++next;
    }
  }
}

namespace {

constexpr std::uint64_t k_ones = 0x0101010101010101ull;
constexpr std::uint64_t k_highs = 0x8080808080808080ull;

// Code points in `bytes`: every byte but a UTF-8 continuation byte (10xxxxxx) counts.
std::size_t count_code_points(const char* bytes, std::size_t n) noexcept {
  std::size_t count = 0;
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t word;
    std::memcpy(&word, bytes + i, 8);
    // Bit 7 of each continuation byte; multiplying the bytes' low bits by 0x01...01 sums them
    // into the top byte (no popcount instruction needed).
    const std::uint64_t continuation = (word & ~(word << 1) & k_highs) >> 7;
    count += 8 - static_cast<std::size_t>((continuation * k_ones) >> 56);
  }
  for (; i < n; ++i) count += (static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80;
  return count;
}

}  // namespace

void compute_positions(std::string_view text, std::span<source_position*> positions) {
  // Sorted in place: callers hand over pointers, whose order they do not read back.
  std::sort(positions.begin(), positions.end(),
            [](const source_position* a, const source_position* b) { return a->offset < b->offset; });
  // Without a '\r' anywhere, a line break is a '\n' and memchr finds each one; a text with one
  // (CRLF counts once, a lone CR is a break too) is read byte by byte.
  const bool has_cr = !text.empty() && std::memchr(text.data(), '\r', text.size()) != nullptr;
  std::size_t line = 1;
  std::size_t column = 1;
  std::size_t pos = 0;
  for (source_position* p : positions) {
    const std::size_t target = std::min(p->offset, text.size());
    if (!has_cr) {
      while (pos < target) {
        const void* hit = std::memchr(text.data() + pos, '\n', target - pos);
        if (hit == nullptr) break;
        ++line;
        column = 1;
        pos = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data()) + 1;
      }
      if (pos < target) {
        column += count_code_points(text.data() + pos, target - pos);
        pos = target;
      }
    }
    while (pos < target) {
      const char c = text[pos];
      if (c == '\n' || (c == '\r' && (pos + 1 >= text.size() || text[pos + 1] != '\n'))) {
        ++line;
        column = 1;
      } else if (c != '\r' && (static_cast<unsigned char>(c) & 0xC0) != 0x80) {
        ++column;
      }
      ++pos;
    }
    p->line = line;
    p->column = column;
  }
}

std::string_view value_token(std::string_view text, std::string_view pointer) {
  locate_request req;
  req.pointer = pointer;
  locate(text, std::span(&req, 1));
  if (req.begin == k_no_offset) return {};
  return text.substr(req.begin, req.end - req.begin);
}

}  // namespace sailcheck::detail
