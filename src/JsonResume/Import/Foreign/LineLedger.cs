using JsonResume.Diagnostics;
using JsonResume.Model;

namespace JsonResume.Import.Foreign;

/// <summary>
/// Keeps, for every source line, what became of it while a document is imported. Content claims name the model object
/// and field they fed; pointers are resolved once the résumé is final, so array positions are the published ones.
/// </summary>
internal sealed class LineLedger
{
    private readonly List<(object Owner, string? Field, int? Index)>?[] _claims;
    private readonly LineDisposition?[] _hidden;
    private readonly string?[] _reasons;
    private readonly bool[] _markup;
    private readonly bool[] _blank;
    private readonly Dictionary<object, object> _redirects = new(ReferenceEqualityComparer.Instance);

    public LineLedger(IReadOnlyList<string> lines)
    {
        LineCount = lines.Count;
        _claims = new List<(object, string?, int?)>?[LineCount + 2];
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
        for (var i = Math.Max(first, 1); i <= Math.Min(last, LineCount); i++)
        {
            if (_hidden[i] is null)
            {
                (_claims[i] ??= []).Add((owner, field, index));
            }
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
        var result = new List<LineReport>(LineCount);
        for (var line = 1; line <= LineCount; line++)
        {
            if (_hidden[line] is { } hidden)
            {
                result.Add(new LineReport(line, hidden, [], _reasons[line]));
                continue;
            }

            var pointers = new List<string>();
            foreach (var (owner, field, index) in _claims[line] ?? [])
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

            if (pointers.Count > 0)
            {
                result.Add(new LineReport(line, LineDisposition.Imported, pointers, null));
            }
            else if (_blank[line])
            {
                result.Add(new LineReport(line, LineDisposition.Blank, [], null));
            }
            else if (_reasons[line] is { } reason)
            {
                result.Add(new LineReport(line, LineDisposition.NotUnderstood, [], reason));
            }
            else if (_markup[line])
            {
                result.Add(new LineReport(line, LineDisposition.Markup, [], null));
            }
            else
            {
                result.Add(new LineReport(line, LineDisposition.NotUnderstood, [], _claims[line] is null ? "no rule placed this line" : "its entry held nothing the schema keeps"));
            }
        }

        return result;
    }
}
