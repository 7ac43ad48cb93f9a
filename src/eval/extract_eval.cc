#include "eval/extract_eval.h"

#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>

#include "read/input_stream.h"

namespace precis {
namespace {

std::string string_field(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_array()) {  // list of authors
    std::string out;
    for (const auto& v : *it) {
      if (!v.is_string()) continue;
      if (!out.empty()) out += "; ";
      out += v.get<std::string>();
    }
    return out;
  }
  return "";
}

std::vector<std::string> string_list(const nlohmann::json& j, const char* key, bool* present) {
  std::vector<std::string> out;
  auto it = j.find(key);
  *present = it != j.end() && it->is_array();
  if (!*present) return out;
  for (const auto& v : *it)
    if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

// CPU time of this thread: the speed per core, undistorted by other processes.
double thread_cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

std::string parent_dir(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "." : path.substr(0, slash);
}

}  // namespace

Status run_extract_eval(const ExtractEvalOptions& options, const HtmlExtractor& extract,
                        ExtractEvalResult* result, Diagnostics* diags) {
  Status st;
  auto in = open_input(options.gold_path, &st);
  if (!in) return st;
  std::string gold_text;
  read_all(*in, &gold_text);
  std::string dir =
      options.dataset_dir.empty() ? parent_dir(options.gold_path) : options.dataset_dir;
  std::ofstream dump;
  if (!options.dump_path.empty()) {
    dump.open(options.dump_path);
    if (!dump) return Status::IoError("cannot write " + options.dump_path);
  }
  size_t line_no = 0, pos = 0;
  while (pos < gold_text.size()) {
    size_t nl = gold_text.find('\n', pos);
    if (nl == std::string::npos) nl = gold_text.size();
    std::string_view line(gold_text.data() + pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    if (options.limit && result->pages >= options.limit) break;
    std::string where = options.gold_path + ":" + std::to_string(line_no);
    nlohmann::json rec = nlohmann::json::parse(line, nullptr, false);
    if (rec.is_discarded() || !rec.is_object() || !rec.contains("gold") ||
        !rec["gold"].is_object()) {
      diags->error(where, "not a gold record (JSON object with a \"gold\" object)");
      ++result->bad_pages;
      continue;
    }
    std::string html_path = dir + "/" + string_field(rec, "html_path");
    auto page = open_input(html_path, &st);
    std::string html;
    if (!page || !read_all(*page, &html) || !page->error().ok()) {
      diags->error(where, "cannot read " + html_path);
      ++result->bad_pages;
      continue;
    }
    HtmlInput input;
    input.url = string_field(rec, "url");
    if (input.url.rfind("http", 0) != 0) input.url.clear();
    input.charset = string_field(rec, "html_encoding");
    input.origin = html_path;
    double t0 = thread_cpu_seconds();
    Article a = extract(html, input);
    result->extract_seconds += thread_cpu_seconds() - t0;
    result->html_bytes += html.size();
    ++result->pages;

    const nlohmann::json& gold = rec["gold"];
    if (gold.contains("text") && gold["text"].is_string())
      result->body.add(gold["text"].get<std::string>(), a.text);
    bool has_with = false, has_without = false;
    auto with = string_list(gold, "with", &has_with);
    auto without = string_list(gold, "without", &has_without);
    if (has_with || has_without) result->snippets.add(with, without, a.text);
    std::string title = string_field(gold, "title");
    if (!title.empty()) {
      ++result->title_total;
      if (normalize_space(title) == normalize_space(a.title)) ++result->title_correct;
    }
    std::string author = string_field(gold, "author");
    if (!author.empty()) {
      ++result->author_total;
      if (author == a.byline) ++result->author_correct;
    }
    result->date.add(string_field(gold, "date"), a.published);
    if (dump.is_open()) {
      nlohmann::json out = {{"id", string_field(rec, "id")},
                            {"title", a.title},
                            {"date", a.published},
                            {"author", a.byline},
                            {"text", a.text}};
      dump << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
  }
  return Status::Ok();
}

}  // namespace precis
