using System.Security.Cryptography;
using System.Text;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>A SHA-256 over lines of text, each field separated so that no two different sequences hash alike.</summary>
internal sealed class Digest : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public void Add(params object?[] fields)
    {
        _hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\u001f', fields.Select(f => f?.ToString() ?? "\u0000")) + "\n"));
    }

    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();
}
