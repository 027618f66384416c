package web

import (
	"container/list"
	"sync"
)

// entry is a rendered response body.
type entry struct {
	key   string
	body  []byte
	ctype string
	etag  string
	// The header values, built once.
	ctypeV, etagV, lenV []string
}

// lru is a cache of rendered responses bounded by their total size. Pages of
// a revision never change once rendered (revisions are immutable), so the
// cache needs no invalidation: keys name the revisions a page shows.
type lru struct {
	mu    sync.Mutex
	max   int
	size  int
	order *list.List // front is the most recently used
	items map[string]*list.Element
}

func newLRU(maxBytes int) *lru {
	return &lru{max: maxBytes, order: list.New(), items: make(map[string]*list.Element)}
}

func (c *lru) get(key string) (*entry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.items[key]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*entry), true
}

func (c *lru) add(e *entry) {
	n := len(e.body) + len(e.key)
	if n > c.max/4 {
		return // one page must not flush the cache
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[e.key]; ok {
		c.order.MoveToFront(el)
		return
	}
	c.items[e.key] = c.order.PushFront(e)
	c.size += n
	for c.size > c.max {
		el := c.order.Back()
		old := el.Value.(*entry)
		c.order.Remove(el)
		delete(c.items, old.key)
		c.size -= len(old.body) + len(old.key)
	}
}
