using Netra.Ssot.Cli.Deployment;

namespace Netra.Ssot.Cli.Tests.Deployment;

public sealed class ConfigurationKeysTests
{
    [Theory]
    [InlineData("Jwt__SecretKey", "Jwt:SecretKey")]
    [InlineData("ConnectionStrings__Db__Primary", "ConnectionStrings:Db:Primary")]
    [InlineData("JWT_SECRET_KEY", "JWT_SECRET_KEY")]
    [InlineData("Jwt:SecretKey", "Jwt:SecretKey")]
    public void Turns_an_environment_variable_into_a_configuration_key(string name, string key) =>
        Assert.Equal(key, ConfigurationKeys.ToConfigurationKey(name));

    [Theory]
    [InlineData("Jwt:SecretKey", "Jwt__SecretKey")]
    [InlineData("Cors:Origins:0", "Cors__Origins__0")]
    [InlineData("SERVICE_SECRET", "SERVICE_SECRET")]
    public void Turns_a_configuration_key_into_an_environment_variable(string key, string name) =>
        Assert.Equal(name, ConfigurationKeys.ToEnvironmentVariableName(key));

    [Theory]
    [InlineData("Jwt__SecretKey", "Jwt:SecretKey", true)]
    [InlineData("jwt:secretkey", "JWT__SECRETKEY", true)]
    [InlineData("JWT_SECRET_KEY", "jwt_secret_key", true)]
    [InlineData("JWT_SECRET_KEY", "Jwt:SecretKey", false)]
    [InlineData("JWT_SECRET", "JWT_SECRET_KEY", false)]
    [InlineData("Jwt_SecretKey", "Jwt:SecretKey", false)]
    public void Compares_both_forms_case_insensitively(string a, string b, bool equal)
    {
        Assert.Equal(equal, ConfigurationKeys.Equal(a, b));
        Assert.Equal(equal, ConfigurationKeys.Comparer.Equals(a, b));
        Assert.Equal(equal, ConfigurationKeys.Comparer.Compare(a, b) == 0);
        if (equal)
        {
            Assert.Equal(ConfigurationKeys.Comparer.GetHashCode(a), ConfigurationKeys.Comparer.GetHashCode(b));
        }
    }

    [Fact]
    public void A_set_with_the_comparer_holds_one_entry_per_configuration_value()
    {
        var names = new HashSet<string>(["Jwt:SecretKey", "JWT__SECRETKEY", "jwt__secretkey", "SERVICE_SECRET"], ConfigurationKeys.Comparer);

        Assert.Equal(["Jwt:SecretKey", "SERVICE_SECRET"], names);
    }
}
