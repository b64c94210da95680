// Package web embeds the static files served under /web/: the stylesheet,
// the boot script, icons and the built app.wasm (present after `make
// build`; a server built without it serves pages that simply stay static).
package web

import "embed"

// FS holds every file of this folder.
//
//go:embed *
var FS embed.FS
