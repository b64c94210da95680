//go:build !js

package widget

import "embed"

// Assets holds every widget folder's style.css and i18n/<lang>.yaml, for
// the server: it bundles the styles of the registered widgets into the
// site's stylesheet and checks and serves their strings. Never compiled
// into app.wasm (the build tag): strings reach the browser with the page.
//
//go:embed */style.css */i18n/*.yaml
var Assets embed.FS
