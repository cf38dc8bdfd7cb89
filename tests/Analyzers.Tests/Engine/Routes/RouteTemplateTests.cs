using Netra.Ssot.Engine.Routes;

namespace Netra.Ssot.Analyzers.Tests.Engine.Routes;

public sealed class RouteTemplateTests
{
    [Theory]
    [InlineData("/api/v1/users", "/api/v1/users", true)]
    [InlineData("/api/v1/users", "/API/V1/Users", true)]
    [InlineData("/api/v1/users", "/api/v1/users/", true)]
    [InlineData("api/v1/users/", "/api/v1/users", true)]
    [InlineData("/api/v1/users", "/api/v1/user", false)]
    [InlineData("/api/v1/users", "/api/v1/users/5", false)]
    [InlineData("/api/v1/users/{id}", "/api/v1/users/5", true)]
    [InlineData("/api/v1/users/{id}", "/api/v1/users/alice", true)]
    [InlineData("/api/v1/users/{id}", "/api/v1/users", false)]
    [InlineData("/api/v1/users/{id}", "/api/v1/users/5/orders", false)]
    [InlineData("/users/{id:int}", "/users/42", true)]
    [InlineData("/users/{id:int}", "/users/-42", true)]
    [InlineData("/users/{id:int}", "/users/alice", false)]
    [InlineData("/users/{id:int:min(1)}", "/users/7", true)]
    [InlineData("/users/{name:alpha}", "/users/bob", true)]
    [InlineData("/users/{name:alpha}", "/users/b0b", false)]
    [InlineData("/flags/{on:bool}", "/flags/true", true)]
    [InlineData("/flags/{on:bool}", "/flags/yes", false)]
    [InlineData("/items/{id:guid}", "/items/0f8fad5b-d9cb-469f-a165-70867728950e", true)]
    [InlineData("/items/{id:guid}", "/items/12", false)]
    [InlineData("/users/{id?}", "/users", true)]
    [InlineData("/users/{id?}", "/users/5", true)]
    [InlineData("/users/{id?}", "/users/5/6", false)]
    [InlineData("/page/{n=1}", "/page", true)]
    [InlineData("/page/{n=1}", "/page/3", true)]
    [InlineData("/files/{*path}", "/files", true)]
    [InlineData("/files/{*path}", "/files/a/b/c.txt", true)]
    [InlineData("/files/{**path}", "/files/a/b", true)]
    [InlineData("/files/{**path}", "/file/a", false)]
    [InlineData("/files/{name}.{ext}", "/files/report.pdf", true)]
    [InlineData("/files/{name}.{ext}", "/files/report", false)]
    [InlineData("~/health", "/health", true)]
    [InlineData("/", "/", true)]
    [InlineData("{**path}", "/anything/at/all", true)]
    public void Matches_a_concrete_path_as_the_router_does(string template, string path, bool expected)
    {
        var parsed = RouteTemplate.Parse(template);

        Assert.NotNull(parsed);
        Assert.Equal(expected, parsed!.Matches(path));
    }

    [Theory]
    [InlineData("/api//v1/users/", "/api/v1/users")]
    [InlineData("api/{id:int}", "/api/{id:int}")]
    [InlineData("~/ws", "/ws")]
    [InlineData("/a/{{literal}}", "/a/{{literal}}")]
    public void Normalises_the_template_text(string template, string expected)
        => Assert.Equal(expected, RouteTemplate.Parse(template)!.Text);

    [Theory]
    [InlineData("/users/{id")]
    [InlineData("/users/id}")]
    [InlineData("/users/{}")]
    [InlineData("/users/{*rest}/more")]
    public void An_invalid_template_does_not_parse(string template)
        => Assert.Null(RouteTemplate.Parse(template));

    [Theory]
    [InlineData("/api", "users", "/api/users")]
    [InlineData("/api/", "/users", "/api/users")]
    [InlineData("", "/users", "/users")]
    [InlineData("/api", "~/users", "/api/users")]
    [InlineData("api/[controller]", "{id}", "api/[controller]/{id}")]
    public void Combines_a_prefix_and_a_template(string prefix, string template, string expected)
        => Assert.Equal(expected, RouteTemplate.Combine(prefix, template));

    [Theory]
    [InlineData("/users/{id}", "/api/v1/users/5", true)]
    [InlineData("/users/{id}", "/users/5", true)]
    [InlineData("/users/{id}", "/api/v1/orders/5", false)]
    [InlineData("/users/{id}", "/api/v1/xusers/5", false)]
    public void Matches_the_end_of_a_path_for_an_unknown_prefix(string template, string path, bool expected)
        => Assert.Equal(expected, RouteTemplate.Parse(template)!.MatchesEnd(path));
}
