#!/usr/bin/env bash
# The one command that runs the whole test suite on a fresh machine: installs what the tests need, builds
# with warnings as errors, runs every test. With CI=true a missing tool fails the run; it is never skipped.
set -euo pipefail
cd "$(dirname "$0")"

fail() { echo "test.sh: $*" >&2; exit 1; }

command -v dotnet >/dev/null || fail "the .NET SDK (dotnet) is required; see global.json for the version"
[ -d ../shared/data/regions ] || fail "../shared/data/regions is missing: the tests read the national region list from it"

# Debian packages the tests use, installed when missing: PostgreSQL (storage, crash, tamper, fault tests), Prometheus
# (prometheus + promtool) and docker-compose (validates the compose file offline) for the operations tests,
# zbar-tools (zbarimg) and zint for the quality safety code, sqlite3 to restore the upgrade fixture's SQLite dump.
apt_packages=(postgresql prometheus docker-compose zbar-tools zint sqlite3)
# The wall display's end-to-end tests drive Debian's Chromium; its Chinese text needs a CJK font, which the service's
# labels and PDFs print with too (api/Printing); poppler-utils (pdftotext, pdfinfo, pdftoppm) reads those PDFs back.
apt_packages+=(chromium fonts-noto-cjk poppler-utils)
if [ ${#apt_packages[@]} -gt 0 ]; then
  missing=()
  for p in "${apt_packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    command -v apt-get >/dev/null || fail "apt-get is needed to install: ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi
fi

# The official SignalR JavaScript client for the hub tests, pinned by tests/js/package-lock.json.
command -v npm >/dev/null || fail "Node.js and npm are required (the live-map tests use the official SignalR JavaScript client)"
npm ci --prefix tests/js --no-audit --no-fund --loglevel=error

# PostgreSQL for the storage suite, the crash, tamper and fault tests: the Debian cluster, a superuser role of the
# tests' own, and its connection string in QUALITYMAP_TEST_POSTGRES (already set: that server is used instead).
# The fault test starts its own throwaway server (initdb/pg_ctl) so that stopping it disturbs no other test.
if [ -z "${QUALITYMAP_TEST_POSTGRES:-}" ]; then
  [ "$(id -u)" = 0 ] || fail "starting PostgreSQL needs root; or set QUALITYMAP_TEST_POSTGRES to a superuser connection string"
  pg_version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
  [ -n "$pg_version" ] || fail "postgresql is installed but /etc/postgresql has no cluster"
  pg_ctlcluster "$pg_version" main start 2>/dev/null || true   # already running is fine
  pg_isready -q -h 127.0.0.1 -t 30 || fail "PostgreSQL $pg_version did not start"
  pg_sql() { su postgres -c "psql -qtAX -c \"$1\""; }
  if [ "$(pg_sql 'SHOW max_connections')" -lt 600 ]; then   # test classes run in parallel, each with its pools (silos under load fill theirs)
    pg_sql "ALTER SYSTEM SET max_connections = 600" && pg_ctlcluster "$pg_version" main restart
    pg_isready -q -h 127.0.0.1 -t 30 || fail "PostgreSQL $pg_version did not restart"
  fi
  [ "$(pg_sql "SELECT count(*) FROM pg_roles WHERE rolname = 'qualitymap_test'")" = 1 ] \
    || pg_sql "CREATE ROLE qualitymap_test LOGIN SUPERUSER PASSWORD 'qualitymap_test'"
  export QUALITYMAP_TEST_POSTGRES="Host=127.0.0.1;Username=qualitymap_test;Password=qualitymap_test;Database=postgres"
fi

dotnet build Orleans.sln -c Release -warnaserror -nologo -clp:ErrorsOnly
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Orleans.sln -c Release --no-build -nologo "$@" 2>&1 | tee "$log" || status=$?
# One plain closing line over every test assembly, for readers that do not know dotnet test's summary.
awk '/(Passed|Failed)! +- +Failed:/ { gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
