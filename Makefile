# Compute Atlas. `make run` serves the site; `make test` checks everything,
# installing what it lacks (Debian chromium, staticcheck).

GO        ?= go
ADDR      ?= localhost:8000
BASE_URL  ?= http://localhost:8000
STATICCHECK_VERSION := v0.8.2
GOBIN     := $(shell $(GO) env GOPATH)/bin

.PHONY: run build wasm server test fuzz check deps static bench loadtest generate fmt lint clean screenshots fonts

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

# The browser suite runs twice: against bin/atlas, then against the
# static export served by nginx (ATLAS_ORIGIN=export; docs/deploy.md),
# where it asserts the documented differences and everything else the same.
test: deps check build
	ATLAS_BIN=$(CURDIR)/bin/atlas $(GO) test -count=1 -timeout 20m ./...
	ATLAS_BIN=$(CURDIR)/bin/atlas ATLAS_ORIGIN=export $(GO) test -count=1 -timeout 20m ./internal/browser
	$(MAKE) --no-print-directory fuzz FUZZTIME=1000x

# What readers see, for a person to look at before calling a visual change
# done: every page, embed and notable widget state at 320, 375, 768 and
# 1280 px, light and dark, and printed, with screenshots/index.html as the
# contact sheet (not committed; ONLY=<regexp> limits the addresses).
ONLY ?=
screenshots: deps build
	$(GO) run ./internal/screenshots -bin bin/atlas -out screenshots -only '$(ONLY)'

# The web fonts, web/fonts/inter-{400,700}.woff2: Inter subset to the
# characters our pages set (committed; remade only when that set grows,
# which TestTextIsSetInInter reports). Installs Debian fonttools.
fonts:
	./scripts/fonts.sh

# Every parser of outside input, fuzzed: 1,000 inputs each in `make
# test` (a count, not a time: a short time limit can expire while Go's
# fuzzer gathers its baseline on a busy machine, which it reports as a
# failure), longer with `make fuzz` (FUZZTIME=10m). A failure writes its
# input under the package's testdata/fuzz/, which then stays a seed.
# scripts/fuzz_test.go fails if a Fuzz function is missing here.
FUZZTIME ?= 60s
FUZZ_TARGETS = ./app/widgets:FuzzWidgetState ./app/lang:FuzzPreferred \
	./app/widget/chipgap:FuzzParse ./app/widget/diffusionmap:FuzzParse \
	./content/compile:FuzzStory ./content/compile:FuzzDirective \
	./content/compile:FuzzFrontMatter ./content/compile:FuzzGlossary \
	./internal/server:FuzzServe ./internal/server:FuzzOEmbed ./internal/server:FuzzAcceptsEncoding
fuzz:
	@for t in $(FUZZ_TARGETS); do \
	  pkg=$${t%%:*}; name=$${t##*:}; echo "fuzz $$name ($$pkg, $(FUZZTIME))"; \
	  $(GO) test $$pkg -run '^$$' -fuzz "^$$name$$" -fuzztime $(FUZZTIME) > /tmp/atlas-fuzz.log 2>&1 || { cat /tmp/atlas-fuzz.log; exit 1; }; \
	done

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
