#!/usr/bin/env bash
# The one command that runs the whole test suite on a fresh machine: installs what the tests need, builds
# with warnings as errors, runs every test. With CI=true a missing tool fails the run; it is never skipped.
set -euo pipefail
cd "$(dirname "$0")"

fail() { echo "test.sh: $*" >&2; exit 1; }

command -v dotnet >/dev/null || fail "the .NET SDK (dotnet) is required; see global.json for the version"
[ -d ../shared/data/regions ] || fail "../shared/data/regions is missing: the tests read the national region list from it"

# Debian packages the tests use: prometheus (prometheus + promtool) and docker-compose (validates the compose file
# offline) for the operations tests. Later suites add PostgreSQL, zbar-tools, zint and Chromium the same way.
apt_packages=(prometheus docker-compose)
if [ ${#apt_packages[@]} -gt 0 ]; then
  missing=()
  for p in "${apt_packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    command -v apt-get >/dev/null || fail "apt-get is needed to install: ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi
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
