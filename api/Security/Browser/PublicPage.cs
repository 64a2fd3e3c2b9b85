namespace QualityMap.Api.Security.Browser;

/// <summary>
/// The frame of the server-rendered pages (the code verification page, the trace code scan page, the bulletin): zh-CN,
/// mobile-first, one inline style block that the page's CSP allows by its hash, no script, not for search engines.
/// </summary>
public static class PublicPage
{
    public static string Render(string title, string style, string body) => $$"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{{title}}</title>
        <style>{{style}}</style>
        </head>
        <body>
        <main>
        {{body}}
        </main>
        </body>
        </html>
        """;
}
