#include "output/article_writer.h"

#include <nlohmann/json.hpp>

namespace precis {

std::string article_to_json(const Article& a) {
  nlohmann::ordered_json j;
  j["id"] = a.id;
  j["url"] = a.url;
  j["title"] = a.title;
  j["byline"] = a.byline;
  j["published"] = a.published;
  if (!a.published_source.empty()) j["published_source"] = a.published_source;
  j["dateline"] = a.dateline;
  j["lang"] = a.lang;
  j["text"] = a.text;
  j["source"] = a.source;
  j["credits"] = a.credits;
  j["warnings"] = a.warnings;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace precis
