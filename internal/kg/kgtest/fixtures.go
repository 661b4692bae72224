package kgtest

import (
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
)

// Sanctions is the example sentence of docs/data-model.md.
const Sanctions = "China imposed sanctions on North Korea."

// Document is a hand-built article with its extraction result: fixtures do
// not depend on the extractor.
type Document struct {
	Article article.Article
	Result  extract.Result
}

var (
	china = extract.Entity{ID: "gpe/china", Name: "China", Type: extract.TypeGPE,
		Aliases: []string{"PRC"}}
	northKorea = extract.Entity{ID: "gpe/north-korea", Name: "North Korea", Type: extract.TypeGPE,
		Aliases: []string{"DPRK"}}
	trump     = extract.Entity{ID: "person/donald-trump", Name: "Donald Trump", Type: extract.TypePerson}
	tillerson = extract.Entity{ID: "person/rex-tillerson", Name: "Rex Tillerson", Type: extract.TypePerson}

	sanctionEvent = &extract.Event{Code: "163", Label: "Impose embargo, boycott, or sanctions", Goldstein: -8}
)

// mentionsOf returns e with one mention of each of its names found in text.
func mentionsOf(e extract.Entity, text string) extract.Entity {
	e.Mentions = nil
	for _, name := range append([]string{e.Name}, e.Aliases...) {
		off := 0
		for {
			i := strings.Index(text[off:], name)
			if i < 0 {
				break
			}
			start := off + i
			e.Mentions = append(e.Mentions, extract.Mention{Start: start, End: start + len(name), Text: name})
			off = start + len(name)
		}
	}
	return e
}

func doc(title, text string, published *time.Time, ents []extract.Entity, rels []extract.Relation) Document {
	norm := article.Normalize(text)
	out := Document{Article: article.Article{
		ID: article.ID(norm), Source: "testdata/" + strings.ToLower(strings.ReplaceAll(title, " ", "-")) + ".txt",
		Title: title, Published: published, Text: norm,
	}}
	for _, e := range ents {
		out.Result.Entities = append(out.Result.Entities, mentionsOf(e, norm))
	}
	out.Result.Relations = rels
	return out
}

func sentence(text, s string) (start, end int) {
	i := strings.Index(text, s)
	if i < 0 {
		panic("kgtest: sentence not in text: " + s)
	}
	return i, i + len(s)
}

// SanctionsDoc is the one-sentence document of docs/data-model.md.
func SanctionsDoc() Document {
	start, end := sentence(Sanctions, Sanctions)
	return doc("Sanctions", Sanctions, nil,
		[]extract.Entity{china, northKorea},
		[]extract.Relation{{
			Subject: china.ID, Predicate: "sanction", Object: northKorea.ID,
			Event: sanctionEvent, Confidence: 0.9,
			Evidence: []extract.Evidence{{Sentence: Sanctions, Start: start, End: end, Confidence: 0.9}},
		}})
}

// SharedDoc states the same fact as SanctionsDoc (China sanctions North
// Korea), plus one of its own, in another text.
func SharedDoc() Document {
	text := "Beijing said on Monday that China would sanction North Korea. " +
		"Donald Trump criticized Rex Tillerson, according to Rex Tillerson."
	s1 := "Beijing said on Monday that China would sanction North Korea."
	s2 := "Donald Trump criticized Rex Tillerson, according to Rex Tillerson."
	a1, b1 := sentence(text, s1)
	a2, b2 := sentence(text, s2)
	pub := time.Date(2017, 9, 12, 8, 30, 0, 0, time.FixedZone("CEST", 2*3600))
	return doc("Shared fact", text, &pub,
		[]extract.Entity{china, northKorea, trump, tillerson},
		[]extract.Relation{
			{Subject: china.ID, Predicate: "sanction", Object: northKorea.ID, Event: sanctionEvent, Confidence: 0.7,
				Evidence: []extract.Evidence{{Sentence: s1, Start: a1, End: b1, Confidence: 0.7, Modality: "planned",
					Attribution: china.ID}}},
			{Subject: trump.ID, Predicate: "criticize", Object: tillerson.ID,
				Event: &extract.Event{Code: "111", Label: "Criticize or denounce", Goldstein: -2}, Confidence: 0.8,
				Evidence: []extract.Evidence{{Sentence: s2, Start: a2, End: b2, Confidence: 0.8, Attribution: tillerson.ID}}},
		})
}

// NegatedDoc denies a sanction and states a role relation without event.
func NegatedDoc() Document {
	text := "China did not sanction North Korea. Donald Trump is president of the United States? No: Rex Tillerson met Donald Trump."
	s1 := "China did not sanction North Korea."
	s2 := "Rex Tillerson met Donald Trump."
	a1, b1 := sentence(text, s1)
	a2, b2 := sentence(text, s2)
	return doc("Denial", text, nil,
		[]extract.Entity{china, northKorea, trump, tillerson},
		[]extract.Relation{
			{Subject: china.ID, Predicate: "sanction", Object: northKorea.ID, Event: sanctionEvent, Negated: true,
				Confidence: 0.8, Evidence: []extract.Evidence{{Sentence: s1, Start: a1, End: b1, Confidence: 0.8}}},
			{Subject: tillerson.ID, Predicate: "meet with", Object: trump.ID, Confidence: 0.6,
				Evidence: []extract.Evidence{{Sentence: s2, Start: a2, End: b2, Confidence: 0.6}}},
		})
}
