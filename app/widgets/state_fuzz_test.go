package widgets

import (
	"net/url"
	"reflect"
	"testing"

	"github.com/computeatlas/atlas/app/widget"
)

// fuzzDates are shared-date events as a page carries them.
var fuzzDates = widget.Dates{Events: []string{"2022-10-07", "2025-01-13", "2025-04-09", "2025-05-13", "2026-01-15", "2026-07-01"}, AsOf: "2026-07-02"}

// FuzzWidgetState feeds every widget's URL state reader (and the shared
// date) any query: it never panics, and the state it settles on is one
// it reads back as itself, with nothing ignored, as an embed's address
// or a story's prefixed keys.
func FuzzWidgetState(f *testing.F) {
	for _, q := range []string{
		"", "date=2025-05-13", "date=2025-13-45", "date=1999-01-01&date=2026-07-01",
		"rule=in-force&tiers=on&h20=allowed", "rule=before&h20=restricted&date=2026-01-15",
		"metric=tpp&threshold=off", "metric=%zz", "job=finetune&who=cn&chips=rent&place=sg",
		"mode=rent&date=2025-12-08", "x.rule=before&diffusion-map.rule=before",
	} {
		f.Add(q, false)
		f.Add(q, true)
	}
	f.Fuzz(func(t *testing.T, q string, prefixed bool) {
		v, err := url.ParseQuery(q)
		if err != nil {
			return
		}
		for _, name := range Names() {
			spec, _ := Lookup(name)
			if spec.State == nil {
				continue
			}
			in := widget.Input{ID: name, Prefixed: prefixed, Query: v, Dates: fuzzDates}
			state, _ := spec.State(in)
			again := url.Values{}
			for k, vs := range state {
				if prefixed && k != widget.DateKey {
					k = name + "." + k
				}
				again[k] = vs
			}
			in.Query = again
			back, problems := spec.State(in)
			if !reflect.DeepEqual(back, state) || len(problems) > 0 {
				t.Errorf("%s, %q: settled on %v, which reads back as %v (ignored %v)", name, q, state, back, problems)
			}
		}
	})
}
