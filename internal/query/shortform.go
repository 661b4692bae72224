package query

import (
	"maps"
	"slices"
	"sort"
	"strings"
)

// Short forms: a surname alone ("Blair", "Mr Blair": person/blair) in a
// document that never gives the full name is linked to the one prominent
// full name with that surname (person/tony-blair), as if an analyst had
// merged it, when that is unambiguous. The extractor already does this
// inside one document; across documents the index does it, from the
// documents it holds, so the links do not depend on the order documents
// arrive in: they are a function of how many documents name each entity
// ID, recomputed for the surnames a document touches whenever one is
// indexed or removed.
//
// The rule, for a short ID type/w (one word; PERSON only):
//   - candidates are the entity IDs type/x-...-w of two words or more
//     named by some document, each counted by the documents naming it;
//   - w is not mostly a given name: fewer candidates end in w than there
//     are IDs type/w-... starting with it ("Charles", "John" stay apart);
//   - candidates merged by an analyst into one entity count as one, and
//     so do candidates whose first words agree or one is the initial of
//     the other ("L Moody" with "Lewis Moody", "George Bush" with "George
//     W Bush");
//   - the biggest such group has at least shortMinDocs documents and at
//     least shortRatio times the documents of the next one (Tony Blair's
//     147 against Ian Blair's 3; Andy Robinson's 28 against Jason
//     Robinson's 15 stays apart);
//   - no analyst merge or split concerns w: an analyst's merge of w wins,
//     an entity others are merged into by an analyst is left alone, and a
//     split of the link (stored as an apart record) keeps w away from that
//     group.
//
// The thresholds were chosen on the BBC corpus (docs/api.md).
const (
	shortMinDocs = 3
	shortRatio   = 10
)

// Type conflicts: the extractor types a name by the words around it in one
// document, so a person is now and then an organisation ("Joss Stone"
// after "signed to"), a club a person. A name of two words or more typed
// a person in some documents and an organisation in others is linked, the
// minority to the majority, when the majority has at least typeMinDocs
// documents and typeRatio times the minority's (Michael Howard's 99
// documents as a person against 1 as an organisation; Mercedes-Benz, 4
// against 2, stays apart). Analyst merges and splits win as above. A
// name of one word is left alone: "Morgan", "Murphy" name many things.
const (
	typeMinDocs = 3
	typeRatio   = 3
)

// typeTwin returns the ID of the same name typed the other way (person <->
// organisation), or "" for other types and one-word names.
func typeTwin(id string) string {
	typ, slug, _ := strings.Cut(id, "/")
	if !strings.Contains(slug, "-") {
		return ""
	}
	switch typ {
	case "person":
		return "org/" + slug
	case "org":
		return "person/" + slug
	}
	return ""
}

// shortTypes are the entity types (ID prefixes) whose surnames are
// linked. Organisations are linked by their acronyms instead (acronymsOf).
var shortTypes = map[string]bool{"person": true}

// contextTypes are the entity types (ID prefixes) that count as shared
// context (sharesContext).
var contextTypes = map[string]bool{"person": true, "org": true}

// nameTally records, over the indexed documents, the documents naming
// each entity ID as extracted (before any merge), and indexes the
// multi-word IDs of shortTypes by their last word and sums the documents
// of those by their first: what the short-form rule reads.
type nameTally struct {
	docs  map[string]map[int32]struct{}  // raw entity ID -> documents naming it
	last  map[string]map[string]struct{} // "person/blair" -> named IDs "person/...-blair"
	first map[string]int                 // "person/charles" -> documents of the IDs "person/charles-..."
	acr   map[string]map[string]int      // "org/iaaf" -> IDs recorded with that acronym -> documents recording it
}

func newNameTally() *nameTally {
	return &nameTally{docs: map[string]map[int32]struct{}{}, last: map[string]map[string]struct{}{}, first: map[string]int{},
		acr: map[string]map[string]int{}}
}

// splitID cuts an entity ID into its type and the words of its slug.
func splitID(id string) (typ string, words []string) {
	typ, slug, ok := strings.Cut(id, "/")
	if !ok || slug == "" {
		return typ, nil
	}
	return typ, strings.Split(slug, "-")
}

