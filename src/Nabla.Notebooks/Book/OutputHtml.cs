using System.Text;

namespace Nabla.Notebooks;

/// <summary>
/// Renders one cell output as HTML. Rich mime types win over plain text: text/html is inserted
/// as is (charts are text/html that call <c>Plotly.newPlot</c>), images are embedded, and every
/// text (text/plain, streams, errors) is escaped inside <c>&lt;pre&gt;</c> so it can never run.
/// </summary>
public static class OutputHtml
{
    /// <summary>Mime types the book can show, richest first.</summary>
    public static readonly IReadOnlyList<string> MimePreference =
        ["text/html", "image/svg+xml", "image/png", "image/jpeg", "text/markdown", "application/json", "text/plain"];

    /// <summary>True when the output draws a Plotly chart (text/html calling <c>Plotly.newPlot</c>).</summary>
    public static bool IsChart(CellOutput output) =>
        output.Data.TryGetValue("text/html", out var html) && html.Contains("Plotly.newPlot", StringComparison.Ordinal);

    /// <summary>The HTML for <paramref name="output"/>.</summary>
    public static string Render(CellOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output.OutputType switch
        {
            "stream" => Pre(output.StreamName == "stderr" ? "out stream stderr" : "out stream stdout", output.Text),
            "error" => Error(output),
            "display_data" or "execute_result" => Data(output),
            _ => Pre("out unknown", $"(output type \"{output.OutputType}\" is not shown in the book)"),
        };
    }

    private static string Data(CellOutput output)
    {
        string? mime = MimePreference.FirstOrDefault(output.Data.ContainsKey) ?? output.Data.Keys.FirstOrDefault();
        if (mime is null)
            return "";
        string content = output.Data[mime];
        return mime switch
        {
            // The page loads plotly.js once from assets/: drop the copy the session's first chart carries.
            "text/html" when IsChart(output) => $"<div class=\"out chart\">{Nabla.Interactive.PlotlyLibrary.Strip(content)}</div>",
            "text/html" => $"<div class=\"out html\">{content}</div>",
            "image/svg+xml" => $"<div class=\"out image\">{content}</div>",
            "image/png" or "image/jpeg" =>
                $"<div class=\"out image\"><img alt=\"cell output\" src=\"data:{mime};base64,{HtmlText.Escape(content.Replace("\n", ""))}\"></div>",
            "text/markdown" => $"<div class=\"out markdown\">{MarkdownHtml.ToHtml(content)}</div>",
            _ => Pre("out text", content),
        };
    }

    private static string Error(CellOutput output)
    {
        string value = HtmlText.StripAnsi(output.ErrorValue ?? "");
        string traceback = HtmlText.StripAnsi(string.Join('\n', output.Traceback)).Trim();
        var sb = new StringBuilder("<div class=\"out error\" role=\"alert\">");
        sb.Append("<div class=\"ename\">").Append(HtmlText.Escape(string.IsNullOrEmpty(output.ErrorName) ? "Error" : output.ErrorName))
          .Append("</div>");
        sb.Append(Pre("evalue", value));
        if (traceback.Length > 0 && traceback != value.Trim())
            sb.Append("<details><summary>Traceback</summary>").Append(Pre("traceback", traceback)).Append("</details>");
        return sb.Append("</div>").ToString();
    }

    private static string Pre(string cssClass, string? text) =>
        $"<pre class=\"{cssClass}\">{HtmlText.Escape(text?.TrimEnd('\n'))}</pre>";
}
