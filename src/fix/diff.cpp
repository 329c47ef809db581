#include <sailcheck/fix.hpp>

#include "text.hpp"
#include "unicode.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <unordered_map>
#include <vector>

namespace sailcheck {
namespace {

constexpr std::size_t k_context = 3;
// Myers keeps one row of furthest-reaching points per edit step to trace the script back:
// (D + 1)^2 integers, 4 MB at this bound. Beyond it, or beyond the work bound (comparisons),
// the diff is no longer minimal but still exact.
constexpr std::int32_t k_max_edit_distance = 1000;
constexpr std::uint64_t k_max_work = 64'000'000;
// How many lines of the common tail may go back to the middle to let a change move down.
constexpr std::size_t k_max_given_back = 64;

enum class op_kind : std::uint8_t { equal, remove, insert };

// Lines with their terminator, so "\r\n" stays part of the content and a last line without
// "\n" differs from the same line with one.
struct line_table {
  std::string_view text;
  std::vector<std::size_t> starts;  // one per line, then text.size()

  explicit line_table(std::string_view t) : text(t) {
    for (std::size_t pos = 0; pos < t.size();) {
      starts.push_back(pos);
      const std::size_t nl = t.find('\n', pos);
      pos = nl == std::string_view::npos ? t.size() : nl + 1;
    }
    starts.push_back(t.size());
  }
  std::size_t size() const noexcept { return starts.size() - 1; }
  std::string_view operator[](std::size_t i) const noexcept {
    return text.substr(starts[i], starts[i + 1] - starts[i]);
  }
};

bool line_start(std::string_view t, std::size_t pos) noexcept {
  return pos == 0 || t[pos - 1] == '\n';
}

// The start of the line before the one starting at `pos` (> 0).
std::size_t previous_line(std::string_view t, std::size_t pos) noexcept {
  const std::size_t nl = pos >= 2 ? t.rfind('\n', pos - 2) : std::string_view::npos;
  return nl == std::string_view::npos ? 0 : nl + 1;
}

// One past the line starting at `pos` (< size).
std::size_t next_line(std::string_view t, std::size_t pos) noexcept {
  const std::size_t nl = t.find('\n', pos);
  return nl == std::string_view::npos ? t.size() : nl + 1;
}

// The furthest-reaching points of one edit step, by diagonal k = x - y. Diagonals not reached
// in that step (out of range, or off the edit graph) read as -1.
class diagonal_row {
 public:
  diagonal_row(const std::int32_t* values, std::int32_t d) noexcept : values_(values), d_(d) {}
  std::int32_t at(std::int32_t k) const noexcept {
    return k < -d_ || k > d_ || ((k + d_) & 1) != 0 ? -1 : values_[k + d_];
  }

