package query

import "sort"

func sortBy[T any](s []T, key func(T) string) {
	sort.Slice(s, func(a, b int) bool { return key(s[a]) < key(s[b]) })
}
