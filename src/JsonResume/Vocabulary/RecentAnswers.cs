namespace JsonResume.Vocabulary;

/// <summary>
/// The answers of a pure function of a text for the texts asked about recently. The converter's rules ask about the same
/// line several times (joining, segmenting, splitting its fields), and some answers cost regular-expression passes. Not
/// thread-safe: each use keeps one per thread. Bounded: when full it starts again empty, so it holds at most a few
/// hundred lines of the documents read last.
/// </summary>
/// <typeparam name="T">The answer.</typeparam>
internal sealed class RecentAnswers<T>
{
    /// <summary>How many texts are kept by default: more than the lines of a long résumé.</summary>
    public const int DefaultCapacity = 512;

    private readonly Dictionary<string, T> _answers = new(StringComparer.Ordinal);
    private readonly int _capacity;

    /// <summary>Keeps at most <paramref name="capacity"/> answers.</summary>
    /// <param name="capacity">The bound.</param>
    public RecentAnswers(int capacity = DefaultCapacity) => _capacity = capacity;

    /// <summary>The answer for a text: kept, or computed and kept.</summary>
    /// <param name="text">The text.</param>
    /// <param name="compute">The function (pure: the same text always gives the same answer).</param>
    /// <returns>The answer.</returns>
    public T Get(string text, Func<string, T> compute)
    {
        if (_answers.TryGetValue(text, out var known))
        {
            return known;
        }

        var answer = compute(text);
        if (_answers.Count >= _capacity)
        {
            _answers.Clear();
        }

        _answers[text] = answer;
        return answer;
    }
}
