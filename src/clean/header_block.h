// Header blocks of press statements and exported pages, as in the State Department's
// statements saved as Markdown:
//
//   # Title
//   Press Statement
//   Michael R. Pompeo
//   Secretary of State
//   Washington, DC
//   January 23, 2019
//   ---
//   body...
//
// A run of short lines (no sentence punctuation) ended by a thematic break within the first
// lines of a text is a header block: its heading is the title, a date line the publication
// date, a name-like line the author and a "Place, Region" line the place.
#pragma once

#include <string>
#include <string_view>

namespace precis {

struct HeaderBlock {
  size_t end = 0;  // byte offset just after the closing "---" line; 0 when there is no block
  std::string title, published, byline, place;
};

HeaderBlock find_header_block(std::string_view text);

// "January 23, 2019", "23 January 2019", "Jan. 23, 2019", "2019-01-23" -> "2019-01-23";
// "" when the line is not just a date.
std::string parse_date_line(std::string_view line);

}  // namespace precis
