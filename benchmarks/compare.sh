#!/usr/bin/env bash
# Whole-process benchmarks on generated solutions, all in one run so that the ratios compare like with like:
#   build       dotnet build --no-incremental, the solution as generated (the SDK's own analyzers on, as usual)
#   build+pkg   the same with the Netra.Ssot.Analyzers package referenced (packed from this repository)
#   ssot-check  the CLI (Release) on the solution as `dotnet tool install` gives it to this machine: on linux-x64 the
#               ReadyToRun build of the tool's linux-x64 package (docs/performance.md); SSOT_READYTORUN=0 (or
#               another platform) times the portable IL build
#   roslynator  roslynator analyze (Roslynator.DotNet.Cli) running only the SSOT analyzers
#   warm        ssot-check --cache, nothing changed since the run that filled the cache
#   warm1       ssot-check --cache after one source file changed (a comment appended)
#   shards      ssot-check --shard K/4 for K = 1..4 one after another, then merge: the wall time a CI matrix
#               sees is the slowest shard plus the merge; the peak is the largest of the five
# For each size it first checks that ssot-check finds exactly the planted violations (EXPECTED.txt), then runs
# each command RUNS times, interleaved, and prints medians, ratios and peak memory (maximum resident set).
# Per-analyzer times from one `-p:ReportAnalyzer=true` build go to $BENCH_OUT/<size>-analyzers.txt.
# Usage:
#   benchmarks/compare.sh [RUNS] [SIZES...]    sizes as PROJECTSxFILES, default 3 runs of 5x16 (≈10k lines),
#                                               20x40 (≈100k) and 100x40 (≈500k)
# Environment: ROSLYNATOR (default: installed into a temporary folder with `dotnet tool install`),
#              BENCH_OUT (default benchmarks/results), SKIP_BUILD_PKG=1 to skip the package build,
#              SKIP_SCALE=1 to skip the cache and shard runs, SSOT_READYTORUN=0 to time the portable IL build on linux-x64.
# Everything it runs is public: the .NET SDK, Roslynator.DotNet.Cli, GNU time and this repository.
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"; shift || true
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(5x16 20x40 100x40)
out_dir="${BENCH_OUT:-$repo/benchmarks/results}"; mkdir -p "$out_dir"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
die() { echo "compare: $*" >&2; exit 1; }

