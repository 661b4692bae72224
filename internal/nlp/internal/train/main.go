// Command train trains newsgraph's language models from treebanks and
// entity corpora in a folder you name, and writes the model files that
// package nlp embeds. It fetches nothing.
//
//	go run ./internal/nlp/internal/prepare -src SRC -out DATA   # once: see its doc
//	go run ./internal/nlp/internal/train -data DATA -out internal/nlp/models
//
// The data folder holds tb/en_ewt-ud-{train,dev}.conllu (UD English EWT),
// tb/gum/GUM_*.conllu with tb/gum-splits.tsv (GUM; training documents
// only) and ner/*.bio (entity corpora). See internal/nlp/models/README.md.
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/internal/nlp"
)

var (
	flagWithDev     = flag.Bool("with-dev", true, "train the tagger and parser on the development documents too (EWT dev, GUM dev of the free genres): the shipped models do; turn it off to tune on dev")
	flagTaggerPrune = flag.Float64("tagger-prune", 0.3, "drop tagger weights below this magnitude (below 1: the tag dictionary's weights are 1)")
	flagParserPrune = flag.Float64("parser-prune", 4, "drop parser weights below this magnitude (a smaller model parses faster)")
	flagParserRefit = flag.Bool("parser-refit", true, "after pruning, train the parser again, learning only the weights that are left (nlp.RefitParser): it makes up for most of what pruning loses")
)

func main() {
	data := flag.String("data", "", "folder with the corpora (required)")
	out := flag.String("out", "internal/nlp/models", "folder for the model files")
	only := flag.String("only", "tagger,parser,ner", "models to train: tagger, parser, ner (comma-separated)")
	iters := flag.Int("iters", 0, "training passes (0: each model's default)")
	nerFiles := flag.String("ner", "gum_train.bio,uner_ewt_train.bio,wikigold.bio,uner_ewt_dev.bio,btc.bio", "entity corpora under DATA/ner, comma-separated")
	report := flag.Bool("report", false, "only score the models in -out on the held-out splits (EWT test, CoNLL-2003 testa) and exit")
	show := flag.Int("show", 0, "print the N most frequent recogniser errors on CoNLL-2003 testa")
	flag.Parse()
	if *data == "" {
		flag.Usage()
		os.Exit(2)
	}
	want := map[string]bool{}
	for _, m := range strings.Split(*only, ",") {
		want[strings.TrimSpace(m)] = true
	}
	if *report {
		if err := reportScores(*data, *out, *show); err != nil {
			log.Fatal(err)
		}
		return
	}
	if err := run(*data, *out, want, *iters, strings.Split(*nerFiles, ","), *show); err != nil {
		log.Fatal(err)
	}
}

// load opens the file at path and decodes it with read.
func load[T any](path string, read func(io.Reader) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	v, err := read(f)
	if err != nil {
		err = fmt.Errorf("%s: %w", path, err)
	}
	return v, err
}

func readTB(path string) []nlp.TreeSentence {
	s, err := load(path, nlp.ReadCoNLLU)
	if err != nil {
		log.Fatal(err)
	}
	return s
}

// treebanks returns the training sentences (EWT train + GUM train, freely licensed genres) and EWT dev.
func treebanks(data string) (train, dev []nlp.TreeSentence) {
	train = readTB(filepath.Join(data, "tb", "en_ewt-ud-train.conllu"))
	dev = readTB(filepath.Join(data, "tb", "en_ewt-ud-dev.conllu"))
	splits, err := os.ReadFile(filepath.Join(data, "tb", "gum-splits.tsv"))
	if err != nil {
		log.Fatal(err)
	}
	n := 0
	for _, line := range strings.Split(string(splits), "\n") {
		split, doc, ok := strings.Cut(line, "\t")
		if !ok || !(split == "train" || split == "dev" && *flagWithDev) || !gumGenreFree(doc) {
			continue
		}
		train = append(train, readTB(filepath.Join(data, "tb", "gum", doc+".conllu"))...)
		n++
	}
	if *flagWithDev {
		train = append(train, dev...)
		log.Printf("treebanks: EWT dev is training data too (-with-dev): the dev scores below are not held out")
	}
	log.Printf("treebanks: %d training sentences (EWT train + %d GUM documents), %d dev", len(train), n, len(dev))
	return train, dev
}

