#include "read/jsonl_record.h"

#include <simdjson.h>

#include "precis/read.h"
#include "text/utf8.h"

namespace precis {

namespace sj = simdjson::ondemand;

struct JsonlRecordParser::Impl {
  sj::parser parser;
  std::string buffer;  // the line, repaired if needed, with simdjson's padding
};

JsonlRecordParser::JsonlRecordParser() : impl_(new Impl) {}
JsonlRecordParser::~JsonlRecordParser() { delete impl_; }

namespace {

// A string field, or "" when absent/null; numbers are accepted as text when `allow_number`
// (ids), never for the article text.
bool get_text(sj::value v, std::string* out, bool allow_number = true) {
  sj::json_type type;
  if (v.type().get(type)) return false;
  if (type == sj::json_type::null) {
    out->clear();
    return true;
  }
  if (type == sj::json_type::string) {
    std::string_view s;
    if (v.get_string().get(s)) return false;
    out->assign(s);
    return true;
  }
  if (type == sj::json_type::number && allow_number) {
    std::string_view raw = v.raw_json_token();
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\n')) raw.remove_suffix(1);
    out->assign(raw);
    return true;
  }
  return false;
}

void set_time(Article* a) {
  int64_t t;
  if (!a->published.empty() && parse_iso_time(a->published, &t)) a->time = t;
}

// Fills an article from a JSON object. Returns "" on success or what is wrong.
std::string parse_article(sj::object obj, Article* a) {
  bool has_text = false;
  for (auto field : obj) {
    std::string_view key;
    if (field.unescaped_key().get(key)) return "bad field name";
    sj::value v;
    if (field.value().get(v)) return "bad value for \"" + std::string(key) + "\"";
    std::string* target = nullptr;
    if (key == "id" || key == "doc_id") {
      if (key == "id" && !a->id.empty()) continue;
      target = &a->id;
    } else if (key == "title") {
      target = &a->title;
    } else if (key == "text") {
      target = &a->text;
      has_text = true;
    } else if (key == "time" || key == "published" || key == "date") {
      if (!a->published.empty()) continue;
      target = &a->published;
    } else if (key == "url") {
      target = &a->url;
    } else if (key == "source") {
      target = &a->source;
    } else if (key == "lang") {
      target = &a->lang;
    } else if (key == "byline" || key == "author") {
      target = &a->byline;
    } else if (key == "dateline") {
      target = &a->dateline;
    } else {
      continue;
    }
    if (!get_text(v, target, key != "text")) {
      if (key == "text") return "\"text\" is not a string";
      target->clear();
    }
  }
  if (!has_text) return "no \"text\" field";
  if (!a->published.empty()) a->published_source = "input";
  set_time(a);
  return "";
}

}  // namespace

bool JsonlRecordParser::parse(std::string_view line, const std::string& where,
                              Diagnostics& diag, std::variant<Article, Cluster>* record) {
  size_t first = line.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return false;
  std::string& buf = impl_->buffer;
  if (is_valid_utf8(line)) {
    buf.assign(line);
  } else {
    buf = repair_utf8(line);
    diag.warn(where, "invalid UTF-8 bytes replaced with U+FFFD");
  }
  size_t len = buf.size();
  buf.resize(len + simdjson::SIMDJSON_PADDING);
  sj::document doc;
  auto err = impl_->parser.iterate(buf.data(), len, buf.size()).get(doc);
  if (err) {
    diag.error(where, std::string("invalid JSON: ") + simdjson::error_message(err));
    return false;
  }
  sj::object obj;
  if (doc.get_object().get(obj)) {
    diag.error(where, "invalid JSON: a line must hold one JSON object");
    return false;
  }
  // One pass over the fields: "articles" makes the line a cluster, otherwise the article
  // fields make it an article.
  Cluster cluster;
  Article article;
  bool is_cluster = false;
  std::string article_error;
  try {
    for (auto field : obj) {
      std::string_view key;
      if (field.unescaped_key().get(key)) throw simdjson::simdjson_error(simdjson::TAPE_ERROR);
      sj::value v = field.value();
      if (key == "articles") {
        is_cluster = true;
        sj::array arr;
        if (v.get_array().get(arr)) {
          diag.error(where, "\"articles\" is not an array");
          return false;
        }
        size_t index = 0;
        for (auto elem : arr) {
          Article a;
          sj::object aobj;
          std::string problem;
          if (elem.get_object().get(aobj)) {
            problem = "is not an object";
          } else {
            problem = parse_article(aobj, &a);
          }
          if (!problem.empty()) {
            diag.error(where, "article " + std::to_string(index) + ": " + problem +
                                  " (article skipped)");
          } else {
            if (a.id.empty()) a.id = "article" + std::to_string(index);
            a.origin = where;
            cluster.articles.push_back(std::move(a));
          }
          ++index;
        }
      } else if (key == "id" || key == "query" || key == "lang" || key == "date") {
        std::string s;
        if (!get_text(v, &s)) continue;
        if (key == "id") cluster.id = s, article.id = article.id.empty() ? s : article.id;
        if (key == "query") cluster.query = s;
        if (key == "lang") cluster.lang = s, article.lang = s;
        if (key == "date" && article.published.empty()) article.published = s;
      } else if (key == "summaries") {
        sj::array arr;
        if (v.get_array().get(arr)) continue;
        for (auto elem : arr) {
          std::string s;
          sj::value ev;
          if (!elem.get(ev) && get_text(ev, &s)) cluster.summaries.push_back(std::move(s));
        }
      } else if (key == "doc_id" || key == "title" || key == "text" || key == "time" ||
                 key == "published" || key == "url" || key == "source" || key == "byline" ||
                 key == "author" || key == "dateline") {
        std::string* target = nullptr;
        if (key == "doc_id") target = &article.id;
        if (key == "title") target = &article.title;
        if (key == "text") target = &article.text;
        if (key == "time" || key == "published") target = &article.published;
        if (key == "url") target = &article.url;
        if (key == "source") target = &article.source;
        if (key == "byline" || key == "author") target = &article.byline;
        if (key == "dateline") target = &article.dateline;
        if (!get_text(v, target, key != "text")) {
          if (key == "text") article_error = "\"text\" is not a string";
          target->clear();
        }
        if (key == "text" && article_error.empty()) article_error = "ok";
      }
    }
  } catch (const simdjson::simdjson_error& e) {
    diag.error(where, std::string("invalid JSON: ") + e.what());
    return false;
  }
  if (is_cluster) {
    if (cluster.id.empty()) cluster.id = where;
    cluster.origin = where;
    *record = std::move(cluster);
    return true;
  }
  if (article_error != "ok") {
    diag.error(where, article_error.empty() ? "no \"text\" field (record skipped)"
                                            : article_error + " (record skipped)");
    return false;
  }
  if (article.id.empty()) article.id = where;
  if (!article.published.empty()) article.published_source = "input";
  set_time(&article);
  article.origin = where;
  *record = std::move(article);
  return true;
}

}  // namespace precis
