# Shared by scripts/run, scripts/test, scripts/db and scripts/casearchive.
# A project-local PostgreSQL cluster under .data/ (git-ignored), on 127.0.0.1.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PGPORT_LOCAL="${CASEARCHIVE_PG_PORT:-55432}"
DATA_ROOT="${CASEARCHIVE_DATA_DIR:-$ROOT/.data}"
PGDATA_LOCAL="$DATA_ROOT/pg"
PGRUN_LOCAL="$DATA_ROOT/run"
PGLOG_LOCAL="$DATA_ROOT/postgres.log"
DB_USER=casearchive
DB_PASSWORD=casearchive

say() { printf '%s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

connection_string() { # DATABASE
  echo "Host=127.0.0.1;Port=$PGPORT_LOCAL;Database=$1;Username=$DB_USER;Password=$DB_PASSWORD"
}

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

# PostgreSQL refuses to run as root: as root the cluster belongs to the postgres user.
as_db_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install_postgres() {
  [ -n "$(pg_bin)" ] && return 0
  say "PostgreSQL is not installed: installing Debian's packages (postgresql, postgresql-contrib)..."
  [ "$(id -u)" -eq 0 ] || die "installing PostgreSQL needs root: run 'sudo apt-get install postgresql postgresql-contrib' once, then try again"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 || die "apt-get update failed"
  # policy-rc.d 101: Debian's package must not start its own cluster; we run ours.
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  apt-get install -y -qq postgresql postgresql-contrib >&2 || { rm -f /usr/sbin/policy-rc.d; die "apt-get install postgresql failed"; }
  rm -f /usr/sbin/policy-rc.d
  [ -n "$(pg_bin)" ] || die "PostgreSQL was installed but initdb was not found under /usr/lib/postgresql"
}

db_is_running() {
  local bin; bin=$(pg_bin) || return 1
  [ -f "$PGDATA_LOCAL/PG_VERSION" ] && as_db_owner "$bin/pg_ctl" -D "$PGDATA_LOCAL" status >/dev/null 2>&1
}

db_start() {
  install_postgres
  local bin; bin=$(pg_bin)
  mkdir -p "$DATA_ROOT"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown postgres "$DATA_ROOT"
    # The cluster's owner must be able to reach its folder.
    local dir; dir=$(dirname "$DATA_ROOT"); while [ "$dir" != "/" ]; do chmod o+x "$dir" 2>/dev/null || true; dir=$(dirname "$dir"); done
  fi
  if [ ! -f "$PGDATA_LOCAL/PG_VERSION" ]; then
    say "creating the database cluster in $PGDATA_LOCAL"
    local pwfile; pwfile=$(mktemp); echo "$DB_PASSWORD" > "$pwfile"; chmod 644 "$pwfile"
    as_db_owner "$bin/initdb" -D "$PGDATA_LOCAL" -U postgres_admin --auth=scram-sha-256 --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 >/dev/null \
      || { rm -f "$pwfile"; die "initdb failed"; }
    rm -f "$pwfile"
    as_db_owner mkdir -p "$PGRUN_LOCAL"
    cat >> "$PGDATA_LOCAL/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PGPORT_LOCAL
unix_socket_directories = '$PGRUN_LOCAL'
max_connections = 200
shared_buffers = 256MB
fsync = on
CONF
  fi
  as_db_owner mkdir -p "$PGRUN_LOCAL"
  if ! db_is_running; then
    as_db_owner "$bin/pg_ctl" -D "$PGDATA_LOCAL" -l "$PGLOG_LOCAL" -w -t 60 start >/dev/null \
      || { tail -n 20 "$PGLOG_LOCAL" >&2; die "PostgreSQL did not start (log: $PGLOG_LOCAL)"; }
  fi
  ensure_role
}

db_stop() {
  local bin; bin=$(pg_bin) || return 0
  if db_is_running; then as_db_owner "$bin/pg_ctl" -D "$PGDATA_LOCAL" -m fast -w stop >/dev/null; fi
}

admin_psql() { # SQL...
  PGPASSWORD="$DB_PASSWORD" psql -h 127.0.0.1 -p "$PGPORT_LOCAL" -U postgres_admin -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
}

ensure_role() {
  admin_psql -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
        CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD';
      END IF;
    END \$\$;" >/dev/null || die "could not create the $DB_USER role"
}

ensure_database() { # NAME
  if [ "$(admin_psql -c "SELECT 1 FROM pg_database WHERE datname = '$1'")" != "1" ]; then
    admin_psql -c "CREATE DATABASE \"$1\" OWNER $DB_USER" >/dev/null || die "could not create database $1"
  fi
}

drop_database() { # NAME
  admin_psql -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" >/dev/null 2>&1
}

# Builds the command line once (quietly) and runs it.
cli() {
  local config="${CASEARCHIVE_CONFIGURATION:-Release}"
  dotnet build "$ROOT/src/CaseArchive.Cli" -c "$config" --nologo -v q -clp:NoSummary >"$ROOT/.data/cli-build.log" 2>&1 \
    || { cat "$ROOT/.data/cli-build.log" >&2; die "building the command line failed"; }
  dotnet "$ROOT/src/CaseArchive.Cli/bin/$config/net10.0/casearchive.dll" "$@"
}
