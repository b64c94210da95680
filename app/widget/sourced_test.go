package widget

import (
	"errors"
	"strings"
	"testing"

	"github.com/computeatlas/atlas/app/lang"
)

func TestCheckSourced(t *testing.T) {
	if errs := CheckSourced("row", []NamedText{{"title", lang.Text{"en": "a", "pl": "b"}}}, []string{"S1", "S2"}, "C"); len(errs) != 0 {
		t.Errorf("a complete row: %v", errs)
	}
	err := errors.Join(CheckSourced("rows[3]", []NamedText{{"title", lang.Text{"en": "a"}}, {"text", lang.Text{"pl": " "}}}, nil, "maybe")...)
	for _, want := range []string{`rows[3]: no title in "pl"`, `no text in "en"`, `no text in "pl"`, "rows[3]: no sources", `confidence "maybe" is not C, S or U`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("does not say %s: %v", want, err)
		}
	}
}

// A badge saying "confirmed by several sources" shows at least two.
func TestCheckConfidence(t *testing.T) {
	for _, ok := range []struct {
		sources    []string
		confidence string
	}{{[]string{"S1"}, "S"}, {[]string{"S1"}, "U"}, {[]string{"S1", "S2"}, "C"}} {
		if err := CheckConfidence("row", ok.sources, ok.confidence); err != nil {
			t.Errorf("%v %s: %v", ok.sources, ok.confidence, err)
		}
	}
	for _, bad := range []struct {
		sources    []string
		confidence string
	}{{[]string{"S1"}, "C"}, {[]string{"S1", "S1"}, "C"}, {[]string{"S1", "S2"}, "X"}} {
		if err := CheckConfidence("row", bad.sources, bad.confidence); err == nil {
			t.Errorf("%v %s accepted", bad.sources, bad.confidence)
		}
	}
}
