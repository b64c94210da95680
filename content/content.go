// Package content embeds the stories and their data into the server
// binary. Only the server imports it: the wasm must never carry content
// (a story edit must not make readers download app.wasm again), which a
// test of the wasm's dependency list enforces.
package content

import "embed"

// FS holds the stories (<lang>/*.md), their data (data/*.json) and the
// interface strings (i18n/<lang>.yaml).
//
//go:embed */*.md data i18n
var FS embed.FS
