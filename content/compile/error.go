package compile

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

// Error is one content error: where it is and what is wrong. Every content
// error is a build error, so its text must let an author fix it without
// reading the compiler: file, line, reason.
type Error struct {
	File string // e.g. content/en/where-training-moves.md
	Line int    // 1-based line in File; 0 when the error is about the whole file
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// errorList collects the errors of one build so an author sees them all
// at once rather than one per run.
type errorList []*Error

func (l *errorList) add(file string, line int, format string, args ...any) {
	*l = append(*l, &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// err sorts the errors by file and line and joins them; nil if none.
func (l errorList) err() error {
	if len(l) == 0 {
		return nil
	}
	s := slices.Clone(l)
	slices.SortStableFunc(s, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
	errs := make([]error, len(s))
	for i, e := range s {
		errs[i] = e
	}
	return errors.Join(errs...)
}
