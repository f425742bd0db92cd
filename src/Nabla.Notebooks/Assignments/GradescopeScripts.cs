namespace Nabla.Notebooks;

/// <summary>The two scripts of the Gradescope autograder zip (<see cref="GradescopeBundle"/>).</summary>
internal static class GradescopeScripts
{
    /// <summary>Gradescope runs this once, as root, when it builds the autograder image (Ubuntu, with a network).</summary>
    public const string Setup = """
        #!/usr/bin/env bash
        # Builds the Nabla autograder image on Gradescope (run once, as root, from /autograder/source).
        set -euo pipefail
        cd "$(dirname "$0")"
        apt-get update
        apt-get install -y --no-install-recommends bubblewrap util-linux ca-certificates curl libicu-dev
        if ! command -v dotnet >/dev/null || ! dotnet --list-sdks | grep -q '^10\.'; then
          curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
          bash /tmp/dotnet-install.sh --channel 10.0 --install-dir /usr/share/dotnet
          ln -sf /usr/share/dotnet/dotnet /usr/bin/dotnet
        fi
        # The kit's packages go into the NuGet cache (their dependencies come from nuget.org now), where the sandboxed
        # kernel's #r "nuget: Nabla.Interactive" finds everything without a network.
        mkdir -p /tmp/kit-install
        version=$(ls kit/packages | sed -n 's/^nabla\.interactive\.\(.*\)\.nupkg$/\1/p')
        cat > /tmp/kit-install/install.csproj <<EOF
        <Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
        <ItemGroup><PackageReference Include="Nabla.Interactive" Version="$version" /></ItemGroup></Project>
        EOF
        dotnet restore /tmp/kit-install/install.csproj -p:RestoreAdditionalProjectSources="$PWD/kit/packages"
        """;

    /// <summary>Gradescope runs this for each submission; AUTOGRADER_ROOT (default /autograder) lets it run in a scratch folder laid out the same way.</summary>
    public const string RunAutograder = """
        #!/usr/bin/env bash
        # Grades /autograder/submission with nabla grade and writes /autograder/results/results.json.
        set -uo pipefail
        root="${AUTOGRADER_ROOT:-/autograder}"
        source="$root/source"
        mkdir -p "$root/results"
        dotnet "$source/kit/cli/Nabla.Cli.dll" grade --autograder "$source/autograder" "$root/submission" \
          --out "$root/results/nabla" --jobs 1
        code=$?
        if [ -f "$root/results/nabla/submission/results.json" ]; then
          cp "$root/results/nabla/submission/results.json" "$root/results/results.json"
        else
          printf '{"score": 0, "output": "The autograder could not run (nabla grade exited with %s); please tell your instructor."}\n' "$code" \
            > "$root/results/results.json"
        fi
        """;
}
