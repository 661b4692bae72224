package kgtest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
)

// SyntheticEntities is the size of the entity pool Synthetic draws from.
const SyntheticEntities = 5000

var (
	synthTypes = []string{extract.TypePerson, extract.TypeOrg, extract.TypeGPE, extract.TypeLoc}
	synthPreds = []string{"sanction", "criticize", "meet with", "president of", "accuse", "praise",
		"visit", "threaten", "support", "sign agreement with", "member of", "invest in"}
)

// Synthetic returns document i of a deterministic synthetic corpus shaped
// like extracted news: about 20 entities drawn from a pool of
// SyntheticEntities with a few very common ones (the "China" of the pool),
// and about 14 relations with one or two evidence sentences each, some
// negated, some with modality or attribution. A document is about 400 quads.
func Synthetic(i int) Document {
	rng := rand.New(rand.NewPCG(uint64(i), 0x6e657773))
	zipf := rand.NewZipf(rng, 1.1, 1, SyntheticEntities-1)

	nEnt := 16 + rng.IntN(9)
	ids := make([]int, 0, nEnt)
	seen := make(map[int]bool)
	for len(ids) < nEnt {
		e := int(zipf.Uint64())
		if !seen[e] {
			seen[e] = true
			ids = append(ids, e)
		}
	}

	var text strings.Builder
	sentences := make([][2]int, 0, 40)
	for s := 0; s < 30; s++ {
		start := text.Len()
		fmt.Fprintf(&text, "Sentence %d of document %d mentions entity %d and entity %d at length.",
			s, i, ids[rng.IntN(nEnt)], ids[rng.IntN(nEnt)])
		sentences = append(sentences, [2]int{start, text.Len()})
		text.WriteByte(' ')
	}
	body := strings.TrimSpace(text.String())

	d := Document{Article: article.Article{
		ID: fmt.Sprintf("synthetic-%08d", i), Source: fmt.Sprintf("synthetic/%d.txt", i),
		Title: fmt.Sprintf("Synthetic document %d", i), Text: body,
	}}
	if i%2 == 0 {
		pub := time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour)
		d.Article.Published = &pub
	}
	for _, e := range ids {
		ent := extract.Entity{
			ID:   fmt.Sprintf("synth/e%d", e),
			Name: fmt.Sprintf("Entity %d", e),
			Type: synthTypes[e%len(synthTypes)],
		}
		if e%3 == 0 {
			ent.Aliases = []string{fmt.Sprintf("E%d", e)}
		}
		for m := 0; m < 1+rng.IntN(4); m++ {
			sent := sentences[rng.IntN(len(sentences))]
			ent.Mentions = append(ent.Mentions, extract.Mention{Start: sent[0], End: sent[0] + 8, Text: body[sent[0] : sent[0]+8]})
		}
		d.Result.Entities = append(d.Result.Entities, ent)
	}
	nRel := 10 + rng.IntN(9)
	for r := 0; r < nRel; r++ {
		subj, obj := ids[rng.IntN(nEnt)], ids[rng.IntN(nEnt)]
		if subj == obj {
			continue
		}
		rel := extract.Relation{
			Subject:    fmt.Sprintf("synth/e%d", subj),
			Predicate:  synthPreds[rng.IntN(len(synthPreds))],
			Object:     fmt.Sprintf("synth/e%d", obj),
			Negated:    rng.IntN(10) == 0,
			Confidence: 0.5 + rng.Float64()/2,
		}
		if rng.IntN(3) > 0 {
			rel.Event = &extract.Event{Code: fmt.Sprintf("%03d", 10+rng.IntN(190)), Label: "synthetic event", Goldstein: float64(rng.IntN(21) - 10)}
		}
		for e := 0; e < 1+rng.IntN(2); e++ {
			sent := sentences[rng.IntN(len(sentences))]
			ev := extract.Evidence{Sentence: body[sent[0]:sent[1]], Start: sent[0], End: sent[1], Confidence: rel.Confidence}
			if rng.IntN(5) == 0 {
				ev.Modality = "planned"
			}
			if rng.IntN(5) == 0 {
				ev.Attribution = rel.Object
			}
			rel.Evidence = append(rel.Evidence, ev)
		}
		d.Result.Relations = append(d.Result.Relations, rel)
	}
	return d
}
