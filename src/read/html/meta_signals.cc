#include "read/html/meta_signals.h"

#include <libxml/tree.h>

#include <cstring>
#include <vector>

#include "read/html/page_regions.h"

namespace precis {
namespace {

constexpr int kMaxDepth = 256;
constexpr size_t kMaxH1 = 3;
constexpr size_t kMaxClues = 64;

bool ieq(const char* a, std::string_view b) {
  return a != nullptr && std::strlen(a) == b.size() && icontains(a, b);
}

void append_text(const xmlNode* n, std::string& out, size_t max, int depth = 0) {
  for (const xmlNode* c = n->children; c != nullptr && out.size() < max; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      const char* t = reinterpret_cast<const char*>(c->content);
      if (t == nullptr) continue;
      for (; *t != '\0' && out.size() < max; ++t) {
        char ch = *t;
        bool space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
        if (space) {
          if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
          out += ch;
        }
      }
    } else if (c->type == XML_ELEMENT_NODE && depth < 32 && !node_has_tag(c, "script") &&
               !node_has_tag(c, "style")) {
      // Block children are separated by a space so "Published<br>24 Jan" stays two words.
      if (!out.empty() && out.back() != ' ') out += ' ';
      append_text(c, out, max, depth + 1);
    }
  }
}

std::string text_of(const xmlNode* n, size_t max) {
  std::string s;
  append_text(n, s, max + 1);
  while (!s.empty() && s.back() == ' ') s.pop_back();
  size_t b = 0;
  while (b < s.size() && s[b] == ' ') ++b;
  return s.substr(b);
}

// Raw text of a script element (its text/CDATA children).
std::string script_text(const xmlNode* n) {
  std::string s;
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->content != nullptr) s += reinterpret_cast<const char*>(c->content);
  }
  return s;
}

// "published" is tested first: WordPress marks its post date "entry-date published updated".
DateHint hint_from_word(const char* s) {
  if (icontains(s, "publish") || icontains(s, "created") || icontains(s, "posted") ||
      icontains(s, "pubdate") || icontains(s, "issued")) {
    return DateHint::kPublished;
  }
  if (icontains(s, "modif") || icontains(s, "update")) return DateHint::kModified;
  return DateHint::kGeneric;
}

DateHint hint_of(const xmlNode* n, const ClassNames& names) {
  const char* itemprop = node_attr(n, "itemprop");
  if (itemprop != nullptr) {
    DateHint h = hint_from_word(itemprop);
    if (h != DateHint::kGeneric) return h;
  }
  if (node_attr(n, "pubdate") != nullptr) return DateHint::kPublished;
  if (names.has_any({"publish", "created", "posted", "pubdate", "issued"})) {
    return DateHint::kPublished;
  }
  if (names.has_any({"modif", "update"})) return DateHint::kModified;
  return DateHint::kGeneric;
}

// A date label names its own article's date; one inside a teaser ("teaser__subline-pubdate")
// dates the article the teaser links to.
bool is_date_label(const ClassNames& names) {
  if (names.has_any({"teaser"})) return false;
  return names.has_any({"date", "time", "publish", "posted", "dateline", "byline", "datum", "fecha",
                        "entry-meta", "post-meta", "article-meta", "postmeta", "post-info",
                        "article-info", "entry-info", "submitted", "meta-info"});
}

bool is_author_label(const ClassNames& names) {
  return names.has_any({"byline", "author", "autor", "auteur", "writer"}) &&
         !names.has_any({"bio", "avatar", "description", "comment"});
}

struct Walker {
  const MetaSignalsOptions& opt;
  MetaSignals& s;
  std::vector<const xmlNode*> protect;
  int elements = 0;
  bool after_h1 = false;

