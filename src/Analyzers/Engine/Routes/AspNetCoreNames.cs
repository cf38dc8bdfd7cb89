namespace Netra.Ssot.Engine.Routes;

/// <summary>
/// Metadata names of the ASP.NET Core and HttpClient types the route rules recognise. The analyzers reference
/// neither; they compare the names of the symbols the analyzed code binds to.
/// </summary>
internal static class AspNetCoreNames
{
    public const string EndpointRouteBuilder = "Microsoft.AspNetCore.Routing.IEndpointRouteBuilder";
    public const string ApplicationBuilder = "Microsoft.AspNetCore.Builder.IApplicationBuilder";
    public const string WebApplication = "Microsoft.AspNetCore.Builder.WebApplication";
    public const string RouteGroupBuilder = "Microsoft.AspNetCore.Routing.RouteGroupBuilder";
    public const string RouteTemplateProvider = "Microsoft.AspNetCore.Mvc.Routing.IRouteTemplateProvider";
    public const string NonActionAttribute = "Microsoft.AspNetCore.Mvc.NonActionAttribute";
    public const string HttpRequest = "Microsoft.AspNetCore.Http.HttpRequest";
    public const string PathString = "Microsoft.AspNetCore.Http.PathString";

    public const string HttpClient = "System.Net.Http.HttpClient";
    public const string HttpClientJsonNamespace = "System.Net.Http.Json";
    public const string HttpRequestMessage = "System.Net.Http.HttpRequestMessage";
    public const string Uri = "System.Uri";
}
