namespace JsonResume.RoundTrip;

/// <summary>The format a round trip goes through.</summary>
public enum RoundTripVia
{
    /// <summary>JSON: <c>ResumeJson.Write</c> then <c>ResumeJson.Read</c>; nothing may change.</summary>
    Json,

    /// <summary>Markdown: <c>ResumeRenderer.ToMarkdown</c> then <c>ResumeImporter.ReadMarkdown</c>; the white-space rule applies.</summary>
    Markdown,

    /// <summary>Plain text: <c>ResumeRenderer.ToText</c> then <c>ResumeImporter.ReadText</c>; the white-space rule applies.</summary>
    Text,
}