  void element(xmlNode* n, const ClassNames& names, int depth, bool boiler, bool in_article,
               bool in_footer = false) {
    if (node_has_tag(n, "meta")) {
      const char* content = node_attr(n, "content");
      if (content == nullptr) content = node_attr(n, "value");
      for (const char* key_attr : {"name", "property", "itemprop", "http-equiv"}) {
        const char* key = node_attr(n, key_attr);
        if (key == nullptr || content == nullptr || s.meta.size() >= 512) continue;
        std::string k(key);
        for (char& c : k) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        if (std::strcmp(key_attr, "itemprop") == 0 && !boiler &&
            (k == "datepublished" || k == "datecreated" || k == "datemodified")) {
          continue;  // recorded as a time clue below
        }
        s.meta.emplace_back(std::move(k), content);
      }
    } else if (node_has_tag(n, "link")) {
      const char* rel = node_attr(n, "rel");
      const char* href = node_attr(n, "href");
      if (href != nullptr && ieq(rel, "canonical") && s.canonical.empty()) s.canonical = href;
    } else if (node_has_tag(n, "script")) {
      if (icontains(node_attr(n, "type"), "ld+json")) {
        if (s.json_ld.size() < 16) s.json_ld.push_back(script_text(n));
      } else if (!boiler && s.script_dates.size() < 4) {
        script_dates(n);
      }
      return;
    } else if (node_has_tag(n, "style") || node_has_tag(n, "noscript") || node_has_tag(n, "svg") ||
               node_has_tag(n, "template")) {
      return;
    } else if (node_has_tag(n, "title")) {
      if (s.title_tag.empty()) s.title_tag = text_of(n, 1000);
      return;
    } else if (node_has_tag(n, "h1") && !boiler && s.h1.size() < kMaxH1) {
      s.h1.push_back(text_of(n, 1000));
      // Dates inside the <h1> ("<h1><time>...</time> Headline</h1>") are still clues.
      clues(n, names, in_article);
      after_h1 = true;  // the header text starts with the headline itself
      children(n, depth + 1, boiler, in_article, in_footer);
      return;
    }
    if (!boiler) clues(n, names, in_article);
    children(n, depth + 1, boiler, in_article, in_footer);
  }

  // Date and author hints carried by this element's attributes.
  void clues(xmlNode* n, const ClassNames& names, bool in_article) {
    const char* itemprop = node_attr(n, "itemprop");
    bool is_time = node_has_tag(n, "time");
    bool date_prop = itemprop != nullptr && icontains(itemprop, "date") &&
                     (icontains(itemprop, "published") || icontains(itemprop, "created") ||
                      icontains(itemprop, "modified"));
    // Machine-readable stamps outside <time>: <abbr class="published" title="2019-01-24">
    // (microformats) and data-datetime / data-published attributes.
    const char* stamp = node_attr(n, "data-datetime");
    if (stamp == nullptr) stamp = node_attr(n, "data-published");
    if (stamp == nullptr && node_has_tag(n, "abbr") &&
        names.has_any({"published", "date", "time", "updated"})) {
      stamp = node_attr(n, "title");
    }
    if ((is_time || date_prop || stamp != nullptr) && s.times.size() < kMaxClues) {
      DateClue c;
      const char* v = node_attr(n, "datetime");
      if (v == nullptr || *v == '\0') v = node_attr(n, "content");
      if (v == nullptr || *v == '\0') v = stamp;
      c.from_attribute = v != nullptr && *v != '\0';
      c.value = c.from_attribute ? std::string(v) : text_of(n, opt.max_label_bytes);
      c.hint = hint_of(n, names);
      c.in_article = in_article;
      if (!c.value.empty()) s.times.push_back(std::move(c));
    }
    if (itemprop != nullptr && icontains(itemprop, "author") && s.itemprop_authors.size() < 8) {
      std::string name = named_child(n);
      if (name.empty()) {
        const char* content = node_attr(n, "content");
        name = content != nullptr ? std::string(content) : text_of(n, opt.max_label_bytes);
      }
      if (!name.empty()) s.itemprop_authors.push_back(std::move(name));
    }
    if (node_has_tag(n, "a") && icontains(node_attr(n, "rel"), "author") &&
        s.rel_authors.size() < 8) {
      std::string t = text_of(n, opt.max_label_bytes);
      if (!t.empty()) s.rel_authors.push_back(std::move(t));
    }
    if (!is_time && s.date_labels.size() < kMaxClues && is_date_label(names)) {
      std::string t = text_of(n, opt.max_label_bytes);
      if (!t.empty() && t.size() <= opt.max_label_bytes) {
        DateClue c;
        c.value = std::move(t);
        c.hint = hint_of(n, names);
        c.in_article = in_article;
        s.date_labels.push_back(std::move(c));
      }
    }
    if (s.class_authors.size() < 8 && is_author_label(names)) {
      std::string t = text_of(n, opt.max_label_bytes);
      if (!t.empty() && t.size() <= opt.max_label_bytes) s.class_authors.push_back(std::move(t));
    }
  }

