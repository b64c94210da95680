package server

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"

	"github.com/computeatlas/atlas/app/widgets"
)

// stylesheet is the one stylesheet readers get, under /web/.
const stylesheet = "site.css"

// bundleCSS makes the site's stylesheet: web/site.css, then each
// registered widget's style.css in name order. One file, not one per
// widget: every page that shows a widget needs its styles before first
// paint, and a second request would only delay it (docs/decisions.md).
func bundleCSS(web, widgetFS fs.FS) ([]byte, error) {
	base, err := fs.ReadFile(web, stylesheet)
	if err != nil {
		return nil, fmt.Errorf("web/%s: %w", stylesheet, err)
	}
	var b bytes.Buffer
	b.Write(base)
	for _, name := range widgets.Names() {
		spec, _ := widgets.Lookup(name)
		file := path.Join(spec.Dir(), "style.css")
		css, err := fs.ReadFile(widgetFS, file)
		if err != nil {
			return nil, fmt.Errorf("widget %s: app/widget/%s: %w", name, file, err)
		}
		fmt.Fprintf(&b, "\n/* %s: app/widget/%s */\n", name, file)
		b.Write(css)
	}
	return b.Bytes(), nil
}
