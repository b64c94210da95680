package widget

import (
	"fmt"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// When returns class if on, else "": for classes that carry a state.
func When(on bool, class string) string {
	if on {
		return class
	}
	return ""
}

// Percent formats a fraction as a CSS percentage ("13.33%").
func Percent(f float64) string { return fmt.Sprintf("%.2f%%", 100*f) }

// SourceLink links a source by its id and publisher.
func SourceLink(id string, src doc.Source) app.UI {
	label := id
	if src.Publisher != "" {
		label += " " + src.Publisher
	}
	// A new tab: inside an iframe (an LMS that strips scripts, or before
	// the wasm), a source must not replace the embed.
	return app.A().Href(src.URL).Target("_blank").Attr("rel", "noopener").Text(label)
}
