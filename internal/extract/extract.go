package extract

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aaaton/golem/v4"
	"github.com/aaaton/golem/v4/dicts/en"

	"github.com/newsgraph/newsgraph/internal/extract/cameo"
	"github.com/newsgraph/newsgraph/internal/extract/gazetteer"
	"github.com/newsgraph/newsgraph/internal/fold"
	"github.com/newsgraph/newsgraph/internal/nlp"
)

// Extractor holds everything extraction needs: the language core (tokens,
// tags, dependency parse, names), golem's lemmatizer, the gazetteer and the
// CAMEO tables. Build it once with New; it is read-only afterwards and safe
// for concurrent use.
type Extractor struct {
	nlp *nlp.Pipeline
	lem *golem.Lemmatizer
	// gaz indexes names split both ways: as the rules see tokens
	// (hyphenated words whole) and as the language core does (it is the
	// recogniser's lexicon)
	gaz    *gazetteer.Gazetteer
	events *cameo.Table
}

// New builds an Extractor from the data compiled into the binary.
func New() (*Extractor, error) {
	const op = "extract.New"
	x := &Extractor{}
	var err error
	if x.lem, err = golem.New(en.New()); err != nil {
		return nil, fmt.Errorf("%s: lemmatizer: %w", op, err)
	}
	if x.gaz, err = gazetteer.New(splitJoined, x.lem.InDict, nlp.SplitWords); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if x.nlp, err = nlp.Load(x.gaz); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if x.events, err = cameo.New(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	return x, nil
}

// Annotate returns the language core's reading of text (sentences, tokens,
// tags, dependency arcs and names), with the models and lexicon Extract
// uses. It is for inspection: Extract itself first straightens quotes and
// dashes and parses only the sentences it needs.
func (x *Extractor) Annotate(text string) []nlp.Sentence { return x.nlp.Annotate(text) }

// splitJoined tokenizes a gazetteer name the way the rules see text: the
// language core's tokens with hyphenated words joined again.
func splitJoined(s string) []string {
	var out []string
	for _, sent := range nlp.Tokenize(s) {
		ts := sent.Tokens
		for i := 0; i < len(ts); {
			j := compoundEnd(ts, i)
			if j > i+1 {
				out = append(out, normJoin(ts[i:j]))
			} else {
				out = append(out, ts[i].Norm)
			}
			i = j
		}
	}
	return out
}

func normJoin(ts []nlp.Token) string {
	var b strings.Builder
	for _, t := range ts {
		b.WriteString(t.Norm)
	}
	return b.String()
}

// compoundEnd returns the end of the hyphenated or slashed word starting
// at ts[i] ("Jong" "-" "un", "China" "-" "based", "singer" "/"
// "songwriter"), or i+1.
func compoundEnd(ts []nlp.Token, i int) int {
	j := i + 1
	if j+1 < len(ts) && ts[j].Text == "-" && (basedWords[strings.ToLower(ts[j+1].Text)] || strings.EqualFold(ts[j+1].Text, "born") && isCapital(ts[i].Text)) {
		return j // "Chicago-based", "Lagos-headquartered", "Glasgow-born": the place stays a word of its own (locatives.go)
	}
	if isCurrency(ts[i].Text) && j < len(ts) && ts[j].Start == ts[i].End && isNumber(ts[j].Text) {
		// "$1bn", "£8m": the amount as one word
		j++
		if j < len(ts) && ts[j].Start == ts[j-1].End && amountUnits[strings.ToLower(ts[j].Text)] {
			j++
		}
		return j
	}
	for j+1 < len(ts) && (ts[j].Text == "-" || ts[j].Text == "/") && ts[j].Start == ts[j-1].End && ts[j+1].Start == ts[j].End && wordLike(ts[j-1].Text) && wordLike(ts[j+1].Text) {
		j += 2
	}
	return j
}

func isCurrency(s string) bool { return s == "$" || s == "£" || s == "€" || s == "¥" }

// isAmount: a token is an amount of money, the word compoundEnd makes of a
// currency's sign and a number ("$10.3bn", "£8m").
func isAmount(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n < len(s) && isCurrency(string(r))
}

func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != '.' && s[i] != ',' {
			return false
		}
	}
	return s != ""
}

// amountUnits follow an amount without a space ("$1bn", "£8m").
var amountUnits = map[string]bool{"m": true, "bn": true, "k": true, "tn": true, "million": true, "billion": true, "trillion": true}

func wordLike(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '.' {
			return false
		}
	}
	return s != ""
}

// EntityID is the stable ID of an entity: its type in lower case, "/", and
// a slug of its name ("gpe/china", "person/donald-trump"). Case, accents,
// punctuation and spacing do not matter: "Kim Jong-Un" and "Kim Jong-un"
// share an ID, as do "Nicolás Maduro" and "Nicolas Maduro".
func EntityID(typ, name string) string {
	return strings.ToLower(typ) + "/" + slug(name)
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range fold.Accents(strings.ToLower(s)) {
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
// Offsets are byte offsets into text. It is ExtractContext without a
// deadline.
func (x *Extractor) Extract(text string) Result {
	res, _ := x.ExtractContext(context.Background(), text)
	return res
}

// ExtractContext is Extract that gives up when ctx is done: it checks ctx
// between sentences and then returns an empty Result and an error wrapping
// ctx.Err() (errors.Is(err, context.DeadlineExceeded) or
// context.Canceled). The work is linear in the length of the text.
func (x *Extractor) ExtractContext(ctx context.Context, text string) (Result, error) {
	const op = "extract.ExtractContext"
	d, err := x.analyse(ctx, text)
	if err == nil {
		err = d.findMentions(ctx)
	}
	if err == nil {
		d.resolve()
		err = d.findRelations(ctx)
	}
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", op, err)
	}
	return d.result(), nil
}