// gumGenreFree reports whether a GUM document's text may ship in a model
// trained from it: GUM's annotations are CC BY 4.0, but its texts keep their
// sources' licences (GUM's LICENSE.txt). Essays, fiction, letters, podcasts
// and wikiHow are CC BY-NC-SA, Reddit is non-commercial, and conversation,
// speech, textbook and vlog are not listed; only these genres are free.
func gumGenreFree(doc string) bool {
	for _, g := range []string{"academic", "bio", "court", "interview", "news", "voyage"} {
		if strings.HasPrefix(doc, "GUM_"+g+"_") {
			return true
		}
	}
	return false
}

func save(path string, write func(f *os.File) error) {
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := write(f); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	st, _ := os.Stat(path)
	log.Printf("wrote %s (%.1f MB)", path, float64(st.Size())/1e6)
}

// prunable is a model that can be pruned (nlp.Tagger, nlp.Parser).
type prunable[M any] interface {
	Pruned(th float32) M
	Size() (feats, weights int)
}

// pruneSweep prints, with line, the dev scores of m pruned at a range of
// thresholds.
func pruneSweep[M prunable[M]](m M, line func(th float32, feats, weights int, pruned M)) {
	for _, th := range []float32{0, 0.3, 1, 2, 3, 4} {
		p := m.Pruned(th)
		nf, nw := p.Size()
		line(th, nf, nw, p)
	}
}

func run(data, out string, want map[string]bool, iters int, nerFiles []string, show int) error {
	var train, dev []nlp.TreeSentence
	if want["tagger"] || want["parser"] {
		train, dev = treebanks(data)
	}
	pick := func(def int) int {
		if iters > 0 {
			return iters
		}
		return def
	}
	var tagger *nlp.Tagger
	if want["tagger"] {
		t0 := time.Now()
		tagger = nlp.TrainTagger(train, pick(10), 1)
		log.Printf("tagger trained in %s", time.Since(t0).Round(time.Second))
		pruneSweep(tagger, func(th float32, nf, nw int, t *nlp.Tagger) {
			s := nlp.Evaluate(dev, t, nil)
			fmt.Printf("tagger EWT dev, pruned at %g (%d features, %d weights): UPOS %.4f XPOS %.4f (%d tokens)\n", th, nf, nw, s.UPOS, s.XPOS, s.Tokens)
		})
		tagger = tagger.Pruned(float32(*flagTaggerPrune))
		save(filepath.Join(out, "tagger.model.gz"), func(f *os.File) error { return tagger.Write(f) })
	} else if want["parser"] || want["ner"] {
		t, err := load(filepath.Join(out, "tagger.model.gz"), nlp.ReadTagger)
		if err != nil {
			return err
		}
		tagger = t
	}
	if want["parser"] {
		t0 := time.Now()
		ptrain := jackknife(train, 4, pick(10))
		log.Printf("jackknifed tags in %s", time.Since(t0).Round(time.Second))
		parsers := trainParsers(ptrain, dev, tagger, pick(10))
		for i, m := range nlp.EnsembleMembers {
			save(filepath.Join(out, m.File), func(f *os.File) error { return parsers[i].Write(f) })
		}
		s := nlp.Evaluate(dev, tagger, nlp.NewEnsemble(parsers, nlp.EnsembleMembers))
		fmt.Printf("parser ensemble EWT dev (predicted tags): UAS %.4f LAS %.4f (full labels %.4f)\n", s.UAS, s.LAS, s.LASFull)
	}
	if want["ner"] {
		var files []string
		for _, f := range nerFiles {
			if fileExists(filepath.Join(data, "ner", f)) {
				files = append(files, f)
			} else {
				log.Printf("ner: %s missing, skipped", f)
			}
		}
		if err := trainNER(data, out, tagger, pick(8), files, show); err != nil {
			return err
		}
	}
	return nil
}

