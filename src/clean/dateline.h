// Datelines opening a news paragraph: "CARACAS, Venezuela (AP) -- ", "WASHINGTON (Reuters) - ",
// "TIANJIN, August 7 (Xinhua) -- ", "LONDON — ". The place is written in capitals.
#pragma once

#include <string_view>

namespace precis {

// Length of the dateline at the start of `paragraph` (including the dash and the space after
// it), or 0 when there is none.
size_t leading_dateline(std::string_view paragraph);

}  // namespace precis
