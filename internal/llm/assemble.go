package llm

import (
	"math"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/internal/extract"
)

// typeNames maps the types a model may write to the five of extract.
var typeNames = map[string]string{
	"PERSON": extract.TypePerson, "PER": extract.TypePerson, "PEOPLE": extract.TypePerson,
	"ORG": extract.TypeOrg, "ORGANIZATION": extract.TypeOrg, "ORGANISATION": extract.TypeOrg, "COMPANY": extract.TypeOrg,
	"GPE": extract.TypeGPE, "COUNTRY": extract.TypeGPE, "CITY": extract.TypeGPE, "STATE": extract.TypeGPE,
	"LOC": extract.TypeLoc, "LOCATION": extract.TypeLoc, "PLACE": extract.TypeLoc,
	"NORP": extract.TypeNORP, "NATIONALITY": extract.TypeNORP, "GROUP": extract.TypeNORP,
}

// entity is one entity being assembled.
type entity struct {
	extract.Entity
	seen map[span]bool
}

// assemble turns the model's answers for the chunks of text into a
// Result: entities with the mentions found in the text, relations with
// the evidence sentences found there. What the text does not bear out is
// dropped and counted.
func (e *Extractor) assemble(text string, chunks []span, outs []output) extract.Result {
	d := newDoc(text)
	ents := map[string]*entity{}
	var order []string
	// byName: a name as the model wrote it (and lower-cased) -> entity ID.
	byName := map[string]string{}
	for _, o := range outs {
		for _, oe := range o.Entities {
			typ, ok := typeNames[strings.ToUpper(strings.TrimSpace(oe.Type))]
			name := strings.Join(strings.Fields(oe.Name), " ")
			if !ok || name == "" {
				e.stats.EntitiesDropped.Add(1)
				continue
			}
			id, ctyp, cname := e.x.Canonical(typ, name)
			kind := extract.MentionName
			if typ == extract.TypeNORP && ctyp == extract.TypeGPE {
				kind = extract.MentionDemonym
			}
			var spans []span
			for _, n := range uniq(name, cname) {
				spans = append(spans, d.occurrences(n)...)
			}
			if len(spans) == 0 && ctyp == extract.TypePerson {
				// "Donald J. Trump" written "Trump" in the text
				if f := strings.Fields(cname); len(f) > 1 && len(f[len(f)-1]) > 2 {
					spans = d.occurrences(f[len(f)-1])
				}
			}
			if len(spans) == 0 {
				e.stats.EntitiesDropped.Add(1) // not written in the text
				continue
			}
			en := ents[id]
			if en == nil {
				en = &entity{Entity: extract.Entity{ID: id, Name: cname, Type: ctyp}, seen: map[span]bool{}}
				ents[id] = en
				order = append(order, id)
			}
			for _, sp := range spans {
				if !en.seen[sp] {
					en.seen[sp] = true
					en.Mentions = append(en.Mentions, extract.Mention{Start: sp.start, End: sp.end, Text: text[sp.start:sp.end], Kind: kind})
				}
			}
			byName[oe.Name], byName[strings.ToLower(name)] = id, id
		}
	}
	// A surname alone is the person named in full ("Trump", "Donald Trump").
	alias := map[string]string{}
	for _, id := range order {
		en := ents[id]
		if en.Type != extract.TypePerson || strings.Contains(en.Name, " ") {
			continue
		}
		var full string
		for _, other := range order {
			o := ents[other]
			if f := strings.Fields(o.Name); o.Type == extract.TypePerson && len(f) > 1 && f[len(f)-1] == en.Name {
				if full != "" && full != other {
					full = "" // two people share the surname: leave it
					break
				}
				full = other
			}
		}
		if full != "" {
			alias[id] = full
			for _, m := range en.Mentions {
				if f := ents[full]; !f.seen[span{m.Start, m.End}] {
					f.seen[span{m.Start, m.End}] = true
					f.Mentions = append(f.Mentions, m)
				}
			}
		}
	}
	resolve := func(name string) (string, bool) {
		id, ok := byName[name]
		if !ok {
			id, ok = byName[strings.ToLower(strings.Join(strings.Fields(name), " "))]
		}
		if to, ok2 := alias[id]; ok2 {
			id = to
		}
		return id, ok
	}

	res := extract.Result{Entities: []extract.Entity{}, Relations: []extract.Relation{}}
	for _, id := range order {
		if _, gone := alias[id]; gone {
			continue
		}
		en := ents[id]
		sort.Slice(en.Mentions, func(i, j int) bool { return en.Mentions[i].Start < en.Mentions[j].Start })
		en.Aliases = []string{}
		for _, m := range en.Mentions {
			if m.Text != en.Name && !contains(en.Aliases, m.Text) {
				en.Aliases = append(en.Aliases, m.Text)
			}
		}
		sort.Strings(en.Aliases)
		res.Entities = append(res.Entities, en.Entity)
	}
	sort.Slice(res.Entities, func(i, j int) bool { return res.Entities[i].ID < res.Entities[j].ID })

	rels := map[string]*extract.Relation{}
	var keys []string
	type evKey struct {
		rel      string
		start    int
		modality string
	}
	seenEv := map[evKey]bool{}
	for ci, o := range outs {
		ch := chunks[ci]
		for _, or := range o.Relations {
			subj, ok1 := resolve(or.Subject)
			obj, ok2 := resolve(or.Object)
			pred := e.x.BasePredicate(or.Predicate)
			if !ok1 || !ok2 || subj == obj || pred == "" {
				e.stats.NoEntity.Add(1)
				continue
			}
			sp, ok := d.evidence(or.Evidence, ch.start, ch.end)
			if !ok {
				e.stats.NoEvidence.Add(1)
				continue
			}
			key := subj + "\x00" + pred + "\x00" + obj
			if or.Negated {
				key += "\x00neg"
			}
			r := rels[key]
			if r == nil {
				r = &extract.Relation{Subject: subj, Predicate: pred, Object: obj, Event: e.x.Event(pred), Negated: or.Negated}
				rels[key] = r
				keys = append(keys, key)
			}
			ek := evKey{key, sp.start, or.Modality}
			if seenEv[ek] {
				continue
			}
			seenEv[ek] = true
			conf := confLLM
			if or.Modality != "" {
				conf -= 0.1
			}
			r.Evidence = append(r.Evidence, extract.Evidence{Sentence: text[sp.start:sp.end], Start: sp.start, End: sp.end,
				Confidence: round2(conf), Modality: or.Modality, Extractor: Name})
		}
	}
	for _, k := range keys {
		r := rels[k]
		r.Confidence = Combine(r.Evidence)
		res.Relations = append(res.Relations, *r)
	}
	SortRelations(res.Relations)
	return res
}

// Combine is a relation's confidence from its evidence, as the rules
// combine theirs: noisy-or, evidence with a modality counted at 60%,
// at most 0.95.
func Combine(evs []extract.Evidence) float64 {
	notP := 1.0
	for _, ev := range evs {
		c := ev.Confidence
		if ev.Modality != "" {
			c *= 0.6
		}
		notP *= 1 - c
	}
	return round2(math.Min(1-notP, confMax))
}

// SortRelations orders relations as the rules do: by subject, object,
// predicate, asserted before negated.
func SortRelations(rs []extract.Relation) {
	sort.SliceStable(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		if a.Subject != b.Subject {
			return a.Subject < b.Subject
		}
		if a.Object != b.Object {
			return a.Object < b.Object
		}
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		return !a.Negated && b.Negated
	})
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }

func uniq(a, b string) []string {
	if a == b {
		return []string{a}
	}
	return []string{a, b}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
