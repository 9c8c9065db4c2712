#!/usr/bin/env bash
# Extract writer benchmark: 1,000,000 rows × 10 columns to XLSX with SpreadCheetah (the extract's writer), OpenXml 2.x
# OpenXmlWriter and MiniExcel (the baseline), each in its own process under /usr/bin/time -v. See bench/README.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

[[ -x /usr/bin/time ]] || { echo "GNU time is required at /usr/bin/time (apt-get install time)" >&2; exit 1; }

OUT="$(mktemp -d /tmp/warehouse-bench-extract-build.XXXXXX)"
trap 'rm -rf "$OUT"' EXIT
dotnet build bench/extract/Warehouse.Bench.Extract.csproj -c Release -o "$OUT" -nologo -v quiet
dotnet "$OUT/Warehouse.Bench.Extract.dll"
