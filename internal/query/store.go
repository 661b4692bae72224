package query

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// docData is everything one document contributes, as read from the quads
// labelled with it. Document text and evidence sentences are not kept.
type docData struct {
	id        string
	complete  bool
	title     string
	source    string
	published *time.Time
	text      *string                // the text when the quads were in hand (docFromQuads), else nil
	ents      map[string]*entContrib // by entity ID
	evs       map[string]*evData     // by evidence node
	direct    map[triple]bool        // direct relation edges
}

type triple struct{ s, p, o string }

type entContrib struct {
	name     string
	typ      string
	aliases  []string
	mentions int
}

type evData struct {
	s, p, o     string
	start, end  int
	conf        float64
	hasConf     bool
	negated     bool
	modality    string
	attribution string
	extractor   string
	code, label string
	goldstein   *float64
}

func newDocData(id string) *docData {
	return &docData{id: id, ents: map[string]*entContrib{}, evs: map[string]*evData{}, direct: map[triple]bool{}}
}

func (d *docData) ent(id string) *entContrib {
	c := d.ents[id]
	if c == nil {
		c = &entContrib{}
		d.ents[id] = c
	}
	return c
}

func (d *docData) ev(node string) *evData {
	e := d.evs[node]
	if e == nil {
		e = &evData{}
		d.evs[node] = e
	}
	return e
}

// add records one quad labelled with the document.
func (d *docData) add(q quad.Quad) {
	p, ok := q.Predicate.(quad.IRI)
	if !ok {
		return
	}
	if id, ok := kg.DocumentID(q.Subject); ok && id == d.id {
		switch p {
		case kg.PredComplete:
			d.complete = asBool(q.Object)
		case kg.PredTitle:
			d.title = asString(q.Object)
		case kg.PredSource:
			d.source = asString(q.Object)
		case kg.PredPublished:
			if t, ok := asTime(q.Object); ok {
				d.published = &t
			}
		case kg.PredMentions:
			if e, ok := kg.EntityID(q.Object); ok {
				d.ent(e)
			}
		}
		return
	}
	if e, ok := kg.EntityID(q.Subject); ok {
		switch p {
		case kg.PredName:
			d.ent(e).name = asString(q.Object)
		case kg.PredType:
			d.ent(e).typ = asString(q.Object)
		case kg.PredAlias:
			c := d.ent(e)
			c.aliases = append(c.aliases, asString(q.Object))
		case kg.PredMention:
			d.ent(e).mentions++
		default:
			if name, ok := kg.RelationName(p); ok {
				if o, ok := kg.EntityID(q.Object); ok {
					d.direct[triple{e, name, o}] = true
					d.ent(e)
					d.ent(o)
				}
			}
		}
		return
	}
	node := nodeKey(q.Subject)
	switch p {
	case kg.PredSubject:
		d.ev(node).s, _ = kg.EntityID(q.Object)
	case kg.PredPredicate:
		if name, ok := kg.RelationName(q.Object); ok {
			d.ev(node).p = name
		} else {
			d.ev(node).p = asString(q.Object)
		}
	case kg.PredObject:
		d.ev(node).o, _ = kg.EntityID(q.Object)
	case kg.PredStart:
		d.ev(node).start, _ = asInt(q.Object)
	case kg.PredEnd:
		d.ev(node).end, _ = asInt(q.Object)
	case kg.PredConfidence:
		e := d.ev(node)
		e.conf, e.hasConf = asFloat(q.Object)
	case kg.PredNegated:
		d.ev(node).negated = asBool(q.Object)
	case kg.PredModality:
		d.ev(node).modality = asString(q.Object)
	case kg.PredAttribution:
		if id, ok := kg.EntityID(q.Object); ok {
			d.ev(node).attribution = id
		} else {
			d.ev(node).attribution = asString(q.Object)
		}
	case kg.PredExtractor:
		d.ev(node).extractor = asString(q.Object)
	case kg.PredEvent:
		d.ev(node).code = asString(q.Object)
	case kg.PredEventLabel:
		d.ev(node).label = asString(q.Object)
	case kg.PredGoldstein:
		if g, ok := asFloat(q.Object); ok {
			d.ev(node).goldstein = &g
		}
	}
}

