// Command beamexp trains and scores beam parsers on EWT dev held out.
package main

import (
	"encoding/gob"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/nlp"
)

func readTB(path string) []nlp.TreeSentence {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	s, err := nlp.ReadCoNLLU(f)
	if err != nil {
		log.Fatal(err)
	}
	return s
}

func readParser(path string) *nlp.Parser {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	p, err := nlp.ReadParser(f)
	if err != nil {
		log.Fatal(err)
	}
	return p
}

func free(doc string) bool {
	for _, g := range []string{"academic", "bio", "court", "interview", "news", "voyage"} {
		if strings.HasPrefix(doc, "GUM_"+g+"_") {
			return true
		}
	}
	return false
}

func cached[T any](path string, make func() T) T {
	var v T
	if f, err := os.Open(path); err == nil {
		defer f.Close()
		if err := gob.NewDecoder(f).Decode(&v); err == nil {
			return v
		}
	}
	v = make()
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := gob.NewEncoder(f).Encode(v); err != nil {
		log.Fatal(err)
	}
	f.Close()
	return v
}

func main() {
	data := flag.String("data", "/tmp/nlpdata", "")
	width := flag.Int("beam", 8, "")
	iters := flag.Int("iters", 12, "")
	seed := flag.Int64("seed", 1, "")
	rev := flag.Bool("rev", false, "")
	out := flag.String("out", "", "model file")
	greedy := flag.Bool("greedy", false, "train the three greedy members (pruned at 4, refit) into -out as a folder")
	ens := flag.String("ens", "", "score ensembles: folder of greedy members, then beam model files, comma-separated")
	sweep := flag.String("sweep", "", "beam model to prune at a range of thresholds")
	spec := flag.String("spec", "", "ensemble to score")
	flag.Parse()
	train := readTB(filepath.Join(*data, "tb", "en_ewt-ud-train.conllu"))
	dev := readTB(filepath.Join(*data, "tb", "en_ewt-ud-dev.conllu"))
	sp, _ := os.ReadFile(filepath.Join(*data, "tb", "gum-splits.tsv"))
	for _, line := range strings.Split(string(sp), "\n") {
		split, doc, ok := strings.Cut(line, "\t")
		if ok && split == "train" && free(doc) {
			train = append(train, readTB(filepath.Join(*data, "tb", "gum", doc+".conllu"))...)
		}
	}
	log.Printf("%d train, %d dev", len(train), len(dev))
	tagger := cached(filepath.Join(*data, "tagger_nodev.gob"), func() []byte {
		t := nlp.TrainTagger(train, 10, 1).Pruned(0.3)
		var b strings.Builder
		if err := t.Write(&b); err != nil {
			log.Fatal(err)
		}
		return []byte(b.String())
	})
	tg, err := nlp.ReadTagger(strings.NewReader(string(tagger)))
	if err != nil {
		log.Fatal(err)
	}
	jk := cached(filepath.Join(*data, "jk_nodev.gob"), func() []nlp.TreeSentence {
		out := make([]nlp.TreeSentence, len(train))
		for k := 0; k < 4; k++ {
			var tr []nlp.TreeSentence
			for i, s := range train {
				if i%4 != k {
					tr = append(tr, s)
				}
			}
			t := nlp.TrainTagger(tr, 10, int64(k+2))
			for i, s := range train {
				if i%4 == k {
					toks := append([]nlp.Token(nil), s.Tokens...)
					t.Tag(toks)
					out[i] = nlp.TreeSentence{Doc: s.Doc, Tokens: toks}
				}
			}
		}
		return out
	})
	if *greedy {
		os.MkdirAll(*out, 0o755)
		done := make(chan bool)
		for _, m := range nlp.EnsembleMembers {
			go func() {
				in := jk
				if m.Reversed {
					in = nlp.ReverseSentences(jk)
				}
				p := nlp.TrainParser(in, 10, m.Seed, nil).Pruned(4)
				p = nlp.RefitParser(in, 10, m.Seed, nil, p)
				f, _ := os.Create(filepath.Join(*out, m.File))
				p.Write(f)
				f.Close()
				s := nlp.Evaluate(dev, tg, nlp.NewEnsemble([]*nlp.Parser{p}, []nlp.EnsembleMember{m}))
				fmt.Printf("%s: UAS %.4f LAS %.4f\n", m.File, s.UAS, s.LAS)
				done <- true
			}()
		}
		for range nlp.EnsembleMembers {
			<-done
		}
		return
	}
	if *sweep != "" {
		p := readParser(*sweep).Beam(*width)
		for _, th := range []float32{0, 0.5, 1, 2, 3, 4, 6} {
			q := p.Pruned(th)
			nf, nw := q.Size()
			s := nlp.Evaluate(dev, tg, nlp.NewEnsemble([]*nlp.Parser{q}, []nlp.EnsembleMember{{File: "x", Beam: *width, Base: 1}}))
			fmt.Printf("pruned at %g: %d feats %d weights: UAS %.4f LAS %.4f\n", th, nf, nw, s.UAS, s.LAS)
			if *out != "" {
				f, _ := os.Create(fmt.Sprintf("%s.%g", *out, th))
				q.Write(f)
				f.Close()
			}
		}
		return
	}
	if *spec != "" {
		// entries file[,rev][,beam=W][,base=B][,greedy] separated by spaces
		var ps []*nlp.Parser
		var ms []nlp.EnsembleMember
		for _, e := range strings.Fields(*spec) {
			f := strings.Split(e, ",")
			m := nlp.EnsembleMember{File: f[0], Base: 1}
			for _, o := range f[1:] {
				switch {
				case o == "rev":
					m.Reversed = true
				case o == "greedy":
					m.Greedy = true
				case strings.HasPrefix(o, "beam="):
					fmt.Sscan(o[5:], &m.Beam)
				case strings.HasPrefix(o, "base="):
					fmt.Sscan(o[5:], &m.Base)
				}
			}
			ps = append(ps, readParser(f[0]))
			ms = append(ms, m)
		}
		t0 := time.Now()
		s := nlp.Evaluate(dev, tg, nlp.NewEnsemble(ps, ms))
		fmt.Printf("%s: UAS %.4f LAS %.4f (%s)\n", *spec, s.UAS, s.LAS, time.Since(t0).Round(time.Millisecond))
		return
	}
	if *ens != "" {
		parts := strings.Split(*ens, ",")
		var ps []*nlp.Parser
		var ms []nlp.EnsembleMember
		for _, m := range nlp.EnsembleMembers {
			ps = append(ps, readParser(filepath.Join(parts[0], m.File)))
			ms = append(ms, m)
		}
		s := nlp.Evaluate(dev, tg, nlp.NewEnsemble(ps, ms))
		fmt.Printf("greedy ensemble: UAS %.4f LAS %.4f\n", s.UAS, s.LAS)
		for _, f := range parts[1:] {
			name, rev := strings.CutSuffix(f, ":rev")
			ps = append(ps, readParser(name))
			ms = append(ms, nlp.EnsembleMember{File: name, Reversed: rev, Beam: *width, Base: 1})
		}
		for _, base := range []float32{1, 1.5, 2, 3} {
			for k := len(nlp.EnsembleMembers); k < len(ms); k++ {
				ms[k].Base = base
			}
			s := nlp.Evaluate(dev, tg, nlp.NewEnsemble(ps, ms))
			fmt.Printf("with %d beam members at %g: UAS %.4f LAS %.4f\n", len(ms)-len(nlp.EnsembleMembers), base, s.UAS, s.LAS)
			// beam first, greedy second and rtl
			bs := []*nlp.Parser{ps[len(ps)-1], ps[1], ps[2]}
			bm := []nlp.EnsembleMember{ms[len(ms)-1], ms[1], ms[2]}
			s = nlp.Evaluate(dev, tg, nlp.NewEnsemble(bs, bm))
			fmt.Printf("  beam lead + 2 greedy at %g: UAS %.4f LAS %.4f\n", base, s.UAS, s.LAS)
		}
		return
	}
	m := nlp.EnsembleMember{File: "x", Greedy: false, Reversed: *rev, Seed: *seed, Base: 1}
	in := jk
	if *rev {
		in = nlp.ReverseSentences(jk)
	}
	t0 := time.Now()
	p := nlp.TrainBeamParser(in, *iters, *seed, *width, func(it int, cur func() *nlp.Parser) {
		q := cur()
		t1 := time.Now()
		s := nlp.Evaluate(dev, tg, nlp.NewEnsemble([]*nlp.Parser{q}, []nlp.EnsembleMember{m}))
		nf, nw := q.Size()
		fmt.Printf("beam %d pass %d (%s, eval %s): UAS %.4f LAS %.4f (%d feats %d weights)\n", *width, it+1, time.Since(t0).Round(time.Second), time.Since(t1).Round(time.Second), s.UAS, s.LAS, nf, nw)
	}, nil)
	if *out != "" {
		f, _ := os.Create(*out)
		p.Write(f)
		f.Close()
	}
}
