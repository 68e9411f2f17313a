namespace JsonResume.Vocabulary;

/// <summary>The words one language writes around dates in a résumé.</summary>
/// <param name="Language">The BCP 47 language tag.</param>
/// <param name="Source">Where the words come from.</param>
/// <param name="Present">"Present" words and phrases: an open end of a range (<c>heute</c>, <c>à ce jour</c>). The
/// first is the one the renderers write (<c>2019-03 – heute</c>), so reordering them changes rendered output.</param>
/// <param name="PresentWithSeparator">"Until now" phrases that carry the range separator in themselves (<c>bis heute</c>,
/// <c>по настоящее время</c>, <c>至今</c>), so <c>2019 至今</c> is a range without a dash.</param>
/// <param name="Separators">Words between the two ends of a range (<c>to</c>, <c>bis</c>, <c>до</c>).</param>
/// <param name="From">Words before the start of a range (<c>from</c>, <c>von</c>); kept in the match.</param>
/// <param name="Since">Words making one date an open range (<c>since</c>, <c>seit</c>, <c>с</c>).</param>
/// <param name="Seasons">Season and term names; a season gives the year only.</param>
internal sealed record DateWordTable(
    string Language,
    string Source,
    string[] Present,
    string[] PresentWithSeparator,
    string[] Separators,
    string[] From,
    string[] Since,
    string[] Seasons);