 private:
  const std::int32_t* values_;
  std::int32_t d_;
};

// How step d reaches diagonal k from the row of step d - 1: down (an insertion, from k + 1) or
// right (a removal, from k - 1), whichever goes further, down on a tie; the forward pass and
// the trace-back share it so they agree. Empty when neither move stays on the graph.
std::optional<bool> move_down(const diagonal_row& prev, std::int32_t k, std::int32_t n,
                              std::int32_t m) noexcept {
  const std::int32_t from_down = prev.at(k + 1);
  const std::int32_t from_right = prev.at(k - 1);
  const bool down_ok = from_down >= 0 && from_down - k <= m;
  const bool right_ok = from_right >= 0 && from_right < n;
  if (down_ok && right_ok) return from_right < from_down;
  if (down_ok) return true;
  if (right_ok) return false;
  return std::nullopt;
}

// A shortest edit script from `a` to `b` (Myers 1986, "An O(ND) difference algorithm"), or
// empty when it is longer than the bounds allow.
std::optional<std::vector<op_kind>> shortest_script(const std::vector<std::uint32_t>& a,
                                                    const std::vector<std::uint32_t>& b) {
  constexpr auto k_int_max = static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max());
  if (a.size() >= k_int_max / 2 || b.size() >= k_int_max / 2) return std::nullopt;
  const auto n = static_cast<std::int32_t>(a.size());
  const auto m = static_cast<std::int32_t>(b.size());
  const std::int32_t max_d = std::min(n + m, k_max_edit_distance);
  std::vector<std::int32_t> trace;  // row d holds 2d + 1 entries and starts at d * d
  std::uint64_t work = 0;
  std::int32_t found = -1;
  for (std::int32_t d = 0; d <= max_d && found < 0; ++d) {
    const std::size_t row = trace.size();
    trace.resize(row + static_cast<std::size_t>(2 * d + 1), -1);
    const diagonal_row prev(d == 0 ? nullptr : trace.data() + (row - (2 * d - 1)), d - 1);
    for (std::int32_t k = -d; k <= d; k += 2) {
      std::int32_t x = 0;
      if (d > 0) {
        const std::optional<bool> down = move_down(prev, k, n, m);
        if (!down) continue;
        x = *down ? prev.at(k + 1) : prev.at(k - 1) + 1;
      }
      std::int32_t y = x - k;
      while (x < n && y < m && a[x] == b[y]) {
        ++x;
        ++y;
        ++work;
      }
      trace[row + static_cast<std::size_t>(k + d)] = x;
      ++work;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    if (work > k_max_work) return std::nullopt;
  }
  if (found < 0) return std::nullopt;

  std::vector<op_kind> ops;  // built backwards from (n, m)
  std::int32_t x = n;
  std::int32_t y = m;
  for (std::int32_t d = found; d > 0; --d) {
    const std::size_t prev_row = static_cast<std::size_t>(d - 1) * static_cast<std::size_t>(d - 1);
    const diagonal_row prev(trace.data() + prev_row, d - 1);
    const std::int32_t k = x - y;
    const bool down = *move_down(prev, k, n, m);
    const std::int32_t px = down ? prev.at(k + 1) : prev.at(k - 1);
    const std::int32_t mx = down ? px : px + 1;  // where the move landed; the snake follows
    for (; x > mx; --x, --y) ops.push_back(op_kind::equal);
    ops.push_back(down ? op_kind::insert : op_kind::remove);
    x = px;
    y = px - (down ? k + 1 : k - 1);
  }
  for (; x > 0; --x) ops.push_back(op_kind::equal);
  std::reverse(ops.begin(), ops.end());
  return ops;
}

// When the minimal script is out of reach: line by line when both sides have as many lines
// (what applied fixes produce, since a JSON token holds no line break), else one block.
std::vector<op_kind> coarse_script(const std::vector<std::uint32_t>& a,
                                   const std::vector<std::uint32_t>& b) {
  std::vector<op_kind> ops;
  if (a.size() == b.size()) {
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (a[i] == b[i]) {
        ops.push_back(op_kind::equal);
      } else {
        ops.push_back(op_kind::remove);
        ops.push_back(op_kind::insert);
      }
    }
    return ops;
  }
  ops.assign(a.size(), op_kind::remove);
  ops.insert(ops.end(), b.size(), op_kind::insert);
  return ops;
}

// Shortest scripts tie often where lines repeat (`}` and `],` in JSON): a run of removals (or
// insertions) alone between equal lines is moved next to the nearest other change when the
// lines it crosses allow it, so a replaced line reads "-old +new", as `diff -u` writes it, and
// not as a removal and an insertion a few lines apart. The script's length stays the same.
void join_changes(std::vector<op_kind>& ops, const std::vector<std::uint32_t>& a,
                  const std::vector<std::uint32_t>& b) {
  // Line index in `a` and `b` before each op. Sliding a run of one kind keeps that kind's
  // indices, so only the other side needs counting again, over the ops that moved.
  std::vector<std::size_t> at_a(ops.size() + 1);
  std::vector<std::size_t> at_b(ops.size() + 1);
  auto recount = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      at_a[i + 1] = at_a[i] + (ops[i] != op_kind::insert ? 1 : 0);
      at_b[i + 1] = at_b[i] + (ops[i] != op_kind::remove ? 1 : 0);
    }
  };
  recount(0, ops.size());
  for (std::size_t s = 0; s < ops.size();) {
    if (ops[s] == op_kind::equal) {
      ++s;
      continue;
    }
    const op_kind kind = ops[s];
    std::size_t e = s;
    while (e < ops.size() && ops[e] == kind) ++e;
    const bool alone =
        (s == 0 || ops[s - 1] == op_kind::equal) && (e == ops.size() || ops[e] == op_kind::equal);
    if (!alone) {
      s = e;
      continue;
    }
    const std::size_t len = e - s;
    const std::vector<std::uint32_t>& lines = kind == op_kind::remove ? a : b;
    const std::vector<std::size_t>& at = kind == op_kind::remove ? at_a : at_b;
    // Each step up swaps the equal line before the run with the run's last line; each step
    // down swaps the run's first line with the equal line after it. Like `diff -u`: join the
    // change below, else the one above, else go as far down as the lines allow.
    auto step_up = [&](std::size_t k) { return lines[at[s - k]] == lines[at[s - k] + len]; };
    auto step_down = [&](std::size_t k) { return lines[at[e + k] - len] == lines[at[e + k]]; };
    std::size_t up = 0;
    while (up < s && ops[s - 1 - up] == op_kind::equal) ++up;
    std::size_t down = 0;
    while (e + down < ops.size() && ops[e + down] == op_kind::equal) ++down;
    std::size_t valid_down = 0;
    while (valid_down < down && step_down(valid_down)) ++valid_down;
    std::size_t valid_up = 0;
    while (valid_up < up && step_up(valid_up + 1)) ++valid_up;
    const bool joins_below = valid_down == down && e + down < ops.size();
    const bool joins_above = valid_up == up && up < s;
    if (joins_below || !joins_above) {
      std::fill(ops.begin() + static_cast<std::ptrdiff_t>(s),
                ops.begin() + static_cast<std::ptrdiff_t>(s + valid_down), op_kind::equal);
      std::fill(ops.begin() + static_cast<std::ptrdiff_t>(s + valid_down),
                ops.begin() + static_cast<std::ptrdiff_t>(e + valid_down), kind);
      recount(s, e + valid_down);
      s = e + valid_down;
      continue;
    }
    std::fill(ops.begin() + static_cast<std::ptrdiff_t>(s - up),
              ops.begin() + static_cast<std::ptrdiff_t>(s - up + len), kind);
    std::fill(ops.begin() + static_cast<std::ptrdiff_t>(s - up + len),
              ops.begin() + static_cast<std::ptrdiff_t>(e), op_kind::equal);
    recount(s - up, e);
    s = e;
  }
}

