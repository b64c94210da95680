package server

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

var quick = Timeouts{ReadHeader: 300 * time.Millisecond, Read: time.Second, Write: 5 * time.Second, Idle: time.Second, Shutdown: 10 * time.Second}

func listen(t *testing.T) net.Listener {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	return ln
}

// On SIGINT or SIGTERM (ctx ending) the server stops accepting and lets
// the request in flight finish before it returns.
func TestGracefulShutdown(t *testing.T) {
	started := make(chan struct{})
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		time.Sleep(500 * time.Millisecond)
		io.WriteString(w, "finished")
	})
	ln := listen(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, NewHTTPServer(slow, quick, slog.New(slog.DiscardHandler)), quick) }()

	got := make(chan string, 1)
	go func() {
		res, err := http.Get("http://" + ln.Addr().String() + "/")
		if err != nil {
			got <- err.Error()
			return
		}
		b, _ := io.ReadAll(res.Body)
		got <- string(b)
	}()
	<-started
	cancel()
	if body := <-got; body != "finished" {
		t.Errorf("the request in flight got %q, want it finished", body)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve: %v", err)
		}
	case <-time.After(quick.Shutdown):
		t.Fatal("Serve did not return after the shutdown")
	}
	if _, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil {
		t.Error("still accepting connections after the shutdown")
	}
}

// A client that never finishes its headers is closed within the header
// timeout; oversized headers get 431.
func TestTimeoutsAndLimits(t *testing.T) {
	if d := DefaultTimeouts; d.ReadHeader <= 0 || d.Read <= 0 || d.Write <= 0 || d.Idle <= 0 || d.Shutdown <= 0 {
		t.Fatalf("a timeout is not set: %+v", d)
	}
	hs := NewHTTPServer(newTestServer(t), quick, slog.New(slog.DiscardHandler))
	if hs.MaxHeaderBytes != maxHeaderBytes || hs.ReadHeaderTimeout != quick.ReadHeader || hs.WriteTimeout != quick.Write {
		t.Errorf("server settings %+v", hs)
	}
	ln := listen(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go Serve(ctx, ln, hs, quick)

	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	io.WriteString(conn, "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")
	start := time.Now()
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	io.ReadAll(conn) // returns when the server closes the connection
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("a client that never finished its headers was kept %v", took)
	}

	big := strings.Repeat("a", 2*maxHeaderBytes)
	req, _ := http.NewRequest(http.MethodGet, "http://"+ln.Addr().String()+"/", nil)
	req.Header.Set("X-Big", big)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
		t.Errorf("oversized headers: %d, want 431", res.StatusCode)
	}
}

// Each request is one log line with method, path, status, bytes and
// duration.
func TestRequestLog(t *testing.T) {
	var buf bytes.Buffer
	h := logRequests(newTestServer(t), slog.New(slog.NewTextHandler(&buf, nil)))
	for _, target := range []string{"/en/where-training-moves", "/en/nope"} {
		req, _ := http.NewRequest(http.MethodGet, target, nil)
		h.ServeHTTP(discard{}, req)
	}
	lines := bufio.NewScanner(&buf)
	var got []string
	for lines.Scan() {
		got = append(got, lines.Text())
	}
	if len(got) != 2 {
		t.Fatalf("%d log lines for 2 requests: %q", len(got), got)
	}
	for i, want := range []string{"path=/en/where-training-moves status=200", "path=/en/nope status=404"} {
		if !strings.Contains(got[i], "method=GET "+want+" bytes=") || !strings.Contains(got[i], "duration=") {
			t.Errorf("log line %q, want method, %s, bytes and duration", got[i], want)
		}
	}
}
