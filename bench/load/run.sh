#!/usr/bin/env bash
# Load benchmark: the full-scale synthetic sample (7 datasets, ~4.4 M rows, ~490 MB) loaded by
# `warehouse load` into SQLite and into PostgreSQL, against baselines measured in the same run on the
# same CSV files: sqlite3 `.import` and psql `\copy` into bare all-TEXT tables.
#
# Usage (from the repository root):  bash bench/load/run.sh
#
# Environment (all optional):
#   BENCH_SAMPLE_DIR      reuse this folder of the seven CSV files instead of generating the sample
#   BENCH_ENGINES         engines to measure, default "sqlite postgresql"
#   BENCH_REPEATS         measurements per side and engine (the better one is kept), default 2
#   BENCH_STEP_TIMEOUT    seconds after which one measured command is killed, default 600
#   BENCH_BUDGET_SECONDS  no repeat (run 2, ...) starts once the script has run this long, default 480;
#                         first runs always happen. Worst case ~ budget + one run per engine.
#   BENCH_MACHINE         machine name in the results file name, default the short host name
#   BENCH_RESULTS_DIR     where the results file goes, default bench/load/results
#   BENCH_SKIP_BUILD=1    do not build; use the existing Release output
#   BENCH_PG_BIN          folder of initdb/pg_ctl/postgres, default the newest /usr/lib/postgresql/*/bin
#
# Everything temporary (sample, databases) lives in one mktemp folder that is removed on exit; the PostgreSQL
# server is .ci/postgres.sh's (its own folder), stopped and removed on exit too. Exit status: 0 when the
# benchmark ran (whatever the verdict), non-zero when it could not run (build failure, server failure, ...).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$REPO_ROOT"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

ENGINES="${BENCH_ENGINES:-sqlite postgresql}"
REPEATS="${BENCH_REPEATS:-2}"
STEP_TIMEOUT="${BENCH_STEP_TIMEOUT:-600}"
BUDGET_SECONDS="${BENCH_BUDGET_SECONDS:-480}"
MACHINE="${BENCH_MACHINE:-$(hostname -s 2>/dev/null || uname -n)}"
RESULTS_DIR="${BENCH_RESULTS_DIR:-$REPO_ROOT/bench/load/results}"
TIME_TARGET="1.5"      # warehouse total / baseline total, per engine
RSS_TARGET_MB="400"    # peak RSS of the warehouse process, per engine

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

for tool in sqlite3 psql awk timeout /usr/bin/time dotnet; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is required"
done

find_pg_bin() {
    if [[ -n "${BENCH_PG_BIN:-}" ]]; then echo "$BENCH_PG_BIN"; return 0; fi
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5 -V -r); do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then echo "$dir"; return 0; fi
    done
    dirname "$(command -v initdb)"
}

START_EPOCH=$(date +%s)
LOADAVG_START="$(cut -d' ' -f1-3 /proc/loadavg)"
elapsed() { echo $(( $(date +%s) - START_EPOCH )); }

# --------------------------------------------------------------------------------------------------
# Temp folder, cleanup
# --------------------------------------------------------------------------------------------------
WORK="$(mktemp -d /tmp/warehouse-bench.XXXXXX)"
chmod 755 "$WORK"
PG_CONNECTION=""

