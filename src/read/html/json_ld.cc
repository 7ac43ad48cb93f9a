#include "read/html/json_ld.h"

#include <nlohmann/json.hpp>
#include <unordered_map>

#include "text/utf8.h"

namespace precis {
namespace {

using nlohmann::json;

// Bounds for hostile input: JSON-LD of real pages is shallow and holds a handful of objects.
constexpr int kMaxDepth = 16;
constexpr size_t kMaxObjects = 64;
constexpr size_t kMaxPeople = 32;

bool contains(std::string_view s, std::string_view part) {
  return s.find(part) != std::string_view::npos;
}

// Some sites HTML-escape text inside JSON strings ("Smith &amp; Jones"); decode the common cases.
std::string unescape_entities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out += s[i];
      continue;
    }
    std::string_view ent = s.substr(i + 1, semi - i - 1);
    char32_t cp = 0;
    if (ent == "amp")
      cp = '&';
    else if (ent == "quot")
      cp = '"';
    else if (ent == "apos")
      cp = '\'';
    else if (ent == "lt")
      cp = '<';
    else if (ent == "gt")
      cp = '>';
    else if (ent == "nbsp")
      cp = ' ';
    else if (ent.size() >= 2 && ent[0] == '#') {
      bool hex = ent[1] == 'x' || ent[1] == 'X';
      uint32_t v = 0;
      bool ok = ent.size() > (hex ? 2u : 1u);
      for (size_t k = hex ? 2 : 1; k < ent.size() && ok; ++k) {
        char c = ent[k];
        int digit = c >= '0' && c <= '9'                            ? c - '0'
                    : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                                    : -1;
        ok = digit >= 0 && v < 0x110000;
        v = v * (hex ? 16 : 10) + static_cast<uint32_t>(digit);
      }
      if (ok && v > 0 && v < 0x110000 && (v < 0xD800 || v > 0xDFFF)) cp = v;
    }
    if (cp == 0) {
      out += s[i];
      continue;
    }
    append_utf8(cp, out);
    i = semi;
  }
  return out;
}

std::string text_of(const json& v) {
  if (v.is_string()) return unescape_entities(v.get_ref<const std::string&>());
  if (v.is_array() && !v.empty()) return text_of(v.front());
  if (v.is_object()) {
    if (auto it = v.find("@value"); it != v.end() && it->is_string()) return text_of(*it);
  }
  return "";
}

std::string field(const json& obj, const char* key) {
  auto it = obj.find(key);
  return it == obj.end() ? std::string() : text_of(*it);
}

std::string first_type(const json& obj) {
  auto it = obj.find("@type");
  if (it == obj.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_array()) {
    for (const json& t : *it) {
      if (t.is_string()) return t.get<std::string>();
    }
  }
  return "";
}

bool is_article_type(std::string_view t) {
  return contains(t, "Article") || contains(t, "BlogPosting") || contains(t, "Posting") ||
         t == "Report" || t == "Blog";
}

bool is_creative_work(std::string_view t) {
  return contains(t, "Page") || t == "VideoObject" || t == "CreativeWork" || t == "Review" ||
         t == "Recipe" || t == "Episode" || t == "PodcastEpisode" || t == "Thing";
}

std::string person_name(const json& p) {
  std::string name = field(p, "name");
  if (name.empty()) {
    std::string given = field(p, "givenName"), family = field(p, "familyName");
    name = given.empty() ? family : family.empty() ? given : given + " " + family;
  }
  return name;
}

// Nodes of one JSON-LD document by "@id": Yoast-style graphs name the author in a separate
// Person node and refer to it ({"author": {"@id": ".../#/schema/person/1"}}).
using IdIndex = std::unordered_map<std::string, const json*>;

void index_ids(const json& v, IdIndex& ids, int depth) {
  if (depth > kMaxDepth || ids.size() >= 256) return;
  if (v.is_array()) {
    for (const json& x : v) index_ids(x, ids, depth + 1);
    return;
  }
  if (!v.is_object()) return;
  if (auto it = v.find("@id"); it != v.end() && it->is_string() && v.contains("name")) {
    ids.emplace(it->get<std::string>(), &v);
  }
  if (auto it = v.find("@graph"); it != v.end()) index_ids(*it, ids, depth + 1);
}

void collect_people(const json& v, JsonLdObject& o, const IdIndex& ids, int depth) {
  if (depth > 3 || o.authors.size() + o.organizations.size() >= kMaxPeople) return;
  if (v.is_string()) {
    std::string s = text_of(v);
    if (!s.empty()) o.authors.push_back(std::move(s));
  } else if (v.is_array()) {
    for (const json& x : v) collect_people(x, o, ids, depth + 1);
  } else if (v.is_object()) {
    const json* node = &v;
    std::string name = person_name(v);
    if (name.empty()) {
      auto ref = v.find("@id");
      if (ref == v.end() || !ref->is_string()) return;
      auto found = ids.find(ref->get<std::string>());
      if (found == ids.end()) return;
      node = found->second;
      name = person_name(*node);
      if (name.empty()) return;
    }
    std::string type = first_type(*node);
    (type == "Organization" || type == "NewsMediaOrganization" ? o.organizations : o.authors)
        .push_back(std::move(name));
  }
}

