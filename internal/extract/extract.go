package extract

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/aaaton/golem/v4"
	"github.com/aaaton/golem/v4/dicts/en"
	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tokenize"

	"github.com/newsgraph/newsgraph/internal/extract/cameo"
	"github.com/newsgraph/newsgraph/internal/extract/gazetteer"
)

// Extractor holds everything extraction needs: prose's sentence segmenter,
// tokenizer and tagger, golem's lemmatizer, the gazetteer and the CAMEO
// tables. Build it once with New; it is read-only afterwards and safe for
// concurrent use.
type Extractor struct {
	seg    *segment.Segmenter
	tok    *tokenize.Tokenizer
	tagger *tag.Tagger
	lem    *golem.Lemmatizer
	gaz    *gazetteer.Gazetteer
	events *cameo.Table
}

// New builds an Extractor from the data compiled into the binary.
func New() (*Extractor, error) {
	const op = "extract.New"
	x := &Extractor{tok: tokenize.New()}
	var err error
	if x.seg, err = segment.New(); err != nil {
		return nil, fmt.Errorf("%s: segmenter: %w", op, err)
	}
	if x.tagger, err = tag.New(); err != nil {
		return nil, fmt.Errorf("%s: tagger: %w", op, err)
	}
	if x.lem, err = golem.New(en.New()); err != nil {
		return nil, fmt.Errorf("%s: lemmatizer: %w", op, err)
	}
	if x.gaz, err = gazetteer.New(x.split, x.lem.InDict); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if x.events, err = cameo.New(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	return x, nil
}

// split tokenizes a gazetteer name the way text is tokenized.
func (x *Extractor) split(s string) []string {
	toks := x.tok.Tokenize(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// EntityID is the stable ID of an entity: its type in lower case, "/", and
// a slug of its name ("gpe/china", "person/donald-trump"). Case, accents of
// punctuation and spacing do not matter: "Kim Jong-Un" and "Kim Jong-un"
// share an ID.
func EntityID(typ, name string) string {
	return strings.ToLower(typ) + "/" + slug(name)
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '\'' || r == '’' || r == '.':
			// "People's" -> "peoples", "U.S." -> "us"
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	return b.String()
}

// Extract returns the entities and relations of one normalised text.
// Offsets are byte offsets into text.
func (x *Extractor) Extract(text string) Result {
	d := x.analyse(text)
	d.findMentions()
	d.resolve()
	d.findRelations()
	return d.result()
}