// trainParsers trains the parsers of nlp.EnsembleMembers on sents (tags
// jackknifed), two at a time, each pruned and refit; it prints each one's
// dev scores.
func trainParsers(sents, dev []nlp.TreeSentence, tagger *nlp.Tagger, iters int) []*nlp.Parser {
	out := make([]*nlp.Parser, len(nlp.EnsembleMembers))
	lines := make([]string, len(out))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, m := range nlp.EnsembleMembers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			in := sents
			if m.Reversed {
				in = nlp.ReverseSentences(sents)
			}
			// scored as an ensemble of one, which reverses the sentences
			// after tagging them
			score := func(p *nlp.Parser) nlp.Scores {
				return nlp.Evaluate(dev, tagger, nlp.NewEnsemble([]*nlp.Parser{p}, []nlp.EnsembleMember{m}))
			}
			t0 := time.Now()
			p := nlp.TrainParser(in, iters, m.Seed, func(it int) {
				log.Printf("%s: pass %d done (%s)", m.File, it+1, time.Since(t0).Round(time.Second))
			})
			var b strings.Builder
			pruneSweep(p, func(th float32, nf, nw int, p *nlp.Parser) {
				s := score(p)
				fmt.Fprintf(&b, "%s EWT dev (predicted tags), pruned at %g (%d features, %d weights): UAS %.4f LAS %.4f (full labels %.4f)\n", m.File, th, nf, nw, s.UAS, s.LAS, s.LASFull)
			})
			p = p.Pruned(float32(*flagParserPrune))
			if *flagParserRefit {
				t0 := time.Now()
				p = nlp.RefitParser(in, iters, m.Seed, func(it int) {
					log.Printf("%s: refit pass %d done (%s)", m.File, it+1, time.Since(t0).Round(time.Second))
				}, p)
				nf, nw := p.Size()
				s := score(p)
				fmt.Fprintf(&b, "%s EWT dev (predicted tags), pruned at %g and refit (%d features, %d weights): UAS %.4f LAS %.4f (full labels %.4f)\n", m.File, *flagParserPrune, nf, nw, s.UAS, s.LAS, s.LASFull)
			}
			out[i], lines[i] = p, b.String()
		}()
	}
	wg.Wait()
	for _, l := range lines {
		fmt.Print(l)
	}
	return out
}

// jackknife returns a copy of sents whose tags were predicted by taggers
// trained on the other folds, so that the parser learns from tags as
// imperfect as the ones it will see.
func jackknife(sents []nlp.TreeSentence, folds, iters int) []nlp.TreeSentence {
	out := make([]nlp.TreeSentence, len(sents))
	for k := 0; k < folds; k++ {
		var train []nlp.TreeSentence
		for i, s := range sents {
			if i%folds != k {
				train = append(train, s)
			}
		}
		t := nlp.TrainTagger(train, iters, int64(k+2))
		for i, s := range sents {
			if i%folds != k {
				continue
			}
			toks := append([]nlp.Token(nil), s.Tokens...)
			t.Tag(toks)
			out[i] = nlp.TreeSentence{Doc: s.Doc, Tokens: toks}
		}
	}
	return out
}

// namesParser labels a sentence's names and parses it with the ensemble
// gated on them, as the extractor asks for sentences with two names.
type namesParser struct {
	rec *nlp.Recognizer
	ens *nlp.Ensemble
}

func (p namesParser) Parse(toks []nlp.Token) {
	p.rec.Recognize([][]nlp.Token{toks})
	p.ens.ParseNames(toks)
}

// reportScores prints the scores of the models in dir on the held-out
// splits. It measures; nothing is tuned on these numbers.
func reportScores(data, dir string, show int) error {
	tagger, err := load(filepath.Join(dir, "tagger.model.gz"), nlp.ReadTagger)
	if err != nil {
		return err
	}
	ens, err := nlp.ReadEnsemble(os.DirFS(dir))
	if err != nil {
		return fmt.Errorf("%s: %w", dir, err)
	}
	test := readTB(filepath.Join(data, "tb", "en_ewt-ud-test.conllu"))
	s := nlp.Evaluate(test, tagger, ens)
	fmt.Printf("EWT test (%d tokens, gold tokens, predicted tags): UPOS %.4f XPOS %.4f UAS %.4f LAS %.4f (full labels %.4f)\n", s.Tokens, s.UPOS, s.XPOS, s.UAS, s.LAS, s.LASFull)
	s = nlp.Evaluate(test, tagger, ens.Lead())
	fmt.Printf("EWT test, %s alone: UAS %.4f LAS %.4f (full labels %.4f)\n", nlp.EnsembleMembers[0].File, s.UAS, s.LAS, s.LASFull)
	lex, err := newLexicon()
	if err != nil {
		return err
	}
	rec, err := load(filepath.Join(dir, "ner.model.gz"), func(r io.Reader) (*nlp.Recognizer, error) {
		return nlp.ReadRecognizer(r, lex)
	})
	if err != nil {
		return err
	}
	s = nlp.Evaluate(test, tagger, namesParser{rec, ens})
	fmt.Printf("EWT test, the ensemble gated on names as extract runs it (each sentence's names labelled alone): UAS %.4f LAS %.4f (full labels %.4f)\n", s.UAS, s.LAS, s.LASFull)
	sc, err := evalNER(filepath.Join(data, "eval", "eng.testa"), tagger, rec, show)
	if err != nil {
		return err
	}
	fmt.Printf("ner CoNLL-2003 testa (PER/ORG/LOC strict):\n%s\n", sc)
	return nil
}
