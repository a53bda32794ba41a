#!/usr/bin/env bash
# src/CaseArchive.Benchmarks/editor-forms.sh [--rulings N] [--requests R]
# The editors' forms at scale: generates a synthetic archive (default 160,000 rulings, which the generator
# plans with more than 100,000 persons), signs an editor in and asks, one request at a time, for the new
# ruling form, the guided new-ruling page and the person picker's suggestions (a different name each
# time), R times each (default 300, after 30 to warm up). Prints the number of persons, then p50 and p99
# of each in milliseconds. The app runs its Release build, on this machine, with the Testing environment
# (cookies over plain HTTP), output cache off; the database is the worktree's (CASEARCHIVE_PG_PORT).
set -euo pipefail
source "$(dirname "$0")/../../scripts/lib.sh"
cd "$ROOT"

rulings=160000; requests=300
while [ $# -gt 0 ]; do
  case "$1" in
    --rulings) rulings="${2:?}"; shift 2 ;;
    --requests) requests="${2:?}"; shift 2 ;;
    *) die "usage: src/CaseArchive.Benchmarks/editor-forms.sh [--rulings N] [--requests R]" ;;
  esac
done

out="$ROOT/.data/bench-editors"; mkdir -p "$out"
db_start
database="casearchive_bench_editors_$rulings"
export ConnectionStrings__Archive="$(connection_string "$database")"
psql_bench() { PGPASSWORD="$DB_PASSWORD" psql -h 127.0.0.1 -p "$PGPORT_LOCAL" -U "$DB_USER" -d "$database" -v ON_ERROR_STOP=1 -qtA "$@"; }
have=$(psql_bench -c "SELECT count(*) FROM rulings" 2>/dev/null || true)
if [ "$have" != "$rulings" ]; then
  drop_database "$database"; ensure_database "$database"
  cli migrate >/dev/null
  say "generating $rulings rulings..."
  cli generate --rulings "$rulings" >"$out/generate.log"
fi
cli migrate >/dev/null
password="bench-editor-$(date +%s)-Passphrase"
cli reset-password --email bench@example.org --password "$password" >/dev/null 2>&1 \
  || cli create-user --email bench@example.org --password "$password" --role editor >/dev/null

dotnet publish src/CaseArchive.Web -c Release -o "$out/web" --nologo -v q -clp:NoSummary >"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; die "building the web app failed"; }
port=5230
( cd "$out/web" && ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Testing OutputCache__Enabled=false \
    Serilog__MinimumLevel__Default=Warning exec dotnet CaseArchive.Web.dll ) >"$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null || die "the app did not start (log in $out/app.log)"

jar="$out/cookies"; rm -f "$jar"
token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/account/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Input.Email=bench@example.org" --data-urlencode "Input.Password=$password" \
  --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$port/account/sign-in"
[ "$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "http://127.0.0.1:$port/editor/rulings/edit")" = 200 ] || die "the editor could not sign in"

persons=$(psql_bench -c "SELECT count(*) FROM persons")
mapfile -t names < <(psql_bench -c "SELECT left(folded_name, 5) FROM persons ORDER BY random() LIMIT $requests")
measure() { # LABEL PATH... : p50 and p99 of the paths, in order, after a warm-up
  local label="$1"; shift
  local paths=("$@") times="$out/$label.times"
  for i in $(seq 1 30); do curl -s -o /dev/null -b "$jar" "http://127.0.0.1:$port${paths[$((i % ${#paths[@]}))]}"; done
  : >"$times"
  for i in $(seq 0 $((requests - 1))); do
    curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "http://127.0.0.1:$port${paths[$((i % ${#paths[@]}))]}" >>"$times"
  done
  sort -n "$times" | awk -v label="$label" '{ t[NR] = $1 * 1000 } END {
    p50 = t[int(NR * 0.50 + 0.5)]; p99 = t[int(NR * 0.99 + 0.5)];
    printf "%-28s p50 %6.1f ms   p99 %6.1f ms   (%d requests)\n", label, p50, p99, NR }'
}
say "$persons persons, $rulings rulings"
echo "persons $persons"
measure "new ruling form" /editor/rulings/edit
measure "guided new ruling" /editor/rulings/new
suggest=(); for n in "${names[@]}"; do suggest+=("/editor/suggest/persons?q=$(printf %s "$n" | jq -sRr @uri)"); done
measure "person picker suggestions" "${suggest[@]}"
