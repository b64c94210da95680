// Package compile turns the content tree into what the site serves: each
// markdown story into a doc.Document, each widget's data file into typed
// data whose every figure resolves to a source.
//
// It runs on the server only (and in the export): it uses goldmark, which
// app.wasm must never carry. The browser gets compiled Documents, never
// markdown.
//
// A story is YAML front matter between "---" lines, then markdown:
// GitHub tables, footnotes, typographic quotes in the story's language,
// heading ids ({#tiers}, or readable ASCII ones made from the text), and
// four extensions of our own, each one goldmark extension in its own file:
// the widget directive (directive.go), citations of sources.json ([@S22],
// cite.go), confidence markers ([!reported], marker.go) and glossary terms
// ([TPP](glossary:tpp), term.go). Raw HTML is shown escaped, never passed
// through: every block must stay one element, and a story must not be able
// to inject markup.
//
// The parsers read syntax only; the compiler resolves what a story refers
// to (widgets, sources, terms) and checks what it links to, so the
// extensions stay usable on their own and a story compiles against the
// content tree it is loaded with.
//
// The top-level nodes become blocks: each run of prose one block, wrapped
// in one <div class="prose">, each directive a widget block, and last the
// end matter the author does not write: corrections and the numbered
// source list (endmatter.go). Load adds the checks that need the whole
// tree (twins, links between pages) and the generated glossary pages.
// Every content problem is a build error that names file:line and the
// reason; Story and Load return all of them at once, joined, as *Error
// values.
package compile
