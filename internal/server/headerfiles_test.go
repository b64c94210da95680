package server

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// checkHeaderFiles checks an export's header files: in _headers, one
// rule per address pattern, none matching everything, the embeds framable
// and nothing else; in the nginx include, the same policies by location,
// gzip_static and the 404 page; in both, /version.json never stored.
func checkHeaderFiles(t *testing.T, dir string) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, "_headers"))
	if err != nil {
		t.Fatal(err)
	}
	rules := map[string]string{}
	var pattern string
	for _, line := range strings.Split(string(raw), "\n") {
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case !strings.HasPrefix(line, " "):
			if _, dup := rules[line]; dup {
				t.Errorf("_headers: %s twice", line)
			}
			pattern = line
			rules[pattern] = ""
		default:
			rules[pattern] += strings.TrimSpace(line) + "\n"
		}
	}
	if !strings.Contains(rules["/version.json"], "Cache-Control: no-cache\n") {
		t.Errorf("_headers: /version.json may be stored:\n%s", rules["/version.json"])
	}
	if _, ok := rules["/*"]; ok {
		t.Error("_headers: a rule for /*, which would overlap the embeds' own")
	}
	for _, p := range []string{"/", "/en/*", "/pl/*", "/embed/*", "/web/*", "/data/*", "/robots.txt", "/404.html"} {
		h, ok := rules[p]
		if !ok {
			t.Errorf("_headers: no rule for %s", p)
			continue
		}
		framed := strings.Contains(h, "frame-ancestors *")
		if framed != (p == "/embed/*") || !strings.Contains(h, "script-src 'self' 'wasm-unsafe-eval'") || !strings.Contains(h, "X-Content-Type-Options: nosniff") {
			t.Errorf("_headers %s:\n%s", p, h)
		}
	}
	conf, err := os.ReadFile(filepath.Join(dir, "nginx-atlas.conf"))
	if err != nil {
		t.Fatal(err)
	}
	c := string(conf)
	for _, want := range []string{"gzip_static on;", "error_page 404 /404.html;", "location /embed/ {", "frame-ancestors *\" always;", "frame-ancestors 'none'\" always;", "load_module modules/ngx_http_brotli_static_module.so;", "location = /version.json {\n    add_header Cache-Control \"no-cache\" always;\n"} {
		if !strings.Contains(c, want) {
			t.Errorf("nginx-atlas.conf lacks %q", want)
		}
	}
}

// When the new export cannot be put in place, the old one is put back.
func TestReplaceDirKeepsTheOldOnFailure(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "dist")
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("old"), 0o644)
	if err := replaceDir(filepath.Join(parent, "missing"), dir); err == nil {
		t.Fatal("replacing with a folder that does not exist succeeded")
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "index.html")); string(got) != "old" {
		t.Errorf("the old export is gone: %q", got)
	}
}
