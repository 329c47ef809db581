#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sailcheck::detail {

/// Pointers in document order, the order of a report's findings at one offset: array indices
/// compare as numbers ("/tags/9" before "/tags/10"), and tokens that are all digits come before
/// other tokens, so that the order is total (comparing "10" with "1a" as text but with "2" as
/// numbers made a cycle, and the order of findings depended on the order they were found in).
bool pointer_less(std::string_view a, std::string_view b) noexcept;

/// One reference token of a JSON Pointer: an object member name or an array index.
struct path_segment {
  std::string_view key;
  std::size_t index = 0;
  bool is_index = false;
};

/// The walk's position as a stack of segments. Fixed capacity and views only, so moving through
/// a valid document allocates nothing; `render` builds the RFC 6901 string when a finding is kept.
class path {
 public:
  static constexpr std::size_t k_capacity = 12;

  path() = default;
  path(std::initializer_list<path_segment> segments) noexcept;

  void push_key(std::string_view key) noexcept;
  void push_index(std::size_t index) noexcept;
  void pop() noexcept { --size_; }

  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  const path_segment& operator[](std::size_t i) const noexcept { return segments_[i]; }
  const path_segment& back() const noexcept { return segments_[size_ - 1]; }

  std::string render() const;

 private:
  path_segment segments_[k_capacity];
  std::size_t size_ = 0;
};

inline path_segment key(std::string_view k) noexcept { return {k, 0, false}; }
inline path_segment index(std::size_t i) noexcept { return {{}, i, true}; }

/// Appends `token` escaped per RFC 6901 (`~` as `~0`, `/` as `~1`).
void append_pointer_token(std::string& out, std::string_view token);

/// Splits a rendered pointer into its unescaped reference tokens ("" gives none).
std::vector<std::string> split_pointer(std::string_view pointer);

}  // namespace sailcheck::detail
