#include "eval/rouge/rouge_report.h"

#include <fmt/format.h>

#include <iterator>
#include <nlohmann/json.hpp>

namespace precis::rouge {
namespace {

constexpr double RougeScore::*kFields[3] = {&RougeScore::recall, &RougeScore::precision,
                                            &RougeScore::f};
constexpr const char* kLetters[3] = {"R", "P", "F"};

void text_report(const RougeEvaluationResult& result, const RougeOptions& options, bool per_cluster,
                 std::string* out) {
  auto it = std::back_inserter(*out);
  for (const RougeSystemResult& system : result.systems) {
    if (system.averages.empty()) {
      fmt::format_to(it, "{}: no cluster scored\n", system.system);
      continue;
    }
    for (size_t k = 0; k < result.metric_names.size(); ++k) {
      const std::string& metric = result.metric_names[k];
      const RougeAverage& a = system.averages[k];
      fmt::format_to(it, "---------------------------------------------\n");
      for (int f = 0; f < 3; ++f) {
        fmt::format_to(it,
                       "{} {} Average_{}: {:7.5f} ({:g}%-conf.int. {:7.5f} - {:7.5f})  mean "
                       "{:7.5f} over {} clusters\n",
                       system.system, metric, kLetters[f], a.average.*kFields[f],
                       options.confidence, a.ci_low.*kFields[f], a.ci_high.*kFields[f],
                       a.mean.*kFields[f], system.cluster_ids.size());
      }
      if (!per_cluster) continue;
      fmt::format_to(it, ".............................................\n");
      for (size_t c = 0; c < system.cluster_ids.size(); ++c) {
        const RougeScore& s = system.scores[c].metrics[k];
        fmt::format_to(it, "{} {} Eval {}.{} R:{:7.5f} P:{:7.5f} F:{:7.5f}\n", system.system,
                       metric, system.cluster_ids[c], system.system, s.recall, s.precision, s.f);
      }
    }
  }
}

void json_report(const RougeEvaluationResult& result, bool per_cluster, std::string* out) {
  nlohmann::ordered_json root;
  root["metrics"] = result.metric_names;
  nlohmann::ordered_json systems = nlohmann::ordered_json::object();
  for (const RougeSystemResult& system : result.systems) {
    nlohmann::ordered_json metrics = nlohmann::ordered_json::object();
    for (size_t k = 0; k < result.metric_names.size() && !system.averages.empty(); ++k) {
      const RougeAverage& a = system.averages[k];
      nlohmann::ordered_json average;
      for (int f = 0; f < 3; ++f) average[kLetters[f]] = a.average.*kFields[f];
      for (int f = 0; f < 3; ++f) {
        average[std::string(kLetters[f]) + "_ci"] = {a.ci_low.*kFields[f], a.ci_high.*kFields[f]};
      }
      for (int f = 0; f < 3; ++f) average[std::string(kLetters[f]) + "_mean"] = a.mean.*kFields[f];
      nlohmann::ordered_json metric;
      metric["clusters"] = system.cluster_ids.size();
      metric["average"] = std::move(average);
      if (per_cluster) {
        nlohmann::ordered_json rows = nlohmann::ordered_json::object();
        for (size_t c = 0; c < system.cluster_ids.size(); ++c) {
          const RougeScore& s = system.scores[c].metrics[k];
          rows[system.cluster_ids[c]] = {{"R", s.recall}, {"P", s.precision}, {"F", s.f}};
        }
        metric["per_cluster"] = std::move(rows);
      }
      metrics[result.metric_names[k]] = std::move(metric);
    }
    systems[system.system] = std::move(metrics);
  }
  root["systems"] = std::move(systems);
  *out += root.dump();
  *out += '\n';
}

void tsv_report(const RougeEvaluationResult& result, bool per_cluster, std::string* out) {
  auto it = std::back_inserter(*out);
  fmt::format_to(it, "system\tmetric\tcluster\tR\tP\tF\tR_lo\tR_hi\tP_lo\tP_hi\tF_lo\tF_hi\n");
  for (const RougeSystemResult& system : result.systems) {
    for (size_t k = 0; k < result.metric_names.size() && !system.averages.empty(); ++k) {
      const std::string& metric = result.metric_names[k];
      const RougeAverage& a = system.averages[k];
      fmt::format_to(it, "{}\t{}\tAVERAGE\t{:.5f}\t{:.5f}\t{:.5f}", system.system, metric,
                     a.average.recall, a.average.precision, a.average.f);
      for (int f = 0; f < 3; ++f) {
        fmt::format_to(it, "\t{:.5f}\t{:.5f}", a.ci_low.*kFields[f], a.ci_high.*kFields[f]);
      }
      fmt::format_to(it, "\n{}\t{}\tMEAN\t{:.6f}\t{:.6f}\t{:.6f}\t\t\t\t\t\t\n", system.system,
                     metric, a.mean.recall, a.mean.precision, a.mean.f);
      if (!per_cluster) continue;
      for (size_t c = 0; c < system.cluster_ids.size(); ++c) {
        const RougeScore& s = system.scores[c].metrics[k];
        fmt::format_to(it, "{}\t{}\t{}\t{:.5f}\t{:.5f}\t{:.5f}\t\t\t\t\t\t\n", system.system,
                       metric, system.cluster_ids[c], s.recall, s.precision, s.f);
      }
    }
  }
}

}  // namespace

std::string format_rouge_report(const RougeEvaluationResult& result, const RougeOptions& options,
                                RougeReportFormat format, bool per_cluster) {
  std::string out;
  switch (format) {
    case RougeReportFormat::kText:
      text_report(result, options, per_cluster, &out);
      break;
    case RougeReportFormat::kJson:
      json_report(result, per_cluster, &out);
      break;
    case RougeReportFormat::kTsv:
      tsv_report(result, per_cluster, &out);
      break;
  }
  return out;
}

}  // namespace precis::rouge
