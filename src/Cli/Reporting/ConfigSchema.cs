namespace Netra.Ssot.Cli.Reporting;

/// <summary>
/// The JSON schema of ssot.json (schema/ssot.schema.json), embedded in the tool: <c>ssot-check init</c> writes it
/// beside the starter file and points <c>$schema</c> to it, so editors complete and check the file offline.
/// </summary>
internal static class ConfigSchema
{
    /// <summary>The schema's file name, beside ssot.json.</summary>
    public const string FileName = "ssot.schema.json";

    /// <summary>The <c>$schema</c> value of a file that has the schema beside it.</summary>
    public const string Reference = "./" + FileName;

    /// <summary>The schema's text, as in the repository.</summary>
    public static string Text()
    {
        using var stream = typeof(ConfigSchema).Assembly.GetManifestResourceStream("schema/" + FileName)
            ?? throw new InvalidOperationException("the tool was built without schema/" + FileName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
