using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace Nabla.Tests;

/// <summary>The fixed top-level files are present and well-formed.</summary>
public sealed class RepositoryLayoutTests
{
    [Fact]
    public void EnvironmentYmlIsValidYamlWithDotnetAndJupyterLab()
    {
        var text = File.ReadAllText(System.IO.Path.Combine(RepositoryRoot.Path, "environment.yml"));
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Equal("nabla", root["name"].ToString());
        Assert.Contains("conda-forge", ((YamlSequenceNode)root["channels"]).Children.Select(c => c.ToString()));
        var dependencies = ((YamlSequenceNode)root["dependencies"]).Children.Select(c => c.ToString()).ToList();
        Assert.Contains(dependencies, d => d.StartsWith("dotnet=10", StringComparison.Ordinal));
        Assert.Contains(dependencies, d => d.StartsWith("jupyterlab", StringComparison.Ordinal));
        Assert.Contains("dotnet interactive jupyter install", text); // the kernel install instructions
    }

    [Fact]
    public void GlobalJsonPinsSdk10WithLatestFeatureRollForward()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(RepositoryRoot.Path, "global.json")));
        var sdk = json.RootElement.GetProperty("sdk");
        Assert.Equal("10.0.100", sdk.GetProperty("version").GetString());
        Assert.Equal("latestFeature", sdk.GetProperty("rollForward").GetString());
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("Nabla.slnx")]
    [InlineData("Directory.Build.props")]
    [InlineData("Directory.Packages.props")]
    [InlineData(".ci/run")]
    [InlineData("data")]
    [InlineData("notebooks")]
    public void TopLevelEntryExists(string entry)
    {
        var path = System.IO.Path.Combine(RepositoryRoot.Path, entry);
        Assert.True(File.Exists(path) || Directory.Exists(path), $"expected {entry} at the repository root");
    }

    [Fact]
    public void EngineDependsOnMathNetOnly()
    {
        var project = File.ReadAllText(System.IO.Path.Combine(RepositoryRoot.Path, "src/Nabla/Nabla.csproj"));
        var references = System.Text.RegularExpressions.Regex.Matches(project, "PackageReference Include=\"([^\"]+)\"")
            .Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["MathNet.Numerics"], references);
        Assert.Contains("<TargetFramework>net8.0</TargetFramework>", project);
    }
}
