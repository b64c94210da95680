# Compute Atlas. `make run` serves the site; `make test` checks everything,
# installing what it lacks (Debian chromium, staticcheck).

GO        ?= go
ADDR      ?= localhost:8000
BASE_URL  ?= http://localhost:8000
STATICCHECK_VERSION := v0.8.2
GOBIN     := $(shell $(GO) env GOPATH)/bin

.PHONY: run build wasm server test check deps static bench loadtest generate fmt lint clean

run: build
	./bin/atlas serve -addr $(ADDR) -base-url $(BASE_URL)

# The server embeds web/, so app.wasm is built first.
build: wasm server

# app.wasm and its brotli (11) and gzip forms, remade only when its bytes
# change: brotli 11 takes ~25 s and saves readers 9 % over what the
# server could afford at start-up. The -gcflags build some packages
# without inlining, for size: internal/wasmbuild says why, and the test
# TestMakefileBuildsTheWasmAsWasmbuild holds this line to its flags.
wasm:
	GOOS=js GOARCH=wasm GOWASM=satconv,signext $(GO) build -trimpath -ldflags='-s -w' -gcflags=github.com/...=-l -gcflags=fmt=-l -gcflags=strings=-l -gcflags=math/big=-l -gcflags=encoding/json=-l -gcflags=net/url=-l -gcflags=syscall/js=-l -o web/app.wasm ./wasm
	$(GO) run ./internal/precompress web/app.wasm

server: wasm
	$(GO) build -trimpath -o bin/atlas .
	./bin/atlas check

test: deps check build
	ATLAS_BIN=$(CURDIR)/bin/atlas $(GO) test -count=1 -timeout 20m ./...

# Formatting, vet for both targets, staticcheck for both targets.
check: deps
	@out=$$(gofmt -l .); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./app/... ./wasm/...
	$(GOBIN)/staticcheck ./...
	GOOS=js GOARCH=wasm $(GOBIN)/staticcheck ./app/... ./wasm/...

deps:
	@./scripts/deps.sh $(STATICCHECK_VERSION)

static: build
	./bin/atlas export -out dist -base-url $(BASE_URL)

# Measurements, not tests: wrk against bin/atlas and nginx serving the
# export, then the browser benchmarks; writes docs/performance.md.
bench: deps build
	./scripts/bench.sh

# bin/atlas under 256 connections for a minute per target, twice.
loadtest: build
	./scripts/loadtest.sh

generate:
	$(GO) generate ./...

fmt:
	gofmt -w $$(git ls-files '*.go')

lint: check

clean:
	rm -rf bin dist web/app.wasm web/app.wasm.br web/app.wasm.gz
