// The stop list of ROUGE-1.5.5's -s option (smart_common_words.txt, derived from the SMART
// system's list): one word per line, matched exactly against lower-cased tokens.
#pragma once

#include <string>
#include <unordered_set>

#include "precis/status.h"

namespace precis::rouge {

// Reads one word per line (surrounding whitespace and empty lines ignored) into *words.
Status load_stop_words(const std::string& path, std::unordered_set<std::string>* words);

}  // namespace precis::rouge
