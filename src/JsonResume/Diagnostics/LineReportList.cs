using System.Collections;

namespace JsonResume.Diagnostics;

/// <summary>
/// The per-line report of an import, kept as runs of consecutive lines that share disposition, pointers and reason.
/// </summary>
/// <remarks>
/// A report has one entry per input line, so holding a <see cref="LineReport"/> object (and a pointer list) for each
/// line made the report alone some 70 times the size of a document of many short lines. Runs are few (a paragraph, an
/// entry's bullets, a blank stretch), and a <see cref="LineReport"/> is made only when one is read.
/// </remarks>
internal sealed class LineReportList : IReadOnlyList<LineReport>
{
    private readonly List<Run> _runs = [];

    /// <summary>The number of lines added.</summary>
    public int Count { get; private set; }

    /// <summary>The number of runs of equal lines kept.</summary>
    public int RunCount => _runs.Count;

    /// <summary>The report of one line.</summary>
    /// <param name="index">0-based position, the line number minus one.</param>
    public LineReport this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var lo = 0;
            var hi = _runs.Count - 1;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) / 2;
                if (_runs[mid].Start <= index)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return _runs[lo].At(index);
        }
    }

    /// <summary>Adds the next line's report (line numbers are positions, so only the content is given).</summary>
    /// <param name="disposition">What became of the line.</param>
    /// <param name="pointers">The values it fed; the list must not change afterwards.</param>
    /// <param name="reason">Why it was not understood, or what hid it.</param>
    public void Add(LineDisposition disposition, IReadOnlyList<string> pointers, string? reason)
    {
        if (_runs.Count > 0 && _runs[^1] is var last && last.Disposition == disposition
            && string.Equals(last.Reason, reason, StringComparison.Ordinal) && SamePointers(last.Pointers, pointers))
        {
            _runs[^1] = last with { Length = last.Length + 1 };
        }
        else
        {
            _runs.Add(new Run(Count, 1, disposition, pointers.Count == 0 ? [] : pointers, reason));
        }

        Count++;
    }

    /// <summary>Adds a line's report; its line number must be the next one.</summary>
    /// <param name="report">The report.</param>
    public void Add(LineReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Line != Count + 1)
        {
            throw new ArgumentException($"Line {report.Line} added after line {Count}.", nameof(report));
        }

        Add(report.Disposition, report.Pointers, report.Reason);
    }

    /// <inheritdoc/>
    public IEnumerator<LineReport> GetEnumerator()
    {
        foreach (var run in _runs)
        {
            for (var i = run.Start; i < run.Start + run.Length; i++)
            {
                yield return run.At(i);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A list of reports as a compact one (itself when it already is).</summary>
    /// <param name="lines">Reports of lines 1 to n in order.</param>
    /// <returns>The compact list.</returns>
    public static LineReportList From(IEnumerable<LineReport> lines)
    {
        if (lines is LineReportList list)
        {
            return list;
        }

        var result = new LineReportList();
        foreach (var line in lines)
        {
            result.Add(line);
        }

        return result;
    }

    private static bool SamePointers(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private readonly record struct Run(int Start, int Length, LineDisposition Disposition, IReadOnlyList<string> Pointers, string? Reason)
    {
        public LineReport At(int index) => new(index + 1, Disposition, Pointers, Reason);
    }
}
