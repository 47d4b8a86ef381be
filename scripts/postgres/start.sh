#!/usr/bin/env bash
# Starts a local PostgreSQL for tests and the newsroom setup, and prints its URL.
#
#   eval "$(scripts/postgres/start.sh)"     # sets SITREP_TEST_POSTGRES
#
# Installs Debian's `postgresql` when missing, starts its default cluster with pg_ctlcluster, and
# creates the role `sitrep` (password `sitrep`; loopback only) and the databases `sitrep_test`
# (the conformance suite's: one schema per test case) and `sitrep` (the cluster's).
# Environment: PGVERSION (default: the installed one), PGPORT (5432).
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PGVERSION=${PGVERSION:-$(ls /usr/lib/postgresql | sort -V | tail -n 1)}
PGPORT=${PGPORT:-5432}
if ! pg_lsclusters -h | awk -v v="$PGVERSION" '$1 == v && $2 == "main"' | grep -q .; then
  pg_createcluster "$PGVERSION" main --port "$PGPORT" >&2
fi
if ! pg_lsclusters -h | awk -v v="$PGVERSION" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  pg_ctlcluster "$PGVERSION" main start >&2
fi
for _ in $(seq 50); do pg_isready -q -h 127.0.0.1 -p "$PGPORT" && break; sleep 0.2; done
psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -qAt -p $PGPORT $*"; }
if [[ $(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname = 'sitrep'\"") != 1 ]]; then
  # superuser only so the first migration may CREATE EXTENSION unaccent (a trusted extension on
  # 13+, but the role must own the database); a newsroom's role needs only to own its database
  psql_admin "-c \"CREATE ROLE sitrep LOGIN SUPERUSER PASSWORD 'sitrep'\"" >&2
fi
for db in sitrep_test sitrep; do
  if [[ $(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname = '$db'\"") != 1 ]]; then
    psql_admin "-c \"CREATE DATABASE $db OWNER sitrep\"" >&2
  fi
done
echo "export SITREP_TEST_POSTGRES=postgres://sitrep:sitrep@127.0.0.1:$PGPORT/sitrep_test"
