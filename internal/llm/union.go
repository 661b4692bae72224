package llm

import (
	"context"
	"fmt"
	"sort"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
)

// RulesName is the extractor name of the built-in rules' evidence in a
// union.
const RulesName = "rules"

// Union extracts with the rules and the model and returns the union
// (--extractor both). It is safe for concurrent use.
type Union struct {
	Rules *extract.Extractor
	Model *Extractor
}

// ExtractContext is ExtractArticle of a text without a document ID.
func (u Union) ExtractContext(ctx context.Context, text string) (extract.Result, error) {
	return u.ExtractArticle(ctx, article.Article{ID: article.ID(text), Text: text})
}

// ExtractArticle runs both extractors at once (the rules work while the
// model is asked) and merges their results (Merge). The document fails
// when either fails.
func (u Union) ExtractArticle(ctx context.Context, a article.Article) (extract.Result, error) {
	type ruled struct {
		res extract.Result
		err error
	}
	done := make(chan ruled, 1)
	go func() {
		defer func() {
			// A panic here is the document's failure, as ingest.Extract
			// makes it in the calling goroutine.
			if p := recover(); p != nil {
				done <- ruled{err: fmt.Errorf("extraction failed: %v", p)}
			}
		}()
		r, err := u.Rules.ExtractContext(ctx, a.Text)
		done <- ruled{r, err}
	}()
	model, merr := u.Model.ExtractArticle(ctx, a)
	rules := <-done
	switch {
	case rules.err != nil:
		return extract.Result{}, fmt.Errorf("rules: %w", rules.err)
	case merr != nil:
		return extract.Result{}, merr
	}
	return Merge(rules.res, model), nil
}

// Merge is the union of the rules' result and the model's: entities by ID
// (the rules' name and type first, mentions and aliases of both), and
// relations by subject, predicate, object and negation, each evidence
// saying which extractor found it (Evidence.Extractor "rules" or "llm").
// Agreement raises confidence: a relation both found combines the
// evidence of both (noisy-or), and when they name the same fact with
// different predicates of the same CAMEO code, each relation's confidence
// is combined with the other's.
func Merge(rules, model extract.Result) extract.Result {
	out := extract.Result{Entities: []extract.Entity{}, Relations: []extract.Relation{}}
	byID := map[string]int{}
	addEntity := func(e extract.Entity) {
		i, ok := byID[e.ID]
		if !ok {
			e.Aliases = append([]string{}, e.Aliases...)
			e.Mentions = append([]extract.Mention{}, e.Mentions...)
			out.Entities = append(out.Entities, e)
			byID[e.ID] = len(out.Entities) - 1
			return
		}
		m := &out.Entities[i]
		for _, a := range e.Aliases {
			if a != m.Name && !contains(m.Aliases, a) {
				m.Aliases = append(m.Aliases, a)
			}
		}
		for _, mn := range e.Mentions {
			dup := false
			for _, x := range m.Mentions {
				if x.Start == mn.Start && x.End == mn.End {
					dup = true
					break
				}
			}
			if !dup {
				m.Mentions = append(m.Mentions, mn)
			}
		}
	}
	for _, e := range rules.Entities {
		addEntity(e)
	}
	for _, e := range model.Entities {
		addEntity(e)
	}
	for i := range out.Entities {
		e := &out.Entities[i]
		sort.Strings(e.Aliases)
		sort.Slice(e.Mentions, func(a, b int) bool { return e.Mentions[a].Start < e.Mentions[b].Start })
	}
	sort.Slice(out.Entities, func(i, j int) bool { return out.Entities[i].ID < out.Entities[j].ID })

	key := func(r extract.Relation) string {
		k := r.Subject + "\x00" + r.Predicate + "\x00" + r.Object
		if r.Negated {
			k += "\x00neg"
		}
		return k
	}
	byKey := map[string]int{}
	tag := func(r extract.Relation, name string) extract.Relation {
		evs := make([]extract.Evidence, len(r.Evidence))
		for i, ev := range r.Evidence {
			ev.Extractor = name
			evs[i] = ev
		}
		r.Evidence = evs
		return r
	}
	from := map[int]map[string]bool{} // relation -> extractors that found it
	for _, rs := range []struct {
		list []extract.Relation
		name string
	}{{rules.Relations, RulesName}, {model.Relations, Name}} {
		for _, r := range rs.list {
			r = tag(r, rs.name)
			k := key(r)
			i, ok := byKey[k]
			if !ok {
				out.Relations = append(out.Relations, r)
				i = len(out.Relations) - 1
				byKey[k] = i
				from[i] = map[string]bool{}
			} else {
				m := &out.Relations[i]
				m.Evidence = append(m.Evidence, r.Evidence...)
				if m.Event == nil {
					m.Event = r.Event
				}
			}
			from[i][rs.name] = true
		}
	}
	// Confidence: both found it under one predicate: the evidence of both
	// combined; under predicates of one CAMEO code: each combined with the
	// other's.
	conf := make([]float64, len(out.Relations))
	for i := range out.Relations {
		r := &out.Relations[i]
		if len(from[i]) > 1 {
			conf[i] = Combine(r.Evidence)
		} else {
			conf[i] = r.Confidence
		}
	}
	for i := range out.Relations {
		a := out.Relations[i]
		if len(from[i]) > 1 || a.Event == nil {
			continue
		}
		for j := range out.Relations {
			b := out.Relations[j]
			if j == i || len(from[j]) > 1 || from[i][Name] == from[j][Name] || b.Event == nil ||
				a.Subject != b.Subject || a.Object != b.Object || a.Negated != b.Negated || a.Event.Code != b.Event.Code {
				continue
			}
			conf[i] = round2(min(1-(1-a.Confidence)*(1-b.Confidence), confMax))
		}
	}
	for i := range out.Relations {
		out.Relations[i].Confidence = conf[i]
	}
	SortRelations(out.Relations)
	return out
}
