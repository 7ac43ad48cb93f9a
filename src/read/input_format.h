// Which reader handles a file: from the --format option, the extension (after a .gz/.zst
// suffix), and the first bytes of the (decompressed) content.
#pragma once

#include <string>
#include <string_view>

namespace precis {

enum class InputFormat { kJsonl, kHtml, kWarc, kText, kMarkdown, kFeed, kUnknown };

// `forced` is the --format value ("auto" to detect). `head` is the first few KB of content.
InputFormat detect_input_format(std::string_view forced, const std::string& path,
                                std::string_view head);
// Whether a file found while walking a directory is worth opening.
bool is_readable_extension(const std::string& path);
const char* input_format_name(InputFormat f);

}  // namespace precis
