package server

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
	"github.com/computeatlas/atlas/web"
)

// Readers get one stylesheet: the site's own, then each registered
// widget's style.css from its folder, in name order.
func TestBundleCSS(t *testing.T) {
	css, err := bundleCSS(web.FS, widget.Assets)
	if err != nil {
		t.Fatal(err)
	}
	base, _ := web.FS.ReadFile("site.css")
	if !bytes.HasPrefix(css, base) {
		t.Error("the bundle does not start with web/site.css")
	}
	at := len(base)
	for _, name := range widgets.Names() {
		spec, _ := widgets.Lookup(name)
		own, err := widget.Assets.ReadFile(spec.Dir() + "/style.css")
		if err != nil {
			t.Fatal(err)
		}
		i := bytes.Index(css, own)
		if i < at {
			t.Errorf("%s's style.css is missing or out of order", name)
		}
		at = i
	}
	if _, err := bundleCSS(web.FS, fstest.MapFS{}); err == nil || !strings.Contains(err.Error(), "style.css") {
		t.Errorf("a widget without style.css: err = %v, want it named", err)
	}
}