// finish drops evidence nodes that do not name a full triple and makes sure
// every entity an evidence names has a contribution.
func (d *docData) finish() {
	for k, e := range d.evs {
		if e.s == "" || e.p == "" || e.o == "" {
			delete(d.evs, k)
			continue
		}
		d.ent(e.s)
		d.ent(e.o)
		if e.attribution != "" {
			if _, ok := d.ents[e.attribution]; !ok && strings.Contains(e.attribution, "/") {
				d.ent(e.attribution)
			}
		}
	}
}

// nodeKey is the string form of a node used as an evidence ID.
func nodeKey(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return string(iri)
	}
	return quad.StringOf(v)
}

func asString(v quad.Value) string {
	switch x := quad.NativeOf(v).(type) {
	case string:
		return x
	case nil:
		return ""
	default:
		return fmt.Sprint(x)
	}
}

func asBool(v quad.Value) bool {
	switch x := quad.NativeOf(v).(type) {
	case bool:
		return x
	case string:
		return x == "true"
	}
	return false
}

func asInt(v quad.Value) (int, bool) {
	switch x := quad.NativeOf(v).(type) {
	case int64:
		return int(x), true
	case int:
		return x, true
	case float64:
		return int(x), true
	case string:
		var n int
		_, err := fmt.Sscan(x, &n)
		return n, err == nil
	}
	return 0, false
}

func asFloat(v quad.Value) (float64, bool) {
	switch x := quad.NativeOf(v).(type) {
	case float64:
		return x, true
	case int64:
		return float64(x), true
	case string:
		var f float64
		_, err := fmt.Sscan(x, &f)
		return f, err == nil
	}
	return 0, false
}

func asTime(v quad.Value) (time.Time, bool) {
	switch x := quad.NativeOf(v).(type) {
	case time.Time:
		return x.UTC(), true
	case string:
		for _, layout := range []string{time.RFC3339Nano, "2006-01-02"} {
			if t, err := time.Parse(layout, x); err == nil {
				return t.UTC(), true
			}
		}
	}
	return time.Time{}, false
}

