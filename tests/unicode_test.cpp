#include "unicode.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sailcheck::detail {
namespace {

TEST(Classify, AsciiFastPath) {
  EXPECT_EQ(classify(U'a'), char_class::letter);
  EXPECT_EQ(classify(U'Z'), char_class::letter);
  EXPECT_EQ(classify(U'0'), char_class::number);
  EXPECT_EQ(classify(U'9'), char_class::number);
  EXPECT_EQ(classify(U' '), char_class::space);
  EXPECT_EQ(classify(U'+'), char_class::other);
  EXPECT_EQ(classify(U'#'), char_class::other);
  EXPECT_EQ(classify(U'_'), char_class::other);
  // Controls are Cc, not Z*, so tab and newline are deliberately not `space`.
  EXPECT_EQ(classify(U'\t'), char_class::other);
  EXPECT_EQ(classify(U'\n'), char_class::other);
  EXPECT_EQ(classify(U'\0'), char_class::other);
}

TEST(Classify, Letters) {
  EXPECT_EQ(classify(U'\u00E9'), char_class::letter);      // é
  EXPECT_EQ(classify(U'\u4E2D'), char_class::letter);      // 中, inside a CJK range entry
  EXPECT_EQ(classify(U'\uAC00'), char_class::letter);      // first Hangul syllable (range entry)
  EXPECT_EQ(classify(U'\uD7A3'), char_class::letter);      // last Hangul syllable (range entry)
  EXPECT_EQ(classify(U'\U0001E900'), char_class::letter);  // ADLAM CAPITAL LETTER ALIF
}

TEST(Classify, Spaces) {
  EXPECT_EQ(classify(U'\u00A0'), char_class::space);  // NO-BREAK SPACE
  EXPECT_EQ(classify(U'\u3000'), char_class::space);  // IDEOGRAPHIC SPACE
  EXPECT_EQ(classify(U'\u2028'), char_class::space);  // LINE SEPARATOR (Zl)
}

TEST(Classify, MarksAndNumbers) {
  EXPECT_EQ(classify(U'\u0301'), char_class::mark);    // COMBINING ACUTE ACCENT
  EXPECT_EQ(classify(U'\u0663'), char_class::number);  // ARABIC-INDIC DIGIT THREE
  EXPECT_EQ(classify(U'\u2160'), char_class::number);  // ROMAN NUMERAL ONE (Nl)
  EXPECT_EQ(classify(U'\u00BD'), char_class::number);  // VULGAR FRACTION ONE HALF (No)
}

TEST(Classify, Other) {
  EXPECT_EQ(classify(U'\U0001F600'), char_class::other);     // GRINNING FACE (So)
  EXPECT_EQ(classify(U'\u0378'), char_class::other);         // unassigned
  EXPECT_EQ(classify(U'\u00A7'), char_class::other);         // SECTION SIGN (Po)
  EXPECT_EQ(classify(char32_t{0xD800}), char_class::other);  // surrogate (Cs)
  EXPECT_EQ(classify(char32_t{0x10FFFF}), char_class::other);
  EXPECT_EQ(classify(char32_t{0x110000}), char_class::other);  // beyond Unicode
}

utf8_char decode(std::string_view bytes) { return decode_utf8(bytes, 0); }

void expect_valid(std::string_view bytes, char32_t cp) {
  const utf8_char c = decode(bytes);
  EXPECT_TRUE(c.valid);
  EXPECT_EQ(c.code_point, cp);
  EXPECT_EQ(c.length, bytes.size());
}

void expect_invalid(std::string_view bytes) {
  const utf8_char c = decode(bytes);
  EXPECT_FALSE(c.valid);
  EXPECT_EQ(c.length, 1U);
  EXPECT_EQ(c.code_point, static_cast<unsigned char>(bytes[0]));
}

TEST(DecodeUtf8, ValidSequences) {
  expect_valid("A", U'A');
  expect_valid("\xC3\xA9", U'\u00E9');
  expect_valid("\xC2\x80", U'\u0080');
  expect_valid("\xDF\xBF", U'\u07FF');
  expect_valid("\xE0\xA0\x80", U'\u0800');
  expect_valid("\xE4\xB8\xAD", U'\u4E2D');
  expect_valid("\xED\x9F\xBF", U'\uD7FF');  // last code point before the surrogates
  expect_valid("\xEE\x80\x80", U'\uE000');  // first code point after them
  expect_valid("\xEF\xBF\xBF", U'\uFFFF');
  expect_valid("\xF0\x90\x80\x80", U'\U00010000');
  expect_valid("\xF0\x9F\x98\x80", U'\U0001F600');
  expect_valid("\xF4\x8F\xBF\xBF", U'\U0010FFFF');
}

TEST(DecodeUtf8, NulIsValid) {
  const std::string s(1, '\0');
  expect_valid(s, U'\0');
}

TEST(DecodeUtf8, RejectsOverlongs) {
  expect_invalid("\xC0\xAF");
  expect_invalid("\xC1\xBF");
  expect_invalid("\xE0\x80\xAF");
  expect_invalid("\xE0\x9F\xBF");
  expect_invalid("\xF0\x80\x80\xAF");
  expect_invalid("\xF0\x8F\xBF\xBF");
}

TEST(DecodeUtf8, RejectsSurrogatesAndOutOfRange) {
  expect_invalid("\xED\xA0\x80");
  expect_invalid("\xED\xBF\xBF");
  expect_invalid("\xF4\x90\x80\x80");
  expect_invalid("\xF5\x80\x80\x80");
  expect_invalid("\xFF");
}

TEST(DecodeUtf8, RejectsTruncatedAndStray) {
  expect_invalid("\xE2\x82");
  expect_invalid("\xF0\x9F\x98");
  expect_invalid("\xC3");
  expect_invalid("\x80");
  expect_invalid("\xBF");
  expect_invalid("\xE2\x82\x41");  // third byte is not a continuation
  expect_invalid("\xC3\x41");
}

TEST(DecodeUtf8, DecodesAtOffset) {
  const std::string_view s = "a\xC3\xA9z";
  const utf8_char c = decode_utf8(s, 1);
  EXPECT_TRUE(c.valid);
  EXPECT_EQ(c.code_point, U'\u00E9');
  EXPECT_EQ(c.length, 2U);
  // Truncation is judged against the whole view, not a NUL terminator.
  EXPECT_FALSE(decode_utf8(s.substr(0, 2), 1).valid);
}

TEST(DecodeUtf8, PastTheEnd) {
  const utf8_char c = decode_utf8("ab", 2);
  EXPECT_FALSE(c.valid);
  EXPECT_EQ(c.length, 0U);
}

TEST(CountCodePoints, Basic) {
  EXPECT_EQ(count_code_points(""), 0U);
  EXPECT_EQ(count_code_points("abc"), 3U);
  EXPECT_EQ(count_code_points("caf\xC3\xA9"), 4U);
  EXPECT_EQ(count_code_points("\xE4\xB8\xAD\xE6\x96\x87"), 2U);
  EXPECT_EQ(count_code_points("\xF0\x9F\x98\x80!"), 2U);
}

TEST(CountCodePoints, InvalidBytesCountOnceEach) {
  EXPECT_EQ(count_code_points("\x80"), 1U);
  EXPECT_EQ(count_code_points("a\xE2\x82"), 3U);
  EXPECT_EQ(count_code_points("\xC0\xAF"), 2U);
  EXPECT_EQ(count_code_points("\xED\xA0\x80x"), 4U);
}

TEST(UnicodeVersion, MatchesGeneratedTables) { EXPECT_EQ(unicode_version(), "15.0.0"); }

struct fold_case {
  char32_t cp;
  char32_t folded;
};

class SimpleFold : public ::testing::TestWithParam<fold_case> {};

TEST_P(SimpleFold, MapsToTheCaseFoldingTxtTarget) {
  EXPECT_EQ(static_cast<std::uint32_t>(simple_fold(GetParam().cp)),
            static_cast<std::uint32_t>(GetParam().folded));
}

INSTANTIATE_TEST_SUITE_P(
    Table, SimpleFold,
    ::testing::Values(fold_case{U'A', U'a'}, fold_case{U'Z', U'z'}, fold_case{U'a', U'a'},
                      fold_case{U'@', U'@'}, fold_case{U'[', U'['}, fold_case{U'0', U'0'},
                      fold_case{0xC4, 0xE4},        // Ä -> ä
                      fold_case{0xDF, 0xDF},        // ß: only full folding (F) maps it, to "ss"
                      fold_case{0x1E9E, 0xDF},      // ẞ -> ß (status S)
                      fold_case{0x1C4, 0x1C6},      // Ǆ -> ǆ
                      fold_case{0x1C5, 0x1C6},      // ǅ (title case) -> ǆ
                      fold_case{0x1C6, 0x1C6},      // ǆ
                      fold_case{0x3A3, 0x3C3},      // Σ -> σ
                      fold_case{0x3C2, 0x3C3},      // ς -> σ
                      fold_case{0x410, 0x430},      // Cyrillic А -> а
                      fold_case{0x212A, U'k'},      // KELVIN SIGN -> k
                      fold_case{0x212B, 0xE5},      // ANGSTROM SIGN -> å
                      fold_case{0x130, 0x130},      // İ: only F and T fold it
                      fold_case{0x49, U'i'},        // I: the non-Turkic mapping
                      fold_case{0x10400, 0x10428},  // Deseret, outside the BMP
                      fold_case{0x1E921, 0x1E943},  // Adlam, the last mapping
                      fold_case{0x4E00, 0x4E00},    // no case
                      fold_case{0x10FFFF, 0x10FFFF}),
    [](const auto& param_info) { return std::to_string(param_info.index); });

TEST(SimpleFold, IsIdempotent) {
  // Folding a folded code point changes nothing: the table's targets are themselves unmapped.
  std::size_t mapped = 0;
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    const char32_t f = simple_fold(cp);
    if (f != cp) ++mapped;
    ASSERT_EQ(static_cast<std::uint32_t>(simple_fold(f)), static_cast<std::uint32_t>(f))
        << static_cast<std::uint32_t>(cp);
  }
  EXPECT_EQ(mapped, 1454U);  // CaseFolding.txt 15.0.0: 1426 C + 28 S
}

}  // namespace
}  // namespace sailcheck::detail
