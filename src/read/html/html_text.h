// DOM to text: the visible text of chosen subtrees as lines. Block elements (paragraphs,
// headings, list items, divs, table rows, <br>) end lines; inline elements join their text
// without adding spaces ("re<b>port</b>" stays "report"); runs of whitespace, including NBSP,
// become one space; table cells of a row are joined with " | ".
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "read/html/dom_index.h"

namespace precis {

struct TextRenderOptions {
  bool include_tables = true;  // false: tables are left out
};

// Renders `roots` (in order) of `index`, leaving out nodes with skip[i] != 0 (and their
// subtrees) and invisible nodes. `skip` may be empty. Lines are separated by '\n'.
std::string render_text(const DomIndex& index, const std::vector<int32_t>& roots,
                        const std::vector<uint8_t>& skip, const TextRenderOptions& options = {});

}  // namespace precis
