// Package wasmcheck guards the first rule of docs/architecture.md:
// nothing server-only reaches app.wasm, and app.wasm stays within its
// size budget. It has only tests.
package wasmcheck
