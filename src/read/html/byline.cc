#include "read/html/byline.h"

#include "read/html/collapse_spaces.h"
#include "read/html/name_key.h"

namespace precis {
namespace {

constexpr size_t kMaxBylineBytes = 120;

// Leading words that introduce a byline ("By Jane Doe", "Von Max Muster", "Par Jean Dupont").
// Longer phrases come first: the first match is stripped, twice at most ("Post author By X").
constexpr std::string_view kPrefixes[] = {
    "zeige alle beiträge von",
    "\xC3\x9C"
    "ber",  // "Über Creeny": an author box's heading
    "über",
    "alle beiträge von",
    "view all posts by",
    "all posts by",
    "more posts by",
    "text und interview:",
    "interview:",
    "post author",
    "written by",
    "eingestellt von",
    "posted by",
    "published by",
    "veröffentlicht von",
    "geschrieben von",
    "beitrag von",
    "erstellt von",
    "artikel von",
    "publiziert von",
    "verfasst von",
    "escrito por",
    "publicado por",
    "écrit par",
    "publié par",
    "scritto da",
    "pubblicato da",
    "author:",
    "authors:",
    "autor:",
    "autorin:",
    "auteur :",
    "auteur:",
    "text:",
    "by:",
    "author",
    "by",
    "von",
    "vom",
    "par",
    "por",
    "di",
    "door",
    "af",
    "av",
    "från",
    "od",
    "от",
};

// Texts that are labels, not names, when nothing else is left.
constexpr std::string_view kNotNames[] = {
    "by",
    "posted",
    "posted on",
    "von",
    "author",
    "autor",
    "autorin",
    "auteur",
    "admin",
    "published",
    "publiziert am",
    "veröffentlicht",
    "veröffentlicht am",
    "updated",
    "share",
    "unknown author",
    "anonymous",
    "published by",
    "posted by",
    "por",
    "par",
};

// A byline starting with one of these is a photo credit or an edit note, not an author.
constexpr std::string_view kNotBylines[] = {"foto:",         "photo:", "bild:", "zuletzt geändert",
                                            "last modified", "stand:"};

// Text after one of these ends the name: "Jane Doe | Example News", "Jane Doe - 24 Jan".
constexpr std::string_view kCuts[] = {
    " | ",        " |",       "|",       " • ",           " · ",        " – ",      " — ",
    " - ",        "\n",       " on ",    " am ",          " le ",       " el ",     "(",
    " Published", " Updated", " posted", " Alle Artikel", " All posts", " View all"};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() &&
         (is_space(s.front()) || s.front() == ':' || s.front() == ',' || s.front() == '|'))
    s.remove_prefix(1);
  if (s.size() >= 2 && s.substr(0, 2) == "\xC2\xAB") s.remove_prefix(2);  // "«"
  // Trailing link arrows and separators: "r23 »", "Ann →", "Max ›".
  for (bool more = true; more && !s.empty();) {
    more = false;
    for (std::string_view tail : {"\xC2\xBB", "\xE2\x86\x92", "\xE2\x80\xBA"}) {
      if (s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail) {
        s.remove_suffix(tail.size());
        more = true;
      }
    }
    while (!s.empty() && (is_space(s.back()) || s.back() == ',' || s.back() == ':' ||
                          s.back() == '|' || s.back() == '-')) {
      s.remove_suffix(1);
      more = true;
    }
  }
  return s;
}

bool starts_with_word_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char a = s[i], b = prefix[i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + 32);
    if (a != b) return false;
  }
  // The prefix must be a whole word ("Bye" is not "By"), unless it ends with ':'.
  return prefix.back() == ':' || s.size() == prefix.size() || is_space(s[prefix.size()]) ||
         s[prefix.size()] == ':';
}

bool has_letter(std::string_view s) {
  for (unsigned char c : s) {
    if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80) return true;
  }
  return false;
}

}  // namespace

