#!/usr/bin/env bash
# End to end, the way users install the product: packs Netra.Ssot.Analyzers and the ssot-check tool into a
# local feed, creates a fresh classlib (C# 14) that takes the analyzer package from that feed, checks the
# warnings of `dotnet build` and an .editorconfig severity override, checks the packages' metadata and files,
# installs the tool through a local tool manifest (dotnet tool restore), checks that ssot-check reports the same
# diagnostics (IDs and spans), the score and the exit codes, then drives csharp-ls over LSP (pull and push
# diagnostics, an edit, the fix) and applies the SSOT3001 code fix with dotnet format.
# Usage: tests/e2e/run.sh            (prints "e2e: passed" or "e2e: FAILED: why", exits 0 or 1)
set -uo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
version="0.1.0-e2e.$(date +%s)"
feed="$work/feed"

fail() { echo "e2e: FAILED: $*"; exit 1; }
step() { echo "e2e: $*"; }

step "packing $version"
dotnet pack "$repo/src/Package/Netra.Ssot.Analyzers.Package.csproj" -c Release -o "$feed" -p:Version="$version" -nologo -v quiet > "$work/pack.log" 2>&1 \
  || { cat "$work/pack.log"; fail "pack of Netra.Ssot.Analyzers"; }
dotnet pack "$repo/src/Cli/Netra.Ssot.Cli.csproj" -c Release -o "$feed" -p:Version="$version" -nologo -v quiet >> "$work/pack.log" 2>&1 \
  || { cat "$work/pack.log"; fail "pack of Netra.Ssot.Cli"; }

step "package contents: MIT licence expression, README, LICENSE, the ssot.json schema; the tool's RID-specific packages (ReadyToRun for linux-x64, portable for the rest) with RollForward=Major"
python3 - "$feed" "$version" "$repo" <<'PY' || fail "package contents"
import json, re, struct, sys, zipfile
feed, version, repo = sys.argv[1:]
schema = open(f"{repo}/schema/ssot.schema.json", "rb").read()
problems = []

def ready_to_run(image):
    """Whether a PE image carries ReadyToRun code: its CLI header's ManagedNativeHeader points at the 'RTR' signature."""
    pe = struct.unpack_from("<I", image, 0x3C)[0]
    sections, optional_size = struct.unpack_from("<H", image, pe + 6)[0], struct.unpack_from("<H", image, pe + 20)[0]
    optional = pe + 24
    directories = optional + (96 if struct.unpack_from("<H", image, optional)[0] == 0x10B else 112)
    def offset(rva):
        for i in range(sections):
            header = optional + optional_size + 40 * i
            size, address, _, raw = struct.unpack_from("<IIII", image, header + 8)
            if address <= rva < address + max(size, 1):
                return raw + rva - address
        return None
    cli = offset(struct.unpack_from("<I", image, directories + 14 * 8)[0])
    native_rva, native_size = struct.unpack_from("<II", image, cli + 64)
    return native_size > 0 and image[offset(native_rva):offset(native_rva) + 4] == b"RTR\0"

