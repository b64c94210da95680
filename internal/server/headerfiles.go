package server

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// The static export's header files (docs/deploy.md): the security headers
// the server sends (security.go), for a host that cannot run it.
//
//   - _headers, for Netlify and Cloudflare Pages: one rule per top-level
//     file and folder of the export, so no two rules match one address
//     (the hosts merge the headers of overlapping rules, and embeds must
//     not get the "no framing" policy of the rest);
//   - nginx-atlas.conf, to include in a server block whose root is the
//     export: the headers (embeds in their own location), the
//     precompressed files, the 404 page.
//
// Both also say that /version.json is not to be stored (no-cache), as the
// server does.
var headerFiles = []string{"_headers", "nginx-atlas.conf"}

// headerOrder is the order the header files list headers in.
var headerOrder = []string{"Content-Security-Policy", "X-Frame-Options", "Cross-Origin-Opener-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"}

func writeHeaderFiles(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString("# Compute Atlas: the headers bin/atlas sends, for a static host (docs/deploy.md).\n")
	rule := func(pattern, path string) {
		fmt.Fprintf(&b, "%s\n", pattern)
		h := SecurityHeaders(path)
		for _, k := range headerOrder {
			if v := h.Get(k); v != "" {
				fmt.Fprintf(&b, "  %s: %s\n", k, v)
			}
		}
		if path == versionPath {
			b.WriteString("  Cache-Control: no-cache\n")
		}
	}
	rule("/", "/")
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	slices.Sort(names)
	for _, name := range names {
		if strings.HasPrefix(name, ".") || slices.Contains(headerFiles, name) || strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz") {
			continue
		}
		if info, err := os.Stat(filepath.Join(dir, name)); err == nil && info.IsDir() {
			rule("/"+name+"/*", "/"+name+"/")
		} else {
			rule("/"+name, "/"+name)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "_headers"), []byte(b.String()), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "nginx-atlas.conf"), []byte(nginxConf()), 0o644)
}

// nginxConf is the nginx include: server-block directives only.
func nginxConf() string {
	var b strings.Builder
	b.WriteString(`# Compute Atlas: include in a server block whose root is this export,
#   server { listen 80; root /srv/atlas; include /srv/atlas/nginx-atlas.conf; }
# (docs/deploy.md). Precompressed files: gzip_static is built in; for the
# .br files load ngx_brotli's module in the MAIN configuration (outside
# http {}), then uncomment brotli_static below:
#   load_module modules/ngx_http_brotli_static_module.so;
gzip_static on;
# brotli_static on;
index index.html;
error_page 404 /404.html;
# The home and the embeds answer ?lang= from the files the export writes
# for each language (index.pl.html); any other value gets the default.
location = / {
    try_files /index.$arg_lang.html /index.html =404;
`)
	addHeaders(&b, "/", "    ")
	b.WriteString("}\nlocation / {\n    try_files $uri $uri/index.html =404;\n")
	addHeaders(&b, "/", "    ")
	for _, l := range otherLanguages() {
		// Its own 404 page.
		fmt.Fprintf(&b, "}\nlocation %s {\n    error_page 404 %s;\n    try_files $uri $uri/index.html =404;\n", l.Path(""), l.Path("404.html"))
		addHeaders(&b, l.Path(""), "    ")
	}
	b.WriteString("}\nlocation /embed/ {\n    try_files $uri $uri/index.$arg_lang.html $uri/index.html =404;\n")
	addHeaders(&b, "/embed/", "    ")
	// Which version of the site is out (web/boot.js asks): never stored,
	// as bin/atlas answers it.
	b.WriteString("}\nlocation = " + versionPath + " {\n    add_header Cache-Control \"no-cache\" always;\n")
	addHeaders(&b, versionPath, "    ")
	b.WriteString("}\n")
	return b.String()
}

// addHeaders writes path's headers as nginx add_header lines (always:
// on 404 pages too). nginx drops inherited add_header lines in a location
// that has its own, so each location carries the full set.
func addHeaders(b *strings.Builder, path, indent string) {
	h := SecurityHeaders(path)
	for _, k := range headerOrder {
		if v := h.Get(k); v != "" {
			fmt.Fprintf(b, "%sadd_header %s %q always;\n", indent, k, v)
		}
	}
}
