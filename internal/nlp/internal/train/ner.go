package main

import (
	"fmt"
	"log"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/aaaton/golem/v4"
	"github.com/aaaton/golem/v4/dicts/en"

	"github.com/newsgraph/newsgraph/internal/extract/gazetteer"
	"github.com/newsgraph/newsgraph/internal/nlp"
)

// bioSentence is a sentence of an entity corpus: tokens and BIO tags.
type bioSentence = nlp.BIOSentence

type bioDoc []bioSentence

// readBIO reads an entity corpus (nlp.ReadBIO: TOKEN<TAB>TAG lines or
// CoNLL-2003 lines, IOB1 as well as BIO) and cuts documents of more than 60
// sentences into pieces of 30.
func readBIO(path string) ([]bioDoc, error) {
	docs, err := load(path, nlp.ReadBIO)
	// documents of unknown extent: cut into pieces of 30 sentences so that
	// document features see realistic spans
	var out []bioDoc
	for _, d := range docs {
		for len(d) > 60 {
			out = append(out, d[:30])
			d = d[30:]
		}
		out = append(out, d)
	}
	return out, err
}

// harmonise maps corpus types onto ours: a LOC the gazetteer knows as a
// country or city is a GPE, a MISC that is a demonym is NORP, PER is PERSON.
func harmonise(words []string, sp nlp.Span, lex nlp.Lexicon) string {
	typ := sp.Type
	switch typ {
	case "PER":
		typ = "PERSON"
	case "ORGANIZATION":
		typ = "ORG"
	case "LOCATION":
		typ = "LOC"
	}
	if typ == "LOC" || typ == "MISC" {
		if n, cat := lex.Match(words, sp.Start); n == sp.End-sp.Start {
			switch {
			case typ == "LOC" && cat == "GPE":
				typ = "GPE"
			case typ == "MISC" && cat == "NORP":
				typ = "NORP"
			}
		}
	}
	return typ
}

func bilou(n int, spans []nlp.Span, types []string) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "O"
	}
	for k, sp := range spans {
		t := types[k]
		if sp.End-sp.Start == 1 {
			out[sp.Start] = "U-" + t
			continue
		}
		out[sp.Start] = "B-" + t
		for i := sp.Start + 1; i < sp.End-1; i++ {
			out[i] = "I-" + t
		}
		out[sp.End-1] = "L-" + t
	}
	return out
}

func newLexicon() (*gazetteer.Gazetteer, error) {
	lem, err := golem.New(en.New())
	if err != nil {
		return nil, err
	}
	return gazetteer.New(nlp.SplitWords, lem.InDict)
}

// prepare turns corpus documents into tagged training documents with BILOU
// labels in our type set.
func prepare(docs []bioDoc, tagger *nlp.Tagger, lex nlp.Lexicon) []nlp.NERDocument {
	out := make([]nlp.NERDocument, 0, len(docs))
	for _, d := range docs {
		var nd nlp.NERDocument
		for _, s := range d {
			toks, spans := retokenize(s.Words, nlp.BIOSpans(s.Tags))
			words := make([]string, len(toks))
			for i := range toks {
				words[i] = toks[i].Norm
			}
			var keep []nlp.Span
			var ktypes []string
			for _, sp := range spans {
				if t := harmonise(words, sp, lex); slices.Contains(nlp.EntityTypes, t) {
					keep = append(keep, sp)
					ktypes = append(ktypes, t)
				}
			}
			tagger.Tag(toks)
			labels := bilou(len(toks), keep, ktypes)
			for i := range toks {
				toks[i].Ent = labels[i]
			}
			nd = append(nd, toks)
		}
		out = append(out, nd)
	}
	return out
}

// conllScore is strict span F1 for PER/ORG/LOC, the CoNLL-2003 way: our
// GPE, LOC and FAC count as LOC; other types are left out.
type conllScore struct {
	tp, fp, fn map[string]int
}

