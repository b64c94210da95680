// Package wasmcheck guards DESIGN.md's first rule: nothing server-only
// reaches app.wasm, and app.wasm stays within its size budget. It has only
// tests.
package wasmcheck
