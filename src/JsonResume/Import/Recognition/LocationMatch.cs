namespace JsonResume.Import.Recognition;

/// <summary>A place recognised in text.</summary>
/// <param name="Text">The place as written (trimmed).</param>
/// <param name="City">The city or town, when the text names one.</param>
/// <param name="Region">The state, province or region as written, when given.</param>
/// <param name="CountryCode">The ISO 3166-1 alpha-2 code, only when the text makes the country certain.</param>
/// <param name="PostalCode">A postal code written with the place.</param>
internal sealed record LocationMatch(string Text, string? City, string? Region, string? CountryCode, string? PostalCode);
