package compile

import (
	"encoding/json"
	"errors"
	"io/fs"
	"path"
	"time"

	"github.com/computeatlas/atlas/app/lang"
)

// datesFile is the timeline's data, which also holds the shared date's
// facts for the whole site: the events every date snaps to, and the
// facts' as-of date (DESIGN: "a page without a date shows the facts'
// as-of date, never the clock's"). One file, so the timeline's end and
// every "as of" on the site cannot disagree.
const datesFile = "data/timeline.json"

// Timeline is the site's shared-date facts from datesFile.
type Timeline struct {
	// Events are the event dates, ascending, each once.
	Events []string
	// AsOf is the date of the newest verified source; AsOfLabel how each
	// language says it ("early July 2026").
	AsOf      string
	AsOfLabel lang.Text
}

// loadTimeline reads datesFile's dates, if the site has one, and checks
// them: real dates, ascending, none after the as-of date, a label in
// every language. The timeline widget checks the rest of each event.
func loadTimeline(fsys fs.FS, errs *errorList) *Timeline {
	file := path.Join(root, datesFile)
	raw, err := fs.ReadFile(fsys, datesFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		errs.add(file, 0, "%v", unwrapPath(err))
		return nil
	}
	var f struct {
		AsOf      string    `json:"asOf"`
		AsOfLabel lang.Text `json:"asOfLabel"`
		Events    []struct {
			Date string `json:"date"`
		} `json:"events"`
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		errs.add(file, 0, "%v", err)
		return nil
	}
	t := &Timeline{AsOf: f.AsOf, AsOfLabel: f.AsOfLabel}
	if _, err := time.Parse(time.DateOnly, f.AsOf); err != nil {
		errs.add(file, 0, "asOf %q is not a date (YYYY-MM-DD)", f.AsOf)
	}
	for _, code := range f.AsOfLabel.Missing() {
		errs.add(file, 0, "asOfLabel has no %q text", code)
	}
	if len(f.Events) == 0 {
		errs.add(file, 0, "no events")
	}
	for i, e := range f.Events {
		switch _, err := time.Parse(time.DateOnly, e.Date); {
		case err != nil:
			errs.add(file, 0, "events[%d]: date %q is not a date (YYYY-MM-DD)", i, e.Date)
		case i > 0 && e.Date <= f.Events[i-1].Date:
			errs.add(file, 0, "events[%d]: %s is not after %s (one event per date, in order)", i, e.Date, f.Events[i-1].Date)
		case e.Date > f.AsOf:
			errs.add(file, 0, "events[%d]: %s is after asOf %s", i, e.Date, f.AsOf)
		}
		t.Events = append(t.Events, e.Date)
	}
	return t
}
