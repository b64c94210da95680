package server

import (
	"bufio"
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"
)

// The bad-input battery: hostile and broken requests, sent as raw bytes
// to the real server on loopback, each get their right answer (a 4xx, a
// 3xx to a clean address, a 405, 414 or 431, or a closed connection),
// never a 500, never a byte of a file outside the site, and never a hang
// past the server's timeouts.
func TestBadInputBattery(t *testing.T) {
	hs := NewHTTPServer(newTestServer(t), quick, slog.New(slog.DiscardHandler))
	ln := listen(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go Serve(ctx, ln, hs, quick)
	addr := ln.Addr().String()

	// What must never leave: files of the repository outside web/ and
	// the system's.
	secrets := []string{"root:x:0:0", "module github.com/computeatlas/atlas"}
	if src, err := os.ReadFile("server.go"); err == nil {
		secrets = append(secrets, string(src[:200]))
	}
	repeated := strings.Repeat("a=1&", 3000)
	cases := []struct {
		name, request string
		want          []int // any of these; 0 is a closed connection
	}{
		{"dot-dot", "GET /../../etc/passwd HTTP/1.1", []int{301, 400, 404}},
		{"dot-dot in web", "GET /web/../../go.mod HTTP/1.1", []int{301, 400, 404}},
		{"encoded dots", "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1", []int{301, 400, 404}},
		{"encoded slash", "GET /web/..%2f..%2fgo.mod HTTP/1.1", []int{301, 400, 404}},
		{"encoded dots in web", "GET /web/%2e%2e/server.go HTTP/1.1", []int{301, 400, 404}},
		{"backslashes", `GET /web/..\..\go.mod HTTP/1.1`, []int{301, 400, 404}},
		{"encoded backslashes", "GET /web/..%5c..%5cgo.mod HTTP/1.1", []int{301, 400, 404}},
		{"overlong UTF-8 dots", "GET /web/%c0%ae%c0%ae/%c0%ae%c0%ae/go.mod HTTP/1.1", []int{301, 400, 404}},
		{"NUL in path", "GET /web/boot.js%00.txt HTTP/1.1", []int{301, 400, 404}},
		{"invalid UTF-8 path", "GET /en/%ff%fe%fd HTTP/1.1", []int{301, 400, 404}},
		{"bad percent-encoding", "GET /en/%zz HTTP/1.1", []int{400, 404}},
		{"bad percent-encoding in query", "GET /en/where-training-moves?date=%zz HTTP/1.1", []int{200, 400}},
		{"invalid UTF-8 query", "GET /embed/chip-gap?metric=%ff%fe HTTP/1.1", []int{200}},
		{"overlong path", "GET /" + strings.Repeat("a/", 2000) + " HTTP/1.1", []int{414}},
		{"overlong query", "GET /en/where-training-moves?q=" + strings.Repeat("x", 5000) + " HTTP/1.1", []int{414}},
		{"thousands of repeated parameters", "GET /embed/chip-gap?" + repeated + " HTTP/1.1", []int{414}},
		{"repeated state keys", "GET /embed/chip-gap?" + strings.Repeat("metric=tpp&", 100) + " HTTP/1.1", []int{200}},
		{"unknown language", "GET /de/where-training-moves HTTP/1.1", []int{404}},
		{"unknown widget", "GET /embed/nope HTTP/1.1", []int{404}},
		{"unknown state", "GET /embed/chip-gap?metric=nope&lang=xx HTTP/1.1", []int{200}},
		{"unknown page", "GET /en/nope HTTP/1.1", []int{404}},
		{"POST", "POST /en/where-training-moves HTTP/1.1\r\nContent-Length: 0", []int{405}},
		{"PUT", "PUT /web/boot.js HTTP/1.1\r\nContent-Length: 0", []int{405}},
		{"DELETE", "DELETE / HTTP/1.1", []int{405}},
		{"PATCH", "PATCH / HTTP/1.1\r\nContent-Length: 0", []int{405}},
		// Go's server answers "OPTIONS *" itself, empty (net/http).
		{"OPTIONS *", "OPTIONS * HTTP/1.1", []int{200}},
		{"OPTIONS", "OPTIONS /en/where-training-moves HTTP/1.1", []int{405}},
		{"TRACE", "TRACE / HTTP/1.1", []int{405}},
		{"CONNECT", "CONNECT atlas.example:443 HTTP/1.1", []int{400, 405}},
		{"made-up method", "BREW /en/where-training-moves HTTP/1.1", []int{405}},
		{"HEAD", "HEAD /en/where-training-moves HTTP/1.1", []int{200}},
		{"range", "GET /web/boot.js HTTP/1.1\r\nRange: bytes=0-9", []int{200, 206}},
		{"range past the end", "GET /web/boot.js HTTP/1.1\r\nRange: bytes=999999999-", []int{200, 416}},
		{"broken range", "GET /en/where-training-moves HTTP/1.1\r\nRange: bytes=zz", []int{200, 416}},
		{"conditional, garbage", "GET /en/where-training-moves HTTP/1.1\r\nIf-None-Match: \"x\"\r\nIf-Modified-Since: yesterday", []int{200}},
		{"oversized header", "GET / HTTP/1.1\r\nX-Big: " + strings.Repeat("a", 2*maxHeaderBytes), []int{431}},
		{"many headers", "GET / HTTP/1.1" + strings.Repeat("\r\nX-A: b", 3000), []int{431}},
		{"bad header line", "GET / HTTP/1.1\r\nNo colon here", []int{400}},
		{"bad Host", "GET / HTTP/1.1\r\nHost: a b", []int{400}},
		{"absolute URI elsewhere", "GET http://elsewhere.example/../../etc/passwd HTTP/1.1", []int{301, 400, 404}},
		{"HTTP/0.9", "GET /", []int{0, 400, 505}},
		{"bad version", "GET / HTTP/9.9", []int{0, 400, 505}},
		{"Accept-Language junk", "GET / HTTP/1.1\r\nAccept-Language: " + strings.Repeat(";q=,", 500), []int{200, 302, 303, 307}},
		{"oEmbed elsewhere", "GET /oembed?url=file:///etc/passwd HTTP/1.1", []int{404}},
	}
	for _, c := range cases {
		status, body := rawRequest(t, addr, c.request)
		ok := false
		for _, w := range c.want {
			ok = ok || status == w
		}
		if !ok {
			t.Errorf("%s: %d, want one of %v", c.name, status, c.want)
		}
		for _, s := range secrets {
			if strings.Contains(body, s) {
				t.Errorf("%s: the answer holds %.30q, from a file outside the site", c.name, s)
			}
		}
	}
}

// rawRequest sends request (a request line and any headers, without the
// final blank line) as bytes, and returns the status (0 when the server
// closed the connection without an answer) and the body. Every step has
// its own deadline, longer than the server's timeouts.
func rawRequest(t *testing.T, addr, request string) (int, string) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if !strings.Contains(request, "\r\nHost:") && strings.Contains(request, " HTTP/1.") {
		request += "\r\nHost: atlas.example"
	}
	request += "\r\nConnection: close\r\n\r\n"
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := io.WriteString(conn, request); err != nil {
		return 0, ""
	}
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		return 0, ""
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(body)
}
