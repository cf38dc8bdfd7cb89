namespace Netra.Ssot.E2e.Lsp;

/// <summary>What the language-server test found wrong, in words for the e2e log.</summary>
internal sealed class LspTestFailure : Exception
{
    public LspTestFailure(string message)
        : base(message)
    {
    }

    public LspTestFailure()
    {
    }

    public LspTestFailure(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