// Within each run of changes, removals first: the order `diff -u` prints them in.
void removals_first(std::vector<op_kind>& ops) {
  for (std::size_t i = 0; i < ops.size();) {
    if (ops[i] == op_kind::equal) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < ops.size() && ops[j] != op_kind::equal) ++j;
    std::stable_partition(ops.begin() + static_cast<std::ptrdiff_t>(i),
                          ops.begin() + static_cast<std::ptrdiff_t>(j),
                          [](op_kind o) { return o == op_kind::remove; });
    i = j;
  }
}

// `diff -u` writes a one-line range as its line number alone, and an empty range as the line
// before it.
std::string range(std::size_t first_line, std::size_t count) {
  if (count == 1) return std::to_string(first_line + 1);
  return std::to_string(count == 0 ? first_line : first_line + 1) + "," + std::to_string(count);
}

void append_line(std::string& out, char tag, std::string_view line) {
  out += tag;
  out.append(line);
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

// A name as git writes it: plain, or in double quotes with C escapes when it holds a quote, a
// backslash, or a character that `append_escaped` would not print as is (controls, bidi
// controls, invalid UTF-8); GNU patch reads both forms.
std::string header_name(std::string_view prefix, std::string_view name) {
  std::string plain(prefix);
  plain.append(name);
  bool needs_quotes = false;
  std::vector<bool> escape_char;  // per code point of `plain`
  std::string scratch;
  for (std::size_t pos = 0; pos < plain.size();) {
    const detail::utf8_char ch = detail::decode_utf8(plain, pos);
    const std::string_view raw = std::string_view(plain).substr(pos, ch.length);
    scratch.clear();
    detail::append_escaped(scratch, raw);
    const bool escape = raw == "\"" || raw == "\\" || (raw != "'" && scratch != raw);
    needs_quotes = needs_quotes || escape;
    escape_char.push_back(escape);
    pos += ch.length;
  }
  if (!needs_quotes) return plain;
  std::string out = "\"";
  std::size_t index = 0;
  for (std::size_t pos = 0; pos < plain.size(); ++index) {
    const detail::utf8_char ch = detail::decode_utf8(plain, pos);
    const std::string_view raw = std::string_view(plain).substr(pos, ch.length);
    pos += ch.length;
    if (!escape_char[index]) {
      out.append(raw);
      continue;
    }
    static constexpr std::string_view k_named = "\a\b\t\n\v\f\r\"\\";
    static constexpr std::string_view k_letters = "abtnvfr\"\\";
    if (const std::size_t at = k_named.find(raw.front()); raw.size() == 1 && at != k_named.npos) {
      out += '\\';
      out += k_letters[at];
      continue;
    }
    for (const char c : raw) {
      const auto byte = static_cast<unsigned char>(c);
      out += '\\';
      out += static_cast<char>('0' + (byte >> 6));
      out += static_cast<char>('0' + ((byte >> 3) & 7));
      out += static_cast<char>('0' + (byte & 7));
    }
  }
  out += '"';
  return out;
}

}  // namespace