packages = (
    ("Netra.Ssot.Analyzers", "src/Package/README.md", None),
    ("Netra.Ssot.Cli", "src/Cli/README.md", None),
    ("Netra.Ssot.Cli.linux-x64", "src/Cli/README.md", "linux-x64"),
    ("Netra.Ssot.Cli.any", "src/Cli/README.md", "any"),
)
for package_id, readme, tool_rid in packages:
    with zipfile.ZipFile(f"{feed}/{package_id}.{version}.nupkg") as nupkg:
        names = set(nupkg.namelist())
        nuspec = nupkg.read(f"{package_id}.nuspec").decode("utf-8")
        if '<license type="expression">MIT</license>' not in nuspec:
            problems.append(f"{package_id}.nuspec: no <license type=\"expression\">MIT</license>")
        if "<readme>README.md</readme>" not in nuspec:
            problems.append(f"{package_id}.nuspec: no <readme>README.md</readme>")
        if re.search(r"<projectUrl\b|<repository\b[^>]*\burl=", nuspec):
            problems.append(f"{package_id}.nuspec: names a project or repository URL, and none exists yet")
        for name, expected in (("README.md", open(f"{repo}/{readme}", "rb").read()), ("LICENSE", open(f"{repo}/LICENSE", "rb").read()), ("schema/ssot.schema.json", schema)):
            if name not in names:
                problems.append(f"{package_id}: no {name} in the package")
            elif nupkg.read(name) != expected:
                problems.append(f"{package_id}: {name} differs from the repository's")
        if package_id == "Netra.Ssot.Cli":
            settings = nupkg.read("tools/any/any/DotnetToolSettings.xml").decode("utf-8-sig")
            for rid in ("linux-x64", "any"):
                if f'RuntimeIdentifier="{rid}" Id="Netra.Ssot.Cli.{rid}"' not in settings:
                    problems.append(f"{package_id}: DotnetToolSettings.xml does not name the {rid} package: {settings}")
        if tool_rid is not None:
            tools = f"tools/net10.0/{tool_rid}"
            runtimeconfig = json.loads(nupkg.read(f"{tools}/ssot-check.runtimeconfig.json"))
            roll = runtimeconfig["runtimeOptions"].get("rollForward")
            if roll != "Major":
                problems.append(f"{package_id}: ssot-check.runtimeconfig.json has rollForward {roll!r}, expected 'Major'")
            for dll in ("ssot-check.dll", "Microsoft.CodeAnalysis.CSharp.dll"):
                if ready_to_run(nupkg.read(f"{tools}/{dll}")) != (tool_rid == "linux-x64"):
                    problems.append(f"{package_id}: {dll} should {'' if tool_rid == 'linux-x64' else 'not '}be ReadyToRun")
if problems:
    print("\n".join(problems))
sys.exit(1 if problems else 0)
PY

# The consumer side gets a clean package cache: nothing from earlier runs or from the repository's build.
export NUGET_PACKAGES="$work/packages"
app="$work/App"
mkdir -p "$app"
cd "$app" || fail "cd"
cat > nuget.config <<XML
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
dotnet new classlib -n App -o . --framework net10.0 > "$work/new.log" 2>&1 || { cat "$work/new.log"; fail "dotnet new classlib"; }
rm -f Class1.cs
dotnet add package Netra.Ssot.Analyzers --version "$version" > "$work/add.log" 2>&1 || { cat "$work/add.log"; fail "dotnet add package"; }
grep -q 'PrivateAssets' App.csproj || fail "the analyzer package should be added as a development dependency (PrivateAssets=all)"

cat > ssot.json <<'JSON'
{
  "concepts": [{ "name": "Router", "canonical": "App.Messaging.MessageRouter", "match": ["*MessageRouter"] }],
  "legacy": [{ "namespace": "App.Legacy", "replacement": "App.Messaging", "reason": "retired" }]
}
JSON
mkdir -p Messaging Legacy Chat
cat > Messaging/MessageRouter.cs <<'CS'
namespace App.Messaging;

public sealed class MessageRouter
{
    public string Route(string message) => message;
}

// C# 14: an extension block.
public static class RouterExtensions
{
    extension(MessageRouter router)
    {
        public string Echo(string message) => router.Route(message);
    }
}
CS
cat > Legacy/OldMessageRouter.cs <<'CS'
namespace App.Legacy;
public sealed class OldMessageRouter
{
    // C# 14: the field keyword.
    public string Name { get => field ??= "old"; }
}
CS
cat > Chat/Chat.cs <<'CS'
namespace App.Chat;
public sealed class Chat
{
    public object Router() => new App.Legacy.OldMessageRouter();
}
CS
expected=$'Chat/Chat.cs:4:35 SSOT3001\nLegacy/OldMessageRouter.cs:2:21 SSOT1001'

