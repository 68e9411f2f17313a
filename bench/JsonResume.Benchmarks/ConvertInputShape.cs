namespace JsonResume.Benchmarks;

/// <summary>Shapes of generated converter input.</summary>
public enum ConvertInputShape
{
    /// <summary>Job entries under headings, with dates and bullets.</summary>
    Resume,

    /// <summary>Very many short lines.</summary>
    ShortLines,

    /// <summary>Lines of one repeated word.</summary>
    RepeatedWord,

    /// <summary>One line, no line break.</summary>
    OneLine,

    /// <summary>A 100,000-character first line, then a list.</summary>
    LongFirstLine,

    /// <summary>Plain text in the shape of the library's own text layout.</summary>
    OwnLayout,
}