dotnet build "$repo/benchmarks/Generator" -c Release -nologo -v q > "$work/log" 2>&1 || { cat "$work/log"; die "generator build"; }
cli="$repo/src/Cli/bin/Release/net10.0/ssot-check.dll"
if [ "${SSOT_READYTORUN:-1}" = 1 ] && [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
  # What `dotnet tool install` gives a linux-x64 machine: the linux-x64 tool package, compiled ReadyToRun.
  dotnet publish "$repo/src/Cli" -c Release -r linux-x64 -o "$work/cli" -nologo -v q > "$work/log" 2>&1 \
    || { cat "$work/log"; die "ssot-check ReadyToRun publish"; }
  cli="$work/cli/ssot-check.dll"; cli_build="ReadyToRun linux-x64"
else
  cli_build="portable IL"
  dotnet build "$repo/src/Cli" -c Release -nologo -v q > "$work/log" 2>&1 || { cat "$work/log"; die "ssot-check build"; }
fi
version="0.0.0-bench.$(date +%s)"
dotnet pack "$repo/src/Package/Netra.Ssot.Analyzers.Package.csproj" -c Release -o "$work/feed" -p:Version="$version" -nologo -v q > "$work/log" 2>&1 \
  || { cat "$work/log"; die "pack"; }
roslynator="${ROSLYNATOR:-}"
if [ -z "$roslynator" ]; then
  dotnet tool install roslynator.dotnet.cli --tool-path "$work/tools" > "$work/log" 2>&1 || { cat "$work/log"; die "roslynator install"; }
  roslynator="$work/tools/roslynator"
fi
generator="$repo/benchmarks/Generator/bin/Release/net10.0/Netra.Ssot.Generator.dll"
# The package goes into a private cache, so that nothing from this run stays in the user's.
export NUGET_PACKAGES="$work/packages"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# timed LABEL COMMAND...: appends "seconds peakKB" of one run to $work/LABEL; the command's output goes to $work/LABEL.log
timed() {
  local label="$1"; shift
  /usr/bin/time -o "$work/time" -f '%e %M' "$@" > "$work/$label.log" 2>&1 || echo "compare: warning: $label exited with $? (see $work/$label.log)" >&2
  cat "$work/time" >> "$work/$label"
}
seconds() { cut -d' ' -f1 < "$work/$1" | median; }
mib() { cut -d' ' -f2 < "$work/$1" | median | awk '{printf "%.0f", $1 / 1024}'; }

{
  echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, .NET SDK $(dotnet --version), $runs runs, medians, ssot-check $cli_build"
  printf '%-8s %8s %8s %9s %9s %8s %11s %9s %10s %8s %10s %9s %9s %8s %8s %8s %9s %10s\n' \
    size lines build_s build_pkg overhead check_s check/build rosl_s check/rosl s/kloc check_MiB rosl_MiB build_MiB \
    warm_s warm1_s shards_s warm_MiB shards_MiB
} | tee -a "$out_dir/summary.txt"
for size in "${sizes[@]}"; do
  projects="${size%x*}"; files="${size#*x}"
  plain="$work/$size/plain"; pkg="$work/$size/pkg"
  summary=$(dotnet "$generator" --out "$plain" --projects "$projects" --files "$files") || die "generator"
  lines=$(echo "$summary" | grep -oE '[0-9]+ lines' | cut -d' ' -f1)
  cp -r "$plain" "$pkg"
  cat > "$pkg/nuget.config" <<XML
<configuration>
  <packageSources>
    <add key="netra-bench" value="$work/feed" />
  </packageSources>
</configuration>
XML
  (cd "$plain" && dotnet restore Gen.slnx -v q > "$work/log" 2>&1) || { cat "$work/log"; die "restore $size"; }
  (cd "$pkg" && dotnet restore Gen.slnx -v q -p:SsotPackageVersion="$version" > "$work/log" 2>&1) || { cat "$work/log"; die "restore $size with the package"; }
  analyzers="$NUGET_PACKAGES/netra.ssot.analyzers/$version/analyzers/dotnet/cs"

  # Correctness first: the planted violations, nothing missing and nothing extra.
  # (from the solution folder: the text report's paths are relative to the current folder)
  (cd "$plain" && dotnet "$cli" --no-restore --no-progress) > "$work/check.txt" 2>&1
  sed -nE 's/^([^(]+)\(([0-9]+),[0-9]+\): [a-z]+ (SSOT[0-9]+):.*/\3 \1:\2/p' "$work/check.txt" | sort -u > "$work/found.txt"
  diff "$plain/EXPECTED.txt" "$work/found.txt" > "$work/diff.txt" || { cat "$work/diff.txt"; die "$size: ssot-check findings differ from EXPECTED.txt"; }

  rm -f "$work"/{build,buildpkg,check,rosl,warm,warm1,shards}
  cache="$work/$size/cache"
  [ "${SKIP_SCALE:-}" = 1 ] || dotnet "$cli" "$plain" --no-restore --no-progress --cache "$cache" > "$work/fill.log" 2>&1
  edited=$(find "$plain" -name '*.cs' -path '*Feature*' -not -path '*/obj/*' | sort | head -1)
  for _ in $(seq "$runs"); do
    timed build dotnet build "$plain/Gen.slnx" --no-incremental --no-restore -nologo -v q
    [ "${SKIP_BUILD_PKG:-}" = 1 ] || timed buildpkg dotnet build "$pkg/Gen.slnx" --no-incremental --no-restore -nologo -v q -p:SsotPackageVersion="$version"
    timed check dotnet "$cli" "$plain" --no-restore --no-progress
    # Only the SSOT analyzers: the project's own analyzer references (the SDK's) are ignored and the package's
    # assemblies are passed; the package's build files still give each project ssot.json as an additional file.
    timed rosl "$roslynator" analyze "$pkg/Gen.slnx" --ignore-analyzer-references -a "$analyzers" \
      --ignore-compiler-diagnostics --return-success-on-diagnostics -p SsotPackageVersion="$version" -v n
    if [ "${SKIP_SCALE:-}" != 1 ]; then
      echo "// benchmark edit $(date +%s%N)" >> "$edited"
      timed warm1 dotnet "$cli" "$plain" --no-restore --no-progress --cache "$cache"
      timed warm dotnet "$cli" "$plain" --no-restore --no-progress --cache "$cache"
      rm -f "$work"/shard-*.json "$work/shard"
      for k in 1 2 3 4; do
        timed shard dotnet "$cli" "$plain" --no-restore --no-progress --shard "$k/4" --shard-output "$work/shard-$k.json"
      done
      timed merge dotnet "$cli" merge "$work"/shard-{1,2,3,4}.json
      # slowest shard + merge, and the largest peak of the five
      awk -v m="$(tail -1 "$work/merge")" 'BEGIN {split(m, mm, " ")} {if ($1 > s) s = $1; if ($2 > p) p = $2}
        END {if (mm[2] > p) p = mm[2]; print s + mm[1], p}' "$work/shard" >> "$work/shards"
    fi
  done
  build=$(seconds build); check=$(seconds check); rosl=$(seconds rosl)
  if [ "${SKIP_BUILD_PKG:-}" = 1 ]; then buildpkg=0; overhead="-"; else
    buildpkg=$(seconds buildpkg); overhead=$(awk -v a="$buildpkg" -v b="$build" 'BEGIN {printf "%+.1f%%", (a / b - 1) * 100}'); fi
  if [ "${SKIP_SCALE:-}" = 1 ]; then scale=(- - - - -); else
    scale=("$(seconds warm)" "$(seconds warm1)" "$(seconds shards)" "$(mib warm)" "$(mib shards)"); fi
  printf '%-8s %8s %8.2f %9.2f %9s %8.2f %11.2f %9.2f %10.2f %8.3f %10s %9s %9s %8s %8s %8s %9s %10s\n' "$size" "$lines" "$build" "$buildpkg" "$overhead" \
    "$check" "$(echo "$check / $build" | bc -l)" "$rosl" "$(echo "$check / $rosl" | bc -l)" "$(echo "$check * 1000 / $lines" | bc -l)" \
    "$(mib check)" "$(mib rosl)" "$(mib build)" "${scale[@]}" | tee -a "$out_dir/summary.txt"
  grep -q " SSOT[0-9]*:" "$work/rosl.log" || echo "compare: warning: roslynator reported no SSOT diagnostics on $size" >&2
  cp "$work/rosl.log" "$out_dir/$size-roslynator.txt"

  # Per-analyzer times as the compiler reports them, summed over the projects.
  if [ "${SKIP_BUILD_PKG:-}" != 1 ]; then
    dotnet build "$pkg/Gen.slnx" --no-incremental --no-restore -nologo -v d -p:ReportAnalyzer=true -p:SsotPackageVersion="$version" > "$work/report.log" 2>&1
    awk -f "$repo/benchmarks/analyzer-times.awk" "$work/report.log" > "$out_dir/$size-analyzers.txt"
  fi
  rm -rf "${work:?}/$size"
done
