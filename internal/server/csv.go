package server

import (
	"bytes"
	"encoding/csv"
	"net/http"
	"strings"

	"github.com/computeatlas/atlas/app/widgets"
)

// /data/<widget>.csv is a widget's data for download (Spec.Table): UTF-8
// with a byte-order mark (so spreadsheet programs read the Polish
// letters), one row per value, with its basis or confidence and source
// ids; the source ids resolve in the widget's source list on every page
// that shows it. The same file in every language, so a static host can
// serve it.

func (s *Server) dataCSV(w http.ResponseWriter, r *http.Request) {
	name, ok := strings.CutSuffix(strings.TrimPrefix(r.URL.Path, "/data/"), ".csv")
	spec, known := widgets.Lookup(name)
	if !ok || !known || !s.hasData(name) {
		http.NotFound(w, r)
		return
	}
	data := s.lib.site.Data[name]
	var b bytes.Buffer
	b.WriteString("\ufeff")
	cw := csv.NewWriter(&b)
	cw.WriteAll(spec.Table(data))
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`.csv"`)
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(b.Bytes())
}

// hasData reports whether widget name is on some page and has data to
// download.
func (s *Server) hasData(name string) bool {
	spec, ok := widgets.Lookup(name)
	return ok && spec.Table != nil && s.lib.site.Data[name] != nil && s.lib.Index().HasWidget(name)
}
