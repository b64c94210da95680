package compile

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/url"

	"github.com/computeatlas/atlas/app/doc"
)

// parseSources reads data/sources.json: a JSON array of doc.Source. Each
// source is checked where it stands, so an error names its line.
func parseSources(file string, raw []byte, errs *errorList) map[string]doc.Source {
	out := map[string]doc.Source{}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if t, err := dec.Token(); err != nil || t != json.Delim('[') {
		errs.add(file, lineAt(raw, int(dec.InputOffset())), "want a JSON array of sources")
		return out
	}
	firstLine := map[string]int{}
	for dec.More() {
		line := lineAt(raw, valueStart(raw, int(dec.InputOffset())))
		var s doc.Source
		if err := dec.Decode(&s); err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				line = lineAt(raw, int(se.Offset))
			}
			errs.add(file, line, "%v", err)
			return out
		}
		if s.ID == "" {
			errs.add(file, line, "source without an id")
			continue
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
			continue
		}
		firstLine[s.ID] = line
		out[s.ID] = s
	}
	if _, err := dec.Token(); err != nil {
		errs.add(file, lineAt(raw, int(dec.InputOffset())), "%v", err)
	} else if _, err := dec.Token(); err != io.EOF {
		errs.add(file, lineAt(raw, valueStart(raw, int(dec.InputOffset()))), "data after the array")
	}
	return out
}

// valueStart skips the separators json.Decoder has not consumed yet, so a
// source's line is the line of its "{".
func valueStart(raw []byte, off int) int {
	for off < len(raw) {
		switch raw[off] {
		case ' ', '\t', '\r', '\n', ',':
			off++
		default:
			return off
		}
	}
	return off
}

// lineAt is the 1-based line of byte offset off.
func lineAt(raw []byte, off int) int {
	off = min(max(off, 0), len(raw))
	return 1 + bytes.Count(raw[:off], []byte("\n"))
}
