package compile

import (
	"net/url"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// Links are checked where they stand: a link to another site must be an
// absolute https URL (a reader's browser must not be sent over plain
// HTTP, and a relative "x.html" would resolve against the story's path),
// an anchor must name a place in the story, and an image must say what it
// shows. Whether a link inside the site names a page is Load's question,
// since it knows every story (checkInternalLinks).

// reservedIDs are the anchors of a story's end matter.
var reservedIDs = []string{"corrections", "sources", "about-markers", contentsID}

// reservedPrefixes start the ids the compiler gives citations, tooltips
// and the source list.
var reservedPrefixes = []string{"src-", "cite-tip-", "term-tip-"}

// isReservedID reports whether id belongs to the compiler's own anchors.
func isReservedID(id string) bool {
	for _, r := range reservedIDs {
		if id == r {
			return true
		}
	}
	for _, p := range reservedPrefixes {
		if strings.HasPrefix(id, p) {
			return true
		}
	}
	return false
}

// internalLink is a link to a page of the site, for Load to check.
type internalLink struct {
	Dest string
	Line int
}

// checkLinks checks every link, autolink and image, and records the
// internal links and the anchors they use.
func (s *story) checkLinks(root ast.Node) {
	var anchors []internalLink
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			dest := string(n.Destination)
			line := s.nodeLine(n)
			switch {
			case strings.HasPrefix(dest, "#"):
				anchors = append(anchors, internalLink{dest, line})
			case strings.HasPrefix(dest, "//"):
				s.errs.add(s.file, line, "link must be an absolute https URL (got %q)", dest)
			case strings.HasPrefix(dest, "/"):
				s.internal = append(s.internal, internalLink{dest, line})
			default:
				s.checkExternal(dest, line)
			}
		case *ast.AutoLink:
			if n.AutoLinkType == ast.AutoLinkURL {
				if u := string(n.URL(s.h.body)); !isHTTPS(u) {
					s.errs.add(s.file, s.nodeLine(n), "link must be an absolute https URL (got %q)", u)
				}
			}
		case *ast.Image:
			line := s.nodeLine(n)
			if strings.TrimSpace(plainText(n, s.h.body)) == "" {
				s.errs.add(s.file, line, "image without alt text")
			}
			if dest := string(n.Destination); !isHTTPS(dest) && (!strings.HasPrefix(dest, "/") || strings.HasPrefix(dest, "//")) {
				s.errs.add(s.file, line, "image must be an absolute https URL or a site path starting with / (got %q)", dest)
			}
		}
		return ast.WalkContinue, nil
	})
	for _, a := range anchors {
		if id := strings.TrimPrefix(a.Dest, "#"); !s.anchors[id] {
			s.errs.add(s.file, a.Line, "broken anchor %s", a.Dest)
		}
	}
}

// checkExternal checks a link that does not start with "/" or "#".
func (s *story) checkExternal(dest string, line int) {
	u, err := url.Parse(dest)
	switch {
	case dest == "":
		s.errs.add(s.file, line, "link without a destination")
	case isHTTPS(dest), err == nil && u.Scheme == "mailto":
	case err == nil && u.Scheme != "":
		s.errs.add(s.file, line, "link must be an absolute https URL (got %q)", dest)
	default:
		s.errs.add(s.file, line, "relative link %q must start with / or # (a link to another site needs https://)", dest)
	}
}

// isHTTPS reports whether raw is an absolute https URL with a host.
func isHTTPS(raw string) bool {
	u, err := url.Parse(raw)
	return err == nil && u.Scheme == "https" && u.Host != ""
}

// plainText is the text of n's inline content, as a reader sees it.
func plainText(n ast.Node, source []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			b.Write(n.Value(source))
			if n.SoftLineBreak() || n.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(n.Value)
		case *ast.CodeSpan:
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				if t, ok := c.(*ast.Text); ok {
					b.Write(t.Value(source))
				}
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}
