#!/usr/bin/env bash
# Live fan-out: N SSE readers, M published updates, publish-to-receive latency at every reader.
#
#   Benchmarks/fanout.sh N M
#
# Runs, in one session, with the same client (Benchmarks/sseclient.c) and the same N and M:
#   (a) the Sitrep release server on a temporary database: N readers on /stories/bench/live,
#       then an editor publishes M updates through the API, one every INTERVAL_MS (default 500);
#       the server's peak RSS is its VmHWM from /proc.
#   (b) nginx + Nchan (Benchmarks/nchan.conf.in): N readers on /sub, M POSTs to /pub with the
#       same bodies at the same pace.
#   (c) with CLUSTER=K (e.g. 3): K Sitrep instances on one PostgreSQL behind nginx
#       (Benchmarks/cluster.sh): the N readers connect through nginx (spread over the instances),
#       the editor publishes through the first instance; CPU is the instances' and nginx's.
# Prints a table and the ratio Sitrep p99 / Nchan p99. Loopback only; every step is bounded.
#
# Environment: SITREP (binary, default .build-release/release/sitrep), INTERVAL_MS (500),
#   SITREP_PORT (18090), NCHAN_PORT (18091), SITREP_EXTRACT=1 to serve with extraction on
#   (default: --no-extract), ONLY=sitrep|cluster|nchan to run one side, PROFILE_DIR=DIR to record
#   `perf record -g` of the server while publishing (DIR/sitrep.perf.data, DIR/nchan.perf.data).
set -euo pipefail

N=${1:?usage: fanout.sh N M}
M=${2:?usage: fanout.sh N M}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SITREP=${SITREP:-$ROOT/.build-release/release/sitrep}
INTERVAL_MS=${INTERVAL_MS:-500}
SITREP_PORT=${SITREP_PORT:-18090}
NCHAN_PORT=${NCHAN_PORT:-18091}
ONLY=${ONLY:-both}
EXTRACT_FLAG=--no-extract
[[ ${SITREP_EXTRACT:-0} == 1 ]] && EXTRACT_FLAG=

[[ $ONLY == nchan || -x $SITREP ]] || { echo "no sitrep binary at $SITREP; build it with: swift build -c release --product sitrep --scratch-path .build-release" >&2; exit 2; }

# Limits: one process holds N sockets; the kernel queues a burst of connects.
# (in a container without CAP_SYS_RESOURCE only up to the hard limit)
ulimit -n 200000 2>/dev/null || ulimit -n "$(ulimit -Hn)"
NOFILE=$(ulimit -n)
(( NOFILE > N + 1000 )) || { echo "open-files limit $NOFILE is too low for N=$N" >&2; exit 2; }
sysctl -qw net.core.somaxconn=65535 2>/dev/null || true
sysctl -qw net.ipv4.tcp_max_syn_backlog=65535 2>/dev/null || true
# Ephemeral ports above the benchmark ports (18090-18099), so a listener can always bind.
sysctl -qw net.ipv4.ip_local_port_range="20000 65000" 2>/dev/null || true

# The machine is shared (2 cores): say how busy it was.
echo "start $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
WORK=$(mktemp -d /tmp/sitrep-fanout.XXXXXX)
SERVER_PID=
cleanup() {
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=
}
trap 'cleanup; rm -rf "$WORK"' EXIT

cc -O2 -o "$WORK/sseclient" "$ROOT/Benchmarks/sseclient.c"

# Client budget: connect phase + publishing + slack; the client stops earlier when every reader
# has all M events.
CONNECT_TIMEOUT=120
CLIENT_TIMEOUT=$(( CONNECT_TIMEOUT + M * INTERVAL_MS / 1000 + 60 ))

wait_http() { # url, tries of 0.1 s
    for _ in $(seq "$2"); do
        curl -s -o /dev/null --max-time 1 "$1" && return 0
        sleep 0.1
    done
    return 1
}

wait_file() { # path, bound in seconds; fails if the client died first
    local end=$(( SECONDS + $2 ))
    while [[ ! -s $1 ]]; do
        (( SECONDS < end )) || return 1
        kill -0 "$CLIENT_PID" 2>/dev/null || return 1
        sleep 0.2
    done
}

