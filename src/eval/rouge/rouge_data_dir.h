// Where the ROUGE word lists live: the option if given, else the PRECIS_DATA_DIR environment
// variable, else the PRECIS_DATA_DIR compile definition (the source tree's data/). The lists are
// in its rouge/ sub-directory.
#pragma once

#include <string>

namespace precis::rouge {

std::string resolve_data_dir(const std::string& option);

}  // namespace precis::rouge