// count adds (d = 1) or removes (d = -1) document di naming ids.
func (t *nameTally) count(ids []string, di int32, d int) {
	for _, id := range ids {
		m := t.docs[id]
		if d > 0 {
			if m == nil {
				m = map[int32]struct{}{}
				t.docs[id] = m
			}
			m[di] = struct{}{}
		} else {
			delete(m, di)
			if len(m) == 0 {
				delete(t.docs, id)
			}
		}
		typ, w := splitID(id)
		if !shortTypes[typ] || len(w) < 2 {
			continue
		}
		lk, fk := typ+"/"+w[len(w)-1], typ+"/"+w[0]
		if t.first[fk] += d; t.first[fk] <= 0 {
			delete(t.first, fk)
		}
		switch n := len(t.docs[id]); {
		case d > 0 && n == 1:
			if t.last[lk] == nil {
				t.last[lk] = map[string]struct{}{}
			}
			t.last[lk][id] = struct{}{}
		case d < 0 && n == 0:
			delete(t.last[lk], id)
			if len(t.last[lk]) == 0 {
				delete(t.last, lk)
			}
		}
	}
}

// shortKeys returns the short IDs whose link may change when a document
// naming ids, with the acronyms acr, comes or goes: the IDs of one word
// themselves, the first and last words of the others, and the acronyms.
func shortKeys(ids []string, acr []acronym) []string {
	var out []string
	for _, id := range ids {
		if twin := typeTwin(id); twin != "" {
			out = append(out, id, twin) // the type conflict of the name
		}
		typ, w := splitID(id)
		switch {
		case len(w) == 1 && (shortTypes[typ] || typ == acronymType):
			out = append(out, id)
		case !shortTypes[typ] || len(w) == 0:
		default:
			out = append(out, typ+"/"+w[0], typ+"/"+w[len(w)-1])
		}
	}
	for _, a := range acr {
		out = append(out, a.key)
	}
	return out
}

// acronymType is the entity type (ID prefix) linked by acronyms: "IAAF"
// alone (org/iaaf) is linked to the organisation that documents gave that
// acronym for (org/international-association-of-athletics-federations,
// aliases IAAF), when they gave it for exactly one.
const acronymType = "org"

// acronym is an acronym a document gives for an organisation: key is the
// ID the acronym alone has ("org/iaaf").
type acronym struct{ key, id string }

// acronymStop are the words an acronym may skip.
var acronymStop = map[string]bool{"of": true, "and": true, "for": true, "the": true, "on": true, "in": true, "de": true}

// acronymsOf returns the acronyms the document gives for its organisations
// of two words or more: aliases in capitals that spell the initials of the
// name's words, with or without the small words ("LSE" for
// org/london-stock-exchange; "IAAF" for ...-association-of-athletics-...).
func acronymsOf(d *docData) []acronym {
	var out []acronym
	for id, c := range d.ents {
		typ, w := splitID(id)
		if typ != acronymType || len(w) < 2 {
			continue
		}
		var all, content strings.Builder
		for _, x := range w {
			all.WriteByte(x[0])
			if !acronymStop[x] {
				content.WriteByte(x[0])
			}
		}
		for _, a := range c.aliases {
			a = strings.ReplaceAll(a, ".", "")
			if len(a) < 2 || strings.ToUpper(a) != a || strings.ContainsAny(a, " -'") {
				continue
			}
			if l := strings.ToLower(a); l == all.String() || l == content.String() {
				out = append(out, acronym{key: acronymType + "/" + l, id: id})
			}
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].key != out[b].key {
			return out[a].key < out[b].key
		}
		return out[a].id < out[b].id
	})
	return slices.Compact(out)
}

// countAcronyms adds (d = 1) or removes (d = -1) a document giving acr.
func (t *nameTally) countAcronyms(acr []acronym, d int) {
	for _, a := range acr {
		m := t.acr[a.key]
		if m == nil {
			m = map[string]int{}
			t.acr[a.key] = m
		}
		if m[a.id] += d; m[a.id] <= 0 {
			delete(m, a.id)
		}
		if len(m) == 0 {
			delete(t.acr, a.key)
		}
	}
}

