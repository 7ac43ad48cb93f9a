#include "text/abbreviations.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace precis {
namespace {

// Written for precis from news style guides (AP style titles, months, states, company forms).
constexpr std::string_view kEnglishTitles =
    "mr mrs ms messrs mmes dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr cdr gov sen rep "
    "reps sens rev fr sr st hon pres supt insp det amb atty gens brig msgr mme mlle spc pfc ens "
    "cwo sfc";
constexpr std::string_view kEnglishOther =
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun "
    "inc corp co ltd bros plc llc jr no nos vol vols vs v etc al approx dept est fig figs ave blvd "
    "rd hwy mt ft pp ch sec art ref min max tel ext govt univ assn natl intl "
    "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo "
    "mont neb nev okla ore pa tenn tex va vt wash wis wyo n.y n.j n.h n.m n.c n.d s.c s.d w.va "
    "d.c u.s u.k u.n e.u a.m p.m e.g i.e ph.d b.a m.a u.s.a";
constexpr std::pair<std::string_view, std::string_view> kOtherLanguages[] = {
    {"fr", "m mm mme mlle dr pr st ste av apr j.-c cf etc env p"},
    {"de", "hr fr dr prof st nr bzw usw z.b d.h ca vgl evtl inkl u.a"},
    {"es", "sr sra srta dr dra d dña ud uds av etc pág núm"},
    {"it", "sig sigg dott prof avv ing on pag ecc"},
    {"pt", "sr sra dr dra prof av etc pág"},
    {"nl", "dhr mevr dr prof blz bijv enz nr"},
};

class MapAbbreviationSet : public AbbreviationSet {
 public:
  void add(std::string_view words, AbbreviationKind kind) {
    size_t i = 0;
    while (i < words.size()) {
      while (i < words.size() && words[i] == ' ') ++i;
      size_t j = i;
      while (j < words.size() && words[j] != ' ') ++j;
      if (j > i) map_.emplace(std::string(words.substr(i, j - i)), kind);
      i = j;
    }
  }
  AbbreviationKind kind(std::string_view word) const override {
    auto it = map_.find(std::string(word));
    return it == map_.end() ? AbbreviationKind::kNone : it->second;
  }

 private:
  std::unordered_map<std::string, AbbreviationKind> map_;
};

}  // namespace

const AbbreviationSet& abbreviations_for(std::string_view lang) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<MapAbbreviationSet>, std::less<>> sets;
  std::lock_guard<std::mutex> lock(mu);
  auto it = sets.find(lang);
  if (it != sets.end()) return *it->second;
  auto set = std::make_unique<MapAbbreviationSet>();
  set->add(kEnglishOther, AbbreviationKind::kOther);
  set->add(kEnglishTitles, AbbreviationKind::kTitle);
  for (const auto& [code, words] : kOtherLanguages) {
    if (code == lang) set->add(words, AbbreviationKind::kOther);
  }
  auto& ref = *set;
  sets.emplace(std::string(lang), std::move(set));
  return ref;
}

}  // namespace precis
