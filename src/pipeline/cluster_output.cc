#include "pipeline/cluster_output.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace precis {
namespace {

// Civil date from days since 1970-01-01 (the inverse of days_from_civil; the algorithm is the
// standard era/day-of-era decomposition of the Gregorian 400-year cycle).
void civil_from_days(int64_t z, int64_t* y, unsigned* m, unsigned* d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = static_cast<int64_t>(yoe) + era * 400 + (*m <= 2);
}

}  // namespace

std::string format_iso_time(int64_t seconds) {
  int64_t days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
  int64_t rest = seconds - days * 86400;
  int64_t y;
  unsigned m, d;
  civil_from_days(days, &y, &m, &d);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", y, m, d, rest / 3600, rest / 60 % 60,
                     rest % 60);
}

std::string json_quote(std::string_view s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string assignment_json(const std::string& id, const ClusterAssignment& a) {
  nlohmann::ordered_json j;
  j["id"] = id;
  j["event"] = a.event;
  if (a.duplicate_of) j["duplicate_of"] = *a.duplicate_of;
  j["score"] = std::round(a.score * 10000) / 10000;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string event_json(const EventRecord& r, const IdList& ids) {
  auto time = [](const std::optional<int64_t>& t) {
    return t ? "\"" + format_iso_time(*t) + "\"" : std::string("null");
  };
  std::string out = fmt::format(R"({{"event":{},"first_seen":{},"last_seen":{},"articles":[)",
                                r.event, time(r.first_seen), time(r.last_seen));
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i) out += ',';
    out += json_quote(ids[i]);
  }
  out += fmt::format(R"(],"duplicates":{},"title":{}}})", r.duplicates, json_quote(r.title));
  return out;
}

std::string event_json(const CollectedEvent& e) { return event_json(e.record, e.article_ids); }

}  // namespace precis
