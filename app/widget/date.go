package widget

import (
	"net/url"
	"sort"
)

// DateKey is the page-level key of the shared date (?date=YYYY-MM-DD):
// never prefixed, even on a story, so one date drives every dated widget
// on the page (the timeline sets it; the map follows).
const DateKey = "date"

// Dates are what a page knows of the shared date: the timeline's event
// dates (sorted), the facts' as-of date, and how the page writes it
// ("early July 2026"). The server fills them from
// content/data/timeline.json for pages with a dated widget.
type Dates struct {
	Events  []string `json:"events,omitempty"`
	AsOf    string   `json:"asOf,omitempty"`
	AsOfTxt string   `json:"asOfText,omitempty"`
}

// Date is the page's date, snapped down to the last event on or before
// it, so a page has as many dated states as the timeline has events.
// Without a date in the address it is the last event (what the facts
// say as of AsOf) and explicit is false. A date that is not YYYY-MM-DD,
// or earlier than the first event, is ignored and reported.
func (in Input) Date() (date string, explicit bool, problems []Problem) {
	ev := in.Dates.Events
	if len(ev) == 0 {
		return "", false, nil
	}
	last := ev[len(ev)-1]
	vs := in.Query[DateKey]
	if len(vs) == 0 {
		return last, false, nil
	}
	v := vs[len(vs)-1]
	if !isISODate(v) || v < ev[0] {
		return last, false, []Problem{{Key: DateKey, Value: v}}
	}
	i := sort.SearchStrings(ev, v) // first event at or after v
	if i == len(ev) || ev[i] != v {
		i--
	}
	return ev[i], true, nil
}

// isISODate reports whether s is a calendar date written YYYY-MM-DD
// (months 01–12, days 01–31; the timeline only compares them).
func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range s {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	m, d := s[5:7], s[8:10]
	return m >= "01" && m <= "12" && d >= "01" && d <= "31"
}

// PutDate writes a dated widget's date into its state v when write is
// set and the date is known: links write it only when the address names
// it (write = explicit); data-state's full form and embed codes always.
func PutDate(v url.Values, date string, write bool) url.Values {
	if write && date != "" {
		v.Set(DateKey, date)
	}
	return v
}