step "dotnet build with the analyzer package"
dotnet build -nologo > "$work/build.log" 2>&1 || { cat "$work/build.log"; fail "dotnet build of the sample project"; }
grep -q 'CS9057' "$work/build.log" && fail "the compiler cannot load the analyzers (CS9057)"
grep -q 'AD0001' "$work/build.log" && fail "an analyzer crashed (AD0001)"
build_diagnostics=$(grep -oE "[^ ]+\.cs\([0-9]+,[0-9]+\): warning SSOT[0-9]{4}" "$work/build.log" \
  | sed -E "s#^$app/##; s#\(([0-9]+),([0-9]+)\): warning (SSOT[0-9]{4})#:\1:\2 \3#" | sort -u)
[ "$build_diagnostics" = "$expected" ] || fail "build diagnostics were:
$build_diagnostics
expected:
$expected"

step "an .editorconfig severity override fails the build"
printf 'root = true\n[*.cs]\ndotnet_diagnostic.SSOT3001.severity = error\n' > .editorconfig
if dotnet build -nologo --no-incremental > "$work/build-error.log" 2>&1; then fail "the build should fail with SSOT3001 as an error"; fi
grep -qE "Chat/Chat.cs\(4,35\): error SSOT3001" "$work/build-error.log" || { cat "$work/build-error.log"; fail "no error SSOT3001 at Chat/Chat.cs(4,35)"; }
rm .editorconfig

step "SsotConfigFile names a configuration under another name, and the analyzers honour it"
mv ssot.json "$work/ssot.json.kept"
cat > ci-ssot.json <<'JSON'
{ "concepts": [{ "name": "Chat", "canonical": "App.Messaging.MessageRouter", "match": ["Chat"] }] }
JSON
dotnet build -nologo --no-incremental -p:SsotConfigFile=ci-ssot.json > "$work/build-ci.log" 2>&1 || { cat "$work/build-ci.log"; fail "dotnet build with SsotConfigFile=ci-ssot.json"; }
ci_diagnostics=$(grep -oE "[^ ]+\.cs\([0-9]+,[0-9]+\): warning SSOT[0-9]{4}" "$work/build-ci.log" \
  | sed -E "s#^$app/##; s#\(([0-9]+),([0-9]+)\): warning (SSOT[0-9]{4})#:\1:\2 \3#" | sort -u)
[ "$ci_diagnostics" = "Chat/Chat.cs:2:21 SSOT1001" ] || fail "with SsotConfigFile=ci-ssot.json the build reported:
$ci_diagnostics
expected: Chat/Chat.cs:2:21 SSOT1001 (the concept of ci-ssot.json, and no legacy rule of the ssot.json that is gone)"
rm ci-ssot.json
mv "$work/ssot.json.kept" ssot.json

step "ssot-check as a local .NET tool: tool manifest, install --local, then tool restore on a clean package cache"
dotnet new tool-manifest > "$work/tool.log" 2>&1 || { cat "$work/tool.log"; fail "dotnet new tool-manifest"; }
dotnet tool install --local Netra.Ssot.Cli --version "$version" >> "$work/tool.log" 2>&1 || { cat "$work/tool.log"; fail "dotnet tool install --local"; }
# `dotnet tool list --local` reads the manifest (dotnet-tools.json; .config/ before .NET 10).
dotnet tool list --local > "$work/tool-list.log" 2>&1
grep -qE "^netra\.ssot\.cli +$version +ssot-check" "$work/tool-list.log" || { cat "$work/tool-list.log"; fail "the tool manifest should pin Netra.Ssot.Cli $version"; }
# A CI machine: a clean package cache and a clean .NET CLI home (the SDK's tool resolver cache, kept there, would
# otherwise send `dotnet ssot-check` to the package installed above without restoring anything).
ci() { NUGET_PACKAGES="$work/packages-ci" DOTNET_CLI_HOME="$work/cli-home" "$@"; }
ci dotnet tool restore >> "$work/tool.log" 2>&1 || { cat "$work/tool.log"; fail "dotnet tool restore"; }
tool() { ci dotnet ssot-check "$@"; }
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
  # The pointer package sends a linux-x64 machine to the ReadyToRun package.
  [ -f "$work/packages-ci/netra.ssot.cli.linux-x64/$version/tools/net10.0/linux-x64/ssot-check.dll" ] \
    || { ls -R "$work/packages-ci" | head -n 20; fail "dotnet tool restore on linux-x64 should install Netra.Ssot.Cli.linux-x64"; }
