// Command tokeval measures nlp.Tokenize against the gold tokenisation and
// sentence segmentation of Universal Dependencies treebanks.
//
//	go run ./internal/nlp/internal/tokeval -ud DATA/tb
//
// It reads en_ewt-ud-dev.conllu from the -ud directory (another file with
// -file) and prints two scores: token F1 (exact byte spans at the word level,
// over the "# text" line of each sentence) and sentence-boundary F1 (the
// sentences of each document, from "# newdoc id", joined with single spaces).
// -gum also scores the GUM_*.conllu files in DIR/gum, and -errors N prints up
// to N sentences whose tokens differ from the gold.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/internal/nlp"
)

// span is a word's byte span in its sentence's text; {-1,-1} where a gold
// word cannot be placed.
type span = [2]int

func main() {
	dir := flag.String("ud", "", "directory holding en_ewt-ud-dev.conllu (the tb folder that prepare writes)")
	file := flag.String("file", "en_ewt-ud-dev.conllu", "treebank file inside -ud")
	gum := flag.Bool("gum", false, "also score DIR/gum/GUM_*.conllu")
	nerr := flag.Int("errors", 0, "print up to N sentences with token errors")
	flag.Parse()

	report(*file, readUDTexts(filepath.Join(*dir, *file)), *nerr)
	if *gum {
		paths, _ := filepath.Glob(filepath.Join(*dir, "gum", "GUM_*.conllu"))
		var all [][]nlp.UDText
		for _, p := range paths {
			all = append(all, readUDTexts(p)...)
		}
		report(fmt.Sprintf("GUM (%d files)", len(paths)), all, *nerr)
	}
}

func report(name string, docs [][]nlp.UDText, nerr int) {
	tp, gold, pred := 0, 0, 0
	shown := 0
	nsent := 0
	for _, d := range docs {
		for _, s := range d {
			nsent++
			g := map[span]bool{}
			for _, w := range s.Words {
				g[w] = true
			}
			var ps []span
			for _, se := range nlp.Tokenize(s.Text) {
				for _, t := range se.Tokens {
					ps = append(ps, span{t.Start, t.End})
				}
			}
			gold += len(s.Words)
			pred += len(ps)
			bad := len(ps) != len(s.Words)
			for _, p := range ps {
				if g[p] {
					tp++
				} else {
					bad = true
				}
			}
			if bad && shown < nerr {
				shown++
				fmt.Printf("TEXT %s\n GOLD %s\n PRED %s\n", s.Text, show(s.Text, s.Words), show(s.Text, ps))
			}
		}
	}
	fmt.Printf("%s: %d documents, %d sentences\n", name, len(docs), nsent)
	tc := nlp.Counts{Matched: tp, Gold: gold, Predicted: pred}
	fmt.Printf("token F1 %.4f (precision %.4f, recall %.4f; gold %d, predicted %d, matched %d)\n",
		tc.F1(), tc.Precision(), tc.Recall(), gold, pred, tp)

	sc := nlp.SentenceAgreement(docs)
	fmt.Printf("sentence F1 %.4f (precision %.4f, recall %.4f; gold %d, predicted %d, matched %d)\n",
		sc.F1(), sc.Precision(), sc.Recall(), sc.Gold, sc.Predicted, sc.Matched)
}

func show(text string, ss []span) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		if s[0] < 0 {
			parts[i] = "?"
			continue
		}
		parts[i] = text[s[0]:s[1]]
	}
	return strings.Join(parts, " | ")
}

// readUDTexts reads the documents of a CoNLL-U file with the gold word spans
// of every sentence aligned to its "# text" line (nlp.ReadUDTexts), and
// exits on an error.
func readUDTexts(path string) [][]nlp.UDText {
	f, err := os.Open(path)
	if err != nil {
		fatal(err)
	}
	defer f.Close()
	docs, err := nlp.ReadUDTexts(f)
	if err != nil {
		fatal(err)
	}
	return docs
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "tokeval:", err)
	os.Exit(1)
}
