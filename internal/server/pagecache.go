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
}

func newPage(raw []byte, status int, lang string) *page {
	sum := sha256.Sum256(raw)
	p := &page{raw: raw, gz: gzipBytes(raw), etag: `"` + hex.EncodeToString(sum[:12]) + `"`, status: status, lang: lang}
	br := brotliBytes(raw, pageBrotliLevel)
	p.br.Store(&br)
	return p
}

// size is what the page holds in memory.
func (p *page) size() int { return len(p.raw) + len(p.gz) + len(*p.br.Load()) }

type pageCache struct {
	mu      sync.Mutex
	budget  int // bytes
	used    int
	order   *list.List // front: most recently used
	entries map[string]*list.Element
}

type cacheEntry struct {
	key  string
	page *page
	size int // as stored: recompression later only makes it smaller
}

func newPageCache(budget int) *pageCache {
	return &pageCache{budget: budget, order: list.New(), entries: map[string]*list.Element{}}
}

func (c *pageCache) get(key string) (*page, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.entries[key]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*cacheEntry).page, true
}

// put stores p under key, evicting the least recently used pages until
// the cache is within its budget. A page larger than the whole budget is
// not stored.
func (c *pageCache) put(key string, p *page) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if p.size() > c.budget {
		return
	}
	if el, ok := c.entries[key]; ok {
		c.used -= el.Value.(*cacheEntry).size
		c.order.Remove(el)
		delete(c.entries, key)
	}
	e := &cacheEntry{key, p, p.size()}
	c.entries[key] = c.order.PushFront(e)
	c.used += e.size
	for c.used > c.budget {
		el := c.order.Back()
		e := el.Value.(*cacheEntry)
		c.order.Remove(el)
		delete(c.entries, e.key)
		c.used -= e.size
	}
}

// stats are the number of pages and the bytes they hold.
func (c *pageCache) stats() (pages, bytes int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries), c.used
}