# Reads VmHWM (peak RSS) of PID and its children (nginx workers), in MB.
peak_rss_mb() {
    local total=0 pid kb
    for pid in "$@"; do
        kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
        total=$(( total + ${kb:-0} ))
    done
    echo $(( total / 1024 ))
}
# CPU time (user + system) of the given PIDs, in milliseconds.
cpu_ms() {
    local total=0 pid ticks hz
    hz=$(getconf CLK_TCK)
    for pid in "$@"; do
        ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)
        total=$(( total + ${ticks:-0} ))
    done
    echo $(( total * 1000 / hz ))
}
rss_mb() {
    local total=0 pid kb
    for pid in "$@"; do
        kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
        total=$(( total + ${kb:-0} ))
    done
    echo $(( total / 1024 ))
}

# run_side NAME PORT PATH PUBLISH_ARGS... ; server already running as SERVER_PID (+ PIDS)
run_side() {
    local name=$1 port=$2 path=$3; shift 3
    local ready=$WORK/$name.ready out=$WORK/$name.client
    rm -f "$ready"
    "$WORK/sseclient" -p "$port" -u "$path" -n "$N" -m "$M" -t "$CLIENT_TIMEOUT" -c "$CONNECT_TIMEOUT" \
        -r "$ready" >"$out" 2>"$out.err" &
    CLIENT_PID=$!
    if ! wait_file "$ready" $(( CONNECT_TIMEOUT + 10 )); then
        echo "$name: readers did not connect in time" >&2
    fi
    sleep 1
    local pids; pids=$(server_pids)
    # shellcheck disable=SC2086
    echo "$(rss_mb $pids)" >"$WORK/$name.rss_connected"
    # shellcheck disable=SC2086
    local cpu0; cpu0=$(cpu_ms $pids)
    local perf_pid=
    if [[ -n ${PROFILE_DIR:-} ]]; then
        # Profile the server (and nginx workers) while the updates are published.
        mkdir -p "$PROFILE_DIR"
        # shellcheck disable=SC2086
        timeout -s INT $(( M * INTERVAL_MS / 1000 + 30 )) perf record -q -F 999 -g -o "$PROFILE_DIR/$name.perf.data" \
            -p "$(echo $pids | tr ' ' ',')" >"$PROFILE_DIR/$name.perf.log" 2>&1 &
        perf_pid=$!
        sleep 0.5
    fi
    python3 "$ROOT/Benchmarks/publish.py" "$@" "$M" "$INTERVAL_MS" >"$WORK/$name.publish" 2>"$WORK/$name.publish.err" || true
    if [[ -n $perf_pid ]]; then
        sleep 1
        kill -INT "$perf_pid" 2>/dev/null || true
        wait "$perf_pid" || true
    fi
    wait "$CLIENT_PID" || true
    # shellcheck disable=SC2086
    echo "$(peak_rss_mb $pids)" >"$WORK/$name.rss_peak"
    # Server CPU spent while publishing and delivering, per published update.
    # shellcheck disable=SC2086
    echo $(( ($(cpu_ms $pids) - cpu0) / M )) >"$WORK/$name.cpu_per_event"
    cat "$out.err" >&2
    echo "--- $name ---"
    cat "$out"
    cat "$WORK/$name.publish"
    head -5 "$WORK/$name.publish.err" >&2 || true
}

# ---- (a) Sitrep ----
if [[ $ONLY == both || $ONLY == sitrep ]]; then
    DB=$WORK/sitrep.sqlite
    echo "bench-password" | "$SITREP" user add bench --role editor --database "$DB" >/dev/null
    TOKEN=$("$SITREP" token create bench --database "$DB" 2>/dev/null | tail -1)
    "$SITREP" serve --database "$DB" --host 127.0.0.1 --port "$SITREP_PORT" $EXTRACT_FLAG --log-level warning \
        >"$WORK/sitrep.log" 2>&1 &
    SERVER_PID=$!
    server_pids() { echo "$SERVER_PID"; }
    wait_http "http://127.0.0.1:$SITREP_PORT/health" 300 || { echo "sitrep did not start" >&2; cat "$WORK/sitrep.log" >&2; exit 1; }
    curl -s --max-time 10 -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$SITREP_PORT/api/v1/stories" \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        -d '{"slug":"bench","title":"Fan-out benchmark"}' | grep -q '^20' || { echo "could not create the story" >&2; exit 1; }
    run_side sitrep "$SITREP_PORT" /stories/bench/live sitrep "$SITREP_PORT" "$TOKEN" bench
    cleanup
fi