  // The itemprop=name text inside an itemprop=author element, if any.
  std::string named_child(const xmlNode* n, int depth = 0) {
    for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      const char* p = node_attr(c, "itemprop");
      if (p != nullptr && std::strcmp(p, "name") == 0) {
        const char* content = node_attr(c, "content");
        return content != nullptr ? std::string(content) : text_of(c, opt.max_label_bytes);
      }
      if (depth < 4) {
        std::string r = named_child(c, depth + 1);
        if (!r.empty()) return r;
      }
    }
    return "";
  }

  void children(xmlNode* n, int depth, bool boiler, bool in_article, bool in_footer) {
    if (depth > kMaxDepth) return;
    for (xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (c->type == XML_TEXT_NODE) {
        if (!boiler) {
          if (after_h1 && s.header_text.size() < opt.header_text_bytes) header(c);
          if (s.dated_texts.size() < opt.max_dated_texts) dated_text(c, in_article, s.dated_texts);
        } else if (in_footer && s.footer_texts.size() < opt.max_footer_texts) {
          dated_text(c, in_article, s.footer_texts);
        }
        continue;
      }
      if (c->type != XML_ELEMENT_NODE) continue;
      if (++elements > opt.max_elements) return;
      ClassNames names(c);
      bool region = is_boilerplate_region(c, names, protect, in_article);
      // A footer region, unless it sits inside another kind of boilerplate (comments, related
      // boxes, sidebars): only the page's own footer may date the page.
      bool footer = region && !boiler && is_footer(c, names);
      element(c, names, depth, boiler || region, in_article || is_article_container(c),
              footer || (in_footer && (!region || is_footer(c, names))));
    }
  }

  static bool is_footer(const xmlNode* n, const ClassNames& names) {
    return node_has_tag(n, "footer") || names.has_any({"footer"});
  }

  // Publication stamps in page-state scripts ("publishedDate":"2019-01-24T..."): the first
  // value of a publication key in each script, scanned without copying the script.
  void script_dates(const xmlNode* n) {
    for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (c->content == nullptr) continue;
      std::string_view text(reinterpret_cast<const char*>(c->content));
      for (std::string_view key :
           {"\"datePublished\"", "\"publishedDate\"", "\"publishDate\"", "\"published_at\"",
            "\"date_published\"", "\"publication_date\"", "\"pubDate\"", "\"createdAt\""}) {
        size_t k = text.find(key);
        if (k == std::string_view::npos) continue;
        size_t p = k + key.size();
        while (p < text.size() && (text[p] == ' ' || text[p] == ':' || text[p] == '\n' ||
                                   text[p] == '\t' || text[p] == '\r'))
          ++p;
        if (p >= text.size() || text[p] != '"') continue;
        size_t end = text.find('"', p + 1);
        if (end == std::string_view::npos || end - p > 48) continue;
        s.script_dates.emplace_back(text.substr(p + 1, end - p - 1));
        return;
      }
    }
  }

  // Keeps text nodes that hold a plausible year (19xx/20xx): every date format has one, so
  // the date rules never look at the other text.
  void dated_text(const xmlNode* text, bool in_article, std::vector<DateClue>& out) {
    const char* t = reinterpret_cast<const char*>(text->content);
    if (t == nullptr) return;
    int run = 0;
    const char* year = nullptr;
    for (const char* p = t; *p != '\0' && year == nullptr; ++p) {
      run = (*p >= '0' && *p <= '9') ? run + 1 : 0;
      if (run == 4 && (p[-3] == '1' || p[-3] == '2') && (p[1] < '0' || p[1] > '9')) year = p - 3;
    }
    if (year == nullptr) return;
    // Keep a window around the year: the rest of a long paragraph is not needed.
    size_t half = opt.max_label_bytes / 2;
    const char* begin = static_cast<size_t>(year - t) > half ? year - half : t;
    DateClue c;
    c.value = std::string(begin, strnlen(begin, opt.max_label_bytes));
    c.in_article = in_article;
    out.push_back(std::move(c));
  }

  void header(const xmlNode* text) {
    const char* t = reinterpret_cast<const char*>(text->content);
    if (t == nullptr) return;
    std::string& h = s.header_text;
    if (!h.empty() && h.back() != ' ') h += ' ';
    for (; *t != '\0' && h.size() < opt.header_text_bytes; ++t) {
      bool space = *t == ' ' || *t == '\n' || *t == '\t' || *t == '\r';
      if (space) {
        if (!h.empty() && h.back() != ' ') h += ' ';
      } else {
        h += *t;
      }
    }
  }
};

}  // namespace

MetaSignals collect_meta_signals(xmlDoc* doc, const MetaSignalsOptions& options) {
  MetaSignals s;
  if (doc == nullptr) return s;
  xmlNode* root = xmlDocGetRootElement(doc);
  if (root == nullptr) return s;
  if (const char* lang = node_attr(root, "lang")) s.html_lang = lang;
  if (s.html_lang.empty()) {
    if (const char* lang = node_attr(root, "xml:lang")) s.html_lang = lang;
  }
  Walker w{options, s, protected_ancestors(root, options.max_elements)};
  w.element(root, ClassNames(root), 0, false, false);
  return s;
}

std::string_view meta_value(const MetaSignals& s, std::string_view key) {
  for (const auto& [k, v] : s.meta) {
    if (k == key && !v.empty()) return v;
  }
  return {};
}

}  // namespace precis
