#!/usr/bin/env bash
# Story page throughput: Sitrep serving a story with 200 updates vs nginx serving the same bytes
# as a static file.
#
#   Benchmarks/page.sh
#
# Creates a story with 200 updates of generated text (Benchmarks/gencorpus.py, one page, imported
# with `sitrep import --story page-bench`), fetches /stories/page-bench once into a file that
# nginx (Benchmarks/static.conf.in) serves at the same path, then runs, RUNS times (default 3),
# alternating the servers:
#   wrk -t2 -c64 -d15s   plain GETs (200 with the full page)
#   wrk ... -s cond.lua  conditional GETs with If-None-Match: <that server's ETag> (304)
# and prints requests/s per run, medians and the ratios Sitrep / nginx (goal >= 50%).
#
# Environment: SITREP (binary), RUNS (3), DURATION (15s), SITREP_PORT (18092), NGINX_PORT (18093).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SITREP=${SITREP:-$ROOT/.build-release/release/sitrep}
RUNS=${RUNS:-3}
DURATION=${DURATION:-15s}
SITREP_PORT=${SITREP_PORT:-18092}
NGINX_PORT=${NGINX_PORT:-18093}
[[ -x $SITREP ]] || { echo "no sitrep binary at $SITREP; build it with: swift build -c release --product sitrep --scratch-path .build-release" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

# The machine is shared (2 cores): say how busy it was.
echo "start $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
WORK=$(mktemp -d /tmp/sitrep-page.XXXXXX)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    done
    rm -rf "$WORK"
}
trap cleanup EXIT

wait_http() {
    for _ in $(seq "$2"); do curl -s -o /dev/null --max-time 1 "$1" && return 0; sleep 0.1; done
    return 1
}

# ---- the story: 200 updates of generated text ----
python3 "$ROOT/Benchmarks/gencorpus.py" "$WORK/corpus" 1 200 7 >/dev/null
DB=$WORK/sitrep.sqlite
timeout 120 "$SITREP" import "$WORK"/corpus/bench-*.txt --story page-bench --no-extract --database "$DB" 2>&1 \
    | tr '\r' '\n' | grep '^Imported'

"$SITREP" serve --database "$DB" --host 127.0.0.1 --port "$SITREP_PORT" --no-extract --log-level warning >"$WORK/sitrep.log" 2>&1 &
PIDS+=($!)
SITREP_URL=http://127.0.0.1:$SITREP_PORT/stories/page-bench
wait_http "http://127.0.0.1:$SITREP_PORT/health" 300 || { echo "sitrep did not start" >&2; cat "$WORK/sitrep.log" >&2; exit 1; }

mkdir -p "$WORK/nginx/root/stories"
chmod 755 "$WORK"  # nginx workers run as www-data
curl -s --max-time 10 -D "$WORK/sitrep.headers" -o "$WORK/nginx/root/stories/page-bench" "$SITREP_URL"
grep -q '^HTTP/1.1 200' "$WORK/sitrep.headers" || { echo "the story page did not answer 200" >&2; cat "$WORK/sitrep.headers" >&2; exit 1; }
SITREP_ETAG=$(grep -i '^etag:' "$WORK/sitrep.headers" | cut -d' ' -f2- | tr -d '\r')
BYTES=$(stat -c %s "$WORK/nginx/root/stories/page-bench")
ARTICLES=$(grep -o '<article' "$WORK/nginx/root/stories/page-bench" | wc -l)

sed -e "s#@PORT@#$NGINX_PORT#" -e "s#@DIR@#$WORK/nginx#" "$ROOT/Benchmarks/static.conf.in" >"$WORK/nginx/nginx.conf"
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" >"$WORK/nginx/out.log" 2>&1 &
PIDS+=($!)
NGINX_URL=http://127.0.0.1:$NGINX_PORT/stories/page-bench
wait_http "$NGINX_URL" 100 || { echo "nginx did not start" >&2; cat "$WORK/nginx/error.log" >&2; exit 1; }
code=$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' "$NGINX_URL")
[[ $code == 200 ]] || { echo "nginx answered $code for the page" >&2; cat "$WORK/nginx/error.log" >&2; exit 1; }
NGINX_ETAG=$(curl -s --max-time 10 -D - -o /dev/null "$NGINX_URL" | grep -i '^etag:' | cut -d' ' -f2- | tr -d '\r')
cmp -s "$WORK/nginx/root/stories/page-bench" <(curl -s --max-time 10 "$NGINX_URL") || { echo "nginx serves different bytes" >&2; exit 1; }

echo "page: $BYTES bytes, $ARTICLES <article> elements shown (the story has 200 updates; the page shows the newest, older ones are paged)"
echo "sitrep headers:"; grep -iE '^(etag|last-modified|cache-control|content-type|content-length):' "$WORK/sitrep.headers" | sed 's/^/  /'
for side in sitrep nginx; do
    if [[ $side == sitrep ]]; then url=$SITREP_URL etag=$SITREP_ETAG; else url=$NGINX_URL etag=$NGINX_ETAG; fi
    [[ -n $etag ]] || { echo "$side sent no ETag" >&2; exit 1; }
    code=$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$url")
    echo "$side: If-None-Match $etag -> $code"
    # wrk's Lua: a fixed header on every request.
    printf 'wrk.headers["If-None-Match"] = [[%s]]\n' "$etag" >"$WORK/$side.lua"
done

# rps URL [LUA] -> requests/s
rps() {
    local out
    out=$(timeout 120 wrk -t2 -c64 -d"$DURATION" ${2:+-s "$2"} "$1")
    if grep -q 'Non-2xx or 3xx' <<<"$out"; then echo "wrk: $(grep 'Non-2xx' <<<"$out") for $1" >&2; fi
    awk '/^Requests\/sec:/ { print $2 }' <<<"$out"
}

declare -A R
for run in $(seq "$RUNS"); do
    R[sitrep_full_$run]=$(rps "$SITREP_URL")
    R[nginx_full_$run]=$(rps "$NGINX_URL")
    R[sitrep_304_$run]=$(rps "$SITREP_URL" "$WORK/sitrep.lua")
    R[nginx_304_$run]=$(rps "$NGINX_URL" "$WORK/nginx.lua")
    echo "run $run: full sitrep ${R[sitrep_full_$run]} nginx ${R[nginx_full_$run]}; 304 sitrep ${R[sitrep_304_$run]} nginx ${R[nginx_304_$run]} req/s"
done

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
echo
echo "Story page, wrk -t2 -c64 -d$DURATION, medians of $RUNS runs (requests/s)"
printf '%-26s %12s %12s %8s\n' request sitrep nginx ratio
for kind in full 304; do
    s=() n=()
    for run in $(seq "$RUNS"); do s+=("${R[sitrep_${kind}_$run]}"); n+=("${R[nginx_${kind}_$run]}"); done
    ms=$(median "${s[@]}"); mn=$(median "${n[@]}")
    label=$([[ $kind == full ]] && echo "GET (200, $BYTES B)" || echo "If-None-Match (304)")
    printf '%-26s %12s %12s %7s%%\n' "$label" "$ms" "$mn" "$(awk -v a="$ms" -v b="$mn" 'BEGIN { printf "%.0f", 100 * a / b }')"
done
echo "end $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
