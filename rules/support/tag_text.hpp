#pragma once

// The tag character set shared by LS2010 tag-key-format and LS2011 tag-value-format (defined in
// tag_key_format.cpp): Unicode letters, numbers and spaces (L*, N*, Z*) and `+ - = . _ : / @`.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sailcheck::rules::tag_text {

/// The first thing wrong with a non-empty tag key or value, as a message: a character outside
/// the set (a combining mark gets the precomposed form to write instead), or a length above
/// `max_chars` code points. `noun` names the member in the message ("tag key").
std::optional<std::string> problem(std::string_view text, std::size_t max_chars,
                                   std::string_view noun);

/// `text` with every combining mark folded into the letter before it, when each one can be
/// and at least one is there; otherwise nothing to offer.
std::optional<std::string> composed(std::string_view text);

}  // namespace sailcheck::rules::tag_text
