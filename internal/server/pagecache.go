package server

import (
	"container/list"
	"crypto/sha256"
	"encoding/hex"
	"sync"
	"sync/atomic"
)

// A page is a pure function of its path, language and canonical query
// (ui.Canonical), so the server renders it once and then serves stored
// bytes, already compressed, like a static file server
// (docs/architecture.md, rule 4). pageCache keeps the rendered pages in a
// least-recently-used list bounded by bytes, so no mix of queries can
// grow the server's memory past it.

// page is one rendered page in every encoding, with its strong ETag.
type page struct {
	raw, gz []byte
	// br is swapped for a smaller one when the page is recompressed at the
	// best quality in the background.
	br     atomic.Pointer[[]byte]
	etag   string
	status int
	lang   string
	// The same as header values, made once.
	etagHeader, langHeader []string
}

func newPage(raw []byte, status int, lang string) *page {
	sum := sha256.Sum256(raw)
	p := &page{raw: raw, gz: gzipBytes(raw), etag: `"` + hex.EncodeToString(sum[:12]) + `"`, status: status, lang: lang}
	p.etagHeader, p.langHeader = []string{p.etag}, []string{lang}
	br := brotliBytes(raw, pageBrotliLevel)
	p.br.Store(&br)
	return p
}

// size is what the page holds in memory.
func (p *page) size() int { return len(p.raw) + len(p.gz) + len(*p.br.Load()) }

// lru keeps values within a budget of their cost (bytes for pages, a
// count for the request aliases), dropping the least recently used.
type lru[V any] struct {
	mu      sync.Mutex
	budget  int
	used    int
	cost    func(V) int
	order   *list.List // front: most recently used
	entries map[string]*list.Element
}

type lruEntry[V any] struct {
	key   string
	value V
	cost  int // as stored: a page's recompression only makes it smaller
}

func newLRU[V any](budget int, cost func(V) int) *lru[V] {
	return &lru[V]{budget: budget, cost: cost, order: list.New(), entries: map[string]*list.Element{}}
}

// pageCache holds rendered pages within a budget of bytes.
type pageCache = lru[*page]

func newPageCache(budget int) *pageCache { return newLRU(budget, (*page).size) }

func (c *lru[V]) get(key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.entries[key]
	if !ok {
		var zero V
		return zero, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*lruEntry[V]).value, true
}

// put stores v under key, dropping the least recently used values until
// the cache is within its budget. A value costing more than the whole
// budget is not stored.
func (c *lru[V]) put(key string, v V) {
	cost := c.cost(v)
	c.mu.Lock()
	defer c.mu.Unlock()
	if cost > c.budget {
		return
	}
	if el, ok := c.entries[key]; ok {
		c.used -= el.Value.(*lruEntry[V]).cost
		c.order.Remove(el)
		delete(c.entries, key)
	}
	c.entries[key] = c.order.PushFront(&lruEntry[V]{key, v, cost})
	c.used += cost
	for c.used > c.budget {
		el := c.order.Back()
		e := el.Value.(*lruEntry[V])
		c.order.Remove(el)
		delete(c.entries, e.key)
		c.used -= e.cost
	}
}

// stats are the number of values and their cost.
func (c *lru[V]) stats() (n, cost int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries), c.used
}