// scanAll reads every quad once and groups them by document label. Quads
// without a document label are ignored. It reads the four values of a quad
// through QuadDirection and NameOf, remembering names by reference, and
// never reads the objects it does not use (texts, sentences, mention
// strings): on the key-value stores this halves the reads.
func scanAll(ctx context.Context, qs graph.QuadStore) (map[string]*docData, error) {
	docs := map[string]*docData{}
	names := map[any]quad.Value{}
	name := func(r graph.Ref) quad.Value {
		if r == nil {
			return nil
		}
		k := refKey(r)
		if k != nil {
			if v, ok := names[k]; ok {
				return v
			}
		}
		v := qs.NameOf(r)
		if k != nil {
			names[k] = v
		}
		return v
	}
	it := qs.QuadsAllIterator()
	defer it.Close()
	var lastLabel quad.Value
	var last *docData
	for n := 0; it.Next(ctx); n++ {
		ref := it.Result()
		label := name(qs.QuadDirection(ref, quad.Label))
		if label == nil {
			continue
		}
		if last == nil || label != lastLabel {
			id, ok := kg.DocumentID(label)
			if !ok {
				continue
			}
			last = docs[id]
			if last == nil {
				last = newDocData(id)
				docs[id] = last
			}
			lastLabel = label
		}
		q := quad.Quad{Label: label, Predicate: name(qs.QuadDirection(ref, quad.Predicate))}
		switch q.Predicate {
		case kg.PredText, kg.PredSentence, kg.PredKind:
			continue
		case kg.PredMention:
			// counted, not read
		default:
			q.Object = name(qs.QuadDirection(ref, quad.Object))
		}
		q.Subject = name(qs.QuadDirection(ref, quad.Subject))
		last.add(q)
		if n%65536 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for _, d := range docs {
		d.finish()
	}
	return docs, nil
}

// refKey is a map key for a store reference, or nil when the reference
// type is not comparable.
func refKey(r graph.Ref) any {
	if r == nil || !reflect.TypeOf(r).Comparable() {
		return nil
	}
	return r
}

// quadsOf returns the quads with the node in direction dir, optionally only
// those with the given predicate and label.
func quadsOf(ctx context.Context, qs graph.QuadStore, dir quad.Direction, node quad.Value, pred, label quad.Value) ([]quad.Quad, error) {
	ref := qs.ValueOf(node)
	if ref == nil {
		return nil, nil
	}
	it := qs.QuadIterator(dir, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		if pred != nil && q.Predicate != pred {
			continue
		}
		if label != nil && q.Label != label {
			continue
		}
		out = append(out, q)
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	return out, ctx.Err()
}

// loadDocument reads the quads labelled with one document. kg's stores
// index the label, so this costs in proportion to the document. Like
// scanAll it never reads the values it does not use (the text, sentences,
// mention strings), and it resolves each distinct node once, in two
// batches (predicates, then the rest): a document's quads share most of
// their nodes, and a batch is one pass over the store's value index.
func loadDocument(ctx context.Context, qs graph.QuadStore, id string) (*docData, error) {
	d := newDocData(id)
	label := kg.DocumentIRI(id)
	ref := qs.ValueOf(label)
	if ref == nil {
		d.finish()
		return d, nil
	}
	it := qs.QuadIterator(quad.Label, ref)
	defer it.Close()
	type link struct{ s, p, o graph.Ref }
	var links []link
	var preds []graph.Ref
	predIdx := map[any]int{}
	for it.Next(ctx) {
		r := it.Result()
		l := link{qs.QuadDirection(r, quad.Subject), qs.QuadDirection(r, quad.Predicate), qs.QuadDirection(r, quad.Object)}
		if l.s == nil || l.p == nil {
			continue
		}
		if _, ok := predIdx[l.p.Key()]; !ok {
			predIdx[l.p.Key()] = len(preds)
			preds = append(preds, l.p)
		}
		links = append(links, l)
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	predVals, err := graph.ValuesOf(ctx, qs, preds)
	if err != nil {
		return nil, err
	}
	var nodes []graph.Ref
	nodeIdx := map[any]int{}
	need := func(r graph.Ref) {
		if r == nil {
			return
		}
		if _, ok := nodeIdx[r.Key()]; !ok {
			nodeIdx[r.Key()] = len(nodes)
			nodes = append(nodes, r)
		}
	}
	keep := links[:0]
	for _, l := range links {
		switch predVals[predIdx[l.p.Key()]] {
		case kg.PredText, kg.PredSentence, kg.PredKind:
			continue
		case kg.PredMention:
			l.o = nil // counted, not read
		}
		need(l.s)
		need(l.o)
		keep = append(keep, l)
	}
	vals, err := graph.ValuesOf(ctx, qs, nodes)
	if err != nil {
		return nil, err
	}
	for _, l := range keep {
		q := quad.Quad{Subject: vals[nodeIdx[l.s.Key()]], Predicate: predVals[predIdx[l.p.Key()]], Label: label}
		if l.o != nil {
			q.Object = vals[nodeIdx[l.o.Key()]]
		}
		d.add(q)
	}
	d.finish()
	return d, ctx.Err()
}

// docFromQuads is loadDocument for a document's quads in hand (those the
// store holds for it): the same values kept, none read.
func docFromQuads(id string, quads []quad.Quad) *docData {
	d := newDocData(id)
	for _, q := range quads {
		switch q.Predicate {
		case kg.PredText:
			if sub, ok := kg.DocumentID(q.Subject); ok && sub == id {
				t := asString(q.Object)
				d.text = &t
			}
			continue
		case kg.PredSentence, kg.PredKind:
			continue
		case kg.PredMention:
			q.Object = nil // counted, not read
		}
		d.add(q)
	}
	d.finish()
	return d
}

// attributes reads the given string attributes of a node from the store,
// from the quads labelled with the document.
func attributes(ctx context.Context, qs graph.QuadStore, node, label quad.Value, preds ...quad.IRI) (map[quad.IRI]string, error) {
	qq, err := quadsOf(ctx, qs, quad.Subject, node, nil, label)
	if err != nil {
		return nil, err
	}
	out := map[quad.IRI]string{}
	for _, q := range qq {
		p, _ := q.Predicate.(quad.IRI)
		for _, want := range preds {
			if p == want {
				out[p] = asString(q.Object)
			}
		}
	}
	return out, nil
}

func docNode(id string) quad.Value { return kg.DocumentIRI(id) }

func evNode(id string) quad.Value { return quad.IRI(id) }
