namespace Netra.Ssot.Cli.Reporting;

/// <summary>
/// The HTML report's inline style sheet: light and dark colours (prefers-color-scheme), a card grid that never needs
/// more than the viewport, bars whose track always keeps a width, titles that wrap instead of being cut, and a findings
/// table that stacks each finding below 700 px.
/// </summary>
internal static class HtmlReportStyle
{
    public const string Css = """
        :root { color-scheme:light dark; --ink:#1f2328; --muted:#59636e; --line:#d1d9e0; --bg:#f6f8fa; --card:#fff; --track:#eaeef2;
          --ok:#1a7f37; --bad:#cf222e; --warn:#9a6700; --info:#0969da; --link:#0969da; --overall:#0969da; --missionline:#cf222e; }
        @media (prefers-color-scheme: dark) {
          :root { --ink:#e6edf3; --muted:#9198a1; --line:#3d444d; --bg:#0d1117; --card:#151b23; --track:#262c36;
            --ok:#238636; --bad:#da3633; --warn:#9e6a03; --info:#1f6feb; --link:#4493f8; --overall:#4493f8; --missionline:#f85149; }
        }
        * { box-sizing:border-box; }
        body { margin:0; font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif; color:var(--ink); background:var(--bg); }
        header { background:var(--card); border-bottom:1px solid var(--line); padding:20px 32px; display:flex; flex-wrap:wrap; align-items:center; gap:8px 16px; }
        header h1 { font-size:20px; margin:0; }
        header .sub { color:var(--muted); overflow-wrap:anywhere; }
        .pill { display:inline-block; border-radius:999px; padding:2px 10px; font-weight:600; font-size:12px; color:#fff; }
        .pass { background:var(--ok); } .fail { background:var(--bad); }
        main { padding:24px 32px; display:grid; gap:20px; grid-template-columns:repeat(auto-fit,minmax(min(420px,100%),1fr)); }
        section { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:16px 20px; min-width:0; }
        section.wide { grid-column:1/-1; }
        h2 { font-size:15px; margin:0 0 12px; }
        .overview { display:flex; flex-wrap:wrap; gap:16px 24px; align-items:center; }
        .overview svg { flex:none; }
        .cards { display:grid; grid-template-columns:repeat(2,minmax(0,1fr)); gap:10px; flex:1 1 220px; min-width:0; }
        .card { border:1px solid var(--line); border-radius:6px; padding:8px 12px; min-width:0; }
        .card .v { font-size:22px; font-weight:600; } .card .k { color:var(--muted); font-size:12px; }
        .gate { margin-top:12px; color:var(--muted); overflow-wrap:anywhere; }
        .gauge-track { stroke:var(--track); } .gauge-text { fill:var(--ink); }
        .bars { display:grid; grid-template-columns:fit-content(60%) minmax(80px,1fr) max-content; gap:8px 12px; align-items:center; }
        .bar { display:contents; }
        .bar .name { overflow-wrap:anywhere; }
        .track { background:var(--track); border-radius:4px; height:12px; overflow:hidden; }
        .fill { height:100%; border-radius:4px; } .rules .fill { min-width:3px; }
        .num { text-align:right; color:var(--muted); font-variant-numeric:tabular-nums; white-space:nowrap; }
        .trend > svg { display:block; width:100%; height:auto; }
        .trend .grid { stroke:var(--track); } .trend .axis { fill:var(--muted); font-size:11px; }
        .trend .overall { stroke:var(--overall); fill:var(--overall); } .trend .missionline { stroke:var(--missionline); fill:var(--missionline); }
        .trend polyline { fill:none; stroke-width:2; }
        .trend .point.mission-only { fill:var(--card); stroke-width:2; }
        .legend { margin-top:8px; color:var(--muted); display:flex; flex-wrap:wrap; gap:4px 16px; }
        .legend svg { vertical-align:-2px; }
        table { width:100%; border-collapse:collapse; }
        th, td { text-align:left; padding:6px 8px; border-bottom:1px solid var(--line); vertical-align:top; overflow-wrap:break-word; }
        td.message { overflow-wrap:anywhere; }
        th { font-size:12px; color:var(--muted); font-weight:600; }
        td.where { font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; font-size:12px; width:30%; }
        td.where .at { white-space:nowrap; }
        td.sevcell, td.rule { white-space:nowrap; }
        .sev { font-size:11px; font-weight:600; border-radius:4px; padding:1px 6px; color:#fff; }
        .error { background:var(--bad); } .warning { background:var(--warn); } .info { background:var(--info); }
        .mission { font-size:11px; font-weight:600; color:var(--bad); margin-left:4px; }
        a { color:var(--link); text-decoration:none; } a:hover { text-decoration:underline; }
        .issues li { color:var(--muted); overflow-wrap:anywhere; }
        footer { color:var(--muted); padding:0 32px 24px; font-size:12px; overflow-wrap:anywhere; }
        @media (max-width: 700px) {
          header { padding:16px; } main { padding:16px; gap:16px; } footer { padding:0 16px 16px; } section { padding:12px 14px; }
          .bars { grid-template-columns:minmax(0,1fr) max-content; gap:2px 12px; } .bar .name { grid-column:1/-1; margin-top:6px; }
          table.findings, .findings tbody, .findings tr, .findings td { display:block; width:auto; }
          .findings thead { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap; }
          .findings tr { border-bottom:1px solid var(--line); padding:8px 0; }
          .findings td { border:0; padding:2px 0; }
          .findings td[data-label]::before { content:attr(data-label) ": "; color:var(--muted); font-size:12px; font-family:-apple-system,"Segoe UI",Helvetica,Arial,sans-serif; }
        }
        """;
}
