#include "read/html/html_tags.h"

#include <algorithm>
#include <array>
#include <utility>

namespace precis {
namespace {

using Entry = std::pair<std::string_view, HtmlTag>;

// Sorted by name for binary search.
constexpr std::array kTags = {
    Entry{"a", HtmlTag::kA},
    Entry{"abbr", HtmlTag::kInline},
    Entry{"address", HtmlTag::kBlock},
    Entry{"applet", HtmlTag::kInvisible},
    Entry{"area", HtmlTag::kInvisible},
    Entry{"article", HtmlTag::kArticle},
    Entry{"aside", HtmlTag::kAside},
    Entry{"audio", HtmlTag::kInvisible},
    Entry{"b", HtmlTag::kInline},
    Entry{"base", HtmlTag::kInvisible},
    Entry{"bdi", HtmlTag::kInline},
    Entry{"bdo", HtmlTag::kInline},
    Entry{"big", HtmlTag::kInline},
    Entry{"blockquote", HtmlTag::kBlockquote},
    Entry{"body", HtmlTag::kBody},
    Entry{"br", HtmlTag::kBr},
    Entry{"button", HtmlTag::kInvisible},
    Entry{"canvas", HtmlTag::kInvisible},
    Entry{"caption", HtmlTag::kBlock},
    Entry{"center", HtmlTag::kBlock},
    Entry{"cite", HtmlTag::kInline},
    Entry{"code", HtmlTag::kInline},
    Entry{"datalist", HtmlTag::kInvisible},
    Entry{"dd", HtmlTag::kListItem},
    Entry{"del", HtmlTag::kInline},
    Entry{"details", HtmlTag::kBlock},
    Entry{"dfn", HtmlTag::kInline},
    Entry{"dialog", HtmlTag::kInvisible},
    Entry{"dir", HtmlTag::kList},
    Entry{"div", HtmlTag::kDiv},
    Entry{"dl", HtmlTag::kList},
    Entry{"dt", HtmlTag::kListItem},
    Entry{"em", HtmlTag::kInline},
    Entry{"embed", HtmlTag::kInvisible},
    Entry{"fieldset", HtmlTag::kBlock},
    Entry{"figcaption", HtmlTag::kFigcaption},
    Entry{"figure", HtmlTag::kBlock},
    Entry{"font", HtmlTag::kInline},
    Entry{"footer", HtmlTag::kFooter},
    Entry{"form", HtmlTag::kForm},
    Entry{"frame", HtmlTag::kInvisible},
    Entry{"frameset", HtmlTag::kInvisible},
    Entry{"h1", HtmlTag::kHeading},
    Entry{"h2", HtmlTag::kHeading},
    Entry{"h3", HtmlTag::kHeading},
    Entry{"h4", HtmlTag::kHeading},
    Entry{"h5", HtmlTag::kHeading},
    Entry{"h6", HtmlTag::kHeading},
    Entry{"head", HtmlTag::kInvisible},
    Entry{"header", HtmlTag::kHeader},
    Entry{"hgroup", HtmlTag::kBlock},
    Entry{"hr", HtmlTag::kHr},
    Entry{"html", HtmlTag::kBlock},
    Entry{"i", HtmlTag::kInline},
    Entry{"iframe", HtmlTag::kInvisible},
    Entry{"img", HtmlTag::kImg},
    Entry{"input", HtmlTag::kInvisible},
    Entry{"ins", HtmlTag::kInline},
    Entry{"kbd", HtmlTag::kInline},
    Entry{"label", HtmlTag::kInline},
    Entry{"legend", HtmlTag::kBlock},
    Entry{"li", HtmlTag::kListItem},
    Entry{"link", HtmlTag::kInvisible},
    Entry{"main", HtmlTag::kMain},
    Entry{"map", HtmlTag::kInvisible},
    Entry{"mark", HtmlTag::kInline},
    Entry{"math", HtmlTag::kInvisible},
    Entry{"menu", HtmlTag::kList},
    Entry{"meta", HtmlTag::kInvisible},
    Entry{"meter", HtmlTag::kInvisible},
    Entry{"nav", HtmlTag::kNav},
    Entry{"noframes", HtmlTag::kInvisible},
    Entry{"noscript", HtmlTag::kNoscript},
    Entry{"object", HtmlTag::kInvisible},
    Entry{"ol", HtmlTag::kList},
    Entry{"optgroup", HtmlTag::kInvisible},
    Entry{"option", HtmlTag::kInvisible},
    Entry{"output", HtmlTag::kInline},
    Entry{"p", HtmlTag::kP},
    Entry{"param", HtmlTag::kInvisible},
    Entry{"picture", HtmlTag::kInline},
    Entry{"pre", HtmlTag::kPre},
    Entry{"progress", HtmlTag::kInvisible},
    Entry{"q", HtmlTag::kInline},
    Entry{"rp", HtmlTag::kInvisible},
    Entry{"rt", HtmlTag::kInvisible},
    Entry{"ruby", HtmlTag::kInline},
    Entry{"s", HtmlTag::kInline},
    Entry{"samp", HtmlTag::kInline},
    Entry{"script", HtmlTag::kInvisible},
    Entry{"section", HtmlTag::kBlock},
    Entry{"select", HtmlTag::kInvisible},
    Entry{"small", HtmlTag::kInline},
    Entry{"source", HtmlTag::kInvisible},
    Entry{"span", HtmlTag::kInline},
    Entry{"strike", HtmlTag::kInline},
    Entry{"strong", HtmlTag::kInline},
    Entry{"style", HtmlTag::kInvisible},
    Entry{"sub", HtmlTag::kInline},
    Entry{"summary", HtmlTag::kBlock},
    Entry{"sup", HtmlTag::kInline},
    Entry{"svg", HtmlTag::kInvisible},
    Entry{"table", HtmlTag::kTable},
    Entry{"tbody", HtmlTag::kBlock},
    Entry{"td", HtmlTag::kCell},
    Entry{"template", HtmlTag::kInvisible},
    Entry{"textarea", HtmlTag::kInvisible},
    Entry{"tfoot", HtmlTag::kBlock},
    Entry{"th", HtmlTag::kCell},
    Entry{"thead", HtmlTag::kBlock},
    Entry{"time", HtmlTag::kInline},
    Entry{"title", HtmlTag::kInvisible},
    Entry{"tr", HtmlTag::kRow},
    Entry{"track", HtmlTag::kInvisible},
    Entry{"tt", HtmlTag::kInline},
    Entry{"u", HtmlTag::kInline},
    Entry{"ul", HtmlTag::kList},
    Entry{"var", HtmlTag::kInline},
    Entry{"video", HtmlTag::kInvisible},
    Entry{"wbr", HtmlTag::kInline},
};

constexpr bool sorted() {
  for (size_t i = 1; i < kTags.size(); ++i)
    if (!(kTags[i - 1].first < kTags[i].first)) return false;
  return true;
}
static_assert(sorted(), "kTags must be sorted by name");

}  // namespace

HtmlTag html_tag(std::string_view name) {
  auto it = std::lower_bound(kTags.begin(), kTags.end(), name,
                             [](const Entry& e, std::string_view n) { return e.first < n; });
  if (it != kTags.end() && it->first == name) return it->second;
  return HtmlTag::kOther;
}

}  // namespace precis
