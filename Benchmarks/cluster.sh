#!/usr/bin/env bash
# Sitrep as a newsroom runs it: one PostgreSQL, N `sitrep serve` instances, nginx balancing them,
# all on loopback. For the cluster check, the fault trials and the fan-out benchmarks.
#
#   Benchmarks/cluster.sh start [N=3]    start everything; prints the addresses
#   Benchmarks/cluster.sh route PORT...  send nginx's traffic to these instances only (reload)
#   Benchmarks/cluster.sh kill PORT      kill -9 one instance
#   Benchmarks/cluster.sh restart PORT   start one instance again
#   Benchmarks/cluster.sh stop           stop the instances and nginx (PostgreSQL keeps running)
#
# Environment: SITREP (binary; default .build/debug/sitrep), DATABASE (default
# postgres://sitrep:sitrep@127.0.0.1:5432/sitrep_cluster, dropped and created anew by `start`
# unless KEEP=1), PORT (nginx's, default 18140; instances listen on PORT+1 … PORT+N), STATE (the
# working directory with logs and pids, default /tmp/sitrep-cluster), SERVE_ARGS (extra
# `sitrep serve` options, e.g. --no-extract).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SITREP=${SITREP:-$ROOT/.build/debug/sitrep}
PORT=${PORT:-18140}
STATE=${STATE:-/tmp/sitrep-cluster}
DATABASE=${DATABASE:-postgres://sitrep:sitrep@127.0.0.1:5432/sitrep_cluster}
SERVE_ARGS=${SERVE_ARGS:-}
mkdir -p "$STATE"

start_instance() {
  local port=$1
  # shellcheck disable=SC2086
  nohup "$SITREP" serve --database "$DATABASE" --port "$port" --base-url "http://127.0.0.1:$PORT" $SERVE_ARGS \
    >>"$STATE/serve-$port.log" 2>&1 &
  echo $! >"$STATE/serve-$port.pid"
  for _ in $(seq 150); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && return 0; sleep 0.2; done
  echo "instance on port $port did not start; see $STATE/serve-$port.log" >&2
  return 1
}

write_upstream() {
  { echo "upstream sitrep {"; for port in "$@"; do echo "  server 127.0.0.1:$port max_fails=0;"; done; echo "}"; } >"$STATE/upstream.conf"
}

case ${1:-} in
  start)
    N=${2:-3}
    command -v nginx >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null; }
    eval "$(bash "$ROOT/scripts/postgres/start.sh")"
    if [[ ${KEEP:-0} != 1 ]]; then
      db=${DATABASE##*/}; db=${db%%\?*}
      su postgres -c "psql -qAt -c 'DROP DATABASE IF EXISTS $db' -c 'CREATE DATABASE $db OWNER sitrep'" >/dev/null
    fi
    "$0" stop >/dev/null 2>&1 || true
    ports=()
    for i in $(seq "$N"); do ports+=($((PORT + i))); done
    # the first instance migrates; the others find the schema ready (they would wait on its lock)
    for port in "${ports[@]}"; do start_instance "$port"; done
    write_upstream "${ports[@]}"
    mkdir -p "$STATE/nginx"
    # every proxied reader holds two descriptors in nginx: two workers share them under the hard limit
    NOFILE=$(ulimit -Hn); [[ $NOFILE == unlimited ]] && NOFILE=200000
    cat >"$STATE/nginx.conf" <<CONF
user root;
worker_processes 2;
pid $STATE/nginx.pid;
error_log $STATE/nginx-error.log warn;
events { worker_connections $((NOFILE - 64)); }
worker_rlimit_nofile $NOFILE;
http {
  access_log off;
  client_body_temp_path $STATE/nginx/body;
  proxy_temp_path $STATE/nginx/proxy;
  fastcgi_temp_path $STATE/nginx/fastcgi;
  uwsgi_temp_path $STATE/nginx/uwsgi;
  scgi_temp_path $STATE/nginx/scgi;
  include $STATE/upstream.conf;
  server {
    listen 127.0.0.1:$PORT reuseport;
    location / {
      proxy_pass http://sitrep;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      # live streams pass through as they are written, and stay open
      proxy_buffering off;
      proxy_read_timeout 1h;
      proxy_next_upstream error timeout http_502;
    }
  }
}
CONF
    nginx -c "$STATE/nginx.conf" -p "$STATE"
    echo "PostgreSQL: ${DATABASE#*@}"
    echo "instances: ${ports[*]/#/http://127.0.0.1:}"
    echo "balancer:  http://127.0.0.1:$PORT"
    ;;
  route)
    shift
    write_upstream "$@"
    nginx -c "$STATE/nginx.conf" -p "$STATE" -s reload
    ;;
  kill)
    kill -9 "$(cat "$STATE/serve-$2.pid")" 2>/dev/null || true
    ;;
  restart)
    start_instance "$2"
    ;;
  stop)
    for pidfile in "$STATE"/serve-*.pid; do
      [[ -f $pidfile ]] && { kill "$(cat "$pidfile")" 2>/dev/null || true; rm -f "$pidfile"; }
    done
    [[ -f $STATE/nginx.pid ]] && { nginx -c "$STATE/nginx.conf" -p "$STATE" -s quit 2>/dev/null || true; }
    ;;
  *)
    sed -n '2,16p' "$0"; exit 2 ;;
esac