// coarseSpans returns the spans of a coarse type (nlp.CoarseType), typed
// with it.
func coarseSpans(spans []nlp.Span) map[nlp.Span]bool {
	out := map[nlp.Span]bool{}
	for _, s := range spans {
		if t := nlp.CoarseType(s.Type); t != "" {
			out[nlp.Span{Start: s.Start, End: s.End, Type: t}] = true
		}
	}
	return out
}

func (c *conllScore) add(gold, pred []nlp.Span) {
	g, p := coarseSpans(gold), coarseSpans(pred)
	for s := range p {
		if g[s] {
			c.tp[s.Type]++
		} else {
			c.fp[s.Type]++
		}
	}
	for s := range g {
		if !p[s] {
			c.fn[s.Type]++
		}
	}
}

func f1(tp, fp, fn int) (float64, float64, float64) {
	c := nlp.Counts{Matched: tp, Gold: tp + fn, Predicted: tp + fp}
	return c.Precision(), c.Recall(), c.F1()
}

func (c *conllScore) String() string {
	var b strings.Builder
	var tp, fp, fn int
	types := []string{"PER", "ORG", "LOC"}
	for _, t := range types {
		p, r, f := f1(c.tp[t], c.fp[t], c.fn[t])
		fmt.Fprintf(&b, "  %s P %.3f R %.3f F1 %.3f\n", t, p, r, f)
		tp, fp, fn = tp+c.tp[t], fp+c.fp[t], fn+c.fn[t]
	}
	p, r, f := f1(tp, fp, fn)
	fmt.Fprintf(&b, "  all P %.3f R %.3f F1 %.3f", p, r, f)
	return b.String()
}

// evalNER scores the recogniser on a BIO file (e.g. CoNLL-2003 eng.testa),
// sentences retokenised as the extractor would see them.
func evalNER(path string, tagger *nlp.Tagger, rec *nlp.Recognizer, show int) (*conllScore, error) {
	raw, err := readBIO(path)
	if err != nil {
		return nil, err
	}
	// pseudo-documents of 40 sentences, as ../shared/eval/conll03.py builds them
	var all []bioSentence
	for _, d := range raw {
		all = append(all, d...)
	}
	var docs []bioDoc
	for len(all) > 0 {
		n := min(40, len(all))
		docs = append(docs, all[:n])
		all = all[n:]
	}
	sc := &conllScore{tp: map[string]int{}, fp: map[string]int{}, fn: map[string]int{}}
	type miss struct{ text, kind string }
	an := newAnalysis()
	if *flagNERAnalyze {
		defer an.print()
	}
	var errs []miss
	for _, d := range docs {
		var sents [][]nlp.Token
		var golds [][]nlp.Span
		for _, s := range d {
			toks, spans := retokenize(s.Words, nlp.BIOSpans(s.Tags))
			tagger.Tag(toks)
			sents = append(sents, toks)
			golds = append(golds, spans)
		}
		rec.Recognize(sents)
		for i, toks := range sents {
			pred := nlp.Spans(toks)
			sc.add(golds[i], pred)
			if *flagNERAnalyze {
				an.add(toks, golds[i], pred)
			}
			if show > 0 {
				gs, ps := coarseSpans(golds[i]), coarseSpans(pred)
				for _, p := range pred {
					if t := nlp.CoarseType(p.Type); t != "" && !gs[nlp.Span{Start: p.Start, End: p.End, Type: t}] {
						errs = append(errs, miss{text(toks, p.Start, p.End) + " " + p.Type, "FP"})
					}
				}
				for g := range gs {
					if !ps[g] {
						errs = append(errs, miss{text(toks, g.Start, g.End) + " " + g.Type, "FN"})
					}
				}
			}
		}
	}
	if show > 0 {
		counts := map[miss]int{}
		for _, e := range errs {
			counts[e]++
		}
		keys := make([]miss, 0, len(counts))
		for k := range counts {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			if counts[keys[i]] != counts[keys[j]] {
				return counts[keys[i]] > counts[keys[j]]
			}
			return keys[i].kind+keys[i].text < keys[j].kind+keys[j].text
		})
		for i, k := range keys {
			if i >= show {
				break
			}
			fmt.Printf("    %s %d %s\n", k.kind, counts[k], k.text)
		}
	}
	return sc, nil
}

