// load_jsonl_evaluation (rouge_evaluation.h): dataset JSONL + `precis summarize` JSON lines.
#include <simdjson.h>

#include <unordered_map>

#include "eval/rouge/rouge_evaluation.h"
#include "read/input_stream.h"
#include "read/line_reader.h"

namespace precis::rouge {
namespace {

namespace od = simdjson::ondemand;

// One parsed line: its id and the texts we need from it.
struct Record {
  std::string id;
  std::string method;
  bool has_texts = false;          // "summaries"/"summary" or "sentences" present
  std::vector<std::string> texts;  // summaries (references) or sentence texts (summaries)
};

// Splits a reference into its lines (sentences); blank lines are dropped by the scorer.
Sentences split_lines(const std::string& text) {
  Sentences lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// Reads the id as a string (numbers are accepted and kept as written).
simdjson::error_code read_id(od::value value, std::string* id) {
  od::json_type type;
  if (auto e = value.type().get(type)) return e;
  if (type == od::json_type::string) {
    std::string_view s;
    if (auto e = value.get_string().get(s)) return e;
    *id = std::string(s);
    return simdjson::SUCCESS;
  }
  if (type == od::json_type::number) {
    std::string_view raw = value.raw_json_token();
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\t')) {
      raw.remove_suffix(1);
    }
    *id = std::string(raw);
    return simdjson::SUCCESS;
  }
  return simdjson::INCORRECT_TYPE;
}

simdjson::error_code read_strings(od::value value, std::vector<std::string>* out) {
  od::array array;
  if (auto e = value.get_array().get(array)) return e;
  for (auto item : array) {
    std::string_view s;
    if (auto e = item.get_string().get(s)) return e;
    out->emplace_back(s);
  }
  return simdjson::SUCCESS;
}

simdjson::error_code read_sentences(od::value value, std::vector<std::string>* out) {
  od::array array;
  if (auto e = value.get_array().get(array)) return e;
  for (auto item : array) {
    od::object sentence;
    if (auto e = item.get_object().get(sentence)) return e;
    std::string_view text;
    if (auto e = sentence.find_field_unordered("text").get_string().get(text)) return e;
    // A sentence is one ROUGE line: an embedded newline must not split it.
    std::string line(text);
    for (char& c : line) {
      if (c == '\n' || c == '\r') c = ' ';
    }
    out->push_back(std::move(line));
  }
  return simdjson::SUCCESS;
}

// Parses one line; returns an error message or "" on success.
std::string parse_record(od::parser& parser, std::string_view line, Record* record) {
  simdjson::padded_string padded(line);
  od::document doc;
  if (auto e = parser.iterate(padded).get(doc))
    return std::string("invalid JSON: ") + simdjson::error_message(e);
  od::object object;
  if (auto e = doc.get_object().get(object)) {
    return e == simdjson::INCORRECT_TYPE
               ? std::string("invalid JSON: a line must be one JSON object")
               : std::string("invalid JSON: ") + simdjson::error_message(e);
  }
  bool has_id = false;
  for (auto field : object) {
    std::string_view key;
    if (auto e = field.unescaped_key().get(key))
      return std::string("invalid JSON: ") + simdjson::error_message(e);
    od::value value;
    if (auto e = field.value().get(value))
      return std::string("invalid JSON: ") + simdjson::error_message(e);
    simdjson::error_code e = simdjson::SUCCESS;
    if (key == "id") {
      e = read_id(value, &record->id);
      has_id = !e;
    } else if (key == "summaries") {
      e = read_strings(value, &record->texts);
      record->has_texts = !e;
    } else if (key == "summary") {
      std::string_view s;
      e = value.get_string().get(s);
      if (!e) record->texts.emplace_back(s), record->has_texts = true;
    } else if (key == "sentences") {
      e = read_sentences(value, &record->texts);
      record->has_texts = !e;
    } else if (key == "method") {
      std::string_view s;
      if (!value.get_string().get(s)) record->method = std::string(s);
    }
    if (e) return "field \"" + std::string(key) + "\": " + simdjson::error_message(e);
  }
  // After the object has been read, the iterator must be at the end of the line.
  const char* rest = nullptr;
  if (doc.current_location().get(rest) == simdjson::SUCCESS) {
    return "invalid JSON: trailing content after the object";
  }
  if (!has_id) return "no \"id\"";
  return "";
}

// Reads all records of a JSONL file. Bad lines go to diagnostics; duplicates keep the first.
Status read_records(const std::string& path, std::vector<Record>* records,
                    std::vector<size_t>* line_numbers, Diagnostics* diagnostics) {
  Status status;
  std::unique_ptr<InputStream> in = open_input(path, &status);
  if (!in) return status;
  LineReader reader(in.get());
  od::parser parser;
  std::unordered_map<std::string, size_t> seen;
  std::string_view line;
  while (reader.next(&line)) {
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const std::string where = path + ":" + std::to_string(reader.line_number());
    Record record;
    std::string problem = parse_record(parser, line, &record);
    if (!problem.empty()) {
      diagnostics->error(where, problem);
      continue;
    }
    if (auto [it, inserted] = seen.emplace(record.id, reader.line_number()); !inserted) {
      diagnostics->error(where, "duplicate id \"" + record.id + "\" (first on line " +
                                    std::to_string(it->second) + "); ignored");
      continue;
    }
    records->push_back(std::move(record));
    line_numbers->push_back(reader.line_number());
  }
  if (!in->error().ok()) return in->error();
  return Status::Ok();
}

}  // namespace

Status load_jsonl_evaluation(const std::string& references_path,
                             const std::vector<std::string>& summary_paths, RougeEvaluationSet* set,
                             Diagnostics* diagnostics) {
  std::vector<Record> clusters;
  std::vector<size_t> lines;
  if (Status s = read_records(references_path, &clusters, &lines, diagnostics); !s.ok()) return s;
  std::unordered_map<std::string, size_t> cluster_index;
  for (size_t i = 0; i < clusters.size(); ++i) {
    const std::string where = references_path + ":" + std::to_string(lines[i]);
    std::vector<Sentences> references;
    for (const std::string& text : clusters[i].texts) {
      if (text.find_first_not_of(" \t\r\n") != std::string::npos) {
        references.push_back(split_lines(text));
      }
    }
    if (references.empty()) {
      diagnostics->error(where, "cluster \"" + clusters[i].id +
                                    "\" has no reference summaries (\"summaries\"); skipped");
      continue;
    }
    cluster_index.emplace(clusters[i].id, set->cluster_ids.size());
    set->cluster_ids.push_back(clusters[i].id);
    set->references.push_back(std::move(references));
  }

  for (const std::string& path : summary_paths) {
    std::vector<Record> summaries;
    std::vector<size_t> summary_lines;
    if (Status s = read_records(path, &summaries, &summary_lines, diagnostics); !s.ok()) return s;
    std::string name =
        summaries.empty() || summaries[0].method.empty() ? path : summaries[0].method;
    for (const std::string& other : set->systems) {
      if (other == name) name = path;
    }
    std::vector<std::optional<Sentences>> peers(set->cluster_ids.size());
    for (size_t i = 0; i < summaries.size(); ++i) {
      const std::string where = path + ":" + std::to_string(summary_lines[i]);
      if (!summaries[i].has_texts) {
        diagnostics->error(where, "summary \"" + summaries[i].id + "\" has no \"sentences\"");
        continue;
      }
      auto it = cluster_index.find(summaries[i].id);
      if (it == cluster_index.end()) {
        diagnostics->error(where, "cluster \"" + summaries[i].id + "\" is not in " +
                                      references_path + " (or has no references); not scored");
        continue;
      }
      peers[it->second] = std::move(summaries[i].texts);
    }
    for (size_t c = 0; c < peers.size(); ++c) {
      if (!peers[c]) {
        diagnostics->error(path, "no summary for cluster \"" + set->cluster_ids[c] + "\" of " +
                                     references_path + "; not scored");
      }
    }
    set->systems.push_back(name);
    set->peers.push_back(std::move(peers));
  }
  return Status::Ok();
}

}  // namespace precis::rouge
