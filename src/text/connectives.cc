#include "text/connectives.h"

#include <array>

namespace precis {
namespace {

// Connectives that take their meaning from the sentence before: contrast, addition, sequence,
// consequence. Each is matched as a whole word followed by a comma or a space ("Later," and
// "Later the ..." both; "Laterally" not). Not here: pronouns ("He said ..." is usually clear
// from the citation), "Then" and "So" (too often the start of a quotation or a name).
// An entry ending in a comma matches only with that comma: "Still, the talks went on" refers
// back, "Still photographs were released" does not; "Earlier this week, ..." opens many a
// self-contained lead, "Earlier, ..." leans on the sentence before.
constexpr std::array<std::string_view, 25> kEnglish = {
    "However",     "But",          "Later",       "Meanwhile",    "Also",
    "Moreover",    "Furthermore",  "Nevertheless", "Nonetheless", "Instead",
    "Thus",        "Therefore",    "Besides",     "Otherwise",    "Consequently",
    "In addition", "As a result",  "On the other hand", "Still,", "Yet",
    "And",         "Hence",        "Previously,", "Earlier,",     "Afterwards,",
};

}  // namespace

bool opens_with_connective(std::string_view sentence, std::string_view lang) {
  if (lang != "en") return false;
  size_t i = 0;
  while (i < sentence.size() && (sentence[i] == '"' || sentence[i] == '\'' || sentence[i] == ' '))
    ++i;
  sentence.remove_prefix(i);
  for (std::string_view c : kEnglish) {
    if (sentence.size() <= c.size() || sentence.compare(0, c.size(), c) != 0) continue;
    if (c.back() == ',') return true;
    char next = sentence[c.size()];
    if (next == ',' || next == ' ') return true;
  }
  return false;
}

}  // namespace precis
