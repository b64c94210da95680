package server

import (
	"net/http"
	"strings"
)

// The security headers every response carries (docs/architecture.md,
// "Security headers"; the static export writes the same, export.go).
//
// The policy allows our own scripts and nothing inline: boot.js,
// wasm_exec.js and app.wasm, whose compilation needs 'wasm-unsafe-eval'
// (nothing wider: no 'unsafe-eval', no 'unsafe-inline'); the page's data
// and JSON-LD are data blocks, which script-src does not govern. Styles
// come from our stylesheet; style attributes are allowed
// (style-src-attr) because the server writes positions as them (a map
// label's left and top), while <style> elements are not. Only /embed/*
// may be framed, by anyone.
const (
	policyBase = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
		"style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
		"worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
	framedPolicy = policyBase + "frame-ancestors *"
	ownPolicy    = policyBase + "frame-ancestors 'none'"
)

// Header values every response shares, made once: http.Header.Set would
// canonicalise the key and allocate the value on every request.
var (
	nosniff           = []string{"nosniff"}
	referrerPolicy    = []string{"strict-origin-when-cross-origin"}
	permissionsPolicy = []string{"camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"}
	openerPolicy      = []string{"same-origin"}
	framedByAnyone    = []string{framedPolicy}
	framedByNoOne     = []string{ownPolicy}
	deny              = []string{"DENY"}
)

// securityHeaders sets them in h, the headers of a response to path.
func securityHeaders(h http.Header, path string) {
	h["X-Content-Type-Options"] = nosniff
	h["Referrer-Policy"] = referrerPolicy
	h["Permissions-Policy"] = permissionsPolicy
	if framable(path) {
		h["Content-Security-Policy"] = framedByAnyone
		return
	}
	h["Content-Security-Policy"] = framedByNoOne
	h["X-Frame-Options"] = deny
	h["Cross-Origin-Opener-Policy"] = openerPolicy
}

// framable reports whether path may be shown in another site's frame:
// the embeds, and nothing else.
func framable(path string) bool { return strings.HasPrefix(path, "/embed/") }

// SecurityHeaders are the headers securityHeaders sets for path, for the
// static export's header files.
func SecurityHeaders(path string) http.Header {
	h := http.Header{}
	securityHeaders(h, path)
	return h
}
