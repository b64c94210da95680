//go:build !js

package ui

import (
	"net/url"
	"strings"
)

// Card images by path. A page's card in a state can be named two ways:
// /card/<page>.png?<query> (og:image on bin/atlas, which reads the query)
// and /card/<page>/<state>.png, the state in the path, which a static
// host can serve as a file (it ignores queries; docs/deploy.md). The
// gallery links the path form, and the export writes those files, so its
// thumbnails show their states on any host. <state> is the page's
// canonical query (Canonical) with "," for "&": rule=in-force,tiers=on.
// Values that need escaping never occur in a canonical state (widget
// values are plain tokens and dates), and a path whose state is not
// canonical names no card, so each state has one address.

// CardPath is the address of the card of the page at path in state q (a
// canonical query; nil or empty for its default state).
func CardPath(path string, q url.Values) string {
	if strings.HasSuffix(path, "/") {
		path += "index"
	}
	if enc := q.Encode(); enc != "" {
		return "/card" + path + "/" + strings.ReplaceAll(enc, "&", ",") + ".png"
	}
	return "/card" + path + ".png"
}

// PageOfCardPath is the page and state that a card address's path names:
// the inverse of CardPath. ok is false for anything else. The state is
// only parsed here: whether it is the page's canonical one is the
// caller's to check, against the page.
func PageOfCardPath(p string) (path string, state url.Values, ok bool) {
	p, ok = strings.CutPrefix(p, "/card")
	if !ok || !strings.HasSuffix(p, ".png") {
		return "", nil, false
	}
	p = strings.TrimSuffix(p, ".png")
	if i := strings.LastIndexByte(p, '/'); i >= 0 && strings.Contains(p[i+1:], "=") {
		q, err := url.ParseQuery(strings.ReplaceAll(p[i+1:], ",", "&"))
		if err != nil {
			return "", nil, false
		}
		p, state = p[:i], q
	}
	if strings.HasSuffix(p, "/index") {
		p = strings.TrimSuffix(p, "index")
	}
	return p, state, strings.HasPrefix(p, "/")
}