// acronymLink applies the acronym rule to org/x: the one organisation
// documents gave the acronym for (its root under the analyst's merges;
// several merged into one count as one), or "".
func (ix *index) acronymLink(short string, manual map[string]string, targets map[string]bool, apart map[string][]string) string {
	t := ix.names
	if len(t.docs[short]) == 0 || targets[short] {
		return ""
	}
	if _, merged := manual[short]; merged {
		return ""
	}
	root, ids := "", []string{}
	for id := range t.acr[short] {
		r := id
		if m, ok := manual[id]; ok {
			r = m
		}
		if root != "" && r != root || r == short {
			return "" // given for two organisations
		}
		root = r
		ids = append(ids, id)
	}
	if root == "" {
		return ""
	}
	for _, o := range apart[short] {
		if o == root || slices.Contains(ids, o) {
			return ""
		}
	}
	return root
}

// links are the merges in force: the analyst's (stored), the automatic
// ones (derived) and the analyst's apart records.
type links struct {
	manual map[string]string   // flat: merged ID -> target
	auto   map[string]string   // short ID -> target, never in manual
	apart  map[string][]string // ID -> the IDs it is not
}

// effective is every merge in force, flat: a short form linked to a name
// that is itself linked to its other type's entity ("person/stone" ->
// "person/joss-stone" when that is linked to "org/joss-stone") goes to
// the end of the chain.
func (l links) effective() map[string]string {
	out := make(map[string]string, len(l.manual)+len(l.auto))
	maps.Copy(out, l.manual)
	maps.Copy(out, l.auto)
	for k, v := range out {
		for range 3 {
			w, ok := l.auto[v]
			if !ok || w == k {
				break
			}
			v = w
		}
		out[k] = v
	}
	return out
}

// typeLink applies the type-conflict rule to a name of two words or more:
// the entity of its other type when that type has the majority, or "".
func (ix *index) typeLink(id string, manual map[string]string, targets map[string]bool, apart map[string][]string) string {
	t := ix.names
	twin := typeTwin(id)
	n, m := len(t.docs[id]), len(t.docs[twin])
	if twin == "" || n == 0 || m < typeMinDocs || m < typeRatio*n {
		return ""
	}
	if _, merged := manual[id]; merged || targets[id] {
		return ""
	}
	root := twin
	if r, ok := manual[twin]; ok {
		root = r
	}
	if root == id {
		return ""
	}
	for _, o := range apart[id] {
		if o == root || o == twin {
			return ""
		}
	}
	return root
}

// shortLink applies the rule to one short ID: the entity it is linked to,
// or "" when none.
func (ix *index) shortLink(short string, manual map[string]string, targets map[string]bool, apart map[string][]string) string {
	t := ix.names
	typ, w := splitID(short)
	if len(w) >= 2 {
		return ix.typeLink(short, manual, targets, apart)
	}
	if typ == acronymType && len(w) == 1 {
		return ix.acronymLink(short, manual, targets, apart)
	}
	if !shortTypes[typ] || len(w) != 1 || len(t.docs[short]) == 0 {
		return ""
	}
	if _, merged := manual[short]; merged || targets[short] {
		return ""
	}
	cands := t.last[short]
	if len(cands) == 0 {
		return ""
	}
	// Candidates merged by an analyst count as one: their root.
	type group struct {
		root  string
		docs  int
		ids   []string
		first string // first word of the group's biggest ID
	}
	byRoot := map[string]*group{}
	for id := range cands {
		root := id
		if r, ok := manual[id]; ok {
			root = r
		}
		if root == short {
			return "" // an analyst merged a full name into the short form
		}
		g := byRoot[root]
		if g == nil {
			g = &group{root: root}
			byRoot[root] = g
		}
		g.docs += len(t.docs[id])
		g.ids = append(g.ids, id)
	}
	groups := make([]*group, 0, len(byRoot))
	for _, g := range byRoot {
		sort.Slice(g.ids, func(a, b int) bool {
			if da, db := len(t.docs[g.ids[a]]), len(t.docs[g.ids[b]]); da != db {
				return da > db
			}
			return g.ids[a] < g.ids[b]
		})
		_, fw := splitID(g.ids[0])
		g.first = fw[0]
		groups = append(groups, g)
	}
	sort.Slice(groups, func(a, b int) bool {
		if groups[a].docs != groups[b].docs {
			return groups[a].docs > groups[b].docs
		}
		return groups[a].root < groups[b].root
	})
	best, rival := groups[0], 0
	for _, g := range groups[1:] {
		if compatibleFirst(best.first, g.first) {
			best.docs += g.docs
			best.ids = append(best.ids, g.ids...)
			continue
		}
		rival = max(rival, g.docs)
	}
	surname := 0 // documents of the IDs ending in w
	for _, g := range groups {
		surname += g.docs
	}
	if best.docs < shortMinDocs || best.docs < shortRatio*rival || t.first[short] > surname {
		return ""
	}
	for _, o := range apart[short] {
		if o == best.root || slices.Contains(best.ids, o) {
			return ""
		}
	}
	if !ix.sharesContext(short, best.ids) {
		return ""
	}
	return best.root
}

