using System.Net;
using System.Reflection;
using System.Text;

namespace Nabla.Notebooks;

/// <summary>Renders a sequence as a plain HTML table (for <c>DisplayTable()</c>).</summary>
internal static class HtmlTable
{
    /// <summary>One row per element; columns are the element type's public properties and fields, or "value" for simple types.</summary>
    public static string Render<T>(IEnumerable<T> rows)
    {
        var type = typeof(T);
        bool simple = type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(object);
        MemberInfo[] members = simple ? [] :
        [
            .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0),
            .. type.GetFields(BindingFlags.Public | BindingFlags.Instance),
        ];
        var html = new StringBuilder("<table><thead><tr>");
        foreach (var name in members.Length == 0 ? ["value"] : members.Select(m => m.Name))
            html.Append("<th>").Append(WebUtility.HtmlEncode(name)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            if (members.Length == 0)
                Cell(html, row);
            foreach (var member in members)
                Cell(html, member is PropertyInfo p ? p.GetValue(row) : ((FieldInfo)member).GetValue(row));
            html.Append("</tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    private static void Cell(StringBuilder html, object? value) =>
        html.Append("<td>").Append(WebUtility.HtmlEncode(value?.ToString() ?? "<null>")).Append("</td>");
}