fi
tool --version | grep -q "^${version}" || fail "dotnet ssot-check --version should print $version"
tool "$app" --no-progress --format json --output "$work/report.json" > "$work/check.log" 2>&1
check_exit=$?
[ "$check_exit" -eq 0 ] || { cat "$work/check.log"; fail "ssot-check exited $check_exit (expected 0: no minimum score is set)"; }
check_diagnostics=$(python3 - "$work/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
print("\n".join(sorted(f"{d['file']}:{d['line']}:{d['column']} {d['id']}" for d in report["diagnostics"])))
PY
)
[ "$check_diagnostics" = "$expected" ] || fail "ssot-check diagnostics were:
$check_diagnostics
expected (the same as the build):
$expected"
score=$(python3 -c "import json,sys; r=json.load(open('$work/report.json')); print(r['score']['overall'], r['files']['scored'], r['files']['compliant'])")
[ "$score" = "33.3 3 1" ] || fail "score was '$score', expected '33.3 3 1'"
tool "$app" --no-progress --no-restore --min-score 50 > /dev/null 2>&1
[ $? -eq 1 ] || fail "ssot-check --min-score 50 should exit 1 at 33.3%"

# The editor: csharp-ls (Roslyn's language server as a dotnet tool) on the same project, over LSP from a small client
# (tests/e2e/LspClient). A type-level legacy entry, so the fix of SSOT3001 is the replacement type.
cat > ssot.json <<'JSON'
{
  "concepts": [{ "name": "Router", "canonical": "App.Messaging.MessageRouter", "match": ["*MessageRouter"] }],
  "legacy": [{ "type": "App.Legacy.OldMessageRouter", "replacement": "App.Messaging.MessageRouter", "reason": "retired" }]
}
JSON
step "editor: csharp-ls 0.28.0 over LSP shows the SSOT diagnostics, updates them after an edit and clears them after the fix"
dotnet tool install csharp-ls --version 0.28.0 --tool-path "$work/lsp" > "$work/lsp.log" 2>&1 || { cat "$work/lsp.log"; fail "dotnet tool install csharp-ls 0.28.0"; }
dotnet build "$repo/tests/e2e/LspClient/LspClient.csproj" -c Release -o "$work/lspclient" -nologo -v quiet >> "$work/lsp.log" 2>&1 || { cat "$work/lsp.log"; fail "build of tests/e2e/LspClient"; }
for mode in pull push; do
  # The client bounds every wait (55 s per session); timeout is the last resort if the server ignores shutdown.
  timeout 70 dotnet "$work/lspclient/LspClient.dll" "$work/lsp/csharp-ls" "$app" "$mode" "$work/csharp-ls-$mode.log" \
    || { tail -n 30 "$work/csharp-ls-$mode.log"; fail "csharp-ls ($mode diagnostics): see above"; }
done

step "dotnet format analyzers --diagnostics SSOT3001 applies the code fix"
dotnet format analyzers --diagnostics SSOT3001 > "$work/format.log" 2>&1 || { cat "$work/format.log"; fail "dotnet format analyzers"; }
fixed=$'namespace App.Chat;\npublic sealed class Chat\n{\n    public object Router() => new App.Messaging.MessageRouter();\n}'
[ "$(cat Chat/Chat.cs)" = "$fixed" ] || fail "after dotnet format, Chat/Chat.cs was:
$(cat Chat/Chat.cs)
expected:
$fixed"

echo "e2e: passed (package and tool $version agree: $(echo "$expected" | tr '\n' ';'))"
