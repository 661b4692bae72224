package query

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/agnivade/levenshtein"

	"github.com/newsgraph/newsgraph/internal/fold"
)

// normalize folds a name for matching: accents removed (as in entity IDs,
// fold.Accents), lower case, punctuation turned into spaces, spaces
// collapsed.
func normalize(s string) string {
	var b strings.Builder
	space := false
	for _, r := range fold.Accents(s) {
		switch {
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

// searchKey is one normalised name or alias of an entity.
type searchKey struct {
	s     string
	ent   int32 // -1 once the entity no longer has this name or alias
	alias bool
	orig  string // the name or alias it comes from
	words int32  // how many words it put in searchIndex.words
}

// searchWord is a full name or alias, or one of their words after the
// first, pointing at its key.
type searchWord struct {
	s   string
	key int32
}

// searchIndex answers Search. It lives in the index and is kept in step
// with it one entity at a time (sync, called by index.add and index.remove
// under Service.mu): keys and words are only appended, a key an entity
// loses is marked dead, and new words go into a small sorted delta beside
// the sorted base. When the delta or the dead words outgrow an eighth of
// the base, the writer builds a fresh searchIndex without holding
// Service.mu and swaps it in (Service.maintainSearch).
type searchIndex struct {
	keys      []searchKey        // by key ID
	entKeys   [][]int32          // entity -> its live keys, name first, then aliases in order
	exact     map[string][]int32 // normalised full name/alias -> live keys
	words     []searchWord       // by word ID
	sorted    []int32            // word IDs sorted by text (then ID): the base
	recent    []int32            // word IDs added since the base was sorted, sorted the same way
	trigrams  map[string][]int32 // trigram -> word IDs, dead ones included
	deadWords int

	// counters recycles the *gramCounter of fuzzy searches, which would
	// otherwise allocate a map entry per candidate word: a search for a
	// short name meets most of the index through its common trigrams.
	counters sync.Pool
}

// gramCounter counts, per word ID, the trigrams a word shares with the
// query, and remembers which words it touched so that it can be cleared
// in their number rather than the index's.
type gramCounter struct {
	n       []int32 // by word ID
	touched []int32 // word IDs with n > 0, in first-touch order
}

func (si *searchIndex) counter() *gramCounter {
	c, _ := si.counters.Get().(*gramCounter)
	if c == nil {
		c = &gramCounter{}
	}
	if len(c.n) < len(si.words) {
		c.n = make([]int32, len(si.words)+len(si.words)/4)
	}
	return c
}

func (si *searchIndex) release(c *gramCounter) {
	for _, w := range c.touched {
		c.n[w] = 0
	}
	c.touched = c.touched[:0]
	si.counters.Put(c)
}

func newSearchIndex() *searchIndex {
	return &searchIndex{exact: map[string][]int32{}, trigrams: map[string][]int32{}}
}

// buildSearch builds the search index of every visible entity. It only
// reads ix.
func buildSearch(ix *index) *searchIndex {
	si := newSearchIndex()
	si.entKeys = make([][]int32, len(ix.ents))
	for ei, e := range ix.ents {
		if e.visible() {
			si.addKeys(int32(ei), e)
		}
	}
	si.sorted = make([]int32, len(si.words))
	for i := range si.sorted {
		si.sorted[i] = int32(i)
	}
	sort.Slice(si.sorted, func(a, b int) bool { return si.wordLess(si.sorted[a], si.sorted[b]) })
	return si
}

func (si *searchIndex) wordLess(a, b int32) bool {
	if si.words[a].s != si.words[b].s {
		return si.words[a].s < si.words[b].s
	}
	return a < b
}

// live reports whether word w still names its entity.
func (si *searchIndex) live(w int32) bool { return si.keys[si.words[w].key].ent >= 0 }

// addKeys adds the keys of entity ei (its name, then its aliases) and
// their words, and returns the IDs of the words added.
func (si *searchIndex) addKeys(ei int32, e *entity) []int32 {
	for int(ei) >= len(si.entKeys) {
		si.entKeys = append(si.entKeys, nil)
	}
	var added []int32
	add := func(orig string, alias bool) {
		n := normalize(orig)
		if n == "" {
			return
		}
		ki := int32(len(si.keys))
		k := searchKey{s: n, ent: ei, alias: alias, orig: orig}
		word := func(w string) {
			wi := int32(len(si.words))
			si.words = append(si.words, searchWord{s: w, key: ki})
			for _, g := range trigrams(w) {
				l := si.trigrams[g]
				if n := len(l); n == 0 || l[n-1] != wi {
					si.trigrams[g] = append(l, wi)
				}
			}
			added = append(added, wi)
			k.words++
		}
		word(n)
		if strings.Contains(n, " ") {
			for _, w := range strings.Fields(n)[1:] {
				word(w)
			}
		}
		si.keys = append(si.keys, k)
		si.exact[n] = append(si.exact[n], ki)
		si.entKeys[ei] = append(si.entKeys[ei], ki)
	}
	add(e.name, false)
	for _, a := range e.aliases {
		add(a, true)
	}
	return added
}

// sync brings entity ei's keys in line with its visibility, name and
// aliases. It costs nothing when they did not change.
func (si *searchIndex) sync(ei int32, e *entity) {
	var old []int32
	if int(ei) < len(si.entKeys) {
		old = si.entKeys[ei]
	}
	if si.same(old, e) {
		return
	}
	for _, ki := range old {
		k := &si.keys[ki]
		k.ent = -1
		si.deadWords += int(k.words)
		l := si.exact[k.s]
		kept := l[:0]
		for _, x := range l {
			if x != ki {
				kept = append(kept, x)
			}
		}
		if len(kept) == 0 {
			delete(si.exact, k.s)
		} else {
			si.exact[k.s] = kept
		}
	}
	if int(ei) < len(si.entKeys) {
		si.entKeys[ei] = nil
	}
	if !e.visible() {
		return
	}
	for _, wi := range si.addKeys(ei, e) {
		at := sort.Search(len(si.recent), func(i int) bool { return !si.wordLess(si.recent[i], wi) })
		si.recent = append(si.recent, 0)
		copy(si.recent[at+1:], si.recent[at:])
		si.recent[at] = wi
	}
}

// same reports whether the keys are those entity e would get now.
func (si *searchIndex) same(keys []int32, e *entity) bool {
	if !e.visible() {
		return len(keys) == 0
	}
	i := 0
	match := func(orig string, alias bool) bool {
		if normalize(orig) == "" {
			return true
		}
		if i >= len(keys) {
			return false
		}
		k := si.keys[keys[i]]
		i++
		return k.orig == orig && k.alias == alias
	}
	if !match(e.name, false) {
		return false
	}
	for _, a := range e.aliases {
		if !match(a, true) {
			return false
		}
	}
	return i == len(keys)
}

// stale reports whether the delta or the dead words have outgrown the
// base, so that a fresh build is worth its cost.
func (si *searchIndex) stale() bool {
	limit := 4096 + len(si.sorted)/8
	return len(si.recent) > limit || si.deadWords > limit
}

// prefix calls f with the words starting with q, in sorted order, until f
// returns false.
func (si *searchIndex) prefix(q string, f func(w int32) bool) {
	lo := func(l []int32) int {
		return sort.Search(len(l), func(i int) bool { return si.words[l[i]].s >= q })
	}
	a, b := si.sorted, si.recent
	i, j := lo(a), lo(b)
	for {
		okA := i < len(a) && strings.HasPrefix(si.words[a[i]].s, q)
		okB := j < len(b) && strings.HasPrefix(si.words[b[j]].s, q)
		var w int32
		switch {
		case okA && (!okB || si.wordLess(a[i], b[j])):
			w = a[i]
			i++
		case okB:
			w = b[j]
			j++
		default:
			return
		}
		if si.live(w) && !f(w) {
			return
		}
	}
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
	s.mu.RLock()
	defer s.mu.RUnlock()
	ix := s.ix
	si := ix.search
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
		if k.ent < 0 {
			return
		}
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
	if len(best) < maxHits {
		si.prefix(q, func(w int32) bool {
			consider(si.keys[si.words[w].key], MatchPrefix, 0)
			return len(best) < maxHits
		})
	}
	if d := maxFuzzy(len([]rune(q))); d > 0 && len(best) < maxHits {
		grams := trigrams(q)
		need := len(grams) - 3*d
		if need < 1 {
			need = 1
		}
		counts := si.counter()
		defer si.release(counts)
		for _, g := range grams {
			for _, wi := range si.trigrams[g] {
				if counts.n[wi] == 0 {
					counts.touched = append(counts.touched, wi)
				}
				counts.n[wi]++
			}
		}
		for _, wi := range counts.touched {
			if int(counts.n[wi]) < need {
				continue
			}
			w := si.words[wi]
			if abs(len(w.s)-len(q)) > 2*d || !si.live(wi) {
				continue
			}
			if dist := levenshtein.ComputeDistance(q, w.s); dist <= d {
				consider(si.keys[w.key], MatchFuzzy, dist)
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
