// Event labels: a short title for an event, taken from its own text. The label of an event is the
// label of its most representative article (the one that joined with the highest similarity);
// an article's label is its title, or else the opening sentence of its text, shortened to a few
// words. Leading datelines ("WASHINGTON (AP) --") and lines of markup or capitals-only headings
// are skipped.
#pragma once

#include <string>
#include <string_view>

namespace precis {

// At most `max_words` words (an ellipsis marks a cut); "" when the article has no usable text.
std::string lead_label(std::string_view title, std::string_view text, size_t max_words = 12);

}  // namespace precis
