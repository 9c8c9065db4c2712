#!/usr/bin/env bash
# Explorer benchmark: median and p95 time of each explorer view, one request at a time (the server's own time plus a
# loopback round trip), and the page weight, against `warehouse serve` on a SQLite warehouse holding the full-scale
# synthetic sample (BENCH_SCALE=small for the small one); BENCH_ENGINE=postgresql runs it on a throwaway PostgreSQL.
#
# Usage (from the repository root):  bash bench/explorer/run.sh
# Environment (optional): BENCH_SAMPLE_DIR (reuse a sample), BENCH_SCALE (full), BENCH_ENGINE (sqlite), BENCH_REQUESTS (40 per
#   view, after 3 warm-up requests), BENCH_RESULTS_DIR (bench/explorer/results), BENCH_MACHINE (host name).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$REPO_ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

SCALE="${BENCH_SCALE:-full}"
ENGINE="${BENCH_ENGINE:-sqlite}"
REQUESTS="${BENCH_REQUESTS:-40}"
MACHINE="${BENCH_MACHINE:-$(hostname -s 2>/dev/null || uname -n)}"
RESULTS_DIR="${BENCH_RESULTS_DIR:-$REPO_ROOT/bench/explorer/results}"
RESULTS="$RESULTS_DIR/$(date +%Y-%m-%d)-$MACHINE-$ENGINE-$SCALE.md"

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
as_pg() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

