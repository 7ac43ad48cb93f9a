#include "output/summary_writer.h"

#include <map>
#include <nlohmann/json.hpp>

#include "clean/article_cleaner.h"

namespace precis {

bool parse_summary_format(const std::string& name, SummaryFormat* format) {
  if (name == "json")
    *format = SummaryFormat::kJson;
  else if (name == "text")
    *format = SummaryFormat::kText;
  else if (name == "md" || name == "markdown")
    *format = SummaryFormat::kMarkdown;
  else
    return false;
  return true;
}

std::string summary_to_json(const Summary& s) {
  nlohmann::ordered_json j;
  j["id"] = s.id;
  j["method"] = s.method;
  j["words"] = s.words;
  auto& sentences = j["sentences"] = nlohmann::ordered_json::array();
  for (const auto& sent : s.sentences) {
    nlohmann::ordered_json o;
    o["text"] = sent.text;
    auto& cites = o["cites"] = nlohmann::ordered_json::array();
    for (const auto& c : sent.cites) {
      cites.push_back(
          {{"doc", c.doc}, {"sentence", c.sentence}, {"start", c.start}, {"end", c.end}});
    }
    sentences.push_back(std::move(o));
  }
  if (!s.warnings.empty()) j["warnings"] = s.warnings;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string article_label(const Article& a, size_t max_words) {
  std::string_view src = a.title;
  if (src.empty()) {
    // The first body paragraph: a date header, dateline or credit before it is not a label.
    CleanedText cleaned = clean_text(a.text);
    src = a.text;
    if (!cleaned.body.empty() && cleaned.body[0].end <= a.text.size())
      src = src.substr(cleaned.body[0].begin, cleaned.body[0].end - cleaned.body[0].begin);
  }
  std::string out;
  size_t words = 0;
  bool in = false;
  for (char c : src) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (in && ++words >= max_words) break;
      in = false;
      continue;
    }
    if (!in && !out.empty()) out.push_back(' ');
    in = true;
    out.push_back(c);
  }
  if (a.title.empty() && words >= max_words) out += " ...";
  return out;
}

std::string summary_to_text(const Summary& s, const Cluster& cluster, bool markdown,
                            bool with_heading) {
  // Sources are numbered in order of first citation.
  std::map<size_t, size_t> number;
  std::vector<size_t> sources;
  for (const auto& sent : s.sentences) {
    for (const auto& c : sent.cites) {
      if (number.emplace(c.article, sources.size() + 1).second) sources.push_back(c.article);
    }
  }
  std::string out;
  std::string title = cluster.id.empty() ? "Summary" : cluster.id;
  if (with_heading) {
    out += markdown ? "## " + title + "\n\n" : title + "\n" + std::string(title.size(), '=') + "\n";
  }
  for (const auto& sent : s.sentences) {
    out += sent.text;
    for (const auto& c : sent.cites) out += "[" + std::to_string(number[c.article]) + "]";
    out += markdown ? "\n" : "\n";
  }
  out += markdown ? "\n**Sources**\n\n" : "\nSources:\n";
  for (size_t k = 0; k < sources.size(); ++k) {
    const Article& a = cluster.articles[sources[k]];
    out += (markdown ? std::to_string(k + 1) + ". " : "  [" + std::to_string(k + 1) + "] ");
    std::string label = article_label(a);
    if (markdown && !a.url.empty()) {
      out += "[" + label + "](" + a.url + ")";
    } else {
      out += label;
    }
    std::string date = a.published.substr(0, std::min<size_t>(10, a.published.size()));
    if (!date.empty()) out += ", " + date;
    if (!a.source.empty()) out += ", " + a.source;
    if (!markdown && !a.url.empty()) out += ", " + a.url;
    out += " (" + a.id + ")\n";
  }
  return out;
}

}  // namespace precis
