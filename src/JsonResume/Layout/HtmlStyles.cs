namespace JsonResume.Layout;

/// <summary>The page's embedded style sheet: system fonts only, readable on screen, clean on paper.</summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root { --ink: #1f2328; --muted: #57606a; --rule: #d0d7de; --accent: #0b5cad; --tag: #eef2f6; }
        * { box-sizing: border-box; }
        html { font-size: 16px; }
        body { margin: 0; background: #f6f8fa; color: var(--ink);
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
          line-height: 1.5; }
        .resume { max-width: 52rem; margin: 2rem auto; padding: 2.5rem 3rem; background: #fff;
          border: 1px solid var(--rule); border-radius: 6px; }
        a { color: var(--accent); text-decoration: none; }
        a:hover, a:focus { text-decoration: underline; }
        a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
        .basics { border-bottom: 2px solid var(--ink); padding-bottom: 1.25rem; margin-bottom: 1.5rem; }
        h1 { font-size: 2.25rem; line-height: 1.15; margin: 0; letter-spacing: -0.01em; }
        .label { font-size: 1.2rem; color: var(--muted); margin: 0.25rem 0 0.75rem; }
        .contact { list-style: none; padding: 0; margin: 0.5rem 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem;
          font-size: 0.95rem; }
        .contact .k, .fields dt { color: var(--muted); font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; }
        .summary { margin: 0.75rem 0 0; }
        h2 { font-size: 0.95rem; text-transform: uppercase; letter-spacing: 0.12em; color: var(--accent);
          border-bottom: 1px solid var(--rule); padding-bottom: 0.25rem; margin: 1.75rem 0 0.75rem; }
        .entry { margin: 0 0 1.1rem; break-inside: avoid; }
        .entry-head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; gap: 0 1rem; }
        h3 { font-size: 1.05rem; margin: 0; }
        h3 .sub { font-weight: 500; }
        h3 .sep { color: var(--muted); font-weight: 400; }
        .untitled { color: var(--muted); font-style: italic; font-weight: 400; }
        .meta { margin: 0; color: var(--muted); font-size: 0.9rem; white-space: nowrap; }
        .meta .place::before { content: " · "; }
        .entry p { margin: 0.35rem 0; }
        .entry p.description { margin-top: 0.1rem; color: var(--muted); font-style: italic; }
        h3 a { color: inherit; border-bottom: 1px solid var(--rule); }
        h3 a:hover, h3 a:focus { text-decoration: none; border-bottom-color: var(--accent); }
        .fields { margin: 0.35rem 0; display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.75rem; }
        .fields div { display: contents; }
        .fields dt { padding-top: 0.15rem; }
        .fields dd { margin: 0; }
        .tags { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.3rem; }
        .tags li { background: var(--tag); border-radius: 3px; padding: 0 0.45rem; font-size: 0.88rem; }
        .highlights { margin: 0.35rem 0 0; padding-left: 1.25rem; }
        .highlights li { margin: 0.15rem 0; }
        .document { margin-top: 2rem; padding-top: 0.75rem; border-top: 1px solid var(--rule); font-size: 0.85rem; color: var(--muted); }
        @media (max-width: 40rem) { .resume { margin: 0; padding: 1.25rem; border: 0; border-radius: 0; } }
        @media print {
          @page { margin: 1.5cm; }
          body { background: #fff; font-size: 11pt; }
          .resume { max-width: none; margin: 0; padding: 0; border: 0; }
          a { color: inherit; }
          h2 { color: var(--ink); }
          .document { display: none; }
        }

        """;
}
