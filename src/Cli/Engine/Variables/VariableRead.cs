using Netra.Ssot.Engine.Configuration;

namespace Netra.Ssot.Cli.Engine.Variables;

/// <summary>
/// One read in code of an environment variable or configuration key named by a constant: where it is (the file
/// relative to the report root, 1-based line and column), the project, the API, whether the code supplies a fallback,
/// whether it reads a whole section (<c>Bind</c>, options binding), and whether the file is a test file.
/// </summary>
internal sealed record VariableRead(
    string Key,
    string File,
    int Line,
    int Column,
    string Project,
    string Api,
    ConfigurationSource Source,
    bool HasFallback,
    bool IsSection,
    bool IsTest);

/// <summary>A read whose name the code computes (a non-constant key, <c>GetEnvironmentVariables()</c>): listed, never judged.</summary>
internal sealed record DynamicRead(string Api, string File, int Line, int Column, string Project, bool IsTest);

/// <summary>Every read of a compiled solution: each once, even when several target frameworks compile its file.</summary>
internal sealed record CollectedReads(System.Collections.Immutable.ImmutableArray<VariableRead> Constant, System.Collections.Immutable.ImmutableArray<DynamicRead> Dynamic);
