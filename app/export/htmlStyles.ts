/**
 * The exported page's only style sheet, inlined: a readable memo on screen and on paper, with
 * no fonts or images to fetch.
 */
export const MEMO_HTML_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #f6f5f1; color: #1d1d1b; font: 17px/1.6 Georgia, 'Times New Roman', 'DejaVu Serif', serif; }
main { max-width: 42rem; margin: 2.5rem auto; padding: 2.5rem 3rem; background: #fff; box-shadow: 0 1px 4px rgb(0 0 0 / 12%); }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 0 0 1.5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; }
h3, h4, h5, h6 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
p { margin: 0 0 1rem; }
blockquote { margin: 0 0 1rem; padding: 0.25rem 0 0.25rem 1.25rem; border-left: 3px solid #b8b2a3; color: #3d3a33; }
pre { white-space: pre-wrap; background: #f3f1ec; padding: 0.75rem 1rem; font-size: 0.9em; }
code { font-family: 'DejaVu Sans Mono', Consolas, monospace; font-size: 0.9em; }
a { color: #1f4e8c; overflow-wrap: anywhere; }
sup.footnote-ref { line-height: 0; font-size: 0.75em; }
sup.footnote-ref a { text-decoration: none; padding: 0 0.1em; }
sup.footnote-ref.problem a { color: #9b1c1c; }
.notes, .bibliography { font-size: 0.9rem; line-height: 1.5; border-top: 1px solid #d8d3c7; margin-top: 2.5rem; }
.notes ol { padding-left: 1.75rem; }
.notes li { margin-bottom: 0.6rem; }
.notes .quote { white-space: pre-line; }
.backref { text-decoration: none; margin-left: 0.25em; }
.bibliography p { padding-left: 2rem; text-indent: -2rem; margin-bottom: 0.5rem; }
.problem-note { color: #9b1c1c; }
.problems-banner { border: 1px solid #d99a9a; background: #fdf1f1; color: #7a1515; padding: 0.6rem 0.9rem; margin-bottom: 1.5rem; font-size: 0.9rem; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { box-shadow: none; margin: 0; padding: 0; max-width: none; }
  a { color: inherit; }
}
`;
