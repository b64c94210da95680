package server

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// FuzzAcceptsEncoding: any Accept-Encoding header is read without
// panicking, and an encoding the header does not name is never chosen.
func FuzzAcceptsEncoding(f *testing.F) {
	for _, h := range []string{"", "br", "gzip, deflate, br;q=0", "br;q=0.5,gzip;q=1", "BR; q=abc", "*", ",,;q=", "gzip;q=-1"} {
		f.Add(h)
	}
	f.Fuzz(func(t *testing.T, header string) {
		for _, enc := range []string{"br", "gzip"} {
			if acceptsEncoding(header, enc) && !strings.Contains(strings.ToLower(header), enc) {
				t.Errorf("%q accepted %s, which it does not name", header, enc)
			}
		}
	})
}

// FuzzOEmbed: any url, maxwidth and maxheight get a clear answer from
// /oembed (200, 400, 404 or 501; 414 for a query over the server's
// bound), never a server error or a panic.
func FuzzOEmbed(f *testing.F) {
	s := newTestServer(f)
	for _, c := range [][3]string{
		{"https://atlas.example/en/where-training-moves", "", ""},
		{"https://atlas.example/embed/diffusion-map?rule=in-force&tiers=on", "600", "400"},
		{"https://atlas.example/pl/dokad-przenosi-sie-trening?date=2025-05-13", "-1", "0"},
		{"http://elsewhere.example/en/where-training-moves", "", ""},
		{"%zz", "abc", "99999999999999999999"},
		{"https://atlas.example/../../etc/passwd", "", ""},
		{"/embed/chip-gap?metric=tpp", "320", ""},
		// Found by the fuzzer: a query over maxQuery gets 414.
		{"https://atlas.example/../../etc/passwd", strings.Repeat("\xe7w", 1200), "1"},
	} {
		f.Add(c[0], c[1], c[2])
	}
	f.Fuzz(func(t *testing.T, target, maxWidth, maxHeight string) {
		q := url.Values{"url": {target}}
		if maxWidth != "" {
			q.Set("maxwidth", maxWidth)
		}
		if maxHeight != "" {
			q.Set("maxheight", maxHeight)
		}
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/oembed?"+q.Encode(), nil))
		switch rec.Code {
		case http.StatusOK, http.StatusBadRequest, http.StatusNotFound, http.StatusNotImplemented, http.StatusRequestURITooLong:
		default:
			t.Errorf("url %q, maxwidth %q, maxheight %q: %d", target, maxWidth, maxHeight, rec.Code)
		}
	})
}
