using FsCheck;
using FsCheck.Fluent;

namespace JsonResume.FsCheck.Internal;

/// <summary>The generators and shrinkers of field values under one set of <see cref="GeneratorOptions"/>.</summary>
internal sealed class FieldValues
{
    private readonly GeneratorOptions options;

    internal FieldValues(GeneratorOptions options)
    {
        this.options = options;
        Text = options.CustomText ?? StyledText(options.TextStyle, options.AllowEmptyText);
    }

    /// <summary>Free text under the options.</summary>
    internal Gen<string> Text { get; }

    /// <summary>Free text that is sometimes a realistic value of the given kind (which conforms to every built-in style).</summary>
    internal Gen<string> TextOr(Gen<string> realistic) =>
        options.CustomText ?? Gen.Frequency((2, Text), (1, realistic));

    /// <summary>Smaller strings that still follow the options.</summary>
    internal IEnumerable<string> ShrinkText(string text)
    {
        if (options.CustomText is not null)
        {
            yield break;
        }

        if (text.Length > 0 && options.AllowEmptyText)
        {
            yield return "";
        }

        foreach (var shorter in TextPieces.WithoutOneElement(text))
        {
            if ((shorter.Length > 0 || options.AllowEmptyText) && TextRules.Conforms(shorter, options.TextStyle))
            {
                yield return shorter;
            }
        }
    }

    /// <summary>Formatted strings are not shrunk (only removed).</summary>
    internal static IEnumerable<string> NoShrink(string text) => [];

    /// <summary>Free text of a style; never empty unless allowed.</summary>
    internal static Gen<string> StyledText(TextStyle style, bool allowEmpty)
    {
        var nonEmptyFallback = Gen.Elements(TextPieces.Words).Select(w => TextRules.Normalize(w, style));
        var text = TextPieces.AnyText(12)
            .Select(s => TextRules.Normalize(s, style))
            .SelectMany(s => s.Length > 0 || allowEmpty ? Gen.Constant(s) : nonEmptyFallback);
        return allowEmpty ? Gen.Frequency((1, Gen.Constant("")), (12, text)) : text;
    }
}
