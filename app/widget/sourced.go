package widget

import (
	"fmt"
	"strings"
	"time"

	"github.com/computeatlas/atlas/app/lang"
)

// NamedText is one of a row's texts, by the name a build error gives it.
type NamedText struct {
	Name string
	Text lang.Text
}

// CheckSourced checks what every row of a widget's data that states a
// fact must carry (a timeline event, a rule): each text in every
// language, at least one source, and a confidence code of the fact
// sheets (C, S or U). at names the row in the errors. Build-time only
// (Spec.Validate).
func CheckSourced(at string, texts []NamedText, sources []string, confidence string) []error {
	errs := CheckTexts(at, texts...)
	if len(sources) == 0 {
		errs = append(errs, fmt.Errorf("%s: no sources", at))
	}
	if err := CheckConfidence(at, sources, confidence); err != nil {
		errs = append(errs, err)
	}
	return errs
}

// CheckConfidence checks a confidence code and that it fits the sources
// shown beside it: C, "confirmed by several sources" (the fact sheets:
// two or more independent sources), must show at least two.
func CheckConfidence(at string, sources []string, confidence string) error {
	switch confidence {
	case "S", "U":
		return nil
	case "C":
		if n := len(SourceIDs(sources)); n < 2 {
			return fmt.Errorf("%s: confidence C (confirmed by several sources) with %d source", at, n)
		}
		return nil
	}
	return fmt.Errorf("%s: confidence %q is not C, S or U", at, confidence)
}

// CheckNote fails a note that states a figure or a date (a digit, in
// any of its languages) without sources: a reader meets a widget's note
// as a claim like any other. Build-time only.
func CheckNote(at string, note lang.Text, sources []string) error {
	if len(sources) == 0 && StatesFigure(note) {
		return fmt.Errorf("%s: its note states a number or a date but lists no sources", at)
	}
	return nil
}

// StatesFigure reports whether a text, in any of its languages, holds a
// digit: a number or a date, which the build wants sourced.
func StatesFigure(t lang.Text) bool {
	for _, text := range t {
		if strings.ContainsAny(text, "0123456789") {
			return true
		}
	}
	return false
}

// CheckTexts says, for each text, which of the site's languages it
// lacks or leaves blank: "<at>: no <name> in "pl"". Build-time only.
func CheckTexts(at string, texts ...NamedText) []error {
	var errs []error
	for _, t := range texts {
		for _, code := range t.Text.Missing() {
			errs = append(errs, fmt.Errorf("%s: no %s in %q", at, t.Name, code))
		}
	}
	return errs
}

// IsDate reports whether s is a real calendar date written YYYY-MM-DD,
// strictly (2025-02-30 is not): the data checks' test. Build-time only.
func IsDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}
