package query

import (
	"sort"
	"strings"
)

func sortBy[T any](s []T, key func(T) string) {
	sort.Slice(s, func(a, b int) bool { return key(s[a]) < key(s[b]) })
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
