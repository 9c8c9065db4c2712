#!/usr/bin/env bash
# Server load benchmark: 50 concurrent clients for 60 s against `warehouse serve` on PostgreSQL holding the full-scale
# synthetic sample, mixing portal pages (50 %), PDF territory briefings (30 %) and XLSX extracts (20 %).
# Reports throughput, p50/p95/p99 per kind, errors, and the server's memory before, during and after.
#
# Usage (from the repository root):  bash bench/server/run.sh
# Environment (optional): BENCH_SAMPLE_DIR (reuse a full sample), BENCH_CLIENTS (50), BENCH_SECONDS (60),
#   BENCH_RENDERS_PER_MINUTE (per-user render limit of the server, default 100000: the bench measures capacity, the
#   tests prove the limit), BENCH_RESULTS_DIR (bench/server/results), BENCH_MACHINE (host name).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$REPO_ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

CLIENTS="${BENCH_CLIENTS:-50}"
SECONDS_TO_RUN="${BENCH_SECONDS:-60}"
RENDERS_PER_MINUTE="${BENCH_RENDERS_PER_MINUTE:-100000}"
MACHINE="${BENCH_MACHINE:-$(hostname -s 2>/dev/null || uname -n)}"
RESULTS_DIR="${BENCH_RESULTS_DIR:-$REPO_ROOT/bench/server/results}"
RESULTS="$RESULTS_DIR/$(date +%Y-%m-%d)-$MACHINE.md"

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5 -V -r | head -1)"
[[ -x "$PG_BIN/initdb" ]] || die "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin"

WORK="$(mktemp -d /tmp/warehouse-bench-server.XXXXXX)"
chmod 755 "$WORK"
PG_CONNECTION=""
SERVER_PID=""
cleanup() {
    local status=$?
    [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
    [[ -n "$PG_CONNECTION" ]] && "$REPO_ROOT/.ci/postgres.sh" stop "$PG_CONNECTION" || true
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT

log "building the warehouse and the load client (Release)"
dotnet build src/Scheduler -c Release -nologo -v q >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log" >&2; die "build failed"; }
dotnet build bench/server -c Release -nologo -v q >>"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log" >&2; die "build failed"; }
cp -a src/Scheduler/bin/Release/net10.0/linux-x64 "$WORK/cli"
WAREHOUSE=(dotnet "$WORK/cli/warehouse.dll")
CLIENT_DLL="$(ls bench/server/bin/Release/net10.0/*/Warehouse.Bench.Server.dll bench/server/bin/Release/net10.0/Warehouse.Bench.Server.dll 2>/dev/null | head -1 || true)"
[[ -n "$CLIENT_DLL" ]] || die "the load client was not built"

if [[ -n "${BENCH_SAMPLE_DIR:-}" ]]; then
    SAMPLE="$BENCH_SAMPLE_DIR"
else
    log "generating the full-scale synthetic sample"
    "${WAREHOUSE[@]}" sample --scale full --out "$WORK/sample" >/dev/null
    SAMPLE="$WORK/sample"
fi

log "starting PostgreSQL"
# The shared throwaway server, with initdb's durability settings, the C locale and room for the server's pool.
PG_CONNECTION="$(PG_BIN="$PG_BIN" .ci/postgres.sh start --durable --locale C -c max_connections=200)" || die "could not start PostgreSQL"
PG_PORT="$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"$PG_CONNECTION")"
export Warehouse__Engine=postgresql
export ConnectionStrings__Warehouse="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=warehouse;Maximum Pool Size=100"

log "loading the sample into PostgreSQL"
"${WAREHOUSE[@]}" load --from "$SAMPLE" >"$WORK/load.log" 2>&1 || { tail -20 "$WORK/load.log" >&2; die "load failed"; }

KEY_OUTPUT="$("${WAREHOUSE[@]}" user new-api-key bench --role reader </dev/null)"
API_KEY="$(sed -n 's/.*X-Api-Key header): //p' <<<"$KEY_OUTPUT")"
KEY_HASH="$(sed -n 's/.*KeyHash=//p' <<<"$KEY_OUTPUT")"

SERVER_PORT="$(free_port)"
URL="http://127.0.0.1:$SERVER_PORT"
log "starting warehouse serve on $URL"
(
    cd "$WORK"
    Warehouse__Auth__ApiKeys__0__Name=bench Warehouse__Auth__ApiKeys__0__KeyHash="$KEY_HASH" Warehouse__Auth__ApiKeys__0__Role=reader \
    Warehouse__Server__RenderRequestsPerMinute="$RENDERS_PER_MINUTE" Warehouse__Archive__Directory="$WORK/archive" \
    Logging__LogLevel__Default=Warning \
    exec "${WAREHOUSE[@]}" serve --urls "$URL" >"$WORK/server.log" 2>&1
) &
SERVER_PID=$!
for _ in $(seq 1 120); do
    curl -fs "$URL/health" >/dev/null 2>&1 && break
    sleep 0.5
done
curl -fs "$URL/health" >/dev/null || { tail -30 "$WORK/server.log" >&2; die "server did not start"; }

mkdir -p "$RESULTS_DIR"
{
    echo "# Server load benchmark — $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)"
    echo
    echo "Machine: $MACHINE, $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo); PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }') (initdb defaults, same machine)."
    echo "Warehouse: the full synthetic sample (7 datasets, ~4.4 M rows). Server: \`warehouse serve\`, PostgreSQL engine, render limit $RENDERS_PER_MINUTE per user per minute, render concurrency = cores."
    echo "Mix: 50 % portal pages (/, the three forms, the history), 30 % PDF territory briefings of a random département, 20 % XLSX extracts (a dataset × a département × 2019–2024). Client: bench/server (HttpClient, one API key, $CLIENTS clients, ${SECONDS_TO_RUN} s)."
    echo
} >"$RESULTS"

log "warming up, then $CLIENTS clients for $SECONDS_TO_RUN s"
curl -fs -H "X-Api-Key: $API_KEY" "$URL/api/reports/territory?code=01&format=pdf" -o /dev/null
set +e
dotnet "$CLIENT_DLL" "$URL" "$API_KEY" "$SERVER_PID" "$RESULTS" "$CLIENTS" "$SECONDS_TO_RUN"
status=$?
set -e
log "results: $RESULTS"
exit "$status"
