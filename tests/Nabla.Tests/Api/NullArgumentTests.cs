using System.Reflection;
using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests.Api;

/// <summary>
/// Every public method, constructor and operator of the engine that takes a reference type not marked nullable
/// throws <see cref="ArgumentNullException"/> naming that parameter when it is given null, before doing anything
/// else. The sweep finds the members by reflection and fills the other arguments with small valid values; the
/// facts below it spell out one case of each kind (operator, static method, instance method, constructor).
/// </summary>
public sealed class NullArgumentTests
{
    /// <summary>Types that read or write files or the network: their null checks are tested where they live.</summary>
    private static readonly HashSet<string> InputOutput =
        ["BundledFiles", "Checksum", "Csv", "DataFolder", "Idx", "FashionMnist", "Datasets", "ModelFile"];

    private static Tensor Variable() => new(Matrix<double>.Build.Dense(2, 2, 0.5), requiresGrad: true);

    /// <summary>A small valid value of <paramref name="type"/>, or null when the sweep does not know how to make one.</summary>
    private static object? Sample(Type type)
    {
        var rng = new Random(0);
        if (type == typeof(Tensor)) return Variable();
        if (type == typeof(Matrix<double>)) return Matrix<double>.Build.Dense(2, 2, 0.5);
        if (type == typeof(double[])) return new[] { 0.5, 0.25, 0.75, 1.0 };
        if (type == typeof(IReadOnlyList<double>)) return new[] { 0.5, 0.25 };
        if (type == typeof(int[])) return new[] { 0, 1 };
        if (type == typeof(double[,])) return new double[2, 2];
        if (type == typeof(string)) return "x";
        if (type == typeof(string[])) return new[] { "x" };
        if (type == typeof(Random)) return rng;
        if (type == typeof(Value)) return new Value(0.5);
        if (type == typeof(Module) || type == typeof(Linear)) return new Linear(2, 2, rng);
        if (type == typeof(Sequential)) return new Sequential(new Linear(2, 2, rng));
        if (type == typeof(IEnumerable<Tensor>) || type == typeof(IReadOnlyList<Tensor>) || type == typeof(Tensor[])) return new[] { Variable() };
        if (type == typeof(Optimizer)) return new Sgd([Variable()], lr: 0.1);
        if (type == typeof(Dataset)) return Dataset.Classification(Matrix<double>.Build.Dense(4, 2, 0.5), [0, 1, 0, 1]);
        if (type == typeof(Batch)) return new Batch(Variable(), Variable(), [0, 1]);
        if (type == typeof(TrainingLoss)) return (TrainingLoss)TrainingLosses.CrossEntropy;
        if (type == typeof(Initializer)) return (Initializer)Init.HeNormal;
        if (type == typeof(Func<Tensor>)) return (Func<Tensor>)(() => Variable().Sum());
        if (type == typeof(Func<Tensor, Tensor>)) return (Func<Tensor, Tensor>)(t => t);
        if (type == typeof(IImageTransform) || type == typeof(ImageTransform)) return new HorizontalFlip();
        if (type == typeof(Compose)) return new Compose(new HorizontalFlip());
        if (type == typeof(SynonymList)) return new SynonymList([new KeyValuePair<string, string[]>("good", ["fine"])]);
        if (type == typeof(IReadOnlyList<string>)) return new[] { "a good film", "a bad film" };
        if (type == typeof(TextSet)) return new TextSet(["a good film", "a bad film"], [1, 0], ["negative", "positive"]);
        if (type == typeof(Surface)) return Surfaces.Saddle;
        if (type == typeof(Func<IEnumerable<Tensor>, Optimizer>)) return (Func<IEnumerable<Tensor>, Optimizer>)(ps => new Sgd(ps, lr: 0.1));
        if (type.IsEnum) return Enum.GetValues(type).GetValue(0);
        if (type == typeof(int)) return 2;
        if (type == typeof(long)) return 2L;
        if (type == typeof(double)) return 0.5;
        if (type == typeof(bool)) return false;
        if (Nullable.GetUnderlyingType(type) is not null) return null;
        return null;
    }

