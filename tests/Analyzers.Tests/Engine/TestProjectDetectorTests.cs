using Netra.Ssot.Engine;

namespace Netra.Ssot.Analyzers.Tests.Engine;

/// <summary>The package IDs that make a project a test project when a host can read its project file (ssot-check).</summary>
public sealed class TestProjectDetectorTests
{
    [Theory]
    [InlineData("xunit", true)]
    [InlineData("XUnit.Core", true)]
    [InlineData("xunit.v3", true)]
    [InlineData("Microsoft.NET.Test.Sdk", true)]
    [InlineData("NUnit", true)]
    [InlineData("MSTest.TestFramework", true)]
    [InlineData("TUnit", true)]
    [InlineData("Moq", false)]
    [InlineData("NUnit3TestAdapter", false)]
    [InlineData("xunit.abstractions", false)]
    public void Test_framework_packages_are_recognised_by_id(string packageId, bool expected)
        => Assert.Equal(expected, TestProjectDetector.IsTestFrameworkPackage(packageId));
}
