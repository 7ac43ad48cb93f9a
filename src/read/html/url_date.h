// Publication dates written into URLs: /2019/01/24/, /2019-01-24-, _20190124_, ?date=2019-01-24.
// Only full dates count; /2019/01/ (year and month) is not a publication day.
#pragma once

#include <optional>
#include <string_view>

#include "read/html/date_parser.h"

namespace precis {

// The first full date in the path or query of `url`; nullopt when none or when invalid / out
// of bounds. The host is ignored (numbers in host names are not dates).
std::optional<ParsedDate> extract_url_date(std::string_view url, const DateBounds& bounds);

}  // namespace precis
