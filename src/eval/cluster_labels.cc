#include "eval/cluster_labels.h"

#include <nlohmann/json.hpp>

#include "read/input_stream.h"
#include "read/line_reader.h"

namespace precis {
namespace {

using nlohmann::json;

std::string as_label(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<int64_t>());
  if (v.is_number()) return v.dump();
  return "";
}

std::string item_id(const json& rec) {
  for (const char* key : {"id", "doc_id"}) {
    auto it = rec.find(key);
    if (it != rec.end()) {
      std::string s = as_label(*it);
      if (!s.empty()) return s;
    }
  }
  return "";
}

}  // namespace

Status read_cluster_labels(const std::string& path, ClusterLabels* labels, Diagnostics* diags) {
  Status st;
  auto in = open_input(path, &st);
  if (!in) return st;
  LineReader lines(in.get());
  std::string_view line;
  auto add = [&](const std::string& where, const std::string& id, std::vector<std::string> ls) {
    auto [it, fresh] = labels->emplace(id, std::move(ls));
    if (!fresh) diags->warn(where, "item \"" + id + "\" listed again; its first labels are kept");
  };
  while (lines.next(&line)) {
    std::string where = path + ":" + std::to_string(lines.line_number());
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    json rec = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (rec.is_discarded() || !rec.is_object()) {
      diags->error(where, "not a JSON object");
      continue;
    }
    auto arts = rec.find("articles");
    if (arts != rec.end() && arts->is_array()) {
      std::string cluster = rec.contains("event") ? as_label(rec["event"]) : item_id(rec);
      if (cluster.empty()) {
        diags->error(where, "cluster without \"event\" or \"id\"");
        continue;
      }
      for (const json& a : *arts) {
        std::string id = a.is_object() ? item_id(a) : as_label(a);
        if (id.empty()) {
          diags->error(where, "an article of cluster \"" + cluster + "\" has no id");
          continue;
        }
        add(where, id, {cluster});
      }
      continue;
    }
    std::string id = item_id(rec);
    if (id.empty()) {
      diags->error(where, "record without \"id\" or \"doc_id\"");
      continue;
    }
    std::vector<std::string> ls;
    for (const char* key : {"event", "cluster"}) {
      if (rec.contains(key) && !as_label(rec[key]).empty()) {
        ls.push_back(as_label(rec[key]));
        break;
      }
    }
    auto evs = rec.find("events");
    if (evs != rec.end() && evs->is_array()) {
      for (const json& e : *evs) {
        std::string l = as_label(e);
        if (!l.empty() && std::find(ls.begin(), ls.end(), l) == ls.end()) ls.push_back(l);
      }
    }
    if (ls.empty()) {
      diags->error(where, "item \"" + id + "\" has no \"event\", \"events\" or \"cluster\"");
      continue;
    }
    add(where, id, std::move(ls));
  }
  if (!in->error().ok()) diags->error(path, in->error().message());
  return Status::Ok();
}

}  // namespace precis
