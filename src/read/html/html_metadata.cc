// Title, byline, site name, language and description of an HTML page; the publication date
// is chosen in publication_date.cc (its order of trust is documented there and in
// docs/read-html.md).
#include "read/html/html_metadata.h"

#include <algorithm>
#include <ctime>
#include <string_view>

#include "read/html/byline.h"
#include "read/html/date_parser.h"
#include "read/html/html_title.h"
#include "read/html/json_ld.h"
#include "read/html/meta_signals.h"
#include "read/html/publication_date.h"

namespace precis {
namespace {

std::string host_of(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view rest = url.substr(scheme + 3);
  size_t end = rest.find_first_of("/:?#");
  return std::string(rest.substr(0, end));
}

// Primary language subtag, lower case: "en-US" -> "en", "de_DE" -> "de".
std::string primary_language(std::string_view tag) {
  std::string out;
  for (char c : tag) {
    if (c == '-' || c == '_' || c == ' ' || c == ',' || c == ';') break;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  for (char c : out) {
    if (c < 'a' || c > 'z') return "";
  }
  return out.size() == 2 || out.size() == 3 ? out : "";
}

// US-style month-first slashes ("03/04/2019" = 4 March) only when the page says en-US or plain
// "en" (most such pages are American); everyone else writes the day first.
SlashOrder slash_order_for(std::string_view raw_lang) {
  std::string l;
  for (char c : raw_lang) l += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  if (l == "en" || l.rfind("en-us", 0) == 0 || l.rfind("en_us", 0) == 0) {
    return SlashOrder::kMonthFirst;
  }
  return SlashOrder::kDayFirst;
}

}  // namespace

HtmlMetadata extract_html_metadata(xmlDoc* doc, const HtmlInput& input) {
  HtmlMetadata m;
  if (doc == nullptr) return m;
  MetaSignals s = collect_meta_signals(doc);

  std::vector<JsonLdObject> objects;
  for (const std::string& script : s.json_ld) parse_json_ld(script, objects);
  const JsonLdObject* ld = best_json_ld_object(objects);

  // Nothing is published after it was crawled; without a crawl time, after now.
  DateBounds bounds;
  bounds.not_after =
      input.crawl_time ? *input.crawl_time : static_cast<int64_t>(std::time(nullptr));
  int64_t years = *bounds.not_after / 31556952;  // mean Gregorian year in seconds
  bounds.max_year = static_cast<int>(std::clamp<int64_t>(1970 + years + 1, 1970, 9999));

  std::string raw_lang = s.html_lang;
  if (raw_lang.empty()) raw_lang = std::string(meta_value(s, "content-language"));
  if (raw_lang.empty()) raw_lang = std::string(meta_value(s, "og:locale"));
  if (raw_lang.empty() && ld != nullptr) raw_lang = ld->in_language;
  m.lang = primary_language(raw_lang);

  m.site_name = std::string(meta_value(s, "og:site_name"));
  if (m.site_name.empty() && ld != nullptr) m.site_name = ld->publisher;
  if (m.site_name.empty()) m.site_name = std::string(meta_value(s, "application-name"));

  m.canonical_url = s.canonical;
  if (m.canonical_url.empty()) m.canonical_url = std::string(meta_value(s, "og:url"));
  std::string host = host_of(input.url.empty() ? m.canonical_url : input.url);

  m.title = choose_title(s, ld, m.site_name, host);
  m.byline = choose_byline(s, ld, bounds, m.site_name, host);

  m.description = std::string(meta_value(s, "description"));
  if (m.description.empty()) m.description = std::string(meta_value(s, "og:description"));
  if (m.description.empty() && ld != nullptr) m.description = ld->description;

  PublicationDate date =
      choose_publication_date(s, ld, input.url, bounds, slash_order_for(raw_lang));
  if (date.date) {
    m.published = date.date->iso();
    m.published_source = date.source;
    m.time = date.date->epoch_seconds();
  }
  return m;
}

}  // namespace precis
