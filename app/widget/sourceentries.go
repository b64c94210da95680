package widget

import (
	"sort"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// sourceEntries is an embed's own source list, which its source lines
// number and link to (Input.Numbers): on a story the story's list is the
// one, so a widget there writes none. Folded, closed: following a link
// to an entry opens it. An HTML string, as share.go's fields.
func sourceEntries(in Input) app.UI {
	if !in.Standalone || len(in.Numbers) == 0 {
		return nil
	}
	ids := make([]string, 0, len(in.Numbers))
	for id := range in.Numbers {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return in.Numbers[ids[i]] < in.Numbers[ids[j]] })
	html := `<details class="widget-source-list"><summary>` + Escape(in.Chrome.Sources) + `</summary><ol>`
	for _, id := range ids {
		src := in.Sources[id]
		html += `<li id="` + Escape("src-"+id) + `"><cite>` + Escape(src.Title) + `</cite>, ` + Escape(src.Publisher)
		if src.Date != "" {
			html += `, ` + Escape(src.Date)
		}
		html += `. <a href="` + Escape(src.URL) + `" target="_blank" rel="noopener">` + Escape(src.LinkHost()) + `</a></li>`
	}
	return app.Raw(html + `</ol></details>`)
}
