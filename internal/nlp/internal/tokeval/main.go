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
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/internal/nlp"
)

type span struct{ start, end int }

type sentence struct {
	text  string
	words []span // gold word spans in text; {-1,-1} where unalignable
}

type document struct{ sents []sentence }

func main() {
	dir := flag.String("ud", "", "directory holding en_ewt-ud-dev.conllu (the tb folder that prepare writes)")
	file := flag.String("file", "en_ewt-ud-dev.conllu", "treebank file inside -ud")
	gum := flag.Bool("gum", false, "also score DIR/gum/GUM_*.conllu")
	nerr := flag.Int("errors", 0, "print up to N sentences with token errors")
	flag.Parse()

	docs, err := readCoNLLU(filepath.Join(*dir, *file))
	if err != nil {
		fmt.Fprintln(os.Stderr, "tokeval:", err)
		os.Exit(1)
	}
	report(*file, docs, *nerr)
	if *gum {
		paths, _ := filepath.Glob(filepath.Join(*dir, "gum", "GUM_*.conllu"))
		var all []document
		for _, p := range paths {
			d, err := readCoNLLU(p)
			if err != nil {
				fmt.Fprintln(os.Stderr, "tokeval:", err)
				os.Exit(1)
			}
			all = append(all, d...)
		}
		report(fmt.Sprintf("GUM (%d files)", len(paths)), all, *nerr)
	}
}

func report(name string, docs []document, nerr int) {
	tp, gold, pred := 0, 0, 0
	shown := 0
	nsent := 0
	for _, d := range docs {
		for _, s := range d.sents {
			nsent++
			g := map[span]bool{}
			for _, w := range s.words {
				g[w] = true
			}
			gold += len(s.words)
			var bad bool
			var ps []span
			for _, se := range nlp.Tokenize(s.text) {
				for _, t := range se.Tokens {
					ps = append(ps, span{t.Start, t.End})
					pred++
					if g[span{t.Start, t.End}] {
						tp++
					} else {
						bad = true
					}
				}
			}
			if len(ps) != len(s.words) {
				bad = true
			}
			if bad && shown < nerr {
				shown++
				fmt.Printf("TEXT %s\n GOLD %s\n PRED %s\n", s.text, show(s.text, s.words), show(s.text, ps))
			}
		}
	}
	fmt.Printf("%s: %d documents, %d sentences\n", name, len(docs), nsent)
	fmt.Printf("token F1 %.4f (precision %.4f, recall %.4f; gold %d, predicted %d, matched %d)\n",
		f1(tp, gold, pred), ratio(tp, pred), ratio(tp, gold), gold, pred, tp)

	tp, gold, pred = 0, 0, 0
	for _, d := range docs {
		var b strings.Builder
		ends := map[int]bool{}
		for i, s := range d.sents {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s.text)
			ends[b.Len()] = true
		}
		gold += len(ends)
		for _, se := range nlp.Tokenize(b.String()) {
			pred++
			if ends[se.End] {
				tp++
			}
		}
	}
	fmt.Printf("sentence F1 %.4f (precision %.4f, recall %.4f; gold %d, predicted %d, matched %d)\n",
		f1(tp, gold, pred), ratio(tp, pred), ratio(tp, gold), gold, pred, tp)
}

func show(text string, ss []span) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		if s.start < 0 {
			parts[i] = "?"
			continue
		}
		parts[i] = text[s.start:s.end]
	}
	return strings.Join(parts, " | ")
}

func f1(tp, gold, pred int) float64 {
	if gold+pred == 0 {
		return 0
	}
	return 2 * float64(tp) / float64(gold+pred)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// readCoNLLU reads the documents of a CoNLL-U file with the gold word spans
// of every sentence aligned to its "# text" line.
func readCoNLLU(path string) ([]document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []document
	var text string
	var units [][]string // per token unit: surface form, then word forms of a multiword token
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	mwtEnd := 0
	flush := func() {
		if text == "" && len(units) == 0 {
			return
		}
		if len(docs) == 0 {
			docs = append(docs, document{})
		}
		d := &docs[len(docs)-1]
		d.sents = append(d.sents, sentence{text: text, words: align(text, units)})
		text, units, mwtEnd = "", nil, 0
	}
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			flush()
		case strings.HasPrefix(line, "# newdoc"):
			flush()
			docs = append(docs, document{})
		case strings.HasPrefix(line, "# text = "):
			text = line[len("# text = "):]
		case strings.HasPrefix(line, "#"):
		default:
			cols := strings.Split(line, "\t")
			if len(cols) < 2 {
				continue
			}
			id := cols[0]
			if strings.Contains(id, ".") {
				continue // empty node
			}
			if i := strings.IndexByte(id, '-'); i > 0 {
				var a, b int
				fmt.Sscanf(id, "%d-%d", &a, &b)
				mwtEnd = b
				units = append(units, []string{cols[1]})
				continue
			}
			var n int
			fmt.Sscanf(id, "%d", &n)
			if n <= mwtEnd && len(units) > 0 {
				u := &units[len(units)-1]
				*u = append(*u, cols[1])
				continue
			}
			units = append(units, []string{cols[1], cols[1]})
		}
	}
	flush()
	return docs, sc.Err()
}

// align places each unit's words in text; words of a multiword token whose
// forms do not spell its surface share no span ({-1,-1}) except the first,
// which gets the whole surface.
func align(text string, units [][]string) []span {
	var out []span
	pos := 0
	for _, u := range units {
		surface, words := u[0], u[1:]
		for pos < len(text) && (text[pos] == ' ' || text[pos] == '\t') {
			pos++
		}
		if !strings.HasPrefix(text[pos:], surface) {
			// Resynchronise on the next occurrence.
			i := strings.Index(text[pos:], surface)
			if i < 0 {
				for range words {
					out = append(out, span{-1, -1})
				}
				continue
			}
			pos += i
		}
		if strings.Join(words, "") == surface {
			p := pos
			for _, w := range words {
				out = append(out, span{p, p + len(w)})
				p += len(w)
			}
		} else {
			out = append(out, span{pos, pos + len(surface)})
			for range words[1:] {
				out = append(out, span{-1, -1})
			}
		}
		pos += len(surface)
	}
	return out
}
