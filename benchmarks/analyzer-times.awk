# Sums the per-analyzer times that `dotnet build -v d -p:ReportAnalyzer=true` prints for each project into one
# table: each SSOT analyzer, the Netra.Ssot.Analyzers assembly, and every analyzer of the build together.
# Times printed as "<0.001" count as 0.0005 s. Usage: awk -f analyzer-times.awk build.log
function seconds(text) { return text ~ /^</ ? 0.0005 : text + 0 }
/Total analyzer execution time:/ { match($0, /[0-9.]+ seconds/); total += substr($0, RSTART, RLENGTH - 8) + 0; projects++ }
/^ *[<0-9.]+ +[<0-9]+ +Netra\.Ssot\.Analyzers, Version=/ { ours += seconds($1) }
/^ *[<0-9.]+ +[<0-9]+ +Netra\.Ssot\.Rules\./ { rule = $NF; gsub(/[()]/, "", rule); split($3, parts, "."); time[rule] += seconds($1); name[rule] = parts[length(parts)] }
END {
  printf "Analyzer time summed over %d compilations (ReportAnalyzer); analyzers run concurrently, so this is CPU time, not wall time.\n\n", projects
  printf "%-9s %-34s %9s\n", "rule", "analyzer", "seconds"
  n = 0; for (r in time) keys[++n] = r
  for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (time[keys[j]] > time[keys[i]]) { t = keys[i]; keys[i] = keys[j]; keys[j] = t }
  for (i = 1; i <= n; i++) printf "%-9s %-34s %9.3f\n", keys[i], name[keys[i]], time[keys[i]]
  printf "\n%-44s %9.3f\n%-44s %9.3f\n%-44s %8.1f%%\n", "Netra.Ssot.Analyzers", ours, "all analyzers of the build (SDK's included)", total, "Netra.Ssot share", total ? ours * 100 / total : 0
}
