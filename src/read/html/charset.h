// Character sets of HTML pages: which one a page is in, and conversion to UTF-8.
//
// Order of trust (the HTML standard's, plus one repair for a common lie):
//   1. a charset forced by the caller;
//   2. a byte-order mark (UTF-8, UTF-16LE/BE);
//   3. the HTTP Content-Type header's charset=;
//   4. <meta charset> or <meta http-equiv=Content-Type content="...charset="> in the first 4 KiB
//      (or 64 KiB when the head is long);
//   5. without any declaration: UTF-8 when the bytes are valid UTF-8, else uchardet's guess,
//      else windows-1252.
// A declared single-byte or legacy charset is overridden by UTF-8 when the bytes are valid UTF-8
// and contain multi-byte sequences (pages saved as UTF-8 but still declaring iso-8859-1 are
// common; valid multi-byte UTF-8 arising by chance from a legacy encoding is very rare).
// A declared UTF-8 whose bytes are not valid UTF-8 falls back to uchardet when more than 1% of
// the non-ASCII sequences are invalid, else invalid bytes become U+FFFD.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace precis {

struct CharsetChoice {
  std::string charset;  // canonical name given to ICU ("UTF-8", "windows-1252", "Shift_JIS", ...)
  std::string source;   // "forced", "bom", "http", "meta", "utf8-valid", "uchardet", "default"
};

// Reads a charset= parameter from a Content-Type value ("text/html; charset=ISO-8859-1").
// Returns "" when there is none.
std::string charset_from_content_type(std::string_view content_type);

// Finds the charset declared by <meta> tags near the start of the page, "" when none.
std::string charset_from_meta(std::string_view html);

// Chooses the charset of `bytes` following the order of trust above.
CharsetChoice choose_charset(std::string_view bytes, std::string_view content_type,
                             std::string_view forced);

// Converts `bytes` to valid UTF-8 (without NUL bytes). Chooses the charset with choose_charset and
// records problems (unknown charset, invalid bytes, overridden declaration) in *warnings.
std::string html_bytes_to_utf8(std::string_view bytes, std::string_view content_type,
                               std::string_view forced, std::vector<std::string>* warnings,
                               CharsetChoice* chosen = nullptr);

}  // namespace precis
