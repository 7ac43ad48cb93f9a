#include "read/html/html_title.h"

#include <vector>

#include "read/html/collapse_spaces.h"
#include "read/html/name_key.h"

namespace precis {
namespace {

// Separators between a headline and the site name, most specific first.
constexpr std::string_view kSeparators[] = {
    " | ", " || ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " • ", " / ", ": "};

// Lower-cased ASCII letters and digits only: "Example-News.com" -> "examplenewscom".

// True when `part` names the site: equal to the site name, or the host's main label
// ("www.example-news.com" -> "examplenews") contains it or is contained in it.
bool names_site(std::string_view part, std::string_view site_name, std::string_view host) {
  std::string p = name_key(part);
  if (p.empty()) return false;
  std::string s = name_key(site_name);
  if (!s.empty() && (p == s || (s.size() >= 4 && p.find(s) != std::string::npos) ||
                     (p.size() >= 4 && s.find(p) != std::string::npos))) {
    return true;
  }
  std::string_view h = host;
  if (h.substr(0, 4) == "www.") h.remove_prefix(4);
  size_t dot = h.rfind('.');
  if (dot != std::string_view::npos) h = h.substr(0, dot);
  std::string hs = name_key(h);
  return hs.size() >= 3 && (p == hs || (p.size() >= 4 && hs.find(p) != std::string::npos) ||
                            p.find(hs) != std::string::npos);
}

std::string_view suffix_after_last(std::string_view t, std::string_view sep) {
  size_t p = t.rfind(sep);
  return p == std::string_view::npos ? std::string_view() : t.substr(p + sep.size());
}

// name_key without typographic dashes, ellipses, middle dots and no-break spaces: the <h1>
// often has them where <title> or og:title write ASCII ("Graz 2015 – Politcamp" vs "Graz 2015 -
// Politcamp"). Curly quotes are not loosened: where only they differ, <title> is the reference
// of the Mozilla Readability set and the <h1> the one of the trafilatura set.
std::string loose_key(std::string_view s) {
  static constexpr std::string_view kPunctuation[] = {"\u2013", "\u2014", "\u2026", "\u00B7",
                                                      "\u00A0"};
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    bool skipped = false;
    if (static_cast<unsigned char>(s[i]) >= 0x80) {
      for (std::string_view p : kPunctuation) {
        if (s.substr(i, p.size()) == p) {
          i += p.size();
          skipped = true;
          break;
        }
      }
    }
    if (!skipped) out += s[i++];
  }
  return name_key(out);
}

bool contains_ci_ascii(std::string_view hay, std::string_view needle) {
  if (needle.empty()) return false;
  std::string n = loose_key(needle);
  return !n.empty() && loose_key(hay).find(n) != std::string::npos;
}

}  // namespace

std::string strip_site_name(std::string_view title, std::string_view site_name,
                            std::string_view host) {
  std::string t = collapse_spaces(title);
  for (std::string_view sep : kSeparators) {
    size_t last = t.rfind(sep);
    if (last != std::string::npos && last > 0 &&
        names_site(std::string_view(t).substr(last + sep.size()), site_name, host)) {
      return t.substr(0, last);
    }
    size_t first = t.find(sep);
    if (first != std::string::npos && first > 0 &&
        names_site(std::string_view(t).substr(0, first), site_name, host)) {
      return t.substr(first + sep.size());
    }
  }
  return t;
}

std::string choose_title(const MetaSignals& signals, const JsonLdObject* json_ld,
                         std::string_view site_name, std::string_view host) {
  std::string og = collapse_spaces(meta_value(signals, "og:title"));
  std::string tag = collapse_spaces(signals.title_tag);
  // A suffix shared by <title> and og:title is the site's own label ("... | Example").
  std::string repeated_suffix;
  for (std::string_view sep : {" | ", " - ", " – ", " — "}) {
    std::string_view a = suffix_after_last(tag, sep), b = suffix_after_last(og, sep);
    if (!a.empty() && a == b) {
      repeated_suffix = std::string(a);
      break;
    }
  }
  auto clean = [&](std::string_view raw) {
    std::string t = strip_site_name(raw, site_name, host);
    if (!repeated_suffix.empty()) t = strip_site_name(t, repeated_suffix, "");
    return t;
  };
  // The headline shown on the page: the first non-empty <h1> outside boilerplate, when the
  // page has exactly one (several <h1> are logos, teasers, section names).
  std::string h1;
  int non_empty = 0;
  for (const std::string& h : signals.h1) {
    std::string n = collapse_spaces(h);
    if (n.empty()) continue;
    if (++non_empty == 1) h1 = n;
  }
  if (names_site(h1, site_name, host)) h1.clear();  // a logo or site banner in <h1>
  if (non_empty == 1 && h1.size() >= 8 &&
      (contains_ci_ascii(tag, h1) || contains_ci_ascii(og, h1) ||
       (json_ld != nullptr && contains_ci_ascii(json_ld->headline, h1)))) {
    return h1;
  }
  std::vector<std::string> ordered;
  if (json_ld != nullptr && json_ld->rank == 0) ordered.push_back(json_ld->headline);
  ordered.push_back(og);
  ordered.emplace_back(meta_value(signals, "twitter:title"));
  ordered.emplace_back(meta_value(signals, "dc.title"));
  for (const std::string& c : ordered) {
    std::string t = clean(c);
    // og:title is often just the site's name on pages that never set it per article.
    if (!t.empty() && !names_site(t, site_name, host) && !names_site(t, repeated_suffix, "")) {
      return t;
    }
  }
  if (!h1.empty() && contains_ci_ascii(tag, h1)) return h1;
  if (!tag.empty()) return clean(tag);
  return h1;
}

}  // namespace precis
