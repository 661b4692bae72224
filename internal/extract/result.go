package extract

// Result: assembling entities and relations into the output.

import "sort"

func (d *doc) result() Result {
	res := Result{Entities: []Entity{}, Relations: []Relation{}}
	byID := map[string]int{}
	for _, de := range d.ents {
		id := EntityID(de.typ, de.name)
		ei, ok := byID[id]
		if !ok {
			res.Entities = append(res.Entities, Entity{ID: id, Name: de.name, Type: de.typ, Aliases: []string{}, Mentions: []Mention{}})
			ei = len(res.Entities) - 1
			byID[id] = ei
		}
		e := &res.Entities[ei]
		aliases := map[string]bool{}
		for _, a := range e.Aliases {
			aliases[a] = true
		}
		for _, mi := range de.ments {
			m := &d.mentions[mi]
			st, en := d.origOff(d.toks[m.t0].start), d.origEnd(d.mentionEnd(m))
			txt := d.orig[st:en]
			kind := m.kind
			if kind == "" {
				kind = MentionName
			}
			if m.pronoun && kind == MentionName {
				kind = MentionPronoun
			}
			e.Mentions = append(e.Mentions, Mention{Start: st, End: en, Text: txt, Kind: kind})
			if m.pronoun || m.compound || flagCompound(txt) {
				continue // ("UN-backed", "British-flagged" are no names of the UN, of Britain)
			}
			if txt != e.Name && !aliases[txt] {
				aliases[txt] = true
				e.Aliases = append(e.Aliases, txt)
			}
		}
		if de.acronym != "" && !contains(e.Aliases, de.acronym) {
			e.Aliases = append(e.Aliases, de.acronym)
		}
	}
	// Entities only named in furniture or never named are dropped, but for
	// one a relation names ("the Trump administration": the United States,
	// described, not named).
	related := map[string]bool{}
	for _, k := range d.order {
		related[d.rels[k].Subject], related[d.rels[k].Object] = true, true
	}
	kept := res.Entities[:0]
	for _, e := range res.Entities {
		if named(e.Mentions) || related[e.ID] {
			sort.Slice(e.Mentions, func(i, j int) bool { return e.Mentions[i].Start < e.Mentions[j].Start })
			sort.Strings(e.Aliases)
			kept = append(kept, e)
		}
	}
	res.Entities = kept
	sort.Slice(res.Entities, func(i, j int) bool { return res.Entities[i].ID < res.Entities[j].ID })
	for _, k := range d.order {
		res.Relations = append(res.Relations, *d.rels[k])
	}
	sort.SliceStable(res.Relations, func(i, j int) bool {
		a, b := res.Relations[i], res.Relations[j]
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
	return res
}

// named reports whether a mention names the entity (a name or demonym, not
// only a pronoun or description).
func named(ms []Mention) bool {
	for _, m := range ms {
		if m.Kind == MentionName || m.Kind == MentionDemonym {
			return true
		}
	}
	return false
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
