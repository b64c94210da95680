package widget

import (
	"net/url"
	"reflect"
	"testing"
)

var testEnum = Enum{Key: "metric", Values: []string{"tpp", "tflops"}, Default: "tpp"}

func TestEnumParse(t *testing.T) {
	cases := []struct {
		name     string
		in       Input
		want     string
		problems []Problem
	}{
		{"default", Input{}, "tpp", nil},
		{"directive", Input{Params: map[string]string{"metric": "tflops"}}, "tflops", nil},
		{"url wins", Input{Params: map[string]string{"metric": "tflops"}, Query: url.Values{"metric": {"tpp"}}}, "tpp", nil},
		{"prefixed", Input{ID: "chip-gap", Prefixed: true, Query: url.Values{"chip-gap.metric": {"tflops"}, "metric": {"x"}}}, "tflops", nil},
		{"other widget's key ignored", Input{ID: "chip-gap-2", Prefixed: true, Query: url.Values{"chip-gap.metric": {"tflops"}}}, "tpp", nil},
		{"bad url value falls back to directive", Input{Params: map[string]string{"metric": "tflops"}, Query: url.Values{"metric": {"foo"}}}, "tflops", []Problem{{"metric", "foo"}}},
		{"empty value", Input{Query: url.Values{"metric": {""}}}, "tpp", []Problem{{"metric", ""}}},
		{"last value wins", Input{Query: url.Values{"metric": {"foo", "tflops"}}}, "tflops", nil},
	}
	for _, c := range cases {
		var ps []Problem
		if got := testEnum.Parse(c.in, &ps); got != c.want || !reflect.DeepEqual(ps, c.problems) {
			t.Errorf("%s: got %q %v, want %q %v", c.name, got, ps, c.want, c.problems)
		}
	}
}

func TestHref(t *testing.T) {
	state := url.Values{"metric": {"tflops"}, "threshold": {"on"}}
	story := Input{ID: "chip-gap", Prefixed: true, Path: "/en/s", Server: true,
		Query: url.Values{"chip-gap.metric": {"tpp"}, "other.x": {"1"}, "date": {"2025-03-01"}}}
	if got, want := story.Href(state), "/en/s?chip-gap.metric=tflops&chip-gap.threshold=on&date=2025-03-01&other.x=1#chip-gap"; got != want {
		t.Errorf("server story href = %q, want %q", got, want)
	}
	story.Server = false
	if got, want := story.Href(state), "/en/s?chip-gap.metric=tflops&chip-gap.threshold=on&date=2025-03-01&other.x=1"; got != want {
		t.Errorf("client story href = %q, want %q (no fragment: go-app would scroll)", got, want)
	}
	embed := Input{ID: "chip-gap", Path: "/embed/chip-gap", Server: true, Query: url.Values{"metric": {"foo"}, "lang": {"pl"}}}
	if got, want := embed.Href(state), "/embed/chip-gap?lang=pl&metric=tflops&threshold=on"; got != want {
		t.Errorf("embed href = %q, want %q", got, want)
	}
}

func TestCheckParams(t *testing.T) {
	other := Enum{Key: "threshold", Values: []string{"on", "off"}}
	got := CheckParams(map[string]string{"metric": "foo", "threshold": "on", "colour": "red"}, testEnum, other)
	want := []Problem{{"colour", "red"}, {"metric", "foo"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("CheckParams = %v, want %v", got, want)
	}
	if got := CheckParams(map[string]string{"metric": "tflops"}, testEnum); got != nil {
		t.Errorf("valid params reported %v", got)
	}
}

func TestIgnored(t *testing.T) {
	if got := Ignored("Ignored", []Problem{{"metric", "foo"}, {"threshold", "x"}}); got != "Ignored metric=foo, threshold=x" {
		t.Errorf("two problems: %q", got)
	}
	if got := Ignored("Ignored", nil); got != "" {
		t.Errorf("no problems: %q", got)
	}
}
