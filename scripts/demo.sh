#!/usr/bin/env bash
# The README's first command: install, build, and run precis on the bundled sample data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
echo "== precis events --format md --words 60 data/sample/wikinews-en.jsonl"
echo "   (100 WikiNews articles on 10 events, taken one by one, grouped and summarized; the file"
echo "   holds them cluster by cluster, years apart, so the warnings below report articles that"
echo "   arrive out of time order, as a live stream's late articles would be)"
build/precis events --format md --words 60 data/sample/wikinews-en.jsonl
echo
echo "== precis summarize --format md data/sample/state-department (a US State Department statement)"
build/precis summarize --format md data/sample/state-department
