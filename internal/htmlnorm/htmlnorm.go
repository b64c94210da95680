// Package htmlnorm makes two renders of the same DOM compare equal as
// text, for golden tests: go-app writes attributes in map order and
// indents its output, so raw strings of one DOM differ between renders.
package htmlnorm

import (
	"regexp"
	"sort"
	"strings"
)

var (
	startTag = regexp.MustCompile(`<([a-zA-Z][\w-]*)((?:\s+[^\s=>]+(?:="(?:[^"\\]|\\.)*")?)*)\s*/?>`)
	attr     = regexp.MustCompile(`[^\s=>/]+(?:="(?:[^"\\]|\\.)*")?`)
	between  = regexp.MustCompile(`>\s+<`)
)

// Normalize sorts each start tag's attributes and drops the whitespace
// between tags, then puts each tag on a line of its own so that a diff
// of two snapshots reads element by element.
func Normalize(s string) string {
	s = startTag.ReplaceAllStringFunc(s, func(tag string) string {
		m := startTag.FindStringSubmatch(tag)
		attrs := attr.FindAllString(m[2], -1)
		sort.Strings(attrs)
		if len(attrs) == 0 {
			return "<" + m[1] + ">"
		}
		return "<" + m[1] + " " + strings.Join(attrs, " ") + ">"
	})
	s = between.ReplaceAllString(strings.TrimSpace(s), "><")
	return strings.ReplaceAll(s, "><", ">\n<") + "\n"
}
