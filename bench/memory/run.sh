#!/usr/bin/env bash
# Peak memory of `warehouse load` as the input grows: the small sample's headcount rows repeated N times (keys repeat,
# so every row is parsed and staged, then the file is rejected at publication). Samples VmRSS every 200 ms and reads
# VmHWM. Usage: bash bench/memory/run.sh [copies...]   (default: 8 32 128, i.e. ~170 MB, ~680 MB, ~2.7 GB)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
copies=("${@:-8 32 128}")
[ $# -eq 0 ] && copies=(8 32 128)
work=$(mktemp -d /tmp/warehouse-bench-memory-XXXXXX)
trap 'rm -rf "$work"' EXIT
dotnet build "$root/src/Scheduler" -c Release -o "$work/bin" >/dev/null
cli=(dotnet "$work/bin/warehouse.dll")
"${cli[@]}" sample --scale small --out "$work/sample" >/dev/null
source_file="$work/sample/demographie-effectifs-et-les-densites.csv"
results="$root/bench/memory/results/$(date -u +%Y-%m-%d)-$(hostname -s).md"
mkdir -p "$(dirname "$results")"
{
  echo "# warehouse load: peak memory vs input size ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(free -m | awk '/Mem:/{print $2}') MB RAM)"
  echo
  echo "Input: the small sample's headcount rows (172,224) repeated N times; parsed and staged in full, then rejected (duplicate keys)."
  echo
  echo "| copies | rows | input MB | exit | seconds | peak VmRSS MB | VmHWM MB | peak RssAnon MB |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$results"
for n in "${copies[@]}"; do
  dir="$work/x$n"; mkdir -p "$dir"; input="$dir/demographie-effectifs-et-les-densites.csv"
  { head -1 "$source_file"; for _ in $(seq "$n"); do tail -n +2 "$source_file"; done; } > "$input"
  start=$(date +%s.%N)
  "${cli[@]}" load --from "$input" --engine sqlite --connection "Data Source=$dir/w.db" > "$dir/out.txt" 2>&1 &
  pid=$!; rss=0; hwm=0; anon=0
  while kill -0 "$pid" 2>/dev/null; do
    if read -r r h a < <(awk '/^VmRSS/{r=$2} /^VmHWM/{h=$2} /^RssAnon/{a=$2} END{print r+0, h+0, a+0}' "/proc/$pid/status" 2>/dev/null); then
      (( r > rss )) && rss=$r; (( h > hwm )) && hwm=$h; (( a > anon )) && anon=$a
    fi
    sleep 0.2
  done
  set +e; wait "$pid"; code=$?; set -e
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  rows=$(( $(wc -l < "$input") - 1 )); mb=$(( $(stat -c %s "$input") / 1048576 ))
  printf '| %s | %s | %s | %s | %.0f | %s | %s | %s |\n' "$n" "$rows" "$mb" "$code" "$seconds" $((rss/1024)) $((hwm/1024)) $((anon/1024)) >> "$results"
  rm -rf "$dir"
done
cat "$results"
