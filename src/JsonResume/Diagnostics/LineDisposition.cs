namespace JsonResume.Diagnostics;

/// <summary>What became of one line of an imported document.</summary>
public enum LineDisposition
{
    /// <summary>Its content went into the résumé (see <see cref="LineReport.Pointers"/>).</summary>
    Imported,

    /// <summary>It holds content that no rule could place (see <see cref="LineReport.Reason"/>).</summary>
    NotUnderstood,

    /// <summary>It is inside an HTML comment, which readers do not see.</summary>
    Comment,

    /// <summary>It is front matter that holds no résumé field.</summary>
    FrontMatter,

    /// <summary>It is styling (a <c>&lt;style&gt;</c> or <c>&lt;script&gt;</c> block).</summary>
    Style,

    /// <summary>It is blank.</summary>
    Blank,

    /// <summary>It is layout only: a rule, an underline, a table border, a code fence, markup without text.</summary>
    Markup,
}
