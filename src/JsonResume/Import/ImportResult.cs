using JsonResume.Model;

namespace JsonResume.Import;

/// <summary>What an import produced: the résumé and an account of every input line.</summary>
/// <param name="Resume">The résumé; it always validates against the JSON Resume schema.</param>
/// <param name="Report">Where each line went, what was hidden and what was not understood.</param>
public sealed record ImportResult(Resume Resume, ConversionReport Report);
