using JsonResume.Diagnostics;
using JsonResume.Import.Recognition;
using JsonResume.Model;

namespace JsonResume.Import.Blocks;

/// <summary>The résumé being built, the line ledger, and what the section readers share.</summary>
internal sealed class ImportContext(LineLedger ledger, DateRecognizer dates)
{
    public LineLedger Ledger { get; } = ledger;

    public DateRecognizer Dates { get; } = dates;

    public Resume Resume { get; } = new() { Basics = new Basics() };

    public Basics Basics => Resume.Basics!;

    /// <summary>Author lists seen in publications (for inferring the person's name).</summary>
    public List<string> AuthorLists { get; } = [];

    /// <summary>Entries read from prose (<c>I am a … at …</c>); a structured twin replaces them.</summary>
    public HashSet<object> FromProse { get; } = new(ReferenceEqualityComparer.Instance);

    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Appends text to the summary: a new paragraph unless <paramref name="sameParagraph"/>.</summary>
    public void AddSummary(Block block, string text, bool sameParagraph = false)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return;
        }

        // Collected in a builder (appending to the string each time is quadratic); Basics.Summary is set by CompleteSummary.
        if (_summary is null)
        {
            _summary = new System.Text.StringBuilder(text);
        }
        else
        {
            _summary.Append(sameParagraph ? " " : "\n\n").Append(text);
        }

        Ledger.Claim(block, Basics, "summary");
    }

    private System.Text.StringBuilder? _summary;

    /// <summary>Sets <c>basics.summary</c> from what <see cref="AddSummary"/> collected (once the section readers are done).</summary>
    public void CompleteSummary()
    {
        if (_summary is not null)
        {
            Basics.Summary = _summary.ToString();
        }
    }

    public Location Location => Basics.Location ??= new Location();

    public void SetLocation(LocationMatch match, Block block)
    {
        if (Basics.Location is { } existing && (existing.City ?? existing.CountryCode ?? existing.Region) is not null)
        {
            Ledger.Reject(block, "a second place; the résumé keeps the first");
            return;
        }

        var location = Location;
        location.City = match.City;
        location.Region = match.Region;
        location.CountryCode = match.CountryCode;
        location.PostalCode ??= match.PostalCode;
        if (match.City is null && match.Region is null && match.CountryCode is null)
        {
            location.Address = match.Text;
        }

        Ledger.Claim(block, location);
    }

    public void AddProfile(ProfileMatch match, Block block)
    {
        var profiles = Basics.Profiles ??= [];
        var existing = profiles.Find(p => string.Equals(p.Url?.TrimEnd('/'), match.Url.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            || (string.Equals(p.Network, match.Network, StringComparison.OrdinalIgnoreCase) && string.Equals(p.Username, match.Username, StringComparison.OrdinalIgnoreCase)));
        if (existing is null)
        {
            existing = new Profile { Network = match.Network, Username = match.Username, Url = match.Url };
            profiles.Add(existing);
        }

        Ledger.Claim(block, existing);
    }

    public static T Add<T>(List<T> list, T item)
    {
        list.Add(item);
        return item;
    }
}
