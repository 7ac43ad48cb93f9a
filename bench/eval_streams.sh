#!/usr/bin/env bash
# Clusters every labelled stream and prints pairwise / B-cubed F1 and the number of events, one
# row per stream (docs/cluster.md, "Development numbers" and "Other streams").
#
#   bash bench/eval_streams.sh [STREAMDIR] [-- extra precis cluster options]
#
# STREAMDIR (default /tmp/precis-streams) is made by bench/make_eval_streams.py when missing; the
# TDT dev stream is read from ../shared/data/streams. Needs ../shared/data and build/precis.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="$root/../shared/data"
dir="${1:-/tmp/precis-streams}"
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
precis="$root/build/precis"
if [ ! -d "$data" ]; then echo "eval_streams: $data not found; nothing to evaluate" >&2; exit 0; fi
[ -x "$precis" ] || { echo "eval_streams: build precis first ($precis)" >&2; exit 1; }
[ -f "$dir/tdt-distractors-half.jsonl" ] || /usr/bin/python3 "$root/bench/make_eval_streams.py" --data "$data" "$dir" >&2
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
score() {
  /usr/bin/python3 - "$1" "$2" <<'EOF'
import json, sys
name, ev = sys.argv[1:3]
e = json.load(open(ev))
print("%-18s %8d %8.3f %8.3f %8.3f %7d" % (name, e["items"], e["pairwise"]["f1"],
      e["bcubed"]["f1"], e["nmi"], e["pred_clusters"]))
EOF
}
printf '%-18s %8s %8s %8s %8s %7s\n' stream articles pairF1 bcubedF1 NMI events
for s in "$data/streams/tdt-dev.jsonl" "$dir"/duc03trec.jsonl "$dir"/duc06.jsonl \
         "$dir"/multinews.jsonl "$dir"/multinews-notime.jsonl "$dir"/multiling-en.jsonl \
         "$dir"/merged.jsonl "$dir"/tdt-distractors-half.jsonl "$dir"/tdt-distractors.jsonl; do
  [ -f "$s" ] || continue
  name="$(basename "$s" .jsonl)"
  "$precis" cluster "$@" "$s" > "$tmp/pred.jsonl" 2> "$tmp/err" || true
  "$precis" eval clusters --gold "$s" --pred "$tmp/pred.jsonl" --json > "$tmp/eval.json"
  score "$name" "$tmp/eval.json"
  if [ "${name#tdt-distractors}" != "$name" ]; then  # its TDT articles alone, against the dev gold
    "$precis" eval clusters --gold "$data/streams/tdt-dev.jsonl" --pred "$tmp/pred.jsonl" --json \
      > "$tmp/eval.json"
    score "  its tdt-dev part" "$tmp/eval.json"
  fi
done
