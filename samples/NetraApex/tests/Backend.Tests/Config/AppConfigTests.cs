using Netra.Backend.Config;
using Netra.Infrastructure.Configuration;

namespace Netra.Backend.Tests.Config;

public class AppConfigTests
{
    [Fact]
    public void Reports_every_missing_variable_at_once()
    {
        var error = Assert.Throws<MissingConfigurationException>(
            () => AppConfig.Create(serviceSecret: null, jwtSecretKey: " ", authServiceUrl: "https://auth.netra.test"));

        Assert.Equal(new[] { "SERVICE_SECRET", "JWT_SECRET_KEY" }, error.Names);
    }

    [Fact]
    public void Complete_settings_produce_a_config_that_keeps_secrets_out_of_logs()
    {
        var config = AppConfig.Create("service-s3cret", "jwt-s3cret", "https://auth.netra.test");

        Assert.Equal(new Uri("https://auth.netra.test"), config.AuthServiceUrl);
        Assert.DoesNotContain("s3cret", config.ToString());
    }

    [Fact]
    public void Auth_service_url_must_be_absolute()
    {
        Assert.Throws<FormatException>(() => AppConfig.Create("a", "b", "auth-service:8080/api"));
    }
}