// sharesContext reports whether most documents naming the short ID also
// name another entity of contextTypes that a document of the full names
// names: "Potter" in a football line-up shares no one with Harry Potter's
// films. It reads only the documents naming short and full, as extracted,
// so the rule needs recomputing only when one of those comes or goes.
// (Places are no context: Britain and London are named everywhere.)
func (ix *index) sharesContext(short string, full []string) bool {
	t := ix.names
	skip := map[string]bool{short: true}
	for _, id := range full {
		skip[id] = true
	}
	named := map[string]int{} // ID -> documents of the full names naming it
	fullDocs := map[int32]bool{}
	for _, id := range full {
		for di := range t.docs[id] {
			if fullDocs[di] {
				continue
			}
			fullDocs[di] = true
			for _, x := range ix.docs[di].raw {
				named[x]++
			}
		}
	}
	shared := 0
	for di := range t.docs[short] {
		for _, x := range ix.docs[di].raw {
			n := named[x]
			if fullDocs[di] {
				n-- // not its own context
			}
			if typ, _, _ := strings.Cut(x, "/"); n > 0 && !skip[x] && contextTypes[typ] {
				shared++
				break
			}
		}
	}
	return 2*shared >= len(t.docs[short])
}

// compatibleFirst reports whether two first words can name one person:
// equal, or one is the initial of the other.
func compatibleFirst(a, b string) bool {
	switch {
	case a == b:
		return true
	case len(b) == 1:
		return strings.HasPrefix(a, b)
	case len(a) == 1:
		return strings.HasPrefix(b, a)
	}
	return false
}

// manualTargets returns the entities an analyst merged others into.
func manualTargets(manual map[string]string) map[string]bool {
	out := make(map[string]bool, len(manual))
	for _, t := range manual {
		out[t] = true
	}
	return out
}

// autoLinks applies the rules to every short ID and type conflict the
// tally knows.
func (ix *index) autoLinks(manual map[string]string, apart map[string][]string) map[string]string {
	targets := manualTargets(manual)
	out := map[string]string{}
	for short := range ix.names.last {
		if into := ix.shortLink(short, manual, targets, apart); into != "" {
			out[short] = into
		}
	}
	for short := range ix.names.acr {
		if into := ix.shortLink(short, manual, targets, apart); into != "" {
			out[short] = into
		}
	}
	for id := range ix.names.docs {
		if twin := typeTwin(id); twin != "" && len(ix.names.docs[twin]) > 0 {
			if into := ix.typeLink(id, manual, targets, apart); into != "" {
				out[id] = into
			}
		}
	}
	return out
}

// relinked returns the automatic links with those of keys recomputed, and
// whether they changed.
func (ix *index) relinked(l links, keys []string) (map[string]string, bool) {
	var out map[string]string
	targets := manualTargets(l.manual)
	for _, k := range keys {
		into := ix.shortLink(k, l.manual, targets, l.apart)
		if into == l.auto[k] {
			continue
		}
		if out == nil {
			out = make(map[string]string, len(l.auto)+1)
			maps.Copy(out, l.auto)
		}
		if into == "" {
			delete(out, k)
		} else {
			out[k] = into
		}
	}
	if out == nil {
		return l.auto, false
	}
	return out, true
}

// rawIDs returns the entity IDs a document names as extracted, sorted.
func rawIDs(d *docData) []string {
	ids := make([]string, 0, len(d.ents))
	for id := range d.ents {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// autoMembers returns the IDs linked automatically into id, sorted.
func (ix *index) autoMembers(id string) []string {
	var out []string
	for _, m := range ix.members[id] {
		if _, ok := ix.links.auto[m]; ok {
			out = append(out, m)
		}
	}
	return out
}