cleanup() {
    local status=$?
    if [[ -n "$PG_CONNECTION" ]]; then
        log "stopping PostgreSQL"
        "$REPO_ROOT/.ci/postgres.sh" stop "$PG_CONNECTION" || true
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --------------------------------------------------------------------------------------------------
# Measuring one command: wall clock (date, ns) and peak RSS (/usr/bin/time -v), bounded by timeout.
#   measure LABEL STDIN_FILE|- CMD...   sets M_WALL (s), M_RSS_KB, M_RC; output in $WORK/m/LABEL.{out,err,time}
# --------------------------------------------------------------------------------------------------
mkdir -p "$WORK/m"
measure() {
    local label="$1" input="$2"; shift 2
    local base="$WORK/m/$label" t0 t1 remaining limit
    remaining=$(( BUDGET_SECONDS + STEP_TIMEOUT - $(elapsed) ))
    limit=$(( remaining < STEP_TIMEOUT ? remaining : STEP_TIMEOUT ))
    (( limit < 60 )) && limit=60
    [[ "$input" == "-" ]] && input=/dev/null
    t0=$(date +%s%N)
    set +e
    timeout --kill-after=15 "$limit" /usr/bin/time -v -o "$base.time" "$@" <"$input" >"$base.out" 2>"$base.err"
    M_RC=$?
    set -e
    t1=$(date +%s%N)
    M_WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    M_RSS_KB=$(awk -F': *' '/Maximum resident set size/ { print $2 }' "$base.time" 2>/dev/null || true)
    M_RSS_KB="${M_RSS_KB:-0}"
    if (( M_RC == 124 || M_RC == 137 )); then
        log "  $label: TIMEOUT after ${limit}s"
    fi
}

ANOMALIES=()
anomaly() { log "ANOMALY: $*"; ANOMALIES+=("$*"); }

# --------------------------------------------------------------------------------------------------
# Build, then run a private copy of the output (others may rebuild src/ while we measure).
# --------------------------------------------------------------------------------------------------
if [[ "${BENCH_SKIP_BUILD:-}" != "1" ]]; then
    log "building the warehouse CLI (Release)"
    dotnet build src/Scheduler -c Release -nologo -v q >"$WORK/build.log" 2>&1 \
        || { tail -40 "$WORK/build.log" >&2; die "build failed"; }
fi
BUILD_DIR="src/Scheduler/bin/Release/net10.0/linux-x64"
if [[ ! -f "$BUILD_DIR/warehouse.dll" ]]; then
    BUILD_DIR="$(dirname "$(ls -d src/Scheduler/bin/Release/net*/*/warehouse.dll src/Scheduler/bin/Release/net*/warehouse.dll 2>/dev/null | head -1)")"
fi
[[ -f "$BUILD_DIR/warehouse.dll" ]] || die "warehouse.dll not found under src/Scheduler/bin/Release"
cp -a "$BUILD_DIR" "$WORK/cli"
WAREHOUSE=(dotnet "$WORK/cli/warehouse.dll")
GIT_COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
GIT_DIRTY="$(git status --porcelain -- src 2>/dev/null | wc -l | tr -d ' ')"

# --------------------------------------------------------------------------------------------------
# Sample
# --------------------------------------------------------------------------------------------------
if [[ -n "${BENCH_SAMPLE_DIR:-}" ]]; then
    SAMPLE="$(cd "$BENCH_SAMPLE_DIR" && pwd)"
    SAMPLE_ORIGIN="reused from \`$SAMPLE\` (BENCH_SAMPLE_DIR)"
    log "reusing the sample in $SAMPLE"
else
    SAMPLE="$WORK/sample"
    log "generating the full-scale sample"
    measure sample - "${WAREHOUSE[@]}" sample --out "$SAMPLE" --scale full
    (( M_RC == 0 )) || { cat "$WORK/m/sample.err" >&2; die "warehouse sample failed"; }
    SAMPLE_ORIGIN="generated by \`warehouse sample --scale full\` (seed 1, api variant) in ${M_WALL} s"
fi
SAMPLE_SCALE="$(awk -F': *' '/^scale:/ { print $2; exit }' "$SAMPLE/SYNTHETIC.txt" 2>/dev/null || true)"
SAMPLE_SCALE="${SAMPLE_SCALE:-unknown}"
mapfile -t FILES < <(ls "$SAMPLE"/*.csv 2>/dev/null | sort)
(( ${#FILES[@]} == 7 )) || die "expected 7 CSV files in $SAMPLE, found ${#FILES[@]}"

declare -A ROWS BYTES TABLE COLS
ds_of() { basename "$1" .csv; }
TOTAL_ROWS=0; TOTAL_BYTES=0
for f in "${FILES[@]}"; do
    ds="$(ds_of "$f")"
    ROWS[$ds]=$(( $(wc -l <"$f") - 1 ))
    BYTES[$ds]=$(stat -c %s "$f")
    TOTAL_ROWS=$(( TOTAL_ROWS + ROWS[$ds] )); TOTAL_BYTES=$(( TOTAL_BYTES + BYTES[$ds] ))
    # bare table: a short identifier (PostgreSQL truncates at 63 bytes), all columns TEXT, from the header
    TABLE[$ds]="b_$(echo "$ds" | tr -c 'a-z0-9\n' '_' | cut -c1-50)"
    COLS[$ds]="$(head -1 "$f" | sed -e 's/^\xEF\xBB\xBF//' -e 's/\r$//' | tr ';' '\n' | sed 's/.*/"&" text/' | paste -sd, -)"
done
# Both sides read the files from the page cache.
cat "${FILES[@]}" >/dev/null

# --------------------------------------------------------------------------------------------------
# PostgreSQL: one throwaway server for baseline and warehouse, fsync settings at their defaults.
# --------------------------------------------------------------------------------------------------
PG_BIN=""; PG_PORT=""
if [[ " $ENGINES " == *" postgresql "* ]]; then
    PG_BIN="$(find_pg_bin)" || die "PostgreSQL binaries not found"
    # The shared throwaway server, with initdb's durability settings and the C locale the results were measured with.
    PG_CONNECTION="$(PG_BIN="$PG_BIN" "$REPO_ROOT/.ci/postgres.sh" start --durable --locale C)" || die "could not start PostgreSQL"
    PG_PORT="$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"$PG_CONNECTION")"
    log "PostgreSQL listening on 127.0.0.1:$PG_PORT"
fi
PSQL=(env "PGOPTIONS=-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "${PG_PORT:-0}" -U postgres)
pg_scalar() { "${PSQL[@]}" -d "${2:-postgres}" -At -c "$1"; }

# --------------------------------------------------------------------------------------------------
# One run of one side. Each sets RUN_TOTAL, RUN_RSS_KB, RUN_OK and RUN_DS[dataset] = seconds.
# --------------------------------------------------------------------------------------------------
declare -A RUN_DS
baseline_sqlite() {
    local r="$1" db="$WORK/baseline-sqlite-$1.db" t0 t1 f ds n
    rm -f "$db"; RUN_DS=(); RUN_RSS_KB=0; RUN_OK=1
    t0=$(date +%s%N)
    for f in "${FILES[@]}"; do
        ds="$(ds_of "$f")"
        printf '.bail on\n.mode csv\n.separator ;\nCREATE TABLE %s (%s);\n.import --skip 1 %s %s\n' \
            "${TABLE[$ds]}" "${COLS[$ds]}" "$f" "${TABLE[$ds]}" >"$WORK/import.sql"
        measure "baseline-sqlite-$r-$ds" "$WORK/import.sql" sqlite3 "$db"
        RUN_DS[$ds]=$M_WALL
        (( M_RSS_KB > RUN_RSS_KB )) && RUN_RSS_KB=$M_RSS_KB
        if (( M_RC != 0 )) || [[ -s "$WORK/m/baseline-sqlite-$r-$ds.err" ]]; then
            RUN_OK=0; anomaly "sqlite3 .import of $ds (run $r): exit $M_RC: $(head -c 400 "$WORK/m/baseline-sqlite-$r-$ds.err")"
        fi
    done
    t1=$(date +%s%N)
    RUN_TOTAL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    for f in "${FILES[@]}"; do
        ds="$(ds_of "$f")"
        n=$(sqlite3 "$db" "SELECT count(*) FROM ${TABLE[$ds]};" 2>/dev/null || echo "?")
        [[ "$n" == "${ROWS[$ds]}" ]] || { RUN_OK=0; anomaly "sqlite3 baseline run $r: $ds has $n rows, expected ${ROWS[$ds]}"; }
    done
    BASELINE_SQLITE_SIZE=$(stat -c %s "$db")
    rm -f "$db"
}

baseline_postgresql() {
    local r="$1" db="bench_baseline_$1" t0 t1 f ds n
    RUN_DS=(); RUN_RSS_KB=0; RUN_OK=1
    pg_scalar "DROP DATABASE IF EXISTS $db" >/dev/null
    pg_scalar "CREATE DATABASE $db" >/dev/null
    pg_scalar "CHECKPOINT" >/dev/null
    t0=$(date +%s%N)
    for f in "${FILES[@]}"; do
        ds="$(ds_of "$f")"
        measure "baseline-postgresql-$r-$ds" - "${PSQL[@]}" -d "$db" \
            -c "CREATE TABLE ${TABLE[$ds]} (${COLS[$ds]})" \
            -c "\\copy ${TABLE[$ds]} FROM '$f' WITH (FORMAT csv, DELIMITER ';', HEADER true, ENCODING 'UTF8')"
        RUN_DS[$ds]=$M_WALL
        (( M_RSS_KB > RUN_RSS_KB )) && RUN_RSS_KB=$M_RSS_KB
        if (( M_RC != 0 )) || [[ -s "$WORK/m/baseline-postgresql-$r-$ds.err" ]]; then
            RUN_OK=0; anomaly "psql \\copy of $ds (run $r): exit $M_RC: $(head -c 400 "$WORK/m/baseline-postgresql-$r-$ds.err")"
        fi
    done
    t1=$(date +%s%N)
    RUN_TOTAL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    for f in "${FILES[@]}"; do
        ds="$(ds_of "$f")"
        n=$(pg_scalar "SELECT count(*) FROM ${TABLE[$ds]}" "$db" 2>/dev/null || echo "?")
        [[ "$n" == "${ROWS[$ds]}" ]] || { RUN_OK=0; anomaly "psql baseline run $r: $ds has $n rows, expected ${ROWS[$ds]}"; }
    done
    BASELINE_PG_SIZE=$(pg_scalar "SELECT pg_database_size('$db')")
    pg_scalar "DROP DATABASE $db" >/dev/null
}

# Parses the summary table of `warehouse load`: dataset  release  rows  seconds  outcome.
parse_summary() {
    awk '/^-+( +-+)+$/ { on = 1; next } on && /^Run / { exit } on && NF >= 4 { print $1, $(NF-2), $(NF-1), $NF }' "$1"
}

warehouse_run() {
    local engine="$1" r="$2" cs label ds rows secs outcome loaded=0
    RUN_DS=(); RUN_RSS_KB=0; RUN_OK=1
    if [[ "$engine" == sqlite ]]; then
        rm -f "$WORK/wh-sqlite-$r.db"*
        cs="Data Source=$WORK/wh-sqlite-$r.db"
    else
        pg_scalar "DROP DATABASE IF EXISTS wh_$r" >/dev/null
        pg_scalar "CREATE DATABASE wh_$r" >/dev/null
        cs="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=wh_$r"
    fi
    label="warehouse-$engine-$r"
    cd "$WORK"   # no appsettings.json here: the command line alone chooses the warehouse
    measure "$label-migrate" - "${WAREHOUSE[@]}" migrate --engine "$engine" --connection "$cs"
    cd "$REPO_ROOT"
    if (( M_RC != 0 )); then
        RUN_OK=0; anomaly "warehouse migrate ($engine, run $r): exit $M_RC: $(head -c 400 "$WORK/m/$label-migrate.err" | tr '\n' ' ')"
        RUN_TOTAL=""; return 0
    fi
    WH_MIGRATE[$engine-$r]=$M_WALL
    if [[ "$engine" == postgresql ]]; then pg_scalar "CHECKPOINT" >/dev/null; fi
    cd "$WORK"
    measure "$label" - "${WAREHOUSE[@]}" load --from "$SAMPLE" --engine "$engine" --connection "$cs"
    cd "$REPO_ROOT"
    RUN_TOTAL=$M_WALL; RUN_RSS_KB=$M_RSS_KB
    while read -r ds rows secs outcome; do
        RUN_DS[$ds]=$secs
        [[ "$outcome" == loaded ]] && loaded=$(( loaded + 1 ))
        if [[ "$outcome" != loaded ]]; then anomaly "warehouse load ($engine, run $r): $ds $outcome"; fi
    done < <(parse_summary "$WORK/m/$label.out")
    if (( M_RC != 0 || loaded != 7 )); then
        RUN_OK=0
        anomaly "warehouse load ($engine, run $r): exit $M_RC, $loaded/7 datasets loaded. $(tail -c 600 "$WORK/m/$label.err" | tr '\n' ' ')"
    fi
    WH_SUMMARY[$engine-$r]="$(awk '/^dataset +release/ { on = 1 } on { print } /^Run / { exit }' "$WORK/m/$label.out")"
    if [[ "$engine" == sqlite ]]; then
        WH_SIZE[$engine-$r]=$(stat -c %s "$WORK/wh-sqlite-$r.db" 2>/dev/null || echo 0)
        rm -f "$WORK/wh-sqlite-$r.db"*
    else
        WH_SIZE[$engine-$r]=$(pg_scalar "SELECT pg_database_size('wh_$r')" 2>/dev/null || echo 0)
        pg_scalar "DROP DATABASE IF EXISTS wh_$r" >/dev/null
    fi
}

# --------------------------------------------------------------------------------------------------
# Measurements: per engine, baseline and warehouse interleaved, REPEATS times; the better total is kept.
# --------------------------------------------------------------------------------------------------
declare -A BEST_TOTAL BEST_RSS BEST_DS BEST_RUN ALL_TOTALS WH_SUMMARY WH_SIZE WH_MIGRATE RUNS_DONE
keep_if_better() {  # side-engine run
    local key="$1" r="$2" ds
    ALL_TOTALS[$key]+="${ALL_TOTALS[$key]:+, }run $r: ${RUN_TOTAL:-n/a} s$( (( RUN_OK )) || echo ' (failed)')"
    RUNS_DONE[$key]=$(( ${RUNS_DONE[$key]:-0} + 1 ))
    [[ -n "$RUN_TOTAL" ]] && (( RUN_OK )) || return 0   # a failed run is reported, never kept
    if [[ -z "${BEST_TOTAL[$key]:-}" ]] || awk -v a="$RUN_TOTAL" -v b="${BEST_TOTAL[$key]}" 'BEGIN { exit !(a < b) }'; then
        BEST_TOTAL[$key]=$RUN_TOTAL; BEST_RSS[$key]=$RUN_RSS_KB; BEST_RUN[$key]=$r
        for ds in "${!RUN_DS[@]}"; do BEST_DS[$key/$ds]=${RUN_DS[$ds]}; done
    fi
}

for engine in $ENGINES; do
    for (( r = 1; r <= REPEATS; r++ )); do
        if (( r > 1 && $(elapsed) > BUDGET_SECONDS )); then
            anomaly "time budget (${BUDGET_SECONDS} s) spent: $engine run $r skipped"
            continue
        fi
        log "$engine run $r/$REPEATS: baseline"
        "baseline_$engine" "$r"
        log "  baseline total ${RUN_TOTAL} s, peak RSS $(( RUN_RSS_KB / 1024 )) MB"
        keep_if_better "baseline-$engine" "$r"
        log "$engine run $r/$REPEATS: warehouse migrate + load"
        warehouse_run "$engine" "$r"
        log "  warehouse total ${RUN_TOTAL:-n/a} s, peak RSS $(( RUN_RSS_KB / 1024 )) MB"
        keep_if_better "warehouse-$engine" "$r"
    done
done

# --------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
fmt_bytes() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }
ratio() { awk -v w="$1" -v b="$2" 'BEGIN { if (w == "" || b == "" || b + 0 == 0) print "n/a"; else if (w + 0 < 0.1) print "n/a (< 0.1 s)"; else printf "%.2f", w / b }'; }
group() { echo "$1" | sed -e ':a' -e 's/\B[0-9]\{3\}\>/,&/' -e 'ta'; }

mkdir -p "$RESULTS_DIR"
RESULT_FILE="$RESULTS_DIR/$(date +%F)-$MACHINE.md"
CPU_MODEL="$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
MEM_TOTAL="$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
OS_NAME="$( (. /etc/os-release && echo "$PRETTY_NAME") 2>/dev/null || uname -s), kernel $(uname -r)"
DOTNET_SDK="$(dotnet --version 2>/dev/null || echo '?')"
DOTNET_RT="$(dotnet --list-runtimes 2>/dev/null | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }')"
SQLITE_VERSION="$(sqlite3 --version | awk '{ print $1 }')"
if [[ -n "$PG_PORT" ]]; then
    PG_VERSION="$(pg_scalar "SHOW server_version")"
    PG_SETTINGS="$(pg_scalar "SELECT string_agg(name || ' = ' || setting || coalesce(unit, ''), ', ' ORDER BY name) FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_level', 'shared_buffers', 'max_wal_size', 'checkpoint_timeout', 'maintenance_work_mem', 'work_mem', 'wal_buffers')")"
else
    PG_VERSION="$("$(find_pg_bin)/postgres" --version 2>/dev/null | awk '{ print $NF }' || echo '?')"
    PG_SETTINGS="(not started)"
fi
LOADAVG="$(cut -d' ' -f1-3 /proc/loadavg)"

{
    echo "# Load benchmark — $(date '+%F %H:%M %Z') — $MACHINE"
    echo
    echo "Produced by \`bash bench/load/run.sh\` (see bench/README.md). Warehouse build: commit \`$GIT_COMMIT\`$( (( GIT_DIRTY > 0 )) && echo " plus $GIT_DIRTY uncommitted change(s) under src/")."
    echo
    echo "## Machine"
    echo
    echo "| | |"
    echo "|---|---|"
    echo "| CPUs (nproc) | $(nproc) |"
    echo "| CPU model | $CPU_MODEL |"
    echo "| Memory | $MEM_TOTAL |"
    echo "| OS | $OS_NAME |"
    echo "| .NET | SDK $DOTNET_SDK, runtime $DOTNET_RT |"
    echo "| sqlite3 | $SQLITE_VERSION |"
    echo "| PostgreSQL | $PG_VERSION (throwaway server on 127.0.0.1, initdb defaults; same server for baseline and warehouse) |"
    echo "| PostgreSQL settings | $PG_SETTINGS |"
    echo "| Load average (1, 5, 15 min) | $LOADAVG_START at the start, $LOADAVG at the end (anything above 0 is other work sharing the machine: timings are then indicative) |"
    echo
    echo "## Sample"
    echo
    echo "Scale \`$SAMPLE_SCALE\` (from SYNTHETIC.txt), $SAMPLE_ORIGIN. Rows exclude the header."
    echo
    echo "| dataset | rows | bytes |"
    echo "|---|---:|---:|"
    for f in "${FILES[@]}"; do ds="$(ds_of "$f")"; echo "| $ds | $(group "${ROWS[$ds]}") | $(group "${BYTES[$ds]}") |"; done
    echo "| **total** | **$(group "$TOTAL_ROWS")** | **$(group "$TOTAL_BYTES")** ($(fmt_bytes "$TOTAL_BYTES")) |"
    echo
    echo "## Method"
    echo
    echo "- Baseline SQLite: per dataset, one \`sqlite3\` process on a fresh database file runs \`CREATE TABLE\` (all columns TEXT, from the CSV header) and \`.mode csv\`, \`.separator ;\`, \`.import --skip 1\` (sqlite3 defaults: rollback journal, synchronous=FULL)."
    echo "- Baseline PostgreSQL: per dataset, one \`psql\` process on a fresh database runs \`CREATE TABLE\` (all TEXT) and \`\\copy t FROM 'file' WITH (FORMAT csv, DELIMITER ';', HEADER true, ENCODING 'UTF8')\`."
    echo "- Warehouse: \`warehouse migrate\` (timed apart, not in the total), then \`warehouse load --from <sample>\` on a fresh database. Per-dataset seconds are the ones printed in the load's summary table (0.1 s resolution, process start-up excluded); the total is the wall clock of the \`dotnet warehouse.dll load\` process, start-up included."
    echo "- Baseline per-dataset seconds are the wall clock of each process; the baseline total is the wall clock of the 7 processes in a row."
    echo "- Peak RSS: \`/usr/bin/time -v\` maximum resident set size of the client process (sqlite3, psql, or dotnet). For PostgreSQL the server's memory is not counted on either side."
    echo "- Each side is measured up to $REPEATS time(s) (fewer once the time budget of ${BUDGET_SECONDS} s is spent: see Kept runs), baseline and warehouse interleaved; the run with the better total is kept (its per-dataset times and peak RSS are shown). A CHECKPOINT precedes each PostgreSQL run. The CSV files are in the page cache for all runs. Row counts of the baseline tables are checked after each run."
    echo
    overall=PASS
    for engine in $ENGINES; do
        bkey="baseline-$engine"; wkey="warehouse-$engine"
        echo "## $engine"
        echo
        echo "| dataset | baseline s | warehouse s | ratio |"
        echo "|---|---:|---:|---:|"
        for f in "${FILES[@]}"; do
            ds="$(ds_of "$f")"
            b="${BEST_DS[$bkey/$ds]:-}"; w="${BEST_DS[$wkey/$ds]:-}"
            echo "| $ds | ${b:-n/a} | ${w:-n/a} | $(ratio "$w" "$b") |"
        done
        bt="${BEST_TOTAL[$bkey]:-}"; wt="${BEST_TOTAL[$wkey]:-}"
        tr_="$(ratio "$wt" "$bt")"
        if [[ -n "$wt" ]]; then
            wsum=0
            for f in "${FILES[@]}"; do wsum=$(awk -v a="$wsum" -v b="${BEST_DS[$wkey/$(ds_of "$f")]:-0}" 'BEGIN { print a + b }'); done
            echo "| *warehouse outside the datasets (process start-up, migration check, run journal)* | | $(awk -v t="$wt" -v s="$wsum" 'BEGIN { printf "%.1f", t - s }') | |"
        fi
        echo "| **total (wall clock)** | **${bt:-n/a}** | **${wt:-n/a}** | **$tr_** |"
        echo
        wrss="${BEST_RSS[$wkey]:-}"; brss="${BEST_RSS[$bkey]:-}"
        time_verdict=FAIL; rss_verdict=FAIL
        [[ "$tr_" != n/a ]] && awk -v r="$tr_" -v t="$TIME_TARGET" 'BEGIN { exit !(r <= t) }' && time_verdict=PASS
        [[ -n "$wrss" && "$wrss" != 0 && -n "$wt" ]] && awk -v k="$wrss" -v t="$RSS_TARGET_MB" 'BEGIN { exit !(k / 1024 <= t) }' && rss_verdict=PASS
        [[ "$time_verdict" == PASS && "$rss_verdict" == PASS ]] || overall=FAIL
        echo "- Peak RSS: warehouse **$(mb "${wrss:-0}") MB**, baseline $(mb "${brss:-0}") MB (largest of its 7 processes)."
        echo "- Kept runs: baseline run ${BEST_RUN[$bkey]:-n/a} of ${RUNS_DONE[$bkey]:-0} (${ALL_TOTALS[$bkey]:-none}); warehouse run ${BEST_RUN[$wkey]:-n/a} of ${RUNS_DONE[$wkey]:-0} (${ALL_TOTALS[$wkey]:-none})."
        if [[ -n "${BEST_RUN[$wkey]:-}" ]]; then
            echo "- \`warehouse migrate\` (not in the total): ${WH_MIGRATE[$engine-${BEST_RUN[$wkey]}]:-n/a} s. Database size after the load: warehouse $(fmt_bytes "${WH_SIZE[$engine-${BEST_RUN[$wkey]}]:-0}"), baseline $(fmt_bytes "$([[ $engine == sqlite ]] && echo "${BASELINE_SQLITE_SIZE:-0}" || echo "${BASELINE_PG_SIZE:-0}")")."
        fi
        echo "- Target load time ≤ ${TIME_TARGET}× baseline: **$time_verdict** ($tr_×)."
        echo "- Target peak memory ≤ ${RSS_TARGET_MB} MB: **$rss_verdict** ($(mb "${wrss:-0}") MB)."
        echo
        if [[ -n "${BEST_RUN[$wkey]:-}" ]]; then
            echo "<details><summary>warehouse load summary (kept run)</summary>"
            echo
            echo '```'
            echo "${WH_SUMMARY[$engine-${BEST_RUN[$wkey]}]}"
            echo '```'
            echo
            echo "</details>"
            echo
        fi
    done
    echo "## Verdict"
    echo
    echo "**$overall** (targets: total load time ≤ ${TIME_TARGET}× the baseline on each engine; peak RSS of the warehouse process ≤ ${RSS_TARGET_MB} MB)."
    echo
    echo "## Anomalies"
    echo
    if (( ${#ANOMALIES[@]} == 0 )); then
        echo "None: every baseline import and every warehouse load succeeded with the expected row counts."
    else
        for a in "${ANOMALIES[@]}"; do echo "- $a"; done
    fi
} >"$RESULT_FILE"

log "results: $RESULT_FILE (verdict $overall, $(elapsed) s)"
cat "$RESULT_FILE"
