namespace Nabla.Notebooks;

/// <summary>
/// Finds instructor-only text in a student version: any line of a solution region or of a hidden-test region that
/// appears in a student cell. Short lines (<c>}</c>, <c>return s;</c>) are skipped: they are common to any code.
/// </summary>
public static class AssignmentLeaks
{
    /// <summary>Lines shorter than this (without spaces) are too common to count as a leak.</summary>
    public const int MinimumLength = 12;

    /// <summary>Every leaked line, as "cell N ('id'): line L of its solution|hidden tests survives: `text`".</summary>
    public static IReadOnlyList<string> Find(Assignment assignment, Notebook student)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(student);
        string studentText = string.Join('\n', student.Cells.Select(c => c.Source));
        var leaks = new List<string>();
        for (int i = 0; i < assignment.Source.Cells.Count; i++)
        {
            var role = assignment.Roles[i].Role;
            if (role is not (GradingRole.Solution or GradingRole.Tests))
                continue;
            bool hidden = role == GradingRole.Tests;
            foreach (var (line, text) in SourceRegions.Inside(assignment.Source.Cells[i].Source, hidden))
            {
                string trimmed = text.Trim();
                if (trimmed.Count(c => !char.IsWhiteSpace(c)) >= MinimumLength && studentText.Contains(trimmed, StringComparison.Ordinal))
                    leaks.Add($"cell {i + 1} ('{assignment.Roles[i].GradeId}'): line {line} of its {(hidden ? "hidden tests" : "solution")} survives in the student version: `{trimmed}`");
            }
        }
        return leaks;
    }
}