# ---- (c) Sitrep cluster on PostgreSQL ----
if [[ -n ${CLUSTER:-} && ( $ONLY == both || $ONLY == cluster ) ]]; then
    CLUSTER_PORT=${CLUSTER_PORT:-18140}
    export SITREP PORT=$CLUSTER_PORT STATE=$WORK/cluster SERVE_ARGS="$EXTRACT_FLAG --log-level warning"
    export DATABASE=postgres://sitrep:sitrep@127.0.0.1:5432/sitrep_fanout
    "$ROOT/Benchmarks/cluster.sh" start "$CLUSTER" >"$WORK/cluster.log" 2>&1 || { cat "$WORK/cluster.log" >&2; exit 1; }
    echo "bench-password" | "$SITREP" user add bench --role editor --database "$DATABASE" >/dev/null
    TOKEN=$("$SITREP" token create bench --database "$DATABASE" 2>/dev/null | tail -1)
    FIRST=$((CLUSTER_PORT + 1))
    curl -s --max-time 10 -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$FIRST/api/v1/stories" \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        -d '{"slug":"bench","title":"Fan-out benchmark"}' | grep -q '^20' || { echo "could not create the story" >&2; exit 1; }
    server_pids() { cat "$STATE"/serve-*.pid; cat "$STATE/nginx.pid"; pgrep -P "$(cat "$STATE/nginx.pid")"; }
    run_side cluster "$CLUSTER_PORT" /stories/bench/live sitrep "$FIRST" "$TOKEN" bench
    "$ROOT/Benchmarks/cluster.sh" stop >/dev/null 2>&1 || true
fi

# ---- (b) nginx + Nchan ----
if [[ $ONLY == both || $ONLY == nchan ]]; then
    mkdir -p "$WORK/nginx"
    sed -e "s#@PORT@#$NCHAN_PORT#" -e "s#@DIR@#$WORK/nginx#" -e "s#@NOFILE@#$NOFILE#" "$ROOT/Benchmarks/nchan.conf.in" >"$WORK/nginx/nginx.conf"
    nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" >"$WORK/nginx/out.log" 2>&1 &
    SERVER_PID=$!
    server_pids() { echo "$SERVER_PID" $(pgrep -P "$SERVER_PID"); }
    wait_http "http://127.0.0.1:$NCHAN_PORT/pub" 100 || { echo "nginx did not start" >&2; cat "$WORK/nginx/error.log" >&2; exit 1; }
    run_side nchan "$NCHAN_PORT" /sub nchan "$NCHAN_PORT" - /pub
    cleanup
fi

# ---- table ----
field() { grep -o "$2=[^ ]*" "$WORK/$1.client" 2>/dev/null | tail -1 | cut -d= -f2; }
echo
echo "Fan-out N=$N M=$M interval=${INTERVAL_MS}ms $( [[ -z $EXTRACT_FLAG ]] && echo "(sitrep extraction on)" || echo "(sitrep --no-extract)")"
printf '%-8s %9s %9s %9s %8s %5s %9s %9s %9s %9s %10s %9s %11s\n' server connected expected received missing dups p50_ms p90_ms p99_ms max_ms rss_conn_MB peak_MB cpu_ms/event
for side in sitrep cluster nchan; do
    [[ -f $WORK/$side.client ]] || continue
    printf '%-8s %9s %9s %9s %8s %5s %9s %9s %9s %9s %10s %9s %11s\n' "$side" "$(field $side connected)" \
        "$(field $side expected)" "$(field $side received)" "$(field $side missing)" "$(field $side dups)" \
        "$(field $side p50_ms)" "$(field $side p90_ms)" "$(field $side p99_ms)" "$(field $side max_ms)" \
        "$(cat "$WORK/$side.rss_connected")" "$(cat "$WORK/$side.rss_peak")" "$(cat "$WORK/$side.cpu_per_event")"
done
if [[ -f $WORK/sitrep.client && -f $WORK/nchan.client ]]; then
    s=$(field sitrep p99_ms); n=$(field nchan p99_ms)
    echo "ratio sitrep_p99/nchan_p99 = $(awk -v s="$s" -v n="$n" 'BEGIN { if (n > 0) printf "%.2f", s / n; else print "n/a" }')"
fi
if [[ -f $WORK/cluster.client && -f $WORK/nchan.client ]]; then
    s=$(field cluster p99_ms); n=$(field nchan p99_ms)
    echo "ratio cluster_p99/nchan_p99 = $(awk -v s="$s" -v n="$n" 'BEGIN { if (n > 0) printf "%.2f", s / n; else print "n/a" }')"
fi
echo "end $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
