// The stylesheet of the downloaded report (a single HTML file that works without this site).
export const REPORT_CSS = `
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; color: #1a1a1a; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h2 { font-size: 1.6rem; } h3 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 2px solid #1d4f76; } h4 { font-size: 1.05rem; margin-bottom: 0.3rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
caption { text-align: left; font-weight: 700; padding-bottom: 0.3rem; }
th, td { border: 1px solid #c8c8c8; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #eef2f6; }
.kb-klein { font-size: 0.85em; color: #444; }
.kb-rap-melding { border-left: 4px solid #1d4f76; padding: 0.4rem 0.8rem; background: #f3f6f9; }
.kb-rap-melding--let-op { border-left-color: #a33b00; background: #fff4ec; }
.kb-rap-tekst-afdruk { white-space: pre-wrap; border: 1px solid #c8c8c8; padding: 0.5rem; margin: 0.5rem 0 1rem; }
.kb-rap-figuur { margin: 0.5rem 0; }
.kb-rap-grafiek { font-size: 12px; }
.kb-rap-grafiek__label, .kb-rap-grafiek__waarde { fill: #1a1a1a; }
.kb-rap-grafiek__achter { fill: #eceff1; }
.kb-rap-grafiek__balk { fill: #1d4f76; }
.kb-rap-grafiek__balk--niet { fill: #a33b00; }
.kb-rap-grafiek__norm { stroke: #1a1a1a; stroke-width: 2; }
.kb-rap-tabel-wrap { overflow-x: auto; }
@media print { @page { size: A4; margin: 16mm 14mm; } body { margin: 0; max-width: none; } .kb-rap-blok, figure, table { break-inside: avoid; } h3, h4 { break-after: avoid; } }
`;
