#!/usr/bin/env bash
# Runs every test project. The database tests need PostgreSQL 15 on 127.0.0.1:5432 (user postgres, password
# postgres, or NPGSQL_TEST_DB): if the Debian cluster is installed but stopped, this starts it (as root).
# The last line is the total over all test projects: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

export NPGSQL_TEST_DB="${NPGSQL_TEST_DB:-Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

postgres_ready() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }

if ! postgres_ready && command -v pg_ctlcluster >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "Starting PostgreSQL 15 (pg_ctlcluster 15 main start)"
  pg_ctlcluster 15 main start || true
  for _ in $(seq 1 30); do postgres_ready && break; sleep 1; done
  # The Debian cluster authenticates TCP connections by password; give the test user the documented one.
  su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null
fi
if ! postgres_ready; then
  echo "PostgreSQL is not reachable on 127.0.0.1:5432. Install and start it (see README), or set NPGSQL_TEST_DB." >&2
fi

log=$(mktemp)
dotnet test --solution CommunityNotices.slnx "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# `dotnet test` ends with one summary over all test projects; take its counts.
read -r passed failed < <(awk '
  /^[[:space:]]*failed:[[:space:]]*[0-9]+/    { f = $2 }
  /^[[:space:]]*succeeded:[[:space:]]*[0-9]+/ { p = $2 }
  END { print p + 0, f + 0 }' "$log")
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
exit "$status"
