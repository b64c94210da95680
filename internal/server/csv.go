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

// dataPath is the CSV address of widget name.
func dataPath(name string) string { return "/data/" + name + ".csv" }

func (s *Server) dataCSV(w http.ResponseWriter, r *http.Request) {
	name, ok := strings.CutSuffix(strings.TrimPrefix(r.URL.Path, "/data/"), ".csv")
	spec, known := widgets.Lookup(name)
	data := s.lib.site.Data[name]
	if !ok || !known || spec.Table == nil || data == nil || !s.lib.Index().HasWidget(name) {
		http.NotFound(w, r)
		return
	}
	var b bytes.Buffer
	b.WriteString("\ufeff")
	cw := csv.NewWriter(&b)
	cw.WriteAll(spec.Table(data))
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`.csv"`)
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(b.Bytes())
}
