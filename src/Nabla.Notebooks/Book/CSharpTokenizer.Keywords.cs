namespace Nabla.Notebooks;

/// <summary>The keyword list of the highlighter.</summary>
public static partial class CSharpTokenizer
{
    /// <summary>C# keywords and the contextual keywords that read as keywords in lesson code.</summary>
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked",
        "class", "const", "continue", "decimal", "default", "delegate", "do", "double", "else",
        "enum", "event", "explicit", "extern", "false", "finally", "fixed", "float", "for",
        "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params",
        "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true",
        "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual",
        "void", "volatile", "while",
        // contextual
        "and", "async", "await", "init", "let", "nameof", "not", "or", "record", "required",
        "var", "when", "where", "with", "yield", "get", "set", "from", "select", "orderby",
        "descending", "ascending", "dynamic", "nint", "nuint",
    };
}