void visit(const json& v, std::vector<JsonLdObject>& out, const IdIndex& ids, int depth) {
  if (depth > kMaxDepth || out.size() >= kMaxObjects) return;
  if (v.is_array()) {
    for (const json& x : v) visit(x, out, ids, depth + 1);
    return;
  }
  if (!v.is_object()) return;
  std::string type = first_type(v);
  bool article = is_article_type(type);
  if (article || is_creative_work(type) || v.contains("datePublished")) {
    JsonLdObject o;
    o.type = type;
    o.rank = article ? 0 : 1;
    o.headline = field(v, "headline");
    if (o.headline.empty()) o.headline = field(v, "name");
    o.date_published = field(v, "datePublished");
    o.date_created = field(v, "dateCreated");
    o.date_modified = field(v, "dateModified");
    if (auto it = v.find("author"); it != v.end()) collect_people(*it, o, ids, 0);
    if (auto it = v.find("creator"); it != v.end() && o.authors.empty()) {
      collect_people(*it, o, ids, 0);
    }
    if (auto it = v.find("publisher"); it != v.end()) {
      o.publisher = it->is_object() ? field(*it, "name") : text_of(*it);
    }
    if (auto it = v.find("inLanguage"); it != v.end()) {
      o.in_language = it->is_object() ? field(*it, "name") : text_of(*it);
    }
    o.url = field(v, "url");
    o.description = field(v, "description");
    out.push_back(std::move(o));
  }
  for (const char* key : {"@graph", "mainEntity", "itemListElement", "hasPart"}) {
    if (auto it = v.find(key); it != v.end()) visit(*it, out, ids, depth + 1);
  }
}

// Removes the wrappers pages put around JSON ("<!--", "//<![CDATA[") and turns raw control
// characters (invalid inside JSON strings, common in hand-made JSON-LD) into spaces.
std::string sanitize(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  size_t b = out.find_first_of("{[");
  size_t e = out.find_last_of("}]");
  if (b == std::string::npos || e == std::string::npos || e < b) return "";
  return out.substr(b, e - b + 1);
}

// Last resort for JSON that does not parse: the string value after "key": at its first use.
std::string find_key_value(std::string_view s, std::string_view key) {
  std::string quoted = "\"" + std::string(key) + "\"";
  size_t k = s.find(quoted);
  if (k == std::string_view::npos) return "";
  size_t p = k + quoted.size();
  while (p < s.size() && (s[p] == ' ' || s[p] == ':')) ++p;
  if (p >= s.size() || s[p] != '"') return "";
  size_t end = s.find('"', p + 1);
  if (end == std::string_view::npos || end - p > 200) return "";
  return unescape_entities(s.substr(p + 1, end - p - 1));
}

}  // namespace

void parse_json_ld(std::string_view script, std::vector<JsonLdObject>& out) {
  std::string text = sanitize(script);
  if (text.empty()) return;
  // allow_exceptions=false: a parse error yields a "discarded" value instead of throwing.
  json doc = json::parse(text, nullptr, /*allow_exceptions=*/false, /*ignore_comments=*/true);
  if (!doc.is_discarded()) {
    IdIndex ids;
    index_ids(doc, ids, 0);
    visit(doc, out, ids, 0);
    return;
  }
  JsonLdObject o;
  o.date_published = find_key_value(text, "datePublished");
  o.date_created = find_key_value(text, "dateCreated");
  o.date_modified = find_key_value(text, "dateModified");
  o.headline = find_key_value(text, "headline");
  o.type = find_key_value(text, "@type");
  o.rank = is_article_type(o.type) ? 0 : 1;
  if (!o.date_published.empty() || !o.date_created.empty() || !o.headline.empty()) {
    out.push_back(std::move(o));
  }
}

const JsonLdObject* best_json_ld_object(const std::vector<JsonLdObject>& objects) {
  auto has_date = [](const JsonLdObject& o) {
    return !o.date_published.empty() || !o.date_created.empty();
  };
  const JsonLdObject* best = nullptr;
  int best_score = -1;
  for (const JsonLdObject& o : objects) {
    int score = (o.rank == 0 ? 2 : 0) + (has_date(o) ? 1 : 0);
    if (score > best_score) {
      best = &o;
      best_score = score;
    }
  }
  return best;
}

}  // namespace precis
