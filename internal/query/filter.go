package query

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"
)

// QuadClass is the GDELT quad class of a CAMEO code: 1 verbal cooperation
// (01-05), 2 material cooperation (06-09), 3 verbal conflict (10-14),
// 4 material conflict (15-20), 0 for anything else.
func QuadClass(code string) int {
	root := Family(code)
	if root == "" {
		return 0
	}
	var n int
	if _, err := fmt.Sscanf(root, "%d", &n); err != nil {
		return 0
	}
	switch {
	case n >= 1 && n <= 5:
		return 1
	case n >= 6 && n <= 9:
		return 2
	case n >= 10 && n <= 14:
		return 3
	case n >= 15 && n <= 20:
		return 4
	}
	return 0
}

// familyNames are the CAMEO 2.0 root categories (CAMEO manual; also
// ../shared/data/cameo/cameo_root_categories.tsv).
var familyNames = map[string]string{
	"01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate", "04": "Consult",
	"05": "Engage in diplomatic cooperation", "06": "Engage in material cooperation", "07": "Provide aid",
	"08": "Yield", "09": "Investigate", "10": "Demand", "11": "Disapprove", "12": "Reject", "13": "Threaten",
	"14": "Protest", "15": "Exhibit force posture", "16": "Reduce relations", "17": "Coerce", "18": "Assault",
	"19": "Fight", "20": "Use unconventional mass violence",
}

// FamilyName is the name of a CAMEO code's root category ("11" and "111"
// are "Disapprove"), "" when the code has none.
func FamilyName(code string) string { return familyNames[Family(code)] }

// QuadClassName names a GDELT quad class 1..4, "" otherwise.
func QuadClassName(c int) string {
	if c < 1 || c > 4 {
		return ""
	}
	return [...]string{"Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict"}[c-1]
}

// Family is the CAMEO root code (the first two digits) of a code, or "".
func Family(code string) string {
	if len(code) < 2 || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9' {
		return ""
	}
	return code[:2]
}

// cfilter is a Filter checked and prepared for evaluation.
type cfilter struct {
	f        Filter
	preds    map[string]bool
	classes  map[int]bool
	doc      int32 // -1 when unset, -2 when the document is unknown
	from, to int64
	hasFrom  bool
	hasTo    bool
	trivial  bool // only the default negation rule applies

	excl    map[string]bool // predicates left out
	sources []string        // Sources, trimmed
	outlets map[string]bool // Outlets, folded
	// docSel says Sources, Outlets or Text is set; docMemo caches each
	// document's verdict (0 unknown, 1 in, 2 out), filled on demand.
	docSel  bool
	docMemo []int8
}

// Reporting lists the reporting verbs that Filter.ExcludeReporting leaves
// out: a predicate is reporting when its first word is one of them ("tell",
// "say to"). Verbs that also carry an event of their own (warn, deny,
// accuse, criticize, praise) are not in it.
var Reporting = []string{"say", "tell", "state", "claim", "add", "announce", "insist", "note", "report", "write",
	"explain", "comment", "reply", "inform", "brief", "remark", "mention", "describe", "quote", "cite", "ask"}

var reportingVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range Reporting {
		m[v] = true
	}
	return m
}()

// IsReporting reports whether a predicate is a reporting verb (Reporting).
func IsReporting(predicate string) bool {
	verb, _, _ := strings.Cut(predicate, " ")
	return reportingVerbs[verb]
}

