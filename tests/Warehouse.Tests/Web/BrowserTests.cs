using System.Net.Http.Json;
using System.Text.Json;
using Warehouse.Tests.Infrastructure;
using Warehouse.Tests.Reports.Rendering;

namespace Warehouse.Tests.Web;

/// <summary>A demo server as `warehouse serve --demo` runs it: anonymous requests from this machine are the operator "local".</summary>
public sealed class DemoServerFixture : IAsyncLifetime
{
    internal ServerProcess Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await ServerProcess.StartDemoAsync(new Dictionary<string, string?>());

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>The portal in a real browser (headless Chromium over the DevTools protocol): what a user clicks, what lands on disk.</summary>
[Trait("Category", "browser")]
public sealed class BrowserTests(DemoServerFixture fixture) : IClassFixture<DemoServerFixture>
{
    [SkippableFact]
    public async Task TerritoryForm_DownloadsThePdfOfTheDepartementPicked()
    {
        var executable = HeadlessChromium.RequireExecutable();
        var downloads = Directory.CreateDirectory(Path.Combine(fixture.Server.Root, "downloads")).FullName;
        await using var browser = await HeadlessChromium.StartAsync(executable);
        await browser.SendAsync("Browser.setDownloadBehavior", new { behavior = "allow", downloadPath = downloads });

        var page = await browser.OpenAsync(new Uri(fixture.Server.BaseAddress, "/rapports/territoire"));
        await browser.WaitForAsync(page, "document.readyState === 'complete' && document.querySelector('#code')", TimeSpan.FromSeconds(60));
        Assert.Equal("fr", (await browser.EvaluateAsync(page, "document.documentElement.lang")).GetString());
        Assert.Equal(0, (await browser.EvaluateAsync(page, "[...document.querySelectorAll('main label')].filter(l => !l.control).length")).GetInt32());
        var picked = (await browser.EvaluateAsync(page, """
            (() => {
                const select = document.querySelector('#code');
                const option = [...select.querySelectorAll('optgroup[label="Départements"] option')].find(o => o.textContent.includes('Isère'));
                select.value = option.value;
                select.dispatchEvent(new Event('change', { bubbles: true }));
                document.querySelector('#format-pdf').click();
                document.querySelector('form.report button[type=submit]').click();
                return option.value + '|' + option.textContent;
            })()
            """)).GetString();
        Assert.Equal("38|38 — Isère", picked);

        var pdf = await WaitForDownloadAsync(downloads, TimeSpan.FromSeconds(90));
        Assert.StartsWith("briefing-territoire-38-", Path.GetFileName(pdf), StringComparison.Ordinal);
        var text = string.Join(" ", PdfText.Read(await File.ReadAllBytesAsync(pdf)).Pages);
        Assert.Contains("Isère", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Dashboard_TriggerNow_RunsTheRefreshJob()
    {
        var executable = HeadlessChromium.RequireExecutable();
        using var api = fixture.Server.Client();
        var runsBefore = (await api.GetFromJsonAsync<JsonElement>("/api/loads")).GetArrayLength();
        await using var browser = await HeadlessChromium.StartAsync(executable);

        var page = await browser.OpenAsync(new Uri(fixture.Server.BaseAddress, "/hangfire/recurring"));
        await browser.WaitForAsync(page, "document.readyState === 'complete' && document.querySelector('input[value=\"refresh-warehouse\"]')", TimeSpan.FromSeconds(60));
        var clicked = (await browser.EvaluateAsync(page, """
            (() => {
                document.querySelector('input[value="refresh-warehouse"]').click();
                const button = [...document.querySelectorAll('button')].find(b => b.textContent.trim() === 'Trigger now');
                button.click();
                return button.disabled === false ? 'clicked' : 'disabled';
            })()
            """)).GetString();
        Assert.Equal("clicked", clicked);

        await fixture.Server.WaitForAsync(async () =>
        {
            var runs = await api.GetFromJsonAsync<JsonElement>("/api/loads");
            return runs.GetArrayLength() == runsBefore + 1 && runs[0].GetProperty("outcome").GetString() == "up_to_date";
        }, TimeSpan.FromSeconds(60), "the refresh triggered from the dashboard to run (the demo sample is unchanged: up_to_date)");
        Assert.Equal("schedule", (await api.GetFromJsonAsync<JsonElement>("/api/loads"))[0].GetProperty("trigger").GetString());
    }

    private static async Task<string> WaitForDownloadAsync(string folder, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var done = Directory.GetFiles(folder, "*.pdf");
            if (done.Length == 1 && Directory.GetFiles(folder, "*.crdownload").Length == 0)
            {
                return done[0];
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"No PDF downloaded into {folder} within {timeout.TotalSeconds:0} s; found: {string.Join(", ", Directory.GetFiles(folder))}");
    }
}
