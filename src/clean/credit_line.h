// Photo and agency credits: "EPA-EFE/CRISTIAN HERNANDEZ", "(AP Photo/Ariana Cubillos)",
// "REUTERS/Carlos Garcia Rawlins", "Photo: Jane Doe/AFP", "Reporting by X; Editing by Y".
#pragma once

#include <string_view>

namespace precis {

// When the line ends with a credit, returns the byte offset in `line` where it starts
// (white space before it excluded); otherwise std::string_view::npos.
size_t trailing_credit(std::string_view line);

// True when the whole line is a credit or a contributor note ("Reporting by ...").
bool is_credit_line(std::string_view line);

}  // namespace precis
