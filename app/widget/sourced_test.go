package widget

import (
	"errors"
	"strings"
	"testing"

	"github.com/computeatlas/atlas/app/lang"
)

func TestCheckSourced(t *testing.T) {
	if errs := CheckSourced("row", []NamedText{{"title", lang.Text{"en": "a", "pl": "b"}}}, []string{"S1"}, "C"); len(errs) != 0 {
		t.Errorf("a complete row: %v", errs)
	}
	err := errors.Join(CheckSourced("rows[3]", []NamedText{{"title", lang.Text{"en": "a"}}, {"text", lang.Text{"pl": " "}}}, nil, "maybe")...)
	for _, want := range []string{`rows[3]: no title in "pl"`, `no text in "en"`, `no text in "pl"`, "rows[3]: no sources", `confidence "maybe" is not C, S or U`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("does not say %s: %v", want, err)
		}
	}
}
