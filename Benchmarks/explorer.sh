#!/usr/bin/env bash
# The public record at scale: the explorer, the map, the charts and the exports over a big record.
#
#   Benchmarks/explorer.sh [N=1000000]
#
# Corpus: `sitrep record bench synth --count N` (built in a temp directory, or reused with DB=path):
# N published incidents with 1-3 claims each, on gazetteer places in twelve countries at war over
# three years, with ACLED-like sub-type proportions, heavy-tailed tolls, actors from the actor list
# and sources from the registry (see Sources/sitrep/RecordSynthCommand.swift). Then, with
# `sitrep serve --no-extract` on it, sequential requests over one keep-alive connection:
#   explorer   /events?from&to (a random 30-day window)&event_type&bbox (a random 3x3 degree box in
#              the record's countries): the whole page a reader gets (table, map, four charts,
#              indicators); and the same filters through /api/v1/incidents
#   map        /map.svg with a filter matching >= 10,000 incidents (10,000 drawn)
#   story      story pages (one story per country and month) with the record box charting their incidents
#   export     /exports/acled.csv of 100,000 incidents through curl, and `sitrep export` of all N
#              (the whole command: rows/s and peak memory)
# Prints medians and p95s. Environment: SITREP (binary), DB (reuse), REQUESTS (200), PORT (18095),
# SERVE_DB (serve and export another copy of DB, e.g. its PostgreSQL copy made by `sitrep
# migrate --from DB --to postgres://…`; the random filters are still drawn from DB).
set -euo pipefail
N=${1:-1000000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SITREP=${SITREP:-$ROOT/.build-release/release/sitrep}
REQUESTS=${REQUESTS:-200}
PORT=${PORT:-18095}
[[ -x $SITREP ]] || { echo "no sitrep binary at $SITREP; build it with: swift build -c release --product sitrep --scratch-path .build-release" >&2; exit 2; }
echo "start $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
WORK=$(mktemp -d /tmp/sitrep-explorer.XXXXXX)
SERVER=
cleanup() { [[ -n $SERVER ]] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
if [[ -z ${DB:-} ]]; then
  DB=$WORK/record.sqlite
  echo "== generating $N incidents"
  /usr/bin/time -f "  %e s, %M KB peak" "$SITREP" record bench synth --database "$DB" --count "$N" 2>&1 | grep -v " incidents, "
fi
echo "database: $(du -h "$DB" | cut -f1), $(sqlite3 "$DB" 'SELECT count(*) FROM incidents') incidents, $(sqlite3 "$DB" 'SELECT count(*) FROM claims') claims"

"$SITREP" serve --database "${SERVE_DB:-$DB}" --port "$PORT" --no-extract >"$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.2; done

python3 - "$PORT" "$REQUESTS" "$DB" <<'PY'
import http.client, random, sqlite3, statistics, sys, time, urllib.parse
port, requests, db = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
random.seed(7)
con = sqlite3.connect(db)
first, last = con.execute("SELECT min(date), max(date) FROM incidents").fetchone()
places = con.execute("SELECT latitude, longitude FROM incidents WHERE rowid % 997 = 0 AND latitude IS NOT NULL").fetchall()
types = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests"]
import datetime
d0, d1 = datetime.date.fromisoformat(first), datetime.date.fromisoformat(last)
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

def get(path):
    start = time.perf_counter()
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    assert response.status == 200, (response.status, path, body[:300])
    return (time.perf_counter() - start) * 1000, body

def filters():
    start = d0 + datetime.timedelta(days=random.randrange((d1 - d0).days - 30))
    lat, lon = random.choice(places)
    box = f"{lon - 1.5:.2f},{lat - 1.5:.2f},{lon + 1.5:.2f},{lat + 1.5:.2f}"
    return urllib.parse.urlencode({"from": start.isoformat(), "to": (start + datetime.timedelta(days=29)).isoformat(),
                                   "event_type": random.choice(types), "bbox": box})

def report(name, times, extra=""):
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(f"{name}: median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms over {len(times)} requests{extra}")

get("/events")  # warm the page cache of SQLite
rows, times, api = [], [], []
for _ in range(requests):
    q = filters()
    ms, body = get("/events?" + q)
    times.append(ms)
    rows.append(body.count(b'<td class="date"><a href="/events/'))
    api.append(get("/api/v1/incidents?" + q)[0])
report("explorer page /events (date range + type + bbox: table, map, charts)", times, f"; {statistics.mean(rows):.1f} rows on a page on average")
report("API /api/v1/incidents (same filters)", api)

# the map: the shortest window of days, from the record's busiest month, holding 10,000 incidents
month = con.execute("SELECT substr(date, 1, 7) AS m FROM incidents GROUP BY m ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
days = con.execute("SELECT date, count(*) FROM incidents WHERE date >= ? AND latitude IS NOT NULL GROUP BY date ORDER BY date", (month + "-01",)).fetchall()
total, end = 0, days[-1][0]
for day, count in days:
    total += count
    if total >= 10000:
        end = day
        break
q2 = urllib.parse.urlencode({"from": month + "-01", "to": end})
maps = []
for _ in range(20):
    ms, body = get("/map.svg?" + q2)
    maps.append(ms)
report(f"map /map.svg of the filter {q2} ({total:,} incidents drawn)", maps, f"; {len(body) // 1024} KB of SVG")
full = []
for _ in range(10):
    full.append(get("/events?" + q2)[0])
report(f"explorer page of the same {total:,} incidents (table, map, charts)", full)
# story pages: each is rendered once, then served from the page cache, so every request is a new story
slugs = [r[0] for r in con.execute("SELECT slug FROM stories ORDER BY random() LIMIT 50")]
per_story = con.execute("SELECT count(*) / count(DISTINCT story_id) FROM incident_stories").fetchone()[0]
story = [get(f"/stories/{s}")[0] for s in slugs]
report(f"story page, first render, with its record box (sparkline, inset, indicators; {per_story:,} incidents a story on average)", story)
unfiltered = [get("/events")[0] for _ in range(5)]
report("explorer page with no filter (charts over the whole record)", unfiltered)
PY

echo "== /exports/acled.csv, the 100,000 latest incidents (curl, whole response)"
start=$(date +%s.%N)
curl -sf "http://127.0.0.1:$PORT/exports/acled.csv?from=$(sqlite3 "$DB" "SELECT date FROM incidents ORDER BY date DESC LIMIT 1 OFFSET 99999")" -o "$WORK/web.csv"
end=$(date +%s.%N)
rows=$(($(wc -l < "$WORK/web.csv") - 1))
python3 -c "import sys; r, s = int(sys.argv[1]), float(sys.argv[3]) - float(sys.argv[2]); print(f'  {r} rows in {s:.2f} s: {r / s:,.0f} rows/s')" "$rows" "$start" "$end"
echo "  server peak RSS so far: $(grep VmHWM /proc/$SERVER/status | awk '{print $2, $3}')"
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=
echo "== sitrep export --format acled-csv, all incidents (whole command)"
/usr/bin/time -f "%e %M" -o "$WORK/time" "$SITREP" export --database "${SERVE_DB:-$DB}" --format acled-csv > "$WORK/all.csv" 2>/dev/null
read -r seconds kb < "$WORK/time"
rows=$(($(wc -l < "$WORK/all.csv") - 1))
python3 -c "import sys; r, s, kb = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]); print(f'  {r} rows in {s:.1f} s: {r / s:,.0f} rows/s, peak RSS {kb / 1024:.0f} MB, {sys.argv[4]} of CSV')" "$rows" "$seconds" "$kb" "$(du -h "$WORK/all.csv" | cut -f1)"
