package ui

import "net/url"

// hostParams are the parameters embedding hosts append to an iframe's
// address (pym.js's); a page accepts them, never echoes them into its
// state links, and never counts them against the query's length limit.
var hostParams = []string{"initialWidth", "childId", "parentTitle", "parentUrl"}

// WithoutHostParams is query without the parameters hosts append.
func WithoutHostParams(query url.Values) url.Values {
	out := url.Values{}
	for k, v := range query {
		out[k] = v
	}
	for _, k := range hostParams {
		delete(out, k)
	}
	return out
}
