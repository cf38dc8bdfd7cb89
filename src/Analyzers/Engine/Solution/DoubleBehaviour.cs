using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace Netra.Ssot.Engine.Solution;

/// <summary>
/// The behaviour a test double is named for (SSOT1004). A double's simple name, less the words of the type it
/// stands in for and the words every double uses (<c>Fake</c>, <c>Mock</c>, <c>Stub</c>, <c>Test</c>, <c>Noop</c>,
/// <c>InMemory</c>, <c>Recording</c>…), is the behaviour it was written for: <c>NoFreeSpaceBackend</c> of
/// <c>IBackend</c> is named for "no free space", <c>WindowsDiskImageHelper</c> for Windows, <c>ThrowingStream</c> for
/// throwing, while <c>FakeBackend</c>, <c>MockBackend</c> and <c>TestBackend</c> are named for nothing but being a
/// double. Recording what it is given is one behaviour however it is said (<c>RecordingX</c>, <c>XSpy</c>,
/// <c>LogCapture</c>, <c>LogSink</c>): a spy is the same again as another spy, not as a stub. Two doubles of one type are the same again only when they are named for the same behaviour (both for none,
/// or both for the same one, as two copies of <c>NoopEventManager</c> are); a double named for a distinct behaviour is
/// a deliberate variant.
/// </summary>
public static class DoubleBehaviour
{
    /// <summary>Words that say "this is a double" or name what every double does (record calls, do nothing, live in memory).</summary>
    private static readonly ImmutableHashSet<string> GenericWords = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Fake", "Faked", "Mock", "Mocked", "Stub", "Stubbed", "Test", "Tests", "Testing", "Dummy", "Double",
        "Noop", "Nop", "Null", "Empty", "Inmemory",
        "Simple", "Basic", "Default", "Sample", "Custom", "My", "Impl", "Implementation",
        "Manual", "Controllable", "Configurable", "Settable",
        "Other", "Another", "Second", "Alt", "Alternative", "Extra", "New");

    /// <summary>Words that name one behaviour, recording calls: they all give <see cref="Recording"/>.</summary>
    private static readonly ImmutableHashSet<string> RecordingWords = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Spy", "Spying", "Recording", "Recorder", "Recorded", "Capture", "Capturing", "Captured", "Collecting", "Collector",
        "Sink", "Tracking", "Tracker", "Counting");

    private const string Recording = "recording";

    /// <summary>Words and acronyms of a PascalCase name: <c>MacOSDiskImageHelper</c> gives Mac, OS, Disk, Image, Helper.</summary>
    private static readonly Regex Words = new("[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+", RegexOptions.CultureInvariant);

    /// <summary>
    /// The behaviour <paramref name="doubleName"/> is named for as a double of <paramref name="doubledMetadataName"/>,
    /// as lower-case words joined without separators; empty when it is named for none.
    /// </summary>
    public static string Of(string doubleName, string doubledMetadataName)
    {
        var doubled = new HashSet<string>(WordsOf(StripInterfacePrefix(SymbolNames.SimpleName(SymbolNames.DefinitionName(doubledMetadataName)))), StringComparer.OrdinalIgnoreCase);
        var behaviour = new StringBuilder();
        bool records = false;
        foreach (string word in WordsOf(doubleName))
        {
            if (doubled.Contains(word) || GenericWords.Contains(word) || char.IsDigit(word[0]))
            {
                continue;
            }

            if (RecordingWords.Contains(word))
            {
                records = true;
            }
            else
            {
                behaviour.Append(word.ToLowerInvariant());
            }
        }

        return records ? behaviour.Append(Recording).ToString() : behaviour.ToString();
    }

    private static string StripInterfacePrefix(string name)
        => name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]) ? name.Substring(1) : name;

    private static IEnumerable<string> WordsOf(string name)
    {
        // Two-word generic terms are one word here: NoOp, InMemory.
        string joined = name.Replace("NoOp", "Noop").Replace("InMemory", "Inmemory");
        foreach (Match match in Words.Matches(joined))
        {
            yield return match.Value;
        }
    }
}
