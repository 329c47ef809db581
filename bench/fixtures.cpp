#include "fixtures.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>

namespace sailcheck::bench {

std::optional<std::vector<std::string>> read_lines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
  }
  return lines;
}

std::optional<document_set> read_documents(const std::string& path, std::string name, bool ndjson) {
  document_set docs;
  docs.name = std::move(name);
  docs.ndjson = ndjson;
  if (ndjson) {
    auto lines = read_lines(path);
    if (!lines) return std::nullopt;
    for (std::string& l : *lines) {
      // Blank lines are no documents (what the peers' readers do too).
      if (!l.empty()) docs.texts.push_back(std::move(l));
    }
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    docs.texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  for (const std::string& t : docs.texts) docs.bytes += t.size();
  return docs;
}

std::string file_name_of(std::string_view path) {
  const auto slash = path.find_last_of('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

std::string escape(std::string_view s) {
  static constexpr char k_hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (b == '\\' || b < 0x20 || b >= 0x7f) {
      out += "\\x";
      out += k_hex[b >> 4];
      out += k_hex[b & 0xf];
    } else {
      out += c;
    }
  }
  return out;
}

std::string finding_line(std::size_t line_number, std::string_view code, std::string_view pointer) {
  std::string out;
  if (line_number != 0) {
    out += std::to_string(line_number);
    out += ' ';
  }
  out += code;
  out += ' ';
  out += escape(pointer);
  return out;
}

std::vector<std::string> finding_lines(const document_set& docs,
                                       const std::vector<sailcheck::report>& reports) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < reports.size(); ++i) {
    for (const diagnostic& d : reports[i].diagnostics) {
      out.push_back(finding_line(docs.ndjson ? i + 1 : 0, d.code, d.pointer));
    }
  }
  return out;
}

namespace {
std::string_view code_of(std::string_view line) {
  auto space = line.find(' ');
  // NDJSON lines start with a line number; the code is the second field.
  if (!line.empty() && line.front() >= '0' && line.front() <= '9') {
    line.remove_prefix(space + 1);
    space = line.find(' ');
  }
  return line.substr(0, space);
}
}  // namespace

std::vector<std::string> value_level(std::vector<std::string> text_lines) {
  std::erase_if(text_lines, [](const std::string& l) {
    const std::string_view code = code_of(l);
    return code == "LS0001" || code == "LS0002" || code == "LS0003";
  });
  std::sort(text_lines.begin(), text_lines.end());
  return text_lines;
}

std::string difference(const std::vector<std::string>& expected,
                       const std::vector<std::string>& actual) {
  const std::size_t n = std::min(expected.size(), actual.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (expected[i] != actual[i]) {
      return "finding " + std::to_string(i + 1) + ": expected '" + escape(expected[i]) +
             "', got '" + escape(actual[i]) + "'";
    }
  }
  if (expected.size() == actual.size()) return {};
  std::ostringstream s;
  s << "expected " << expected.size() << " findings, got " << actual.size();
  if (actual.size() > n) s << "; first extra: '" << escape(actual[n]) << "'";
  if (expected.size() > n) s << "; first missing: '" << escape(expected[n]) << "'";
  return s.str();
}

}  // namespace sailcheck::bench