// Outlet is the outlet of a document source: the host of a URL, lower
// case, without a leading "www."; "" for a path.
func Outlet(source string) string {
	u, err := url.Parse(strings.TrimSpace(source))
	if err != nil || u.Host == "" || u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// sourceMatches reports whether a document source contains want as whole
// path segments or, when want is a URL, starts with it.
func sourceMatches(source, want string) bool {
	if strings.Contains(want, "://") {
		return strings.HasPrefix(source, want)
	}
	seg := strings.Trim(strings.ReplaceAll(want, "\\", "/"), "/")
	if seg == "" {
		return false
	}
	src := "/" + strings.Trim(strings.ReplaceAll(source, "\\", "/"), "/") + "/"
	return strings.Contains(src, "/"+seg+"/")
}

func normPredicate(p string) string {
	return strings.ToLower(strings.TrimSpace(strings.ReplaceAll(p, "_", " ")))
}

func (ix *index) compile(f Filter) (*cfilter, error) {
	cf := &cfilter{f: f, doc: -1}
	if f.GoldsteinMin != nil && f.GoldsteinMax != nil && *f.GoldsteinMin > *f.GoldsteinMax {
		return nil, fmt.Errorf("goldstein range [%g, %g] is empty: %w", *f.GoldsteinMin, *f.GoldsteinMax, ErrBadInput)
	}
	if f.PublishedFrom != nil && f.PublishedTo != nil && !f.PublishedFrom.Before(*f.PublishedTo) {
		return nil, fmt.Errorf("publication range is empty: %w", ErrBadInput)
	}
	if f.MinConfidence < 0 || f.MinConfidence > 1 {
		return nil, fmt.Errorf("minConfidence %g is outside [0, 1]: %w", f.MinConfidence, ErrBadInput)
	}
	if len(f.Predicates) > 0 {
		cf.preds = map[string]bool{}
		for _, p := range f.Predicates {
			cf.preds[normPredicate(p)] = true
		}
	}
	if len(f.ExcludePredicates) > 0 || f.ExcludeReporting {
		cf.excl = map[string]bool{}
		for _, p := range f.ExcludePredicates {
			cf.excl[normPredicate(p)] = true
		}
	}
	for _, src := range f.Sources {
		if src = strings.TrimSpace(src); src != "" {
			cf.sources = append(cf.sources, src)
		}
	}
	if len(f.Outlets) > 0 {
		cf.outlets = map[string]bool{}
		for _, o := range f.Outlets {
			cf.outlets[strings.TrimPrefix(strings.ToLower(strings.TrimSpace(o)), "www.")] = true
		}
	}
	if strings.TrimSpace(f.Text) != "" && f.textDocs == nil {
		return nil, fmt.Errorf("a text filter is not available here: %w", ErrBadInput)
	}
	cf.docSel = len(cf.sources) > 0 || cf.outlets != nil || f.textDocs != nil
	if len(f.QuadClasses) > 0 {
		cf.classes = map[int]bool{}
		for _, c := range f.QuadClasses {
			if c < 1 || c > 4 {
				return nil, fmt.Errorf("quad class %d is not 1..4: %w", c, ErrBadInput)
			}
			cf.classes[c] = true
		}
	}
	for _, c := range f.Cameo {
		if c == "" || strings.Trim(c, "0123456789") != "" {
			return nil, fmt.Errorf("CAMEO code %q is not digits: %w", c, ErrBadInput)
		}
	}
	if f.Document != "" {
		if di, ok := ix.docByID[f.Document]; ok {
			cf.doc = di
		} else {
			cf.doc = -2
		}
	}
	if f.PublishedFrom != nil {
		cf.from, cf.hasFrom = f.PublishedFrom.Unix(), true
	}
	if f.PublishedTo != nil {
		cf.to, cf.hasTo = f.PublishedTo.Unix(), true
	}
	cf.trivial = cf.preds == nil && cf.classes == nil && len(f.Cameo) == 0 && f.GoldsteinMin == nil &&
		f.GoldsteinMax == nil && !cf.hasFrom && !cf.hasTo && cf.doc == -1 && f.MinConfidence == 0 && !f.ExcludeModal &&
		!cf.docSel
	if cf.docSel {
		cf.docMemo = make([]int8, len(ix.docs))
	}
	return cf, nil
}

// passRel is the part of the filter that depends on the relation only.
func (cf *cfilter) passRel(r *rel) bool {
	if cf.excl != nil && (cf.excl[r.p] || cf.f.ExcludeReporting && IsReporting(r.p)) {
		return false
	}
	return cf.preds == nil || cf.preds[r.p]
}

// relSel reports whether the filter selects on relations or evidence (not
// only on documents): predicates, events, confidence, modality, negation.
func (cf *cfilter) relSel() bool {
	f := &cf.f
	return cf.preds != nil || cf.excl != nil || cf.classes != nil || len(f.Cameo) > 0 || f.GoldsteinMin != nil ||
		f.GoldsteinMax != nil || f.MinConfidence > 0 || f.ExcludeModal || f.IncludeNegated
}

// docPass reports whether document di passes the document part of the
// filter: Document, the publication range, Sources, Outlets and Text.
func (cf *cfilter) docPass(ix *index, di int32) bool {
	if cf.doc != -1 && di != cf.doc {
		return false
	}
	if cf.hasFrom || cf.hasTo {
		t, ok := ix.pubTime(di)
		if !ok {
			return false
		}
		u := t.Unix()
		if cf.hasFrom && u < cf.from || cf.hasTo && u >= cf.to {
			return false
		}
	}
	if !cf.docSel {
		return true
	}
	if int(di) < len(cf.docMemo) && cf.docMemo[di] != 0 {
		return cf.docMemo[di] == 1
	}
	ok := cf.docSelects(ix.docs[di])
	if int(di) < len(cf.docMemo) {
		cf.docMemo[di] = 2
		if ok {
			cf.docMemo[di] = 1
		}
	}
	return ok
}

func (cf *cfilter) docSelects(d *doc) bool {
	if d == nil {
		return false
	}
	if cf.f.textDocs != nil {
		if _, ok := cf.f.textDocs[d.id]; !ok {
			return false
		}
	}
	if cf.outlets != nil && !cf.outlets[Outlet(d.source)] {
		return false
	}
	if len(cf.sources) > 0 {
		ok := false
		for _, s := range cf.sources {
			if sourceMatches(d.source, s) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func (cf *cfilter) pass(ix *index, ev *evidence) bool {
	if ev.negated && !cf.f.IncludeNegated {
		return false
	}
	if cf.trivial {
		return true
	}
	f := &cf.f
	if f.ExcludeModal && ev.modality != "" {
		return false
	}
	if ev.conf < f.MinConfidence {
		return false
	}
	if !cf.docPass(ix, ev.doc) {
		return false
	}
	if len(f.Cameo) > 0 || cf.classes != nil || f.GoldsteinMin != nil || f.GoldsteinMax != nil {
		if ev.event == nil {
			return false
		}
		if len(f.Cameo) > 0 {
			ok := false
			for _, c := range f.Cameo {
				if strings.HasPrefix(ev.event.Code, c) {
					ok = true
					break
				}
			}
			if !ok {
				return false
			}
		}
		if cf.classes != nil && !cf.classes[QuadClass(ev.event.Code)] {
			return false
		}
		if f.GoldsteinMin != nil && ev.event.Goldstein < *f.GoldsteinMin {
			return false
		}
		if f.GoldsteinMax != nil && ev.event.Goldstein > *f.GoldsteinMax {
			return false
		}
	}
	return true
}

// passes reports whether any evidence of the relation passes.
func (cf *cfilter) passes(ix *index, r *rel) bool {
	if len(r.sup) == 0 || !cf.passRel(r) {
		return false
	}
	for _, ev := range r.sup {
		if cf.pass(ix, ev) {
			return true
		}
	}
	return false
}

// aggMode says how much aggregate computes.
type aggMode int

const (
	aggFull   aggMode = iota // everything, evidence and documents in date order
	aggEdge                  // no evidence, documents in store order
	aggExport                // aggEdge with the documents sorted by ID
)

// aggregate builds the Relation from the evidence passing the filter.
func (ix *index) aggregate(r *rel, cf *cfilter) (Relation, bool) {
	return ix.aggregateMode(r, cf, aggFull)
}

// minCachedSupport is the least evidence for which a relation's default
// aggregate is cached: below it, computing is as cheap as copying.
const minCachedSupport = 16

// aggregateMode is aggregate in the given mode. Under the default filter
// (the common case: an entity's relations, a neighbourhood) the aggregate
// of a well supported relation is computed once per change of its
// evidence and then shared: the slices of the Relation it returns must not
// be modified.
func (ix *index) aggregateMode(r *rel, cf *cfilter, mode aggMode) (Relation, bool) {
	if !cf.passRel(r) {
		return Relation{}, false
	}
	if !cf.trivial || cf.f.IncludeNegated || len(r.sup) < minCachedSupport {
		return ix.computeAggregate(r, cf, mode)
	}
	c := r.agg[mode].Load()
	if c != nil && c.ver == r.ver {
		if c.rel.ID == "" {
			return Relation{}, false
		}
		return c.rel.clone(), true
	}
	var sel []*evidence
	if mode == aggFull && c != nil && c.cut == r.cut && c.n <= len(r.sup) {
		// Only appended since c: merge the new evidence into c's order
		// rather than sort all of it again (a relation cited by thousands
		// of documents changes with every document an ingest adds).
		sel = ix.mergeEvidence(c.sel, ix.sortEvidence(ix.selectEvidence(r.sup[c.n:], cf)))
	} else {
		sel = ix.selectEvidence(r.sup, cf)
		if mode == aggFull {
			sel = ix.sortEvidence(sel)
		}
	}
	out, ok := ix.fold(r, sel, mode)
	nc := &relAgg{ver: r.ver, cut: r.cut, n: len(r.sup), rel: out} // an empty Relation when !ok
	if mode == aggFull {
		nc.sel = sel
	}
	r.agg[mode].Store(nc)
	return out.clone(), ok
}

// selectEvidence returns the evidence passing the filter, in the order given.
func (ix *index) selectEvidence(evs []*evidence, cf *cfilter) []*evidence {
	var sel []*evidence
	for _, ev := range evs {
		if cf.pass(ix, ev) {
			sel = append(sel, ev)
		}
	}
	return sel
}

// sortEvidence puts evidence in aggFull order (evLess), in place.
func (ix *index) sortEvidence(sel []*evidence) []*evidence {
	sort.SliceStable(sel, func(a, b int) bool { return ix.evLess(sel[a], sel[b]) })
	return sel
}

// mergeEvidence returns old with add merged in, both in evLess order,
// without changing either (old may be shared by a cached aggregate).
func (ix *index) mergeEvidence(old, add []*evidence) []*evidence {
	if len(add) == 0 {
		return old
	}
	out := make([]*evidence, 0, len(old)+len(add))
	for _, ev := range add {
		i := sort.Search(len(old), func(i int) bool { return ix.evLess(ev, old[i]) })
		out = append(out, old[:i]...)
		out = append(out, ev)
		old = old[i:]
	}
	return append(out, old...)
}

// clone copies what a caller might change in place: the pointed-to event,
// Goldstein and dates. The slices are shared.
func (r Relation) clone() Relation {
	if r.Event != nil {
		e := *r.Event
		r.Event = &e
	}
	if r.Goldstein != nil {
		g := *r.Goldstein
		r.Goldstein = &g
	}
	if r.FirstSeen != nil {
		t := *r.FirstSeen
		r.FirstSeen = &t
	}
	if r.LastSeen != nil {
		t := *r.LastSeen
		r.LastSeen = &t
	}
	return r
}

func (ix *index) computeAggregate(r *rel, cf *cfilter, mode aggMode) (Relation, bool) {
	sel := ix.selectEvidence(r.sup, cf)
	if mode == aggFull {
		sel = ix.sortEvidence(sel)
	}
	return ix.fold(r, sel, mode)
}

// fold builds the Relation from its selected evidence. A document's
// evidence of a relation is contiguous in sel, both in store order (add
// appends it in one go) and in aggFull order (the document decides the
// order before the evidence ID does).
func (ix *index) fold(r *rel, sel []*evidence, mode aggMode) (Relation, bool) {
	if len(sel) == 0 {
		return Relation{}, false
	}
	out := Relation{
		ID: r.id, Subject: ix.ents[r.s].id, Predicate: r.p, Object: ix.ents[r.o].id,
		Negated: true, Modal: true,
	}
	type tally struct {
		ev *Event
		n  int
	}
	var events []tally
	var gsum float64
	var gn int
	prevDoc := int32(-1)
	var first, last time.Time
	dated := false
	var firstEv *evidence
	for _, ev := range sel {
		if ev.id != "" {
			out.evidence++
			if firstEv == nil || mode != aggFull && ix.evLess(ev, firstEv) {
				firstEv = ev
			}
		}
		if ev.id != "" && mode == aggFull {
			if out.Evidence == nil {
				out.Evidence = make([]string, 0, len(sel))
			}
			out.Evidence = append(out.Evidence, ev.id)
		}
		if ev.conf > out.Confidence {
			out.Confidence = ev.conf
		}
		out.Negated = out.Negated && ev.negated
		out.Modal = out.Modal && ev.modality != ""
		if ev.event != nil {
			found := false
			for i := range events {
				if events[i].ev.Code == ev.event.Code {
					events[i].n++
					found = true
					break
				}
			}
			if !found {
				events = append(events, tally{ev: ev.event, n: 1})
			}
			gsum += ev.event.Goldstein
			gn++
		}
		if ev.doc == prevDoc {
			continue
		}
		prevDoc = ev.doc
		if out.Documents == nil {
			out.Documents = make([]string, 0, len(sel))
		}
		out.Documents = append(out.Documents, ix.docs[ev.doc].id)
		if t, ok := ix.pubTime(ev.doc); ok {
			if !dated || t.Before(first) {
				first = t
			}
			if !dated || t.After(last) {
				last = t
			}
			dated = true
		}
	}
	if dated {
		out.FirstSeen, out.LastSeen = &first, &last
	}
	if firstEv != nil {
		out.firstEvidence = firstEv.id
	}
	if mode == aggExport {
		sort.Strings(out.Documents)
	}
	var best *tally
	for i := range events {
		t := &events[i]
		if best == nil || t.n > best.n || t.n == best.n && t.ev.Code < best.ev.Code {
			best = t
		}
	}
	if best != nil {
		e := *best.ev
		out.Event = &e
	}
	if gn > 0 {
		g := gsum / float64(gn)
		out.Goldstein = &g
	}
	return out, true
}

// evLess orders evidence by publication date (undated last), then document, then ID.
func (ix *index) evLess(a, b *evidence) bool {
	ta, oka := ix.pubTime(a.doc)
	tb, okb := ix.pubTime(b.doc)
	if oka != okb {
		return oka
	}
	if oka && !ta.Equal(tb) {
		return ta.Before(tb)
	}
	if a.doc != b.doc {
		return ix.docs[a.doc].id < ix.docs[b.doc].id
	}
	return a.id < b.id
}
