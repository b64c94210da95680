// Package content embeds the stories and their data into the server
// binary. Only the server imports it: the wasm must never carry content
// (a story edit must not make readers download app.wasm again), which a
// test of the wasm's dependency list enforces.
package content

import "embed"

// FS holds en/*.md, pl/*.md and data/*.json.
//
//go:embed en pl data
var FS embed.FS
