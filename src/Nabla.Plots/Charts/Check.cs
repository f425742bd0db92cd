namespace Nabla.Plots;

/// <summary>Argument checks whose messages name the chart, what was expected and what was found.</summary>
internal static class Check
{
    /// <summary>Throws when <paramref name="value"/> is null: "Line: y is null".</summary>
    public static T NotNull<T>(T? value, string chart, string name)
        where T : class =>
        value ?? throw new ArgumentNullException(name, $"{chart}: {name} is null.");

    /// <summary>Throws unless both sequences have the same length: "Line: x has 10 points but y has 9".</summary>
    public static void SameLength(string chart, string aName, int a, string bName, int b, string unit = "points")
    {
        if (a != b)
        {
            throw new ArgumentException($"{chart}: {aName} has {a} {unit} but {bName} has {b}.", bName);
        }
    }

    /// <summary>Throws when a sequence is empty: "Scatter: x has no points; at least 1 is needed".</summary>
    public static void NotEmpty(string chart, string name, int count, string unit = "points")
    {
        if (count == 0)
        {
            throw new ArgumentException($"{chart}: {name} has no {unit}; at least 1 is needed.", name);
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is at least <paramref name="min"/>.</summary>
    public static void AtLeast(string chart, string name, int value, int min)
    {
        if (value < min)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{chart}: {name} must be at least {min}, got {value}.");
        }
    }

    /// <summary>Throws unless from &lt; to and both are finite.</summary>
    public static void Range(string chart, double from, double to)
    {
        if (!double.IsFinite(from) || !double.IsFinite(to) || from >= to)
        {
            throw new ArgumentException(FormattableString.Invariant($"{chart}: expected a finite range with from < to, got from = {from}, to = {to}."));
        }
    }

    /// <summary>Throws when a label is negative: "ScatterByClass: labels must be 0, 1, 2, ...; found -1 at index 3".</summary>
    public static void Labels(string chart, IReadOnlyList<int> labels)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] < 0)
            {
                throw new ArgumentException($"{chart}: labels must be class indices 0, 1, 2, ...; found {labels[i]} at index {i}.", nameof(labels));
            }
        }
    }

    /// <summary>Throws when a class has no name: "ScatterByClass: classNames has 2 names but the labels go up to 2".</summary>
    public static void ClassNames(string chart, IReadOnlyList<string>? classNames, IReadOnlyList<int> labels)
    {
        var max = labels.Count == 0 ? -1 : labels.Max();
        if (classNames is not null && classNames.Count <= max)
        {
            throw new ArgumentException(
                $"{chart}: classNames has {classNames.Count} names but the labels go up to {max} (one name per class 0..{max} is needed).",
                nameof(classNames));
        }
    }

    /// <summary>The name of class <paramref name="k"/>: from the list when given, else "class k".</summary>
    public static string ClassName(IReadOnlyList<string>? classNames, int k) => classNames?[k] ?? $"class {k}";
}
