package compile

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
)

// decodeArray reads a JSON array of what (e.g. "sources") from raw, one
// element at a time, so each element's problems can name its line: each
// calls each with the line of its "{". Unknown fields are errors: a typo
// in a field name must not silently drop a figure. It stops at the first
// syntax error.
func decodeArray[T any](file string, raw []byte, what string, errs *errorList, each func(line int, v T)) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if t, err := dec.Token(); err != nil || t != json.Delim('[') {
		errs.add(file, lineAt(raw, int(dec.InputOffset())), "want a JSON array of %s", what)
		return
	}
	for dec.More() {
		line := lineAt(raw, valueStart(raw, int(dec.InputOffset())))
		var v T
		if err := dec.Decode(&v); err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				line = lineAt(raw, int(se.Offset))
			}
			errs.add(file, line, "%v", err)
			return
		}
		each(line, v)
	}
	if _, err := dec.Token(); err != nil {
		errs.add(file, lineAt(raw, int(dec.InputOffset())), "%v", err)
	} else if _, err := dec.Token(); err != io.EOF {
		errs.add(file, lineAt(raw, valueStart(raw, int(dec.InputOffset()))), "data after the array")
	}
}

// valueStart skips the separators json.Decoder has not consumed yet, so an
// element's line is the line of its "{".
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