std::string clean_byline(std::string_view raw, const DateBounds& bounds) {
  std::string s = collapse_spaces(raw);
  std::string_view v = trim(s);
  for (std::string_view bad : kNotBylines) {
    if (starts_with_word_ci(v, bad)) return "";
  }
  // Strip introducing words, possibly repeated ("Posted by: ...").
  for (int round = 0; round < 2; ++round) {
    for (std::string_view p : kPrefixes) {
      if (starts_with_word_ci(v, p) && v.size() > p.size() + 1) {
        v = trim(v.substr(p.size()));
        break;
      }
    }
  }
  for (std::string_view cut : kCuts) {
    size_t p = v.find(cut);
    if (p != std::string_view::npos && p > 0) v = trim(v.substr(0, p));
  }
  // A date inside the byline ends the name.
  DateSpan span;
  if (find_date(v, bounds, SlashOrder::kDayFirst, &span)) v = trim(v.substr(0, span.begin));
  // ", CNN" / ", AP": a trailing agency acronym is not part of the name.
  if (size_t comma = v.rfind(", "); comma != std::string_view::npos) {
    std::string_view tail = v.substr(comma + 2);
    bool acronym = tail.size() >= 2 && tail.size() <= 6;
    for (char c : tail) acronym = acronym && c >= 'A' && c <= 'Z';
    if (acronym) v = trim(v.substr(0, comma));
  }
  if (v.empty() || v.size() > kMaxBylineBytes || !has_letter(v)) return "";
  for (std::string_view label : kNotNames) {
    if (v.size() == label.size() && starts_with_word_ci(v, label)) return "";
  }
  if (v.find("http") != std::string_view::npos || v.find("www.") != std::string_view::npos ||
      v.find('@') != std::string_view::npos || v.find('{') != std::string_view::npos) {
    return "";
  }
  // Sentences are not names: more than 8 words is a description or a teaser.
  size_t words = 1;
  for (char c : v) words += c == ' ';
  if (words > 8) return "";
  return std::string(v);
}

namespace {

// Lower-cased ASCII letters and digits (other bytes kept): "Example-News.de" -> "examplenewsde".

// A byline that only repeats the site ("finanztreff.de", "EAT SMARTER" on eatsmarter.de).
bool names_site(std::string_view byline, std::string_view site_name, std::string_view host) {
  std::string b = name_key(byline);
  if (b.size() < 3) return false;
  if (!site_name.empty() && b == name_key(site_name)) return true;
  std::string h = name_key(host.substr(0, host.rfind('.')));
  if (h.rfind("www", 0) == 0) h = h.substr(3);
  return h.size() >= 3 && (b.find(h) != std::string::npos || h.find(b) != std::string::npos);
}

}  // namespace

std::string choose_byline(const MetaSignals& signals, const JsonLdObject* json_ld,
                          const DateBounds& bounds, std::string_view site_name,
                          std::string_view host) {
  std::vector<std::string> candidates;
  if (json_ld != nullptr) {
    std::string joined;
    for (const std::string& a : json_ld->authors) {
      std::string c = clean_byline(a, bounds);
      if (c.empty() || joined.find(c) != std::string::npos) continue;
      if (!joined.empty()) joined += "; ";
      joined += c;
    }
    if (!joined.empty()) candidates.push_back(std::move(joined));
  }
  for (std::string_view key : {"author", "article:author", "dc.creator", "dcterms.creator",
                               "parsely-author", "sailthru.author", "byl", "dc.contributor"}) {
    candidates.push_back(clean_byline(meta_value(signals, key), bounds));
  }
  // Yoast's reading card: twitter:label1 "Written by" / "Verfasst von", twitter:data1 the name.
  std::string label = collapse_spaces(meta_value(signals, "twitter:label1"));
  for (char& c : label) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  for (std::string_view written : {"written by", "verfasst von", "geschrieben von", "écrit par",
                                   "escrito por", "scritto da", "geschreven door"}) {
    if (label == written) {
      candidates.push_back(clean_byline(meta_value(signals, "twitter:data1"), bounds));
    }
  }
  for (const auto* list :
       {&signals.itemprop_authors, &signals.rel_authors, &signals.class_authors}) {
    for (const std::string& a : *list) candidates.push_back(clean_byline(a, bounds));
  }
  if (json_ld != nullptr) {
    for (const std::string& o : json_ld->organizations) {
      candidates.push_back(clean_byline(o, bounds));
    }
  }
  // The first candidate that names a person or desk; one that only repeats the site name is
  // kept as a fallback (on many blogs the site is the author).
  const std::string* fallback = nullptr;
  for (const std::string& c : candidates) {
    if (c.empty()) continue;
    if (!names_site(c, site_name, host)) return c;
    if (fallback == nullptr) fallback = &c;
  }
  return fallback != nullptr ? *fallback : "";
}

}  // namespace precis
