package server

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"

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

// webURL is a url() of the stylesheet that names a file of web/.
var webURL = regexp.MustCompile(`url\("/web/([^"?#]+)"\)`)

// fingerprintURLs points each url("/web/<file>") of the stylesheet at the
// file's fingerprinted address, which is cached for good like the
// stylesheet's own, and fails on a file that does not exist, so a
// misspelt font stops the server instead of falling back unseen. fonts
// are the WOFF2 files among them, in order, which every page preloads:
// the browser would find them only after the stylesheet has arrived and
// the page is laid out, and the text would change face later.
func fingerprintURLs(css []byte, st *static) (out []byte, fonts []string, err error) {
	var missing []string
	out = webURL.ReplaceAllFunc(css, func(m []byte) []byte {
		name := string(webURL.FindSubmatch(m)[1])
		if !st.exists(name) {
			missing = append(missing, name)
			return m
		}
		u := st.url(name)
		if path.Ext(name) == ".woff2" && !slices.Contains(fonts, u) {
			fonts = append(fonts, u)
		}
		return []byte(`url("` + u + `")`)
	})
	if len(missing) > 0 {
		return nil, nil, fmt.Errorf("stylesheet: url() of a file web/ lacks: %v", missing)
	}
	return out, fonts, nil
}
