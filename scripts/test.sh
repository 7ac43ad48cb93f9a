#!/usr/bin/env bash
# The README's second command: install, build, and run every test (ctest). Tests that need the
# evaluation data in ../shared skip with a message when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
cd build
ctest --output-on-failure -j"$(nproc)" --timeout 900
