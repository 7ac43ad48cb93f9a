#include "read/feed_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <climits>
#include <cstring>
#include <optional>
#include <vector>

#include "read/html/date_parser.h"
#include "read/markup_text.h"

namespace precis {
namespace {

// libxml2 options. Security: no XML_PARSE_NOENT (entities are not substituted, so a
// "billion laughs" document cannot expand), no XML_PARSE_DTDLOAD/DTDVALID (no external DTD or
// external entity is ever fetched: no XXE), NONET as a second lock, and no XML_PARSE_HUGE
// (libxml2's default depth and size limits stay on). RECOVER reads what it can of broken feeds.
constexpr int kXmlOptions = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
                            XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;

std::string_view name_of(const xmlNode* n) {
  return n->name ? std::string_view(reinterpret_cast<const char*>(n->name)) : std::string_view();
}

std::string_view ns_of(const xmlNode* n) {
  return n->ns && n->ns->href ? std::string_view(reinterpret_cast<const char*>(n->ns->href))
                              : std::string_view();
}

bool is_element(const xmlNode* n, std::string_view name) {
  return n->type == XML_ELEMENT_NODE && name_of(n) == name;
}

std::string attribute(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

std::string trimmed(std::string s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// Raw character data of an element (text and CDATA children only; entity references are not
// expanded).
std::string raw_text(const xmlNode* n) {
  std::string out;
  for (const xmlNode* c = n->children; c; c = c->next) {
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content) {
      out += reinterpret_cast<const char*>(c->content);
    }
  }
  return out;
}

// The text of an element that may carry HTML: Atom says so with type="html"/"xhtml"; RSS does
// not say, so markup is sniffed.
std::string element_text(const xmlNode* n) {
  std::string type = attribute(n, "type");
  if (type == "xhtml") return markup_subtree_text(n);
  std::string raw = raw_text(n);
  if (type == "text") return plain_text_paragraphs(raw);
  if (type == "html" || type == "text/html" || looks_like_markup(raw)) {
    return html_fragment_text(raw);
  }
  return plain_text_paragraphs(raw);
}

// A title is one line.
std::string one_line(std::string text) {
  for (char& c : text) {
    if (c == '\n') c = ' ';
  }
  return text;
}

// "jdoe@example.com (John Doe)" (RSS 2.0 author) -> "John Doe".
std::string rss_author(std::string s) {
  size_t open = s.find('('), close = s.rfind(')');
  if (s.find('@') != std::string::npos && open != std::string::npos && close > open + 1) {
    return trimmed(s.substr(open + 1, close - open - 1));
  }
  return s;
}

// RFC 822 zones as the date parser reads them: North American names become offsets, and the
// space between the time and a numeric zone ("14:30:00 -0500") is removed.
std::string numeric_zone(std::string_view d) {
  static constexpr struct {
    std::string_view name, offset;
  } kZones[] = {{"EST", "-0500"}, {"EDT", "-0400"}, {"CST", "-0600"}, {"CDT", "-0500"},
                {"MST", "-0700"}, {"MDT", "-0600"}, {"PST", "-0800"}, {"PDT", "-0700"}};
  while (!d.empty() && (d.back() == ' ' || d.back() == '\n' || d.back() == '\r'))
    d.remove_suffix(1);
  std::string out(d);
  for (const auto& z : kZones) {
    if (d.size() > z.name.size() && d.substr(d.size() - z.name.size()) == z.name &&
        d[d.size() - z.name.size() - 1] == ' ') {
      out = std::string(d.substr(0, d.size() - z.name.size())) + std::string(z.offset);
      break;
    }
  }
  // "... 14:30:00 -0500": digit, space, sign, four digits at the end.
  size_t n = out.size();
  if (n >= 7 && (out[n - 5] == '+' || out[n - 5] == '-') && out[n - 6] == ' ' &&
      out[n - 7] >= '0' && out[n - 7] <= '9') {
    bool digits = true;
    for (size_t i = n - 4; i < n; ++i) digits = digits && out[i] >= '0' && out[i] <= '9';
    if (digits) out.erase(n - 6, 1);
  }
  return out;
}

std::string primary_language(std::string tag) {
  tag = trimmed(tag);
  size_t dash = tag.find_first_of("-_");
  std::string lang = tag.substr(0, dash);
  for (char& c : lang) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lang.size() == 2 ? lang : std::string();
}

// What one item/entry says, before it becomes an Article.
struct ItemFields {
  std::string title, link, id, date, author;
  std::string content, description;  // full content (content:encoded, Atom content), summary
};

void add_author(std::string* authors, const std::string& name) {
  if (name.empty() || authors->find(name) != std::string::npos) return;
  if (!authors->empty()) *authors += ", ";
  *authors += name;
}

// Atom <link>: rel="alternate" (the default) is the article; prefer text/html over others.
void atom_link(const xmlNode* n, std::string* link, bool* link_is_html) {
  std::string rel = attribute(n, "rel"), href = trimmed(attribute(n, "href"));
  if (href.empty() || (!rel.empty() && rel != "alternate")) return;
  bool html = attribute(n, "type").find("html") != std::string::npos;
  if (link->empty() || (html && !*link_is_html)) {
    *link = href;
    *link_is_html = html;
  }
}

ItemFields read_item(const xmlNode* item) {
  ItemFields f;
  std::string published, updated, dc_date, guid;
  bool guid_permalink = true, link_is_html = false;
  for (const xmlNode* c = item->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    std::string_view name = name_of(c);
    std::string_view ns = ns_of(c);
    // Media RSS (media:title, media:content, media:description) describes attached media.
    if (ns.find("search.yahoo.com/mrss") != std::string_view::npos) continue;
    if (name == "title" && f.title.empty()) {
      f.title = trimmed(one_line(element_text(c)));
    } else if (name == "link") {
      if (ns.find("Atom") != std::string_view::npos || c->properties) {
        atom_link(c, &f.link, &link_is_html);
      } else if (f.link.empty()) {
        f.link = trimmed(raw_text(c));
      }
    } else if (name == "guid") {
      guid = trimmed(raw_text(c));
      guid_permalink = attribute(c, "isPermaLink") != "false";
    } else if (name == "id" && f.id.empty()) {
      f.id = trimmed(raw_text(c));
    } else if (name == "pubDate" || name == "published" || name == "issued") {
      if (published.empty()) published = trimmed(raw_text(c));
    } else if (name == "updated" || name == "modified") {
      if (updated.empty()) updated = trimmed(raw_text(c));
    } else if (name == "date") {  // dc:date
      if (dc_date.empty()) dc_date = trimmed(raw_text(c));
    } else if (name == "author") {
      const xmlNode* person = nullptr;
      for (const xmlNode* p = c->children; p; p = p->next) {
        if (is_element(p, "name")) person = p;
      }
      add_author(&f.author, person ? trimmed(raw_text(person)) : rss_author(trimmed(raw_text(c))));
    } else if (name == "creator") {  // dc:creator
      add_author(&f.author, trimmed(raw_text(c)));
    } else if (name == "encoded" || (name == "content" && attribute(c, "src").empty())) {
      if (f.content.empty()) f.content = element_text(c);
    } else if (name == "description" || name == "summary") {
      if (f.description.empty()) f.description = element_text(c);
    }
  }
  if (f.id.empty()) f.id = guid;
  if (f.link.empty() && guid_permalink && guid.rfind("http", 0) == 0) f.link = guid;
  f.date = !published.empty() ? published : !dc_date.empty() ? dc_date : updated;
  return f;
}

// Channel-level facts every item inherits.
struct FeedContext {
  std::string title;
  std::string lang;
  std::string author;  // Atom feed-level author
};

Article to_article(const ItemFields& f, const FeedContext& feed, const std::string& where,
                   const std::string& fallback_id) {
  Article a;
  a.title = f.title;
  a.url = f.link;
  a.id = !f.id.empty() ? f.id : !f.link.empty() ? f.link : fallback_id;
  a.source = feed.title;
  a.lang = feed.lang;
  a.byline = !f.author.empty() ? f.author : feed.author;
  a.text = !f.content.empty() ? f.content : f.description;
  a.origin = where;
  if (!f.date.empty()) {
    std::optional<ParsedDate> date = parse_date_value(numeric_zone(f.date), DateBounds{});
    if (date) {
      a.published = date->iso();
      a.time = date->epoch_seconds();
      a.published_source = "feed";
    } else {
      a.warnings.push_back("unreadable date \"" + f.date.substr(0, 60) + "\"");
    }
  }
  if (a.text.empty()) a.warnings.push_back("item has no text (no content or description)");
  return a;
}

// Items of RSS 2.0 (rss/channel/item), RSS 1.0 (rdf:RDF/item beside the channel) and Atom
// (feed/entry).
void collect_items(const xmlNode* root, std::vector<const xmlNode*>* items, FeedContext* feed) {
  bool atom = name_of(root) == "feed";
  const xmlNode* channel = atom ? root : nullptr;
  for (const xmlNode* c = root->children; c; c = c->next) {
    if (!atom && is_element(c, "channel")) channel = c;
    if (is_element(c, atom ? "entry" : "item")) items->push_back(c);
  }
  if (!channel) return;
  for (const xmlNode* c = channel->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    std::string_view name = name_of(c);
    if (name == "item" && !atom) items->push_back(c);
    if (name == "title" && feed->title.empty()) feed->title = trimmed(one_line(element_text(c)));
    if (name == "language" && feed->lang.empty()) feed->lang = primary_language(raw_text(c));
    if (name == "author" && atom) {
      for (const xmlNode* p = c->children; p; p = p->next) {
        if (is_element(p, "name")) add_author(&feed->author, trimmed(raw_text(p)));
      }
    }
  }
  if (atom && feed->lang.empty()) {
    xmlChar* lang = xmlNodeGetLang(root);
    if (lang) {
      feed->lang = primary_language(reinterpret_cast<const char*>(lang));
      xmlFree(lang);
    }
  }
}

bool is_feed_root(std::string_view local_name) {
  return local_name == "rss" || local_name == "feed" || local_name == "RDF";
}

}  // namespace

size_t read_feed(std::string_view xml, const std::string& name,
                 const std::function<void(Article&&)>& sink, Diagnostics& diagnostics) {
  if (xml.size() > INT_MAX) {
    diagnostics.error(name, "feed larger than 2 GB; not read");
    return 0;
  }
  xmlInitParser();
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  if (!ctxt) {
    diagnostics.error(name, "out of memory creating the XML parser");
    return 0;
  }
  xmlDocPtr doc = xmlCtxtReadMemory(ctxt, xml.data(), static_cast<int>(xml.size()), nullptr,
                                    nullptr, kXmlOptions);
  std::string parse_problem;
  if (!ctxt->wellFormed) {
    const xmlError* e = xmlCtxtGetLastError(ctxt);
    parse_problem = e && e->message ? "line " + std::to_string(e->line) + ": " +
                                          trimmed(std::string(e->message))
                                    : std::string("not well-formed");
  }
  xmlFreeParserCtxt(ctxt);
  const xmlNode* root = doc ? xmlDocGetRootElement(doc) : nullptr;
  if (!root || !is_feed_root(name_of(root))) {
    diagnostics.error(
        name, root ? "not an RSS or Atom feed (root element <" + std::string(name_of(root)) + ">)"
                   : "not readable as XML (" + parse_problem + ")");
    if (doc) xmlFreeDoc(doc);
    return 0;
  }
  if (!parse_problem.empty()) {
    diagnostics.warn(name, "feed is not well-formed XML (" + parse_problem +
                               "); reading what could be recovered");
  }
  FeedContext feed;
  std::vector<const xmlNode*> items;
  collect_items(root, &items, &feed);
  size_t n = 0;
  for (const xmlNode* item : items) {
    ++n;
    std::string where = name + " item " + std::to_string(n);
    sink(to_article(read_item(item), feed, where, name + "#" + std::to_string(n)));
  }
  xmlFreeDoc(doc);
  return n;
}

bool looks_like_feed(std::string_view head) {
  std::string_view s = head;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  while (true) {
    size_t lt = s.find('<');
    if (lt == std::string_view::npos) return false;
    for (size_t i = 0; i < lt; ++i) {
      if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n') return false;
    }
    s.remove_prefix(lt);
    std::string_view end_marker = s.substr(0, 4) == "<!--" ? "-->"
                                  : s.substr(0, 2) == "<?" ? "?>"
                                  : s.substr(0, 2) == "<!" ? ">"
                                                           : "";
    // A doctype with an internal subset ends with "]>".
    if (end_marker == ">" && s.find('[') < s.find('>')) end_marker = "]>";
    if (end_marker.empty()) break;
    size_t end = s.find(end_marker);
    if (end == std::string_view::npos) return false;
    s.remove_prefix(end + end_marker.size());
  }
  // The first element: its local name (after any prefix such as "rdf:").
  size_t len = 1;
  while (len < s.size() && s[len] != ' ' && s[len] != '>' && s[len] != '/' && s[len] != '\t' &&
         s[len] != '\r' && s[len] != '\n') {
    ++len;
  }
  std::string_view element = s.substr(1, len - 1);
  size_t colon = element.find(':');
  if (colon != std::string_view::npos) element.remove_prefix(colon + 1);
  return is_feed_root(element) && len < s.size();
}

}  // namespace precis
