package nlp

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"io/fs"
)

//go:embed models/*.model.gz models/clusters.tsv.gz
var modelFiles embed.FS

// Pipeline runs the whole language core over a text: sentences and tokens,
// tags, dependency arcs and names. It is read-only and safe for concurrent
// use.
type Pipeline struct {
	Tagger     *Tagger
	Parser     *Ensemble
	Recognizer *Recognizer
}

// Load reads the models compiled into the binary. lex must be the lexicon
// the recogniser was trained with (the extractor's gazetteer, tokenised with
// Tokenize).
func Load(lex Lexicon) (*Pipeline, error) {
	const op = "nlp.Load"
	read := func(name string) (*bytes.Reader, error) {
		b, err := modelFiles.ReadFile("models/" + name)
		if err != nil {
			return nil, fmt.Errorf("%s %s: %w", op, name, err)
		}
		return bytes.NewReader(b), nil
	}
	if _, err := wordClusters(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	p := &Pipeline{}
	r, err := read("tagger.model.gz")
	if err != nil {
		return nil, err
	}
	if p.Tagger, err = ReadTagger(r); err != nil {
		return nil, fmt.Errorf("%s tagger: %w", op, err)
	}
	models, err := fs.Sub(modelFiles, "models")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if p.Parser, err = ReadEnsemble(models); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if r, err = read("ner.model.gz"); err != nil {
		return nil, err
	}
	if p.Recognizer, err = ReadRecognizer(r, lex); err != nil {
		return nil, fmt.Errorf("%s recognizer: %w", op, err)
	}
	return p, nil
}

// Annotate splits text into sentences and tokens, tags and parses every
// sentence and labels names, the whole text being one document.
func (p *Pipeline) Annotate(text string) []Sentence {
	sents := Tokenize(text)
	p.AnnotateSentences(sents)
	return sents
}

// AnnotateSentences tags, parses and labels names in already tokenised
// sentences of one document.
func (p *Pipeline) AnnotateSentences(sents []Sentence) {
	_ = p.annotate(context.Background(), sents, nil)
}

// Depth says how a sentence is parsed (AnnotateSelect).
type Depth uint8

const (
	// NoParse leaves the sentence unparsed: Head -1 and an empty Rel.
	NoParse Depth = iota
	// QuickParse parses with the ensemble's lead parser alone: about a
	// third of a full parse's time, 0.01-0.02 lower attachment scores.
	QuickParse
	// NamesParse parses with the ensemble gated on the names
	// (Ensemble.ParseNames).
	NamesParse
	// FullParse parses with the whole ensemble (Ensemble.Parse).
	FullParse
)

// AnnotateSelect is Annotate for callers that need the parse of some
// sentences only: every sentence is tagged and its names labelled, then
// each sentence is parsed as deep as parse says. Parsing is most of the
// core's time.
func (p *Pipeline) AnnotateSelect(text string, parse func(s *Sentence) Depth) []Sentence {
	sents, _ := p.AnnotateSelectContext(context.Background(), text, parse)
	return sents
}

// AnnotateSelectContext is AnnotateSelect that stops when ctx is done,
// checking it every few sentences of each stage (tags, names, parses), and
// then returns ctx's error: a huge document is abandoned within
// milliseconds, not after the whole text has been read.
func (p *Pipeline) AnnotateSelectContext(ctx context.Context, text string, parse func(s *Sentence) Depth) ([]Sentence, error) {
	sents := Tokenize(text)
	if err := p.annotate(ctx, sents, parse); err != nil {
		return nil, err
	}
	return sents, nil
}

// checkEvery is how many sentences run between two looks at the context.
const checkEvery = 32

func (p *Pipeline) annotate(ctx context.Context, sents []Sentence, parse func(s *Sentence) Depth) error {
	stopped := func(i int) bool { return i%checkEvery == 0 && ctx.Err() != nil }
	// the words' hashes, computed once for the three models
	n := 0
	for i := range sents {
		n += len(sents[i].Tokens)
	}
	all := make([]wordInfo, 0, n)
	ws := make([][]wordInfo, len(sents))
	toks := make([][]Token, len(sents))
	for i := range sents {
		if stopped(i) {
			return ctx.Err()
		}
		toks[i] = sents[i].Tokens
		ws[i] = wordInfos(toks[i], all[len(all):len(all):cap(all)])
		all = all[:len(all)+len(ws[i])]
		p.Tagger.tag(toks[i], ws[i])
	}
	if !p.Recognizer.recognize(toks, ws, stopped) {
		return ctx.Err()
	}
	for i := range sents {
		if stopped(i) {
			return ctx.Err()
		}
		depth := FullParse
		if parse != nil {
			depth = parse(&sents[i])
		}
		switch depth {
		case FullParse:
			p.Parser.parse(toks[i], ws[i], false)
		case NamesParse:
			p.Parser.parse(toks[i], ws[i], true)
		case QuickParse:
			p.Parser.Lead().parse(toks[i], ws[i], nil)
		}
	}
	return nil
}

// SplitWords tokenises a short text such as a dictionary name and returns
// the tokens' normalised forms: the way the recogniser's Lexicon must split
// its names.
func SplitWords(s string) []string {
	var out []string
	for _, sent := range Tokenize(s) {
		for _, t := range sent.Tokens {
			out = append(out, t.Norm)
		}
	}
	return out
}
