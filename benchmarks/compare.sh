#!/usr/bin/env bash
# Whole-process timings on generated solutions: `dotnet build --no-incremental` and `ssot-check`, median of
# RUNS runs each, peak memory of ssot-check, and the ratio. Usage:
#   benchmarks/compare.sh [RUNS] [SIZES...]      sizes as PROJECTSxFILES, default: 5x16 (≈10k lines) 20x40 (≈100k)
# Everything it runs is public: the .NET SDK, /usr/bin/time and the repository's own generator and CLI.
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"; shift || true
sizes=("${@:-5x16 20x40}")
[ $# -eq 0 ] && sizes=(5x16 20x40)
dotnet build "$repo/benchmarks/Generator" -c Release -nologo -v q > /dev/null || exit 1
dotnet build "$repo/src/Cli" -c Release -nologo -v q > /dev/null || exit 1
cli="$repo/src/Cli/bin/Release/net10.0/ssot-check.dll"
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf '%-8s %8s %10s %12s %8s %12s\n' size lines build_s ssot_check_s ratio peak_MiB
for size in "${sizes[@]}"; do
  projects="${size%x*}"; files="${size#*x}"
  out="$(mktemp -d)/gen"
  summary=$(dotnet "$repo/benchmarks/Generator/bin/Release/net10.0/Netra.Ssot.Generator.dll" --out "$out" --projects "$projects" --files "$files")
  lines=$(echo "$summary" | grep -oE '[0-9]+ lines' | cut -d' ' -f1)
  (cd "$out" && dotnet restore Gen.slnx -v q > /dev/null 2>&1)
  builds=(); checks=(); peaks=()
  for _ in $(seq "$runs"); do
    builds+=($( { /usr/bin/time -f '%e' dotnet build "$out/Gen.slnx" --no-incremental --no-restore -nologo -v q > /dev/null; } 2>&1 | tail -1))
    read -r seconds kb < <( { /usr/bin/time -f '%e %M' dotnet "$cli" "$out" --no-restore --no-progress > /dev/null; } 2>&1 | tail -1)
    checks+=("$seconds"); peaks+=("$kb")
  done
  b=$(printf '%s\n' "${builds[@]}" | median); c=$(printf '%s\n' "${checks[@]}" | median); m=$(printf '%s\n' "${peaks[@]}" | median)
  printf '%-8s %8s %10.2f %12.2f %8.2f %12.0f\n' "$size" "$lines" "$b" "$c" "$(echo "$c / $b" | bc -l)" "$(echo "$m / 1024" | bc -l)"
  rm -rf "$(dirname "$out")"
done
