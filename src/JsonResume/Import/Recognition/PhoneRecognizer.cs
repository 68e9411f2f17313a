using System.Text.RegularExpressions;
using PhoneNumbers;

namespace JsonResume.Import.Recognition;

/// <summary>
/// Finds phone numbers and normalises them with libphonenumber, but only when that is unambiguous: the number carries
/// its country (<c>+44 …</c>, <c>0044 …</c>) or the country is known from elsewhere, and the number is valid there.
/// Otherwise the text is kept exactly as written.
/// </summary>
internal partial class PhoneRecognizer
{
    /// <summary>E.164: a phone number has at most 15 digits.</summary>
    private const int MaxDigits = 15;

    private static readonly Lazy<PhoneNumberUtil> Util = new(PhoneNumberUtil.GetInstance);

    /// <summary>Whether a text holds a phone number, and where.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">Where the number starts.</param>
    /// <param name="length">How long it is.</param>
    /// <returns>Whether one was found.</returns>
    public static bool TryFind(string text, out int index, out int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in Candidate().Matches(text))
        {
            var value = m.Value.TrimEnd('.', ')', ' ', '-');
            if (m.Value.StartsWith('(') is false && value.Contains(')', StringComparison.Ordinal) && !value.Contains('(', StringComparison.Ordinal))
            {
                continue;
            }

            var digits = value.Count(char.IsDigit);
            var slash = value.IndexOf(" / ", StringComparison.Ordinal);
            if (digits > MaxDigits && slash > 0)
            {
                value = value[..slash].TrimEnd(); // "612 345 678 / 912 345 678": two numbers, the first is the phone
                digits = value.Count(char.IsDigit);
            }

            if (digits is < 7 or > MaxDigits || DateRecognizer.Default.TryParseWhole(value, out _) || LooksLikeYears(value))
            {
                continue;
            }

            index = m.Index;
            length = value.Length;
            return true;
        }

        index = length = 0;
        return false;
    }

    /// <summary>
    /// The number in international format (<c>+44 7400 123456</c>) when it can be read without doubt, else the text as written.
    /// </summary>
    /// <param name="text">The number as written.</param>
    /// <param name="countryCode">The ISO 3166-1 alpha-2 code of the person's country when known, used for national numbers.</param>
    /// <returns>The value to store.</returns>
    public static string Normalize(string text, string? countryCode = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = text.Trim();
        var international = raw.StartsWith('+') || raw.StartsWith("00", StringComparison.Ordinal);
        if (!international && countryCode is null)
        {
            return raw;
        }

        var cleaned = NationalPrefixInParentheses().Replace(raw, "$1 ");
        if (cleaned.StartsWith("00", StringComparison.Ordinal))
        {
            cleaned = "+" + cleaned[2..];
        }

        try
        {
            var number = Util.Value.Parse(cleaned, international ? "ZZ" : countryCode);
            return Util.Value.IsValidNumber(number) ? Util.Value.Format(number, PhoneNumberFormat.INTERNATIONAL) : raw;
        }
        catch (NumberParseException)
        {
            return raw;
        }
    }

    private static bool LooksLikeYears(string value) => YearRun().IsMatch(value);

    [GeneratedRegex(@"(?<![\w/.])(?:\+|00)?\(?\d[\d\s().‑\-/]{5,}\d(?![\w/])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"^(\+\d{1,3})\s*\(0\)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NationalPrefixInParentheses();

    [GeneratedRegex(@"^(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)\d{2})+$", RegexOptions.CultureInvariant)]
    private static partial Regex YearRun();
}