WORK="$(mktemp -d /tmp/warehouse-bench-explorer.XXXXXX)"
chmod 755 "$WORK"
PG_DATA="$WORK/pg/data"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5 -V -r | head -1 || true)"
SERVER_PID=""
cleanup() {
    local status=$?
    [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
    [[ -f "$PG_DATA/postmaster.pid" ]] && as_pg "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m fast -w -t 30 >/dev/null 2>&1 || true
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT

log "building the warehouse (Release)"
dotnet build src/Scheduler -c Release -nologo -v q >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log" >&2; die "build failed"; }
cp -a src/Scheduler/bin/Release/net10.0/linux-x64 "$WORK/cli"
WAREHOUSE=(dotnet "$WORK/cli/warehouse.dll")

if [[ -n "${BENCH_SAMPLE_DIR:-}" ]]; then
    SAMPLE="$BENCH_SAMPLE_DIR"
else
    log "generating the $SCALE synthetic sample"
    "${WAREHOUSE[@]}" sample --scale "$SCALE" --out "$WORK/sample" >/dev/null
    SAMPLE="$WORK/sample"
fi

if [[ "$ENGINE" == postgresql ]]; then
    [[ -x "$PG_BIN/initdb" ]] || die "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin"
    log "starting PostgreSQL"
    mkdir -p "$WORK/pg" && chown -R postgres: "$WORK/pg" 2>/dev/null || true
    as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C -A trust >/dev/null
    PG_PORT="$(free_port)"
    as_pg "$PG_BIN/pg_ctl" start -D "$PG_DATA" -l "$WORK/pg/log" -w -t 30 -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" >/dev/null
    export Warehouse__Engine=postgresql
    export ConnectionStrings__Warehouse="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=warehouse"
else
    export Warehouse__Engine=sqlite
    export ConnectionStrings__Warehouse="Data Source=$WORK/warehouse.db"
fi

log "loading the sample ($ENGINE)"
"${WAREHOUSE[@]}" load --from "$SAMPLE" >"$WORK/load.log" 2>&1 || { tail -20 "$WORK/load.log" >&2; die "load failed"; }

SERVER_PORT="$(free_port)"
URL="http://127.0.0.1:$SERVER_PORT"
log "starting warehouse serve on $URL"
(
    cd "$WORK"
    export Warehouse__Auth__AnonymousLoopbackRole=reader Warehouse__Archive__Directory="$WORK/archive"
    exec "${WAREHOUSE[@]}" serve --urls "$URL" >"$WORK/server.log" 2>&1
) &
SERVER_PID=$!
for _ in $(seq 1 120); do
    curl -sf "$URL/health" >/dev/null 2>&1 && break
    sleep 1
done
curl -sf "$URL/health" >/dev/null || { tail -20 "$WORK/server.log" >&2; die "the server did not start"; }

YEAR="$(curl -s "$URL/api/years" | python3 -c 'import json,sys; print(max(json.load(sys.stdin)))')"
VIEWS=(
    "Carte, densité des généralistes, 101 départements|/explorer/carte?indicateur=densite&profession=2&niveau=departements&annee=$YEAR"
    "Carte, densité des gynécologues, 18 régions|/explorer/carte?indicateur=densite&profession=12&niveau=regions&annee=$YEAR"
    "Carte, part des 60 ans et plus (dérivée), départements|/explorer/carte?indicateur=part-60-ans&profession=2&niveau=departements&annee=$YEAR"
    "Classement, prescriptions de médicaments des psychiatres, régions|/explorer/classement?indicateur=prescriptions&profession=22&poste=1&niveau=regions&annee=$YEAR"
    "Classement, taux de dépassement des spécialistes, départements|/explorer/classement?indicateur=depassement&profession=5&niveau=departements&annee=$YEAR"
    "Évolution, sages-femmes, 3 territoires|/explorer/evolution?indicateur=effectif&profession=32&territoires=38,R84,FR"
    "Évolution, honoraires des généralistes, 3 territoires|/explorer/evolution?indicateur=honoraires&profession=2&territoires=FR,R53,R11"
    "Évolution, 8 professions en Isère (indice)|/explorer/evolution?indicateur=effectif&professions=2,5,12,20,29,32,34,35&territoires=38&mode=indice"
    "Territoire, Isère|/explorer/territoire/38?annee=$YEAR"
    "Territoire, France|/explorer/territoire/FR?annee=$YEAR"
    "Données de la carte, CSV|/explorer/carte/donnees.csv?indicateur=densite&profession=2&niveau=departements&annee=$YEAR"
)

log "measuring ${#VIEWS[@]} views, $REQUESTS requests each"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
: >"$WORK/times.tsv"
for view in "${VIEWS[@]}"; do
    name="${view%%|*}"; path="${view#*|}"
    for _ in 1 2 3; do curl -s -o /dev/null "$URL$path"; done
    for _ in $(seq 1 "$REQUESTS"); do
        curl -s -o /dev/null -w "$name\t%{http_code}\t%{time_total}\t%{size_download}\n" "$URL$path" >>"$WORK/times.tsv"
    done
done

mkdir -p "$RESULTS_DIR"
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$WORK/times.tsv" "$RESULTS" "$ENGINE" "$SCALE" "$REQUESTS" "$MACHINE" "$(nproc)" "$YEAR" "$LOAD_BEFORE" "$LOAD_AFTER" <<'PY'
import sys, statistics, datetime
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
out, engine, scale, requests, machine, cpus, year, load_before, load_after = sys.argv[2:]
views = {}
for name, code, t, size in rows:
    views.setdefault(name, []).append((code, float(t) * 1000, int(size)))
lines = [f"# Explorer benchmark — {engine}, {scale} sample", "",
         f"{datetime.date.today()} on `{machine}` ({cpus} CPUs, shared). One request at a time on loopback, {requests} per view after 3 warm-up requests; "
         f"time = curl's time_total (server time + loopback). Year {year}. Targets: median ≤ 100 ms, page ≤ 300 KB.",
         f"Load average before and after (1, 5, 15 min): {load_before} / {load_after}: other work on the machine shows here first.", "",
         "| view | HTTP | median ms | p95 ms | max ms | weight KB | median ≤ 100 ms | ≤ 300 KB |", "|---|---|---|---|---|---|---|---|"]
for name, samples in views.items():
    times = sorted(s[1] for s in samples)
    p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
    med = statistics.median(times)
    kb = max(s[2] for s in samples) / 1024
    codes = ",".join(sorted({s[0] for s in samples}))
    lines.append(f"| {name} | {codes} | {med:.1f} | {p95:.1f} | {times[-1]:.1f} | {kb:.0f} | {'yes' if med <= 100 else 'NO'} | {'yes' if kb <= 300 else 'NO'} |")
open(out, "w", encoding="utf-8").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
log "results: $RESULTS"
