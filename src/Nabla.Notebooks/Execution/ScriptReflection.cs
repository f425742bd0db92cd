using System.Reflection;
using Microsoft.CodeAnalysis.Scripting;

namespace Nabla.Notebooks;

/// <summary>Reaches Roslyn's internal <c>Script.HasReturnValue()</c>, which the kernel uses to decide whether to show a value.</summary>
internal static class ScriptReflection
{
    private static readonly MethodInfo? HasReturnValueMethod =
        typeof(Script).GetMethod("HasReturnValue", BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes);

    /// <summary>True when the submission ends with an expression (even one whose value is null).</summary>
    /// <exception cref="MissingMethodException">This Roslyn version has no internal Script.HasReturnValue().</exception>
    public static bool HasReturnValue(Script script)
    {
        if (HasReturnValueMethod is null || HasReturnValueMethod.ReturnType != typeof(bool))
        {
            throw new MissingMethodException(
                $"Expected Roslyn's internal bool Script.HasReturnValue() in {typeof(Script).Assembly.GetName()}, found none; " +
                "the runner cannot tell a trailing expression from a statement with this Roslyn version.");
        }
        return (bool)HasReturnValueMethod.Invoke(script, null)!;
    }
}