    public static IEnumerable<(MethodBase Member, ParameterInfo Parameter)> NonNullableReferenceParameters()
    {
        var nullability = new NullabilityInfoContext();
        var types = typeof(Tensor).Assembly.GetExportedTypes()
            .Where(t => !InputOutput.Contains(t.Name) && !t.IsSubclassOf(typeof(Exception)) && !t.IsSubclassOf(typeof(Delegate)));
        foreach (var type in types)
        {
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
            IEnumerable<MethodBase> members = type.GetMethods(flags).Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal));
            var isRecord = type.GetMethod("<Clone>$") is not null;   // positional records are data: their constructors only store
            members = members.Concat(type.IsAbstract || isRecord ? [] : type.GetConstructors());
            foreach (var member in members.Where(m => !m.IsGenericMethodDefinition && !m.DeclaringType!.IsGenericTypeDefinition))
            {
                if (member.Name is "Equals" or "<Clone>$" or "PrintMembers" or "Deconstruct" or "op_Equality" or "op_Inequality")
                {
                    continue;   // record-generated members
                }

                foreach (var p in member.GetParameters())
                {
                    if (!p.ParameterType.IsValueType && !p.ParameterType.IsByRef && nullability.Create(p).WriteState == NullabilityState.NotNull)
                    {
                        yield return (member, p);
                    }
                }
            }
        }
    }

    [Fact]
    public void EveryPublicMemberRefusesNullForAReferenceParameterAndNamesIt()
    {
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var (member, parameter) in NonNullableReferenceParameters())
        {
            var parameters = member.GetParameters();
            var args = parameters.Select(p => p.Position == parameter.Position ? null : Sample(p.ParameterType)).ToArray();
            var unknown = parameters.FirstOrDefault(p => p.Position != parameter.Position && args[p.Position] is null
                && (Nullable.GetUnderlyingType(p.ParameterType) is null) && !(p.HasDefaultValue && p.DefaultValue is null));
            object? target = null;
            if (!member.IsStatic && member is not ConstructorInfo)
            {
                target = Sample(member.DeclaringType!) ?? InstanceOf(member.DeclaringType!);
                if (target is null)
                {
                    failures.Add($"(no instance to test) {Describe(member, parameter)}");
                    continue;
                }
            }

            if (unknown is not null)
            {
                failures.Add($"(no sample for {unknown.ParameterType.Name} {unknown.Name}) {Describe(member, parameter)}");
                continue;
            }

            checkedCount++;
            try
            {
                if (member is ConstructorInfo ctor)
                {
                    ctor.Invoke(args);
                }
                else
                {
                    member.Invoke(target, args);
                }

                failures.Add($"no exception: {Describe(member, parameter)}");
            }
            catch (TargetInvocationException e) when (e.InnerException is ArgumentNullException ane)
            {
                if (ane.ParamName != parameter.Name)
                {
                    failures.Add($"ArgumentNullException names '{ane.ParamName}', expected '{parameter.Name}': {Describe(member, parameter)}");
                }
            }
            catch (TargetInvocationException e)
            {
                failures.Add($"{e.InnerException!.GetType().Name} instead of ArgumentNullException: {Describe(member, parameter)}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} null checks fail:\n" + string.Join("\n", failures));
        Assert.True(checkedCount > 100, $"expected to check many members, checked {checkedCount}");
    }

    /// <summary>An instance of a type the samples do not cover, for its instance methods.</summary>
    private static object? InstanceOf(Type type)
    {
        var rng = new Random(0);
        if (type == typeof(Trainer))
        {
            var model = new Linear(2, 2, rng);
            return new Trainer(model, new Sgd(model.Parameters(), 0.1), TrainingLosses.CrossEntropy);
        }

        if (type == typeof(Standardizer)) return Standardizer.Fit(Matrix<double>.Build.Dense(3, 2, (i, j) => i + j));
        var ctor = type.GetConstructors().OrderBy(c => c.GetParameters().Length).FirstOrDefault();
        if (ctor is null) return null;
        var args = ctor.GetParameters().Select(p => p.HasDefaultValue ? p.DefaultValue : Sample(p.ParameterType)).ToArray();
        try
        {
            return ctor.Invoke(args);
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }

    private static string Describe(MethodBase member, ParameterInfo parameter) =>
        $"{member.DeclaringType!.Name}.{member.Name}({string.Join(", ", member.GetParameters().Select(p => $"{p.ParameterType.Name} {p.Name}"))}) with {parameter.Name} = null";

    [Fact]
    public void OperatorsRefuseNull()
    {
        Tensor? none = null;
        Assert.Equal("a", Assert.Throws<ArgumentNullException>(() => none! + Variable()).ParamName);
        Assert.Equal("b", Assert.Throws<ArgumentNullException>(() => Variable() * none!).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentNullException>(() => -none!).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentNullException>(() => none! / 2.0).ParamName);
    }

    [Fact]
    public void WhereRefusesNullOperands()
    {
        var condition = Matrix<double>.Build.Dense(2, 2, 1);
        Assert.Equal("a", Assert.Throws<ArgumentNullException>(() => Tensor.Where(condition, null!, Variable())).ParamName);
        Assert.Equal("b", Assert.Throws<ArgumentNullException>(() => Tensor.Where(condition, Variable(), null!)).ParamName);
    }

    [Fact]
    public void MethodsAndConstructorsRefuseNull()
    {
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => Variable().MatMul(null!)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => Loss.MseLoss(Variable(), null!)).ParamName);
        Assert.Equal("input", Assert.Throws<ArgumentNullException>(() => Loss.CrossEntropy(null!, new[] { 0, 1 })).ParamName);
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => new Sgd(null!, lr: 0.1)).ParamName);
    }
}
