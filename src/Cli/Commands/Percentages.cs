using System.CommandLine.Parsing;
using System.Globalization;

namespace Netra.Ssot.Cli.Commands;

/// <summary>Reads a percentage option such as <c>--min-score 95</c>, <c>95.5</c> or <c>95%</c>; anything else is a usage error.</summary>
internal static class Percentages
{
    public static double? Parse(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        string text = result.Tokens[0].Value.Trim();
        string number = text.EndsWith('%') ? text[..^1].TrimEnd() : text;
        if (double.TryParse(number, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out double value)
            && value is >= 0 and <= 100)
        {
            return value;
        }

        result.AddError($"{Name(result)} takes a percentage from 0 to 100 (e.g. 95 or 95.5%), not '{text}'.");
        return null;
    }

    private static string Name(ArgumentResult result) => result.Parent is OptionResult option ? option.Option.Name : "the value";
}
