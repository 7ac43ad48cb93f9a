#!/usr/bin/env bash
# The README's first command: install, build, and run precis on the bundled sample data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
echo "== precis summarize --format md data/sample/state-department (a US State Department statement)"
build/precis summarize --format md data/sample/state-department
echo "== precis summarize --format md --words 60 data/sample/wikinews-en.jsonl (first 3 clusters)"
head -n 3 data/sample/wikinews-en.jsonl | build/precis summarize --format md --words 60 -
