using System.Text;

namespace Nabla.Notebooks;

/// <summary>
/// The HTML document around a page's content. The charset meta tag is the first element of
/// <c>&lt;head&gt;</c>, before any script, so a page opened from file:// decodes as UTF-8.
/// </summary>
public static class PageShell
{
    /// <summary>Where the shared plotly.js file lives, relative to the pages.</summary>
    public const string PlotlyAsset = "assets/plotly.min.js";

    /// <summary>
    /// Shrinks charts whose layout asks for more width than the column has (and grows them back up
    /// to their own width), on load and on every window resize, but never below 70% of their own width:
    /// narrower, labels collide, so a chart on a phone scrolls sideways instead. Below 560 px the legend
    /// moves under the plot so that the plot keeps its width, and a title too long for the chart wraps
    /// onto more lines instead of being cut. Runs after plotly.js drew the charts.
    /// </summary>
    public const string FitChartsScript = """
        (function () {
          function fit() {
            if (typeof Plotly === 'undefined') return;
            document.querySelectorAll('.out.chart .js-plotly-plot').forEach(function (el) {
              var layout = el.layout || {};
              if (el.dataset.nablaWidth === undefined) {
                el.dataset.nablaWidth = layout.width || '';
                el.dataset.nablaLegend = JSON.stringify(layout.legend || {});
                el.dataset.nablaTitle = (layout.title && layout.title.text) || '';
                el.dataset.nablaHeight = layout.height || '';
                el.dataset.nablaTop = (el._fullLayout && el._fullLayout.margin && el._fullLayout.margin.t) || 100;
              }
              var wanted = Number(el.dataset.nablaWidth) || 0;
              var room = el.parentElement ? el.parentElement.clientWidth : 0;
              if (!wanted || !room) { Plotly.Plots.resize(el); return; }
              var width = Math.max(Math.min(wanted, room), Math.round(0.7 * wanted));
              var narrow = width < 560;
              var update = {};
              if (width !== layout.width) update.width = width;
              var title = wrap(el.dataset.nablaTitle, Math.floor((Math.min(width, room) - 60) / 9));
              if (title && title !== (layout.title && layout.title.text)) {
                var extra = 22 * (title.split('<br>').length - 1); // each added title line gets room above the plot
                update['title.text'] = title;
                update['margin.t'] = Number(el.dataset.nablaTop) + extra;
                if (el.dataset.nablaHeight) update.height = Number(el.dataset.nablaHeight) + extra;
              }
              if (narrow !== (el.dataset.nablaNarrow === '1')) {
                el.dataset.nablaNarrow = narrow ? '1' : '0';
                update.legend = narrow
                  ? { orientation: 'h', x: 0, xanchor: 'left', y: -0.2, yanchor: 'top' }
                  : JSON.parse(el.dataset.nablaLegend);
              }
              if (Object.keys(update).length > 0) Plotly.relayout(el, update);
            });
          }
          function wrap(text, chars) {
            if (!text || text.length <= chars || text.indexOf('<br>') >= 0) return text;
            var lines = [], line = '';
            text.split(' ').forEach(function (word) {
              if (line && (line + ' ' + word).length > chars) { lines.push(line); line = word; }
              else line = line ? line + ' ' + word : word;
            });
            lines.push(line);
            return lines.join('<br>');
          }
          var pending = 0;
          function later() { cancelAnimationFrame(pending); pending = requestAnimationFrame(fit); }
          window.addEventListener('load', fit);
          window.addEventListener('resize', later);
          window.addEventListener('beforeprint', fit);
        })();
        """;

    /// <summary>A complete HTML page.</summary>
    /// <param name="title">The document title (plain text; escaped here).</param>
    /// <param name="body">The body's inner HTML.</param>
    /// <param name="withPlotly">True when the page shows charts: loads the shared plotly.js once, in the head.</param>
    /// <param name="language">The pages' language tag ("en", "ko"): browsers pick fonts and hyphenation by it.</param>
    /// <param name="assetPrefix">From the page to the folder holding <c>assets/</c> ("" or "../").</param>
    public static string Page(string title, string body, bool withPlotly, string language = "en", string assetPrefix = "")
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(HtmlText.Escape(language)).Append("\">\n<head>\n");
        sb.Append("<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<meta name=\"generator\" content=\"nabla book\">\n");
        sb.Append("<title>").Append(HtmlText.Escape(title)).Append("</title>\n");
        sb.Append("<style>\n").Append(BookStyles.Css).Append("\n</style>\n");
        if (withPlotly)
            sb.Append("<script src=\"").Append(assetPrefix).Append(PlotlyAsset).Append("\"></script>\n");
        sb.Append("</head>\n<body>\n<div class=\"page\">\n");
        sb.Append(body);
        sb.Append("</div>\n");
        if (withPlotly)
            sb.Append("<script>\n").Append(FitChartsScript).Append("\n</script>\n");
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }
}
