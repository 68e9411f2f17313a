using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using JsonResume.Diagnostics;
using JsonResume.Json;
using JsonResume.Model;
using JsonResume.Validation;

namespace JsonResume.Import.Assembling;

/// <summary>
/// The importer's last step, whatever read the document: its contract is that the résumé validates. Every value the
/// validator rejects (a date that is not ISO 8601, an empty address, a wrong type) is left out, never replaced by a
/// made-up one; the lines that fed it are reported as not placed, with the validator's reason, and a warning names
/// each value. Array items that follow a removed one move up, and the line report's pointers move with them.
/// </summary>
internal static class OutputGuard
{
    /// <summary>Removing a value cannot make another one invalid in JSON Resume (no required fields, no minimum
    /// counts); the extra rounds are a safety net.</summary>
    private const int MaxRounds = 4;

    public static Resume Apply(Resume resume, ref IReadOnlyList<LineReport> lines, List<Diagnostic> diagnostics)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var json = ResumeJson.WriteUtf8(resume);
            var errors = ResumeValidator.Validate(json).Diagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .GroupBy(d => d.InstanceLocation, StringComparer.Ordinal)
                .Select(g => g.First())
                .ToList();
            if (errors.Count == 0)
            {
                return resume;
            }

            // Keep only the outermost rejected values: removing one removes what it holds.
            var pointers = errors.Select(e => e.InstanceLocation).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);
            var removals = errors
                .Where(e => e.InstanceLocation.Length > 0 && !Ancestors(e.InstanceLocation).Any(pointers.Contains))
                .ToList();
            if (removals.Count == 0)
            {
                break;
            }

            var root = JsonNode.Parse(json, documentOptions: Limits.Document)!.AsObject();
            var removed = new List<(string Pointer, bool InArray)>();
            foreach (var error in removals.OrderByDescending(e => e.InstanceLocation, PointerOrder.Instance))
            {
                if (Remove(root, error.InstanceLocation) is { } inArray)
                {
                    removed.Add((error.InstanceLocation, inArray));
                    Report(error, lines, diagnostics);
                }
            }

            lines = Move(lines, removed, errors);
            resume = ResumeJson.Read(Encoding.UTF8.GetBytes(root.ToJsonString(Limits.Node))).Resume ?? new Resume();
        }

        // Never reached for JSON Resume 1.3.1; if a schema change makes it so, an empty résumé is still valid.
        lines = LineReportList.From(lines.Select(l => l.Disposition == LineDisposition.Imported
            ? new LineReport(l.Line, LineDisposition.NotUnderstood, [], "the résumé it fed could not be made valid") : l));
        return new Resume();
    }

    private static void Report(Diagnostic error, IReadOnlyList<LineReport> lines, List<Diagnostic> diagnostics)
    {
        var source = lines.FirstOrDefault(l => l.Pointers.Any(p => IsAtOrUnder(p, error.InstanceLocation)));
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.ImportValueRejected,
            $"{error.InstanceLocation}: the value read{(source is null ? "" : $" from line {source.Line}")} was left out: {error.Message}")
        {
            InstanceLocation = error.InstanceLocation,
            Found = error.Found,
            Line = source?.Line ?? 0,
            Column = source is null ? 0 : 1,
            Hint = "Check that line in the document; the rest of the résumé was imported.",
        });
    }

    /// <summary>The report after a round of removals: pointers into removed values are gone (a line left with none is
    /// not placed, with the reason), later array items move up.</summary>
    private static LineReportList Move(IReadOnlyList<LineReport> lines, List<(string Pointer, bool InArray)> removed, List<Diagnostic> errors)
    {
        var result = new LineReportList();
        foreach (var line in lines)
        {
            if (line.Disposition != LineDisposition.Imported)
            {
                result.Add(line);
                continue;
            }

            var kept = new List<string>();
            string? reason = null;
            foreach (var pointer in line.Pointers)
            {
                var hit = removed.FirstOrDefault(r => IsAtOrUnder(pointer, r.Pointer));
                if (hit.Pointer is not null)
                {
                    reason ??= errors.First(e => e.InstanceLocation == hit.Pointer).Message;
                    continue;
                }

                kept.Add(Shift(pointer, removed));
            }

            result.Add(kept.Count > 0
                ? line with { Pointers = kept }
                : new LineReport(line.Line, LineDisposition.NotUnderstood, [], $"its value broke a schema rule and was left out: {reason}"));
        }

        return result;
    }

    /// <summary>A pointer after array items before it were removed.</summary>
    private static string Shift(string pointer, List<(string Pointer, bool InArray)> removed)
    {
        var tokens = JsonPointer.Split(pointer).ToArray();
        var prefix = "";
        for (var k = 0; k < tokens.Length; k++)
        {
            if (int.TryParse(tokens[k], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                var before = 0;
                foreach (var (r, inArray) in removed)
                {
                    if (inArray && Parent(r) == prefix && int.TryParse(JsonPointer.Split(r)[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var j) && j < index)
                    {
                        before++;
                    }
                }

                tokens[k] = (index - before).ToString(CultureInfo.InvariantCulture);
            }

            prefix = JsonPointer.Append(prefix, JsonPointer.Split(pointer)[k]);
        }

        return tokens.Aggregate("", JsonPointer.Append);
    }

    /// <summary>Removes the value at a pointer: whether it was an array item, or null when it was not found.</summary>
    private static bool? Remove(JsonObject root, string pointer)
    {
        var tokens = JsonPointer.Split(pointer);
        JsonNode? parent = root;
        foreach (var token in tokens.Take(tokens.Count - 1))
        {
            parent = parent switch
            {
                JsonObject o => o[token],
                JsonArray a when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                _ => null,
            };
        }

        switch (parent)
        {
            case JsonObject o when o.ContainsKey(tokens[^1]):
                o.Remove(tokens[^1]);
                return false;
            case JsonArray a when int.TryParse(tokens[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count:
                a.RemoveAt(i);
                return true;
            default:
                return null;
        }
    }

    private static IEnumerable<string> Ancestors(string pointer)
    {
        for (var p = Parent(pointer); p is not null; p = Parent(p))
        {
            yield return p;
        }
    }

    private static string? Parent(string pointer)
    {
        if (pointer.Length == 0)
        {
            return null;
        }

        var slash = pointer.LastIndexOf('/');
        return pointer[..slash];
    }

    private static bool IsAtOrUnder(string pointer, string ancestor) =>
        pointer == ancestor || (pointer.StartsWith(ancestor, StringComparison.Ordinal) && pointer.Length > ancestor.Length && pointer[ancestor.Length] == '/');

    /// <summary>Orders pointers so that, within one array, higher indices come first when sorted descending.</summary>
    private sealed class PointerOrder : IComparer<string>
    {
        public static readonly PointerOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = JsonPointer.Split(x ?? "");
            var b = JsonPointer.Split(y ?? "");
            for (var k = 0; k < Math.Min(a.Count, b.Count); k++)
            {
                var c = int.TryParse(a[k], NumberStyles.None, CultureInfo.InvariantCulture, out var i) && int.TryParse(b[k], NumberStyles.None, CultureInfo.InvariantCulture, out var j)
                    ? i.CompareTo(j)
                    : string.CompareOrdinal(a[k], b[k]);
                if (c != 0)
                {
                    return c;
                }
            }

            return a.Count.CompareTo(b.Count);
        }
    }
}