func text(toks []nlp.Token, a, b int) string {
	var s []string
	for _, t := range toks[a:b] {
		s = append(s, t.Text)
	}
	return strings.Join(s, " ")
}

func trainNER(data, out string, tagger *nlp.Tagger, iters int, files []string, show int) error {
	lex, err := newLexicon()
	if err != nil {
		return err
	}
	var docs []nlp.NERDocument
	rng := rand.New(rand.NewSource(1))
	var all []bioDoc
	for _, f := range files {
		bd, err := readBIO(filepath.Join(data, "ner", f))
		if err != nil {
			return err
		}
		all = append(all, bd...)
		if *flagNERCaps > 0 {
			upcase(bd, *flagNERCaps, rng)
		}
		pd := prepare(bd, tagger, lex)
		log.Printf("ner: %s: %d documents, %d tokens", f, len(pd), countTokens(pd))
		docs = append(docs, pd...)
	}
	if *flagNERTables > 0 {
		pd := prepare(tables(names(all), *flagNERTables, rng), tagger, lex)
		log.Printf("ner: %d synthetic results tables, %d tokens", len(pd), countTokens(pd))
		docs = append(docs, pd...)
	}
	if *flagNERReports > 0 {
		isCountry := func(ws []string) bool {
			n, cat := lex.Match(ws, 0)
			return n == len(ws) && cat == "GPE"
		}
		pd := prepare(matchReports(names(all), *flagNERReports, isCountry, rng), tagger, lex)
		log.Printf("ner: %d synthetic match reports, %d tokens", len(pd), countTokens(pd))
		docs = append(docs, pd...)
	}
	t0 := time.Now()
	o := nlp.DefaultNEROptions()
	o.Iters, o.Stages, o.Folds = iters, *flagNERStages, *flagNERFolds
	rec := nlp.TrainRecognizerOptions(docs, lex, o, func(it int) {
		log.Printf("ner pass %d (%s)", it+1, time.Since(t0).Round(time.Second))
	})
	if *flagNERSweep != "" {
		for _, f := range strings.Split(*flagNERSweep, ",") {
			var th float64
			if _, err := fmt.Sscan(f, &th); err != nil {
				return fmt.Errorf("-ner-prune-sweep: %v", err)
			}
			p := rec.Pruned(float32(th))
			sc, err := evalNER(filepath.Join(data, "eval", "eng.testa"), tagger, p, 0)
			if err != nil {
				return err
			}
			var buf countWriter
			if err := p.Write(&buf); err != nil {
				return err
			}
			nf, nw := p.Size()
			fmt.Printf("ner pruned at %g: %d features, %d weights, %.2f MB\n%s\n", th, nf, nw, float64(buf)/1e6, sc)
		}
	}
	rec = rec.Pruned(float32(*flagNERPrune))
	if testa := filepath.Join(data, "eval", "eng.testa"); fileExists(testa) {
		sc, err := evalNER(testa, tagger, rec, show)
		if err != nil {
			return err
		}
		fmt.Printf("ner CoNLL-2003 testa (PER/ORG/LOC strict), pruned at %g:\n%s\n", *flagNERPrune, sc)
	} else {
		log.Printf("ner: %s absent (CoNLL-2003 is research data, not bundled): not scored", testa)
	}
	save(filepath.Join(out, "ner.model.gz"), func(f *os.File) error { return rec.Write(f) })
	return nil
}

func countTokens(docs []nlp.NERDocument) int {
	n := 0
	for _, d := range docs {
		for _, s := range d {
			n += len(s)
		}
	}
	return n
}

// countWriter counts the bytes written to it.
type countWriter int

func (c *countWriter) Write(p []byte) (int, error) {
	*c += countWriter(len(p))
	return len(p), nil
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
