#!/usr/bin/env bash
# Regenerates tests/golden/ from the current build after a deliberate change of output.
set -euo pipefail
cd "$(dirname "$0")/.."
P=build/precis
$P summarize data/sample/wikinews-en.jsonl > tests/golden/wikinews-en.concept.jsonl
$P summarize --method lexrank --words 50 data/sample/wikinews-en.jsonl > tests/golden/wikinews-en.lexrank50.jsonl
$P summarize --method centroid --bytes 665 data/sample/wikinews-en.jsonl > tests/golden/wikinews-en.centroid665b.jsonl
$P summarize --method lead data/sample/wikinews-en.jsonl > tests/golden/wikinews-en.lead.jsonl
$P summarize --format md data/sample/state-department > tests/golden/state-department.md
git diff --stat tests/golden || true
