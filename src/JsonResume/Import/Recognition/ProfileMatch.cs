namespace JsonResume.Import.Recognition;

/// <summary>A profile on a known network.</summary>
/// <param name="Network">The network's usual name, such as <c>GitHub</c> or <c>Google Scholar</c>.</param>
/// <param name="Username">The username or identifier taken from the address.</param>
/// <param name="Url">The address, with a scheme.</param>
internal sealed record ProfileMatch(string Network, string Username, string Url);
