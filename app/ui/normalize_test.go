package ui

import (
	"regexp"
	"sort"
	"strings"
)

var (
	startTag = regexp.MustCompile(`<([a-zA-Z][\w-]*)((?:\s+[^\s=>]+(?:="(?:[^"\\]|\\.)*")?)*)\s*>`)
	attr     = regexp.MustCompile(`[^\s=>]+(?:="(?:[^"\\]|\\.)*")?`)
)

// normalizeHTML sorts each start tag's attributes: go-app writes them in
// map order, so raw strings of the same DOM differ between renders.
func normalizeHTML(s string) string {
	return startTag.ReplaceAllStringFunc(s, func(tag string) string {
		m := startTag.FindStringSubmatch(tag)
		attrs := attr.FindAllString(m[2], -1)
		sort.Strings(attrs)
		if len(attrs) == 0 {
			return "<" + m[1] + ">"
		}
		return "<" + m[1] + " " + strings.Join(attrs, " ") + ">"
	})
}
