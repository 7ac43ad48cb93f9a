#include "eval/rouge/smart_stop_words.h"

#include <fstream>

namespace precis::rouge {

Status load_stop_words(const std::string& path, std::unordered_set<std::string>* words) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot read stop-word list " + path);
  std::string line;
  while (std::getline(in, line)) {
    size_t begin = line.find_first_not_of(" \t\r");
    if (begin == std::string::npos) continue;
    size_t end = line.find_last_not_of(" \t\r");
    words->insert(line.substr(begin, end - begin + 1));
  }
  return Status::Ok();
}

}  // namespace precis::rouge