std::string unified_diff(std::string_view name, std::string_view before, std::string_view after) {
  if (before == after) return {};

  // Common leading and trailing lines never reach the line-by-line comparison, so a fix that
  // touches a few lines of a large file costs a scan, not a table of every line.
  const std::size_t shorter = std::min(before.size(), after.size());
  std::size_t prefix = 0;
  while (prefix < shorter && before[prefix] == after[prefix]) ++prefix;
  while (prefix > 0 && before[prefix - 1] != '\n') --prefix;
  std::size_t suffix = 0;
  while (suffix < shorter - prefix &&
         before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
    ++suffix;
  while (suffix > 0 &&
         !(line_start(before, before.size() - suffix) && line_start(after, after.size() - suffix)))
    --suffix;
  // A one-line change next to copies of itself can sit on any of them; `diff -u` puts it on the
  // last. Lines of the common tail equal to a last changed line go back to the middle (a few:
  // this is cosmetic), so that `join_changes` can move the change down onto them.
  for (std::size_t given = 0; suffix > 0 && given < k_max_given_back; ++given) {
    const std::size_t tail_a = before.size() - suffix;
    const std::size_t tail_b = after.size() - suffix;
    const std::string_view first = before.substr(tail_a, next_line(before, tail_a) - tail_a);
    auto last_changed = [&](std::string_view t, std::size_t end) {
      if (end <= prefix) return std::string_view();
      const std::size_t begin = previous_line(t, end);
      return t.substr(begin, end - begin);
    };
    if (last_changed(before, tail_a) != first && last_changed(after, tail_b) != first) break;
    suffix -= first.size();
  }

  // The window adds up to three lines of context on each side.
  std::size_t window_begin = prefix;
  for (std::size_t i = 0; i < k_context && window_begin > 0; ++i)
    window_begin = previous_line(before, window_begin);
  std::size_t window_end = before.size() - suffix;  // in `before`; `after` keeps the same tail
  for (std::size_t i = 0; i < k_context && window_end < before.size(); ++i)
    window_end = next_line(before, window_end);
  const std::size_t tail = before.size() - window_end;
  const std::size_t first_line = static_cast<std::size_t>(
      std::count(before.begin(), before.begin() + static_cast<std::ptrdiff_t>(window_begin), '\n'));

  const line_table a(before.substr(window_begin, before.size() - tail - window_begin));
  const line_table b(after.substr(window_begin, after.size() - tail - window_begin));
  const std::size_t lead_lines = static_cast<std::size_t>(
      std::count(before.begin() + static_cast<std::ptrdiff_t>(window_begin),
                 before.begin() + static_cast<std::ptrdiff_t>(prefix), '\n'));
  const std::size_t trail_lines =
      line_table(before.substr(before.size() - suffix, suffix - tail)).size();

  // Lines as numbers, so the comparison is one integer compare.
  std::unordered_map<std::string_view, std::uint32_t> ids;
  auto intern = [&](const line_table& t) {
    std::vector<std::uint32_t> out;
    out.reserve(t.size() - lead_lines - trail_lines);
    for (std::size_t i = lead_lines; i + trail_lines < t.size(); ++i)
      out.push_back(ids.emplace(t[i], static_cast<std::uint32_t>(ids.size())).first->second);
    return out;
  };
  const std::vector<std::uint32_t> middle_a = intern(a);
  const std::vector<std::uint32_t> middle_b = intern(b);

  std::vector<op_kind> ops(lead_lines, op_kind::equal);
  std::optional<std::vector<op_kind>> middle = shortest_script(middle_a, middle_b);
  if (middle)
    join_changes(*middle, middle_a, middle_b);
  else
    middle = coarse_script(middle_a, middle_b);
  ops.insert(ops.end(), middle->begin(), middle->end());
  ops.insert(ops.end(), trail_lines, op_kind::equal);
  removals_first(ops);

  std::string out = "--- " + header_name("a/", name) + "\n+++ " + header_name("b/", name) + "\n";
  // Line index in `a` and `b` before each op, so a hunk knows where it starts.
  std::vector<std::size_t> at_a(ops.size() + 1);
  std::vector<std::size_t> at_b(ops.size() + 1);
  for (std::size_t i = 0; i < ops.size(); ++i) {
    at_a[i + 1] = at_a[i] + (ops[i] != op_kind::insert ? 1 : 0);
    at_b[i + 1] = at_b[i] + (ops[i] != op_kind::remove ? 1 : 0);
  }
  for (std::size_t i = 0; i < ops.size();) {
    if (ops[i] == op_kind::equal) {
      ++i;
      continue;
    }
    // Changes at most 2 * context equal lines apart share a hunk, as in `diff -u`.
    std::size_t last = i;
    for (std::size_t j = i + 1; j < ops.size() && j <= last + 2 * k_context + 1; ++j)
      if (ops[j] != op_kind::equal) last = j;
    const std::size_t begin = i >= k_context ? i - k_context : 0;
    const std::size_t end = std::min(ops.size(), last + 1 + k_context);
    out += "@@ -" + range(first_line + at_a[begin], at_a[end] - at_a[begin]) + " +" +
           range(first_line + at_b[begin], at_b[end] - at_b[begin]) + " @@\n";
    for (std::size_t j = begin; j < end; ++j) {
      switch (ops[j]) {
        case op_kind::equal:
          append_line(out, ' ', a[at_a[j]]);
          break;
        case op_kind::remove:
          append_line(out, '-', a[at_a[j]]);
          break;
        case op_kind::insert:
          append_line(out, '+', b[at_b[j]]);
          break;
      }
    }
    i = end;
  }
  return out;
}

}  // namespace sailcheck
