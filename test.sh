#!/usr/bin/env bash
# Runs the whole test suite (real Chromium, real Parquet read back by DuckDB) after installing what is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$ROOT/scripts/bootstrap.sh"
exec dotnet test "$ROOT/WebSight.sln" -c Release --nologo "$@"
