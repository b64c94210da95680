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
// the widget directive (directive.go). Raw HTML is shown escaped, never
// passed through: every block must stay one element, and a story must not
// be able to inject markup.
//
// The top-level nodes become blocks: each run of prose one block, wrapped
// in one <div class="prose">, each directive a widget block. Every content
// problem is a build error that names file:line and the reason; Story and
// Load return all of them at once, joined, as *Error values.
package compile
