// The clustering options shared by `precis cluster` and `precis events` (ClusterOptions in
// include/precis/cluster.h explains each; docs/cluster.md gives the defaults' measurements).
#include "cluster_options.h"

namespace precis::cli {

void add_cluster_options(CLI::App* cmd, ClusterOptions* o) {
  cmd->add_option("--window", o->window_days, "days an event stays open after its last article")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--threshold", o->threshold, "similarity needed to join an event (0-1)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--half-life", o->decay_half_life_days,
                  "days over which similarity to an event halves")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--decay-floor", o->decay_floor,
                  "the time decay of similarity stops at this factor (0 = no floor)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--singleton-scale", o->singleton_threshold_scale,
                  "an event of one article is joined at threshold x this")
      ->capture_default_str()
      ->check(CLI::Range(0.01, 1.0));
  cmd->add_option("--member-gate", o->member_gate,
                  "an event of 4+ articles is joined only if one of its recent articles scores "
                  "threshold x this too (0 = off)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 10.0));
  cmd->add_option("--names-weight", o->names_weight,
                  "share of the name-term cosine in the similarity (the rest: centroid cosine)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0))
      ->each([o](const std::string&) { o->centroid_weight = 1.0 - o->names_weight; });
  cmd->add_option("--place-weight", o->place_weight,
                  "weight of place names (Turkey, Ankara, Turkish) relative to other words "
                  "(1 = the same, 0 = left out)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--wordnet", o->wordnet_dir, "WordNet directory the place names are read from")
      ->capture_default_str();
  cmd->add_option("--duplicate-threshold", o->duplicate_threshold,
                  "estimated shingle Jaccard for a near duplicate (0 = off)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--lang", o->lang, "language of articles without one")->capture_default_str();
}

}  // namespace precis::cli
