using System.Globalization;
using Netra.Ssot.Generator;

// Writes a synthetic solution for the performance benchmarks (see SolutionGenerator). Usage:
//   dotnet run --project benchmarks/Generator -- --out /tmp/gen --projects 10 --files 20
int projects = 10, files = 20;
string output = Path.Combine(Path.GetTempPath(), "ssot-gen");
for (int i = 0; i < args.Length - 1; i += 2)
{
    switch (args[i])
    {
        case "--projects": projects = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--files": files = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--out": output = Path.GetFullPath(args[i + 1]); break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}

Console.WriteLine(SolutionGenerator.Write(output, projects, files));
return 0;
