namespace JsonResume.Layout;

/// <summary>What a date line says: a start date or single date, an end date, and a place.</summary>
/// <param name="Start">The start date of a range, or the only date.</param>
/// <param name="End">The end date of a range; null when the range is open ("present") or for a single date.</param>
/// <param name="Place">What follows the dates: a location, an awarder, an issuer or a publisher; null when absent.</param>
internal sealed record DateLine(string Start, string? End, string? Place);
