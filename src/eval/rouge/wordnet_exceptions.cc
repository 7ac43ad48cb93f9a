#include "eval/rouge/wordnet_exceptions.h"

#include <fstream>
#include <sstream>

namespace precis::rouge {

Status WordNetExceptions::load(const std::string& dir) {
  for (const char* name : {"adj.exc", "adv.exc", "noun.exc", "verb.exc"}) {
    std::string path = dir + "/" + name;
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::NotFound("cannot read WordNet exception list " + path);
    std::stringstream text;
    text << in.rdbuf();
    add_list(text.str());
  }
  return Status::Ok();
}

void WordNetExceptions::add_list(std::string_view text) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!text.empty()) {
    size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    // Two fields: the inflected form and the first base form; further bases are ignored.
    std::string_view fields[2];
    size_t found = 0, i = 0;
    while (found < 2 && i < line.size()) {
      while (i < line.size() && is_space(line[i])) ++i;
      size_t start = i;
      while (i < line.size() && !is_space(line[i])) ++i;
      if (i > start) fields[found++] = line.substr(start, i - start);
    }
    if (found < 2) continue;
    table_.insert_or_assign(std::string(fields[0]), std::string(fields[1]));
  }
}

const std::string* WordNetExceptions::find(std::string_view word) const {
  auto it = table_.find(word);
  return it == table_.end() ? nullptr : &it->second;
}

}  // namespace precis::rouge
