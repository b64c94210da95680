package compile

import (
	"strings"
	"testing"
)

func TestParseSources(t *testing.T) {
	for _, tc := range []struct{ name, raw, want string }{
		{"ok", `[{"id": "S1", "publisher": "P", "title": "T", "url": "https://x.org/a", "lang": "pl"}]`, ""},
		{"empty", `[]`, ""},
		{"not an array", "\n{\"id\": \"S1\"}", "f.json:2: want a JSON array of sources"},
		{"syntax error", "[\n{\"id\": \"S1\", \"publisher\": \"P\", \"title\": \"T\", \"url\": \"https://x.org\", \"lang\": \"en\"},\n{\"id\": }\n]", "f.json:3: invalid character '}' looking for beginning of value"},
		{"relative url", "[\n {\"id\": \"S1\", \"publisher\": \"P\", \"title\": \"T\", \"url\": \"/a\", \"lang\": \"en\"}]", `f.json:2: source "S1": url "/a" must be an absolute https:// URL`},
		{"missing lang", `[{"id": "S1", "publisher": "P", "title": "T", "url": "https://x.org"}]`, `f.json:1: source "S1": missing "lang"`},
		{"trailing garbage", "[]\n]", "f.json:2: data after the array"},
		{"id that cannot be cited", `[{"id": "S 1", "publisher": "P", "title": "T", "url": "https://x.org", "lang": "en"}]`, `f.json:1: source id "S 1" must be letters, digits, _ and -`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var errs errorList
			parseSources("f.json", []byte(tc.raw), &errs)
			got := ""
			if err := errs.err(); err != nil {
				got = err.Error()
			}
			if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
