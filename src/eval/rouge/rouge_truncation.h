// How ROUGE-1.5.5 reads a text under a length limit (-l words, -b bytes).
//
// Both readers lower-case ASCII letters and walk the non-empty lines in order. With -l, a line of
// k words (Perl split(/\s+/), so punctuation-only tokens count, and "well-known," is one word)
// is kept whole while count + k < limit; otherwise its first limit - count words are kept and
// reading stops. With -b the same loop counts bytes per line (joining spaces not counted) and
// cuts the last line with substr. References are truncated too.
//
// ROUGE-L reads the text a second time (readText_LCS), where the byte counter is never advanced:
// every line shorter than the limit is kept, up to the first line of length >= limit, which is
// cut to `limit` bytes and ends the text. truncate_for_lcs() reproduces that quirk.
#pragma once

#include <string>
#include <vector>

namespace precis::rouge {

// The lines ROUGE's readText keeps (lower-cased, the last one possibly cut). 0 = no limit.
std::vector<std::string> truncate_text(const std::vector<std::string>& lines, int max_words,
                                       int max_bytes);

// The lines ROUGE's readText_LCS keeps (same as truncate_text except for the -b quirk).
std::vector<std::string> truncate_for_lcs(const std::vector<std::string>& lines, int max_words,
                                          int max_bytes);

}  // namespace precis::rouge
