package query

import (
	"encoding/base64"
	"fmt"
	"sort"
	"strings"
)

// Cursors are the base64url form of "<list kind>:<sort key>". The key of an
// item does not depend on its position, so a cursor stays valid while
// documents are added or deleted: the next page starts after the key.

func encodeCursor(kind, key string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(kind + ":" + key))
}

func decodeCursor(kind, cursor string) (string, error) {
	b, err := base64.RawURLEncoding.DecodeString(cursor)
	if err != nil || !strings.HasPrefix(string(b), kind+":") {
		return "", fmt.Errorf("cursor %q does not belong to this list: %w", cursor, ErrBadInput)
	}
	return string(b[len(kind)+1:]), nil
}

// keyed is an item with its sort key.
type keyed[T any] struct {
	key  string
	item T
}

// checkPage validates a page request against the limit.
func checkPage(p Page, max int) error {
	if p.First < 0 {
		return fmt.Errorf("first %d is negative: %w", p.First, ErrBadInput)
	}
	if p.First > max {
		return fmt.Errorf("first %d is above the limit of %d: %w", p.First, max, ErrLimit)
	}
	return nil
}

// paginate sorts the items by key and returns the page after the cursor.
// build turns a selected item into its value; it runs only for the page.
func paginate[T, V any](items []keyed[T], kind string, p Page, max int, build func(T) V) (Paged[V], error) {
	if err := checkPage(p, max); err != nil {
		return Paged[V]{}, err
	}
	sort.Slice(items, func(a, b int) bool { return items[a].key < items[b].key })
	start := 0
	if p.After != "" {
		after, err := decodeCursor(kind, p.After)
		if err != nil {
			return Paged[V]{}, err
		}
		start = sort.Search(len(items), func(i int) bool { return items[i].key > after })
	}
	end := start + p.First
	if end > len(items) {
		end = len(items)
	}
	out := Paged[V]{Total: len(items), HasPrevious: start > 0, HasNext: end < len(items)}
	out.Items = make([]V, 0, end-start)
	out.Cursors = make([]string, 0, end-start)
	for _, it := range items[start:end] {
		out.Items = append(out.Items, build(it.item))
		out.Cursors = append(out.Cursors, encodeCursor(kind, it.key))
	}
	return out, nil
}
