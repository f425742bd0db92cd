namespace Nabla.Notebooks;

/// <summary>The book's style sheet and chart script, inlined into every page (a few KB) so a page stands alone.</summary>
public static class BookStyles
{
    /// <summary>
    /// CSS: a readable column (max-width, works down to a 400px window), code and outputs that
    /// scroll sideways instead of widening the page, coloured tokens, red error boxes, and a print
    /// style that hides navigation and keeps charts, code and tables on one page each.
    /// </summary>
    public const string Css = """
        :root { --fg: #1f2328; --muted: #57606a; --bg: #fff; --code-bg: #f6f8fa; --border: #d0d7de; --accent: #0b5cad; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; color: var(--fg); background: var(--bg); font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", "DejaVu Sans", sans-serif; }
        :lang(ko) { word-break: keep-all; overflow-wrap: anywhere; }
        .page { max-width: 56rem; margin: 0 auto; padding: .5rem 1.25rem 3rem; }
        a { color: var(--accent); }
        h1, h2, h3, h4 { line-height: 1.25; margin: 1.4em 0 .5em; }
        h1 { font-size: 1.9rem; } h2 { font-size: 1.45rem; } h3 { font-size: 1.2rem; }
        nav.lesson-nav { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; align-items: baseline; padding: .6rem 0; border-bottom: 1px solid var(--border); font-size: .95rem; }
        nav.lesson-nav.bottom { border-bottom: 0; border-top: 1px solid var(--border); margin-top: 2.5rem; }
        nav.lesson-nav a { text-decoration: none; }
        nav.lesson-nav a:hover { text-decoration: underline; }
        nav.lesson-nav .next { margin-left: auto; }
        nav.lesson-nav .edition { font-weight: 600; }
        pre, code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .875rem; }
        pre { overflow-x: auto; margin: .4rem 0; padding: .7rem .9rem; line-height: 1.45; background: var(--code-bg); border-radius: 6px; }
        :not(pre) > code { background: var(--code-bg); padding: .1em .3em; border-radius: 4px; overflow-wrap: anywhere; }
        code.math { color: #3b3b8f; }
        .cell.code { margin: 1.25rem 0; }
        .cell .count { font: .75rem ui-monospace, monospace; color: var(--muted); margin-bottom: -.2rem; }
        .cell pre.src { border-left: 3px solid var(--accent); }
        .out { margin: .35rem 0 .6rem; max-width: 100%; overflow-x: auto; }
        pre.out { background: var(--bg); border: 1px solid var(--border); }
        pre.stderr { background: #fff8e5; border-color: #d4a72c; }
        .out.error { border: 1px solid #cf222e; background: #ffebe9; border-radius: 6px; padding: .5rem .8rem; }
        .out.error .ename { font-weight: 700; color: #a40e26; }
        .out.error pre { background: transparent; margin: .2rem 0 0; padding: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
        .out.chart { overflow-x: auto; overflow-y: hidden; }
        .out.image img { max-width: 100%; height: auto; }
        table { border-collapse: collapse; display: block; max-width: 100%; overflow-x: auto; margin: .8rem 0; }
        th, td { border: 1px solid var(--border); padding: .3rem .65rem; text-align: left; }
        th { background: var(--code-bg); }
        blockquote { margin: .8rem 0; padding: .1rem 1rem; border-left: 4px solid var(--border); color: var(--muted); }
        .banner { border-radius: 6px; padding: .6rem .9rem; margin: 1rem 0; }
        .banner.failed { background: #ffebe9; border: 1px solid #cf222e; }
        .status { font-size: .85rem; white-space: nowrap; }
        .status.ok { color: #1a7f37; } .status.failed { color: #cf222e; }
        ol.lessons { list-style: none; padding-left: 0; }
        ol.lessons > li { margin: 1.1rem 0; }
        ol.lessons .title { font-size: 1.15rem; font-weight: 600; }
        ol.lessons ul { margin: .3rem 0; color: var(--fg); }
        ol.lessons .study { color: var(--muted); font-size: .9rem; }
        .tok-kw { color: #cf222e; } .tok-str { color: #0a3069; } .tok-num { color: #0550ae; }
        .tok-com { color: #6e7781; font-style: italic; } .tok-dir { color: #8250df; font-weight: 600; }
        footer { color: var(--muted); font-size: .85rem; margin-top: 2rem; }
        @media (max-width: 480px) {
          body { font-size: 15px; }
          .page { padding: .25rem .7rem 2rem; }
          h1 { font-size: 1.5rem; } h2 { font-size: 1.25rem; }
          pre { padding: .5rem .6rem; font-size: .8rem; }
        }
        @media print {
          nav.lesson-nav, .no-print, .modebar-container { display: none !important; }
          body { font-size: 11pt; }
          .page { max-width: none; padding: 0; }
          pre { white-space: pre-wrap; overflow-wrap: anywhere; overflow: visible; }
          .out { overflow: visible; }
          .cell.code, pre, .out.chart, .out.image, table, .out.error { break-inside: avoid; page-break-inside: avoid; }
          h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
