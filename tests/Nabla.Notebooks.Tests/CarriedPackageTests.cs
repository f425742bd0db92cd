using System.Xml.Linq;

namespace Nabla.Notebooks.Tests;

public sealed class CarriedPackageTests
{
    [Fact]
    public void Carried_versions_match_the_central_package_pins()
    {
        string root = TestRepo.Root;
        var pins = XDocument.Load(Path.Combine(root, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!);
        foreach (var package in CarriedPackages.All.Where(p => !p.AnyVersion))
            Assert.Equal(pins[package.Name], package.Version);
    }
}
