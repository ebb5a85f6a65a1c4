/**
 * The public page's style sheet, inline so the page is one request, and
 * allowed by its hash (public-page.ts). Logical properties throughout, so
 * one sheet serves right-to-left and left-to-right pages; fonts are the
 * reader's own (Noto first), so the page makes no other request. The print
 * rules give a clean A4 page with the verdict colours kept.
 */
export const PAGE_STYLE = `
*{box-sizing:border-box}
html{color-scheme:light}
body{margin:0 auto;max-width:46rem;padding:1.5rem 1.25rem 3rem;color:#1f2933;background:#fff;font:1.0625rem/1.7 "Noto Naskh Arabic","Noto Sans Arabic","Noto Sans","Segoe UI",Tahoma,Arial,sans-serif}
h1,h2{line-height:1.35}
h1{font-size:1.75rem;margin:.25rem 0 .5rem}
a{color:#1d5fa8;overflow-wrap:anywhere}
.page-header{border-block-end:3px solid #1f2933;padding-block-end:.75rem;margin-block-end:1.5rem}
.page-header p{margin:.2rem 0}
.kicker{font-weight:700;color:#9b1c1c;letter-spacing:.02em}
.dates,.article-meta,.count,.claim-dates{color:#52606d;font-size:.92rem}
.claims{list-style:none;padding:0;margin:0}
.claim{margin-block:0 2rem;padding:1rem 1.25rem;border-inline-start:.45rem solid var(--tone);background:#fbfcfd;break-inside:avoid}
.tone-low{--tone:#b42318;--tint:#fde8e7}.tone-mid{--tone:#b54708;--tint:#fef0c7}.tone-high{--tone:#067647;--tint:#dcfae6}.tone-none{--tone:#7b8794;--tint:#eef2f6}
.claim-reviewed{font-size:1.2rem;margin:0 0 .5rem}
.verdict{margin:.25rem 0 .75rem;font-size:1.05rem}
.rating{display:inline-block;padding:.05rem .7rem;border-radius:1rem;background:var(--tone);color:#fff}
.context{margin:.5rem 0}
.context blockquote{margin:0;padding:.5rem .85rem;background:#f5f7fa;border-inline-start:3px solid #cbd2d9}
.context mark{background:var(--tint);color:inherit;font-weight:600;padding:0 .1em}
.context figcaption{font-size:.85rem;color:#52606d}
.fields{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;margin:.75rem 0}
.fields dt{font-weight:600;color:#52606d}.fields dd{margin:0}
.explanation div{white-space:pre-line}
.evidence{margin:0;padding-inline-start:1.1rem}
.corrections{margin-block-start:2.5rem;border-block-start:1px solid #d9e2ec}
.corrections h2{font-size:1.2rem}
.corrections li{margin:.4rem 0}
.page-footer{margin-block-start:2.5rem;border-block-start:1px solid #d9e2ec;color:#52606d;font-size:.92rem}
.notice{margin-block:4rem;text-align:center}
.rating,.claim,.context mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}
@page{size:A4;margin:16mm 14mm}
@media print{body{max-width:none;padding:0;font-size:10.5pt}a{color:inherit}.claim{border-inline-start-width:3pt}}
`.trim();
