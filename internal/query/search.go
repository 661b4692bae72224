package query

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/agnivade/levenshtein"
	"golang.org/x/text/unicode/norm"
)

// normalize folds a name for matching: accents removed, lower case,
// punctuation turned into spaces, spaces collapsed.
func normalize(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’' || r == '.':
			// "U.S." is "us", "O'Brien" is "obrien"
		default:
			space = true
		}
	}
	return b.String()
}

// searchKey is one normalised name, alias or word of an entity.
type searchKey struct {
	s     string
	ent   int32
	alias bool
	orig  string // the name or alias it comes from
}

// searchIndex answers Search; it is rebuilt from the index when stale.
type searchIndex struct {
	version  uint64
	exact    map[string][]int // normalised full name/alias -> keys
	keys     []searchKey      // full names and aliases
	words    []searchKey      // full names, aliases and each of their words, sorted by s
	trigrams map[string][]int32
}

func buildSearch(ix *index) *searchIndex {
	si := &searchIndex{version: ix.version, exact: map[string][]int{}, trigrams: map[string][]int32{}}
	for ei, e := range ix.ents {
		if !e.visible() {
			continue
		}
		add := func(orig string, alias bool) {
			n := normalize(orig)
			if n == "" {
				return
			}
			k := searchKey{s: n, ent: int32(ei), alias: alias, orig: orig}
			si.exact[n] = append(si.exact[n], len(si.keys))
			si.keys = append(si.keys, k)
			si.words = append(si.words, k)
			if strings.Contains(n, " ") {
				for _, w := range strings.Fields(n)[1:] {
					wk := k
					wk.s = w
					si.words = append(si.words, wk)
				}
			}
		}
		add(e.name, false)
		for _, a := range e.aliases {
			add(a, true)
		}
	}
	sort.Slice(si.words, func(a, b int) bool { return si.words[a].s < si.words[b].s })
	for i, k := range si.words {
		for _, g := range trigrams(k.s) {
			l := si.trigrams[g]
			if n := len(l); n == 0 || l[n-1] != int32(i) {
				si.trigrams[g] = append(l, int32(i))
			}
		}
	}
	return si
}

func trigrams(s string) []string {
	r := []rune("  " + s + " ")
	out := make([]string, 0, len(r))
	for i := 0; i+3 <= len(r); i++ {
		out = append(out, string(r[i:i+3]))
	}
	return out
}

// maxFuzzy is the edit distance allowed for a query of n runes.
func maxFuzzy(n int) int {
	switch {
	case n < 4:
		return 0
	case n < 8:
		return 1
	default:
		return 2
	}
}

// maxHits bounds the hits a search ranks before paging.
const maxHits = 1000

// Search finds entities by name or alias, forgiving case, accents,
// punctuation and small typos, ranked exact name > alias > prefix > fuzzy,
// then by mentions. types, when not empty, keeps only those entity types.
func (s *Service) Search(ctx context.Context, text string, types []string, p Page) (Paged[Hit], error) {
	const op = "query.Search"
	q := normalize(text)
	if q == "" {
		return Paged[Hit]{}, fmt.Errorf("%s: text %q has no letters or digits: %w", op, text, ErrBadInput)
	}
	if err := checkPage(p, s.limits.MaxPage); err != nil {
		return Paged[Hit]{}, fmt.Errorf("%s: %w", op, err)
	}
	si := s.searchIndex()
	s.mu.RLock()
	defer s.mu.RUnlock()
	ix := s.ix
	typeOK := func(ei int32) bool {
		if len(types) == 0 {
			return true
		}
		for _, t := range types {
			if strings.EqualFold(t, ix.ents[ei].typ) {
				return true
			}
		}
		return false
	}
	best := map[int32]Hit{}
	consider := func(k searchKey, m Match, dist int) {
		e := ix.ents[k.ent]
		if !e.visible() || !typeOK(k.ent) {
			return
		}
		if h, ok := best[k.ent]; ok && (h.Match < m || h.Match == m && h.Distance <= dist) {
			return
		}
		best[k.ent] = Hit{Match: m, Matched: k.orig, Distance: dist}
	}
	for _, ki := range si.exact[q] {
		k := si.keys[ki]
		if k.alias {
			consider(k, MatchAlias, 0)
		} else {
			consider(k, MatchName, 0)
		}
	}
	lo := sort.Search(len(si.words), func(i int) bool { return si.words[i].s >= q })
	for i := lo; i < len(si.words) && strings.HasPrefix(si.words[i].s, q) && len(best) < maxHits; i++ {
		consider(si.words[i], MatchPrefix, 0)
	}
	if d := maxFuzzy(len([]rune(q))); d > 0 && len(best) < maxHits {
		grams := trigrams(q)
		need := len(grams) - 3*d
		if need < 1 {
			need = 1
		}
		counts := map[int32]int{}
		for _, g := range grams {
			for _, wi := range si.trigrams[g] {
				counts[wi]++
			}
		}
		for wi, c := range counts {
			if c < need {
				continue
			}
			k := si.words[wi]
			if abs(len(k.s)-len(q)) > 2*d {
				continue
			}
			if dist := levenshtein.ComputeDistance(q, k.s); dist <= d {
				consider(k, MatchFuzzy, dist)
			}
			if len(best) >= maxHits {
				break
			}
		}
	}
	items := make([]keyed[int32], 0, len(best))
	for ei, h := range best {
		e := ix.ents[ei]
		key := fmt.Sprintf("%d|%d|%010d|%s", h.Match, h.Distance, 9999999999-min(e.mentions, 9999999999), e.id)
		items = append(items, keyed[int32]{key: key, item: ei})
	}
	page, err := paginate(items, "s", p, s.limits.MaxPage, func(ei int32) Hit {
		h := best[ei]
		h.Entity = ix.entityValue(ei)
		return h
	})
	if err != nil {
		return page, fmt.Errorf("%s: %w", op, err)
	}
	return page, ctx.Err()
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// searchIndex returns a search index no older than the index, rebuilding it
// when documents changed since the last build.
func (s *Service) searchIndex() *searchIndex {
	s.searchMu.Lock()
	defer s.searchMu.Unlock()
	s.mu.RLock()
	v := s.ix.version
	if s.search != nil && s.search.version == v {
		s.mu.RUnlock()
		return s.search
	}
	si := buildSearch(s.ix)
	s.mu.RUnlock()
	s.search = si
	return si
}
