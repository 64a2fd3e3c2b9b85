#!/usr/bin/env bash
# The one command for the benchmarks of issue 9: builds Release, runs the three benchmark projects, writes
# bench-results/latest.md (the machine, then each project's section) and prints it.
#   ./bench.sh           full run (about 15 minutes on the 2-core reference machine; figures for the README)
#   ./bench.sh --quick   under a minute once the Release build is current: proves every benchmark runs, rough figures
# Needs what ./test.sh installs: the .NET SDK, Node.js with tests/js's packages, and a PostgreSQL server whose
# superuser connection string is QUALITYMAP_TEST_POSTGRES (default: the test suite's qualitymap_test role on 127.0.0.1).
set -euo pipefail
cd "$(dirname "$0")"

fail() { echo "bench.sh: $*" >&2; exit 1; }

mode=()
case "${1:-}" in
  "") ;;
  --quick) mode=(--quick) ;;
  *) fail "usage: ./bench.sh [--quick]" ;;
esac

command -v dotnet >/dev/null || fail "the .NET SDK (dotnet) is required"
command -v node >/dev/null || fail "Node.js is required (the latency benchmark runs the official SignalR JavaScript client)"
[ -d tests/js/node_modules/@microsoft/signalr ] || npm ci --prefix tests/js --no-audit --no-fund --loglevel=error
export QUALITYMAP_TEST_POSTGRES="${QUALITYMAP_TEST_POSTGRES:-Host=127.0.0.1;Username=qualitymap_test;Password=qualitymap_test;Database=postgres}"
pg_isready -q -h 127.0.0.1 -t 10 || fail "PostgreSQL does not answer on 127.0.0.1 (./test.sh sets it up)"

dotnet build Orleans.sln -c Release -warnaserror -nologo -clp:ErrorsOnly

mkdir -p bench-results
status=0
# Each project writes its own Markdown section (a ## heading, a table, how it was measured, targets missed).
run() {
  local project=$1 out=$2
  rm -f "$out"
  if [ ! -f "$project/$(basename "$project").csproj" ]; then
    printf '## %s\n\nNot run: %s is not in this checkout.\n' "$(basename "$project")" "$project" >"$out"
    status=1
    return
  fi
  echo "bench.sh: running $project ${mode[*]}" >&2
  if ! dotnet run -c Release --no-build --project "$project" -- "${mode[@]}" --out "$out"; then
    status=1
    [ -s "$out" ] || printf '## %s\n\nFailed: see the output of ./bench.sh.\n' "$(basename "$project")" >"$out"
  fi
}
run tests/QualityMap.Benchmarks bench-results/end-to-end.md
run tests/QualityMap.Benchmarks.Scale bench-results/scale.md
run tests/QualityMap.Benchmarks.Micro bench-results/micro.md

cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
ram=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
os=$(. /etc/os-release && echo "$PRETTY_NAME")
kernel=$(uname -r)
{
  echo "# QualityMap benchmarks"
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| machine | ${cpu:-unknown CPU}, $(nproc) cores, $ram RAM |"
  echo "| OS | $os (kernel $kernel) |"
  echo "| .NET | $(dotnet --version) |"
  echo "| date | $(date -u '+%Y-%m-%d %H:%M UTC') |"
  echo "| mode | ${mode[*]:-full} |"
  echo "| load average at the end | $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine makes figures noisy) |"
  echo
  for part in end-to-end scale micro; do cat "bench-results/$part.md"; echo; done
} >bench-results/latest.md
cat bench-results/latest.md
exit "$status"
