namespace Nabla.Plots;

/// <summary>
/// One-call charts for the lessons. Every method returns a Plotly.NET <c>GenericChart</c>: make it the last
/// expression of a cell, or pass it to <c>display(...)</c>, and the notebook draws it.
/// </summary>
/// <remarks>
/// Titles, axis titles and legends have sensible defaults and are overridden by the optional parameters.
/// Inputs are checked, and errors say what was expected and what was found ("Line: x has 10 points but y has 9").
/// NaN and infinite values are drawn as gaps (a diverged run shows where it diverged). Each call builds a
/// new chart, so two cells never share one.
/// </remarks>
public static partial class Plot
{
}
