package compile

import (
	"net/url"

	"github.com/computeatlas/atlas/app/doc"
)

// parseSources reads data/sources.json: a JSON array of doc.Source. Each
// source is checked where it stands, so an error names its line.
func parseSources(file string, raw []byte, errs *errorList) map[string]doc.Source {
	out := map[string]doc.Source{}
	firstLine := map[string]int{}
	decodeArray(file, raw, "sources", errs, func(line int, s doc.Source) {
		if s.ID == "" {
			errs.add(file, line, "source without an id")
			return
		}
		if !sourceIDRe.MatchString(s.ID) {
			// It could not be cited: [@…] takes these characters only.
			errs.add(file, line, "source id %q must be letters, digits, _ and -", s.ID)
		}
		for _, f := range []struct{ name, value string }{
			{"publisher", s.Publisher}, {"title", s.Title}, {"url", s.URL}, {"lang", s.Lang},
		} {
			if f.value == "" {
				errs.add(file, line, "source %q: missing %q", s.ID, f.name)
			}
		}
		if u, err := url.Parse(s.URL); s.URL != "" && (err != nil || u.Scheme != "https" || u.Host == "") {
			errs.add(file, line, "source %q: url %q must be an absolute https:// URL", s.ID, s.URL)
		}
		if l, dup := firstLine[s.ID]; dup {
			errs.add(file, line, "duplicate source id %q (first on line %d)", s.ID, l)
			return
		}
		firstLine[s.ID] = line
		out[s.ID] = s
	})
	return out
}
