using JsonResume.Diagnostics;
using JsonResume.Model;

namespace JsonResume.Import.Blocks;

/// <summary>
/// Keeps, for every source line, what became of it while a document is imported. Content claims name the model object
/// and field they fed; pointers are resolved once the résumé is final, so array positions are the published ones.
/// </summary>
internal sealed class LineLedger
{
    // Claims are kept as line ranges, one per call: a block of many lines is claimed once, not once per line, so the
    // ledger's size follows the number of blocks, not the number of lines.
    private readonly List<ClaimRange> _claims = [];
    private readonly LineDisposition?[] _hidden;
    private readonly string?[] _reasons;
    private readonly bool[] _markup;
    private readonly bool[] _blank;
    private readonly Dictionary<object, object> _redirects = new(ReferenceEqualityComparer.Instance);

    public LineLedger(IReadOnlyList<string> lines)
    {
        LineCount = lines.Count;
        _hidden = new LineDisposition?[LineCount + 2];
        _reasons = new string?[LineCount + 2];
        _markup = new bool[LineCount + 2];
        _blank = new bool[LineCount + 2];
        for (var i = 0; i < LineCount; i++)
        {
            _blank[i + 1] = string.IsNullOrWhiteSpace(lines[i]);
        }
    }

    public int LineCount { get; }

    /// <summary>Marks lines hidden (comment, front matter, style): hidden lines are never imported.</summary>
    public void Hide(int first, int last, LineDisposition why, string reason)
    {
        for (var i = Math.Max(first, 1); i <= Math.Min(last, LineCount); i++)
        {
            _hidden[i] ??= why;
            _reasons[i] ??= reason;
        }
    }

    public bool IsHidden(int line) => line >= 1 && line <= LineCount && _hidden[line] is not null;

    /// <summary>Marks lines as layout only (rules, fences, markup without text), unless something else claims them.</summary>
    public void Markup(int first, int last)
    {
        for (var i = Math.Max(first, 1); i <= Math.Min(last, LineCount); i++)
        {
            _markup[i] = true;
        }
    }

    public void Claim(Block block, object owner, string? field = null, int? index = null) => Claim(block.FirstLine, block.LastLine, owner, field, index);

    public void Claim(int first, int last, object owner, string? field = null, int? index = null)
    {
        first = Math.Max(first, 1);
        last = Math.Min(last, LineCount);
        if (first <= last)
        {
            // Lines hidden now stay hidden, and a hidden line's report never looks at its claims.
            _claims.Add(new ClaimRange(first, last, owner, field, index));
        }
    }

    /// <summary>Records why lines were not understood (a claim made later wins).</summary>
    public void Reject(Block block, string reason) => Reject(block.FirstLine, block.LastLine, reason);

    public void Reject(int first, int last, string reason)
    {
        for (var i = Math.Max(first, 1); i <= Math.Min(last, LineCount); i++)
        {
            if (_hidden[i] is null)
            {
                _reasons[i] ??= reason;
            }
        }
    }

    /// <summary>Claims on one object now count for another (an entry merged into its twin).</summary>
    public void Redirect(object from, object to) => _redirects[from] = to;

    public IReadOnlyList<LineReport> Resolve(Resume resume)
    {
        var paths = PointerMap.Build(resume);
        var result = new LineReportList();
        // A sweep over the lines with the claims that cover the current line, in the order they were made (the order
        // of a line's pointers); the pointers are worked out again only when that set changes.
        var byStart = _claims.Select((c, order) => (Claim: c, Order: order)).OrderBy(c => c.Claim.First).ThenBy(c => c.Order).ToList();
        var active = new List<(ClaimRange Claim, int Order)>();
        var next = 0;
        List<string> pointers = [];
        var changed = true;
        for (var line = 1; line <= LineCount; line++)
        {
            changed |= active.RemoveAll(c => c.Claim.Last < line) > 0;
            for (; next < byStart.Count && byStart[next].Claim.First == line; next++)
            {
                var at = active.FindIndex(c => c.Order > byStart[next].Order);
                active.Insert(at < 0 ? active.Count : at, byStart[next]);
                changed = true;
            }

            if (_hidden[line] is { } hidden)
            {
                result.Add(hidden, [], _reasons[line]);
                continue;
            }

            if (changed)
            {
                pointers = Pointers(active, paths);
                changed = false;
            }

            if (pointers.Count > 0)
            {
                result.Add(LineDisposition.Imported, pointers, null);
            }
            else if (_blank[line])
            {
                result.Add(LineDisposition.Blank, [], null);
            }
            else if (_reasons[line] is { } reason)
            {
                result.Add(LineDisposition.NotUnderstood, [], reason);
            }
            else if (_markup[line])
            {
                result.Add(LineDisposition.Markup, [], null);
            }
            else
            {
                result.Add(LineDisposition.NotUnderstood, [], active.Count == 0 ? "no rule placed this line" : "its entry held nothing the schema keeps");
            }
        }

        return result;
    }

    private List<string> Pointers(List<(ClaimRange Claim, int Order)> active, Dictionary<object, string> paths)
    {
        var pointers = new List<string>();
        foreach (var ((_, _, owner, field, index), _) in active)
        {
            if (owner is string literal)
            {
                if (!pointers.Contains(literal))
                {
                    pointers.Add(literal);
                }

                continue;
            }

            var target = owner;
            while (_redirects.TryGetValue(target, out var next))
            {
                target = next;
            }

            if (paths.TryGetValue(target, out var path))
            {
                var pointer = field is null ? path : $"{path}/{field}";
                pointer = index is { } k ? $"{pointer}/{k}" : pointer;
                if (!pointers.Contains(pointer))
                {
                    pointers.Add(pointer);
                }
            }
        }

        return pointers;
    }

    private readonly record struct ClaimRange(int First, int Last, object Owner, string? Field, int? Index);
}
