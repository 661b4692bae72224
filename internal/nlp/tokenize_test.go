package nlp

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// tokenTexts returns the texts of the tokens of all sentences joined by
// " | ".
func tokenTexts(sents []Sentence) string {
	return joinTokens(sents, func(t *Token) string { return t.Text })
}

// joinTokens returns field of each token of all sentences joined by " | ".
func joinTokens(sents []Sentence, field func(*Token) string) string {
	var parts []string
	for _, s := range sents {
		for i := range s.Tokens {
			parts = append(parts, field(&s.Tokens[i]))
		}
	}
	return strings.Join(parts, " | ")
}

func TestTokenizeTokens(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"clitic n't", "I don't know.", "I | do | n't | know | ."},
		{"can't won't", "We can't and won't.", "We | ca | n't | and | wo | n't | ."},
		{"curly n't", "They didn’t go", "They | did | n’t | go"},
		{"possessive 's", "China's economy", "China | 's | economy"},
		{"a number's possessive", "Radio 4's show, 2004's figures", "Radio | 4 | 's | show | , | 2004 | 's | figures"},
		{"a decade", "the 80's and the 1990's", "the | 80's | and | the | 1990's"},
		{"possessive after a non-ASCII letter", "Compaoré's rule, Erdoğan’s aides", "Compaoré | 's | rule | , | Erdoğan | ’s | aides"},
		{"curly 's", "Trump’s plan", "Trump | ’s | plan"},
		{"clitics", "you're we'll he'd they've I'm", "you | 're | we | 'll | he | 'd | they | 've | I | 'm"},
		{"upper clitic", "DON'T", "DO | N'T"},
		{"possessive after s", "the Smiths' house", "the | Smiths | ' | house"},
		{"cannot gonna", "I cannot, I'm gonna go", "I | can | not | , | I | 'm | gon | na | go"},
		{"wanna gotta", "wanna gotta", "wan | na | got | ta"},
		{"O'Brien", "O'Brien said", "O'Brien | said"},
		{"decade apostrophe", "the '90s", "the | '90s"},
		{"single quotes", "'hello'", "' | hello | '"},
		{"titles", "Mr. Smith met Dr. Jones and Gen. Lee", "Mr. | Smith | met | Dr. | Jones | and | Gen. | Lee"},
		{"more titles", "Sen. Rep. Gov. Lt. Col. Capt. Sgt. Prof. Mrs. Ms.", "Sen. | Rep. | Gov. | Lt. | Col. | Capt. | Sgt. | Prof. | Mrs. | Ms."},
		{"company", "Apple Inc. and Foo Corp. and Bar Ltd. and Baz Co. and Warner Bros. rose", "Apple | Inc. | and | Foo | Corp. | and | Bar | Ltd. | and | Baz | Co. | and | Warner | Bros. | rose"},
		{"months", "Jan. 5 and Sept. 11 and Dec. 3", "Jan. | 5 | and | Sept. | 11 | and | Dec. | 3"},
		{"misc abbreviations", "vs. etc. No. 1 St. Louis Jr. Sr.", "vs. | etc. | No. | 1 | St. | Louis | Jr. | Sr."},
		{"acronyms", "the U.S. and U.N. and U.K. talks", "the | U.S. | and | U.N. | and | U.K. | talks"},
		{"times", "at 5 p.m. or 9 a.m. today", "at | 5 | p.m. | or | 9 | a.m. | today"},
		{"eg ie", "e.g. this, i.e. that", "e.g. | this | , | i.e. | that"},
		{"initials", "Donald J. Trump and J.K. Rowling", "Donald | J. | Trump | and | J.K. | Rowling"},
		{"sentence-final period", "He left.", "He | left | ."},
		{"abbrev before period", "They work for CCGM, L.P..", "They | work | for | CCGM | , | L.P. | ."},
		{"thousands", "1,000 people and 3.5 percent", "1,000 | people | and | 3.5 | percent"},
		{"list of numbers", "[13,14]", "[ | 13 | , | 14 | ]"},
		{"currency bn", "$4.5bn deal", "$ | 4.5 | bn | deal"},
		{"percent", "up 10% now", "up | 10 | % | now"},
		{"pounds m", "£8m fee", "£ | 8 | m | fee"},
		{"decades ordinals", "the 1990s and 19th century", "the | 1990s | and | 19th | century"},
		{"time am", "at 6:00am", "at | 6:00 | am"},
		{"url", "See https://example.com/a-b?x=1. Then", "See | https://example.com/a-b?x=1 | . | Then"},
		{"url in parens", "(www.bbc.co.uk/news)", "( | www.bbc.co.uk/news | )"},
		{"email", "mail john.doe@example.com, now", "mail | john.doe@example.com | , | now"},
		{"handle hashtag", "@nytimes wrote #Brexit2020 news", "@nytimes | wrote | #Brexit2020 | news"},
		{"hash number", "#1 seed", "# | 1 | seed"},
		{"ellipsis", "Well... maybe", "Well | ... | maybe"},
		{"unicode ellipsis", "Well… maybe", "Well | … | maybe"},
		{"quotes", `He said "no" (twice) [sic] {x}`, `He | said | " | no | " | ( | twice | ) | [ | sic | ] | { | x | }`},
		{"curly quotes", "“Yes,” she said", "“ | Yes | , | ” | she | said"},
		{"double dash", "wait--now", "wait | -- | now"},
		{"em dash", "wait—now – then", "wait | — | now | – | then"},
		{"hyphen split", "an all-girl school", "an | all | - | girl | school"},
		{"hyphen name", "Kim Jong-un", "Kim | Jong | - | un"},
		{"hyphen based", "U.S.-based and China-based firms", "U.S. | - | based | and | China | - | based | firms"},
		{"hyphen prefix", "non-profit e-mail re-elected co-founder anti-war", "non-profit | e-mail | re-elected | co-founder | anti-war"},
		{"prefix with two hyphens", "non-adult-like", "non | - | adult | - | like"},
		{"ex- before a name", "the ex-Yukos boss, Ex-Labour leader, an ex-wife", "the | ex- | Yukos | boss | , | Ex- | Labour | leader | , | an | ex-wife"},
		{"phone and date", "call 853-7906 on 1996-08-30", "call | 853-7906 | on | 1996-08-30"},
		{"score range", "won 4-1 in 1990-1995", "won | 4 | - | 1 | in | 1990 | - | 1995"},
		{"slash words", "and/or East/West", "and | / | or | East | / | West"},
		{"slash kept", "1/2 9/11 s/he b/c 01/24/2001", "1/2 | 9/11 | s/he | b/c | 01/24/2001"},
		{"domain hyphen", "visit smooth-on.com today", "visit | smooth-on.com | today"},
		{"emoji", "great 👍🏽 news 👨‍👩‍👧!", "great | 👍🏽 | news | 👨‍👩‍👧 | !"},
		{"flag", "🇺🇸🇬🇧", "🇺🇸 | 🇬🇧"},
		{"symbols", "Windows™ ©2020 •", "Windows | ™ | © | 2020 | •"},
		{"emoticon", "ok :) fine:-)", "ok | :) | fine | :-)"},
		{"dateline", "BAGHDAD (Reuters) - Bombs", "BAGHDAD | ( | Reuters | ) | - | Bombs"},
		{"dateline date", "LONDON, Jan 5 (Reuters) -", "LONDON | , | Jan | 5 | ( | Reuters | ) | -"},
		{"dateline hyphen", "AL-AIN 1996-08-30", "AL | - | AIN | 1996-08-30"},
		{"bullet", "• First item", "• | First | item"},
		{"numbered list", "1. First item", "1. | First | item"},
		{"section number", "2.1. Methods", "2.1. | Methods"},
		{"dash bullet", "- First item", "- | First | item"},
		{"semicolon colon", "a; b: c", "a | ; | b | : | c"},
		{"exclamation runs", "What?! No!!!", "What | ?! | No | !!!"},
		{"backquotes", "``Hi''", "`` | Hi | ''"},
		{"dollars", "all about the $$$.", "all | about | the | $$$ | ."},
		{"initial at line end", "Plan B.", "Plan | B | ."},
		{"abbrev before ellipsis", "etc...", "etc | ..."},
		{"nbsp", "10\u00a0km", "10 | km"},
		{"zero width", "a\u200bb", "a | b"},
		{"invalid utf8", "a\xffb c", "a | \xff | b | c"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sents := Tokenize(tc.in)
			if got := tokenTexts(sents); got != tc.want {
				t.Errorf("Tokenize(%q)\n got: %s\nwant: %s", tc.in, got, tc.want)
			}
			checkInvariants(t, tc.in, sents)
		})
	}
}

func TestTokenizeNorm(t *testing.T) {
	tests := []struct {
		name, in, want string // want: Norm of each token joined by " | "
	}{
		{"curly double", "“Hi”", `" | Hi | "`},
		{"curly single", "‘Hi’", "' | Hi | '"},
		{"ptb quotes", "``Hi''", `" | Hi | "`},
		{"curly clitics", "didn’t it’s we’re I’m they’ve she’d we’ll", "did | n't | it | 's | we | 're | I | 'm | they | 've | she | 'd | we | 'll"},
		{"curly inside word", "O’Brien", "O'Brien"},
		{"dashes", "a – b — c", "a | -- | b | -- | c"},
		{"wire underscore dash", "Tom _ who won _ left", "Tom | -- | who | won | -- | left"},
		{"plain", "Hello, world", "Hello | , | world"},
		{"straight kept", `"a" 'b'`, `" | a | " | ' | b | '`},
		{"ex- before a name reads as former", "ex-Yukos Ex-Labour ex-wife", "former | Yukos | former | Labour | ex-wife"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := joinTokens(Tokenize(tc.in), func(t *Token) string { return t.Norm }); got != tc.want {
				t.Errorf("norms of %q\n got: %s\nwant: %s", tc.in, got, tc.want)
			}
		})
	}
}

func sentenceTexts(text string, sents []Sentence) []string {
	out := make([]string, len(sents))
	for i, s := range sents {
		out[i] = text[s.Start:s.End]
	}
	return out
}

func TestTokenizeSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "It rained. We stayed home! Did you? Yes.", []string{"It rained.", "We stayed home!", "Did you?", "Yes."}},
		{"line breaks", "Headline Without Period\nFirst paragraph here\r\nSecond one", []string{"Headline Without Period", "First paragraph here", "Second one"}},
		{"title no break", "Mr. Smith met Dr. Jones. Then Gen. Lee left.", []string{"Mr. Smith met Dr. Jones.", "Then Gen. Lee left."}},
		{"initials no break", "Donald J. Trump met J.K. Rowling.", []string{"Donald J. Trump met J.K. Rowling."}},
		{"acronym then starter", "He moved to the U.S. The move was hard.", []string{"He moved to the U.S.", "The move was hard."}},
		{"acronym then name", "The U.S. Senate voted.", []string{"The U.S. Senate voted."}},
		{"acronym then pronoun", "She lives in the U.K. She likes it.", []string{"She lives in the U.K.", "She likes it."}},
		{"closing quote", `He said "no." Then he left.`, []string{`He said "no."`, "Then he left."}},
		{"closing curly quote", "He said “no.” Then he left.", []string{"He said “no.”", "Then he left."}},
		{"closing bracket", "It ended (finally.) Next came.", []string{"It ended (finally.)", "Next came."}},
		{"lowercase continues", "Yahoo! said it. Really? yes.", []string{"Yahoo! said it.", "Really? yes."}},
		{"question in quote", `"Why?" he asked.`, []string{`"Why?" he asked.`}},
		{"semicolon", "He came; she left.", []string{"He came; she left."}},
		{"ellipsis", "Wait... what? And... The End.", []string{"Wait... what?", "And...", "The End."}},
		{"dateline", "BAGHDAD (Reuters) - A bomb exploded. Ten died.", []string{"BAGHDAD (Reuters) - A bomb exploded.", "Ten died."}},
		{"dateline date", "LONDON, Jan. 5 (Reuters) - Shares fell.", []string{"LONDON, Jan. 5 (Reuters) - Shares fell."}},
		{"numbered list", "1. First item.\n2. Second item", []string{"1. First item.", "2. Second item"}},
		{"bullets", "• One\n• Two", []string{"• One", "• Two"}},
		{"numbers", "It grew 3.5 percent. Sales hit $4.5bn.", []string{"It grew 3.5 percent.", "Sales hit $4.5bn."}},
		{"company end", "He joined Apple Inc. The firm grew.", []string{"He joined Apple Inc.", "The firm grew."}},
		{"company mid", "Apple Inc. said profits rose.", []string{"Apple Inc. said profits rose."}},
		{"no. number", "He is No. 1 in the list.", []string{"He is No. 1 in the list."}},
		{"time", "It starts at 9 a.m. Friday.", []string{"It starts at 9 a.m. Friday."}},
		{"time end", "It starts at 9 a.m. He will come.", []string{"It starts at 9 a.m.", "He will come."}},
		{"blank lines", "\n\nOne.\n\n\nTwo.\n", []string{"One.", "Two."}},
		{"digit start", "It closed. 2005 was worse.", []string{"It closed.", "2005 was worse."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sents := Tokenize(tc.in)
			got := sentenceTexts(tc.in, sents)
			if !slices.Equal(got, tc.want) {
				t.Errorf("sentences of %q\n got: %q\nwant: %q", tc.in, got, tc.want)
			}
			checkInvariants(t, tc.in, sents)
		})
	}
}

func TestTokenizeSentenceCap(t *testing.T) {
	tests := []struct {
		name  string
		words int
		want  []int // tokens per sentence
	}{
		{"under cap", 249, []int{249}},
		{"at cap", 250, []int{250}},
		{"over cap", 251, []int{250, 1}},
		{"long", 1000, []int{250, 250, 250, 250}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := strings.TrimSpace(strings.Repeat("word ", tc.words))
			sents := Tokenize(text)
			got := make([]int, len(sents))
			for i, s := range sents {
				got[i] = len(s.Tokens)
			}
			if !slices.Equal(got, tc.want) {
				t.Fatalf("sentence sizes: got %v, want %v", got, tc.want)
			}
			checkInvariants(t, text, sents)
		})
	}
}

func TestTokenizeFields(t *testing.T) {
	text := "He said: “It’s over.”\n  Next line"
	sents := Tokenize(text)
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	type want struct {
		text        string
		spaceBefore bool
	}
	wants := []want{{"He", false}, {"said", true}, {":", false}, {"“", true}, {"It", false}, {"’s", false}, {"over", true}, {".", false}, {"”", false}, {"Next", true}, {"line", true}}
	var i int
	for _, s := range sents {
		for _, tok := range s.Tokens {
			if i >= len(wants) {
				t.Fatalf("too many tokens: %q", tok.Text)
			}
			if tok.Text != wants[i].text || tok.SpaceBefore != wants[i].spaceBefore {
				t.Errorf("token %d: got %q space=%v, want %q space=%v", i, tok.Text, tok.SpaceBefore, wants[i].text, wants[i].spaceBefore)
			}
			if tok.Head != -1 || tok.Tag != "" || tok.UPOS != "" || tok.Rel != "" || tok.Ent != "" {
				t.Errorf("token %d %q: annotations not empty: %+v", i, tok.Text, tok)
			}
			i++
		}
	}
	if i != len(wants) {
		t.Errorf("got %d tokens, want %d", i, len(wants))
	}
}

func TestTokenizeEmpty(t *testing.T) {
	for _, in := range []string{"", " ", "\n\n", " \t\r\n\u00a0\u2028"} {
		if got := Tokenize(in); len(got) != 0 {
			t.Errorf("Tokenize(%q) = %d sentences, want 0", in, len(got))
		}
	}
}

// TestTokenizeLinear feeds large inputs that would expose quadratic
// behaviour (long chunks without spaces, long lines without punctuation).
func TestTokenizeLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	const size = 1 << 20
	tests := []struct{ name, unit string }{
		{"sentences", "The U.S. economy grew 3.5% in Q2, Mr. Smith said. "},
		{"no spaces dots", "a."},
		{"no spaces hyphens", "ab-"},
		{"no spaces brackets", "(("},
		{"no spaces dashes", "-"},
		{"no spaces commas", "1,"},
		{"no spaces apostrophes", "a'"},
		{"url", "http://x.com/" + strings.Repeat("a", 100)},
		{"one line no punctuation", "word "},
		{"emoji", "👍🏽"},
		{"ellipsis dots", "."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// Eight times the text must take well under 64 times as long
			// (a quadratic scan would; allocation and GC make even linear
			// work cost up to twice its share): the fastest of three runs
			// of each size, interleaved, so a busy machine slows both alike.
			small := strings.Repeat(tc.unit, size/8/len(tc.unit))
			text := strings.Repeat(tc.unit, size/len(tc.unit))
			best := [2]time.Duration{1 << 62, 1 << 62}
			var sents []Sentence
			// (a ratio above the bound is measured again, up to five
			// rounds: a machine busy with other work can stretch one run,
			// not every run of a linear scan)
			// The bound is 48, three quarters of a quadratic scan's 64: an
			// eighth of the text fits the cache where the whole does not,
			// and on a busy host the whole ran 35 times as long (stop 68).
			tooSlow := func() bool { return best[0] > time.Millisecond && best[1] > 48*best[0] }
			for round := 0; round < 5 && (round == 0 || tooSlow()); round++ {
				for range 3 {
					for i, in := range []string{small, text} {
						runtime.GC() // each run starts from a clean heap
						start := time.Now()
						sents = Tokenize(in)
						best[i] = min(best[i], time.Since(start))
					}
				}
			}
			if tooSlow() {
				t.Errorf("Tokenize of %d bytes took %v, of an eighth of it %v: want linear time", len(text), best[1], best[0])
			}
			if len(sents) == 0 {
				t.Errorf("no sentences")
			}
		})
	}
}

// checkInvariants verifies the offset and coverage invariants of a
// tokenisation of text.
func checkInvariants(t *testing.T, text string, sents []Sentence) {
	t.Helper()
	prevEnd := 0
	for si, s := range sents {
		if len(s.Tokens) == 0 {
			t.Fatalf("sentence %d has no tokens", si)
		}
		if len(s.Tokens) > maxSentenceTokens {
			t.Fatalf("sentence %d has %d tokens, more than %d", si, len(s.Tokens), maxSentenceTokens)
		}
		if s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
			t.Fatalf("sentence %d span [%d,%d) does not match its tokens [%d,%d)", si, s.Start, s.End, s.Tokens[0].Start, s.Tokens[len(s.Tokens)-1].End)
		}
		for ti, tok := range s.Tokens {
			if tok.Start < prevEnd || tok.Start >= tok.End || tok.End > len(text) {
				t.Fatalf("sentence %d token %d %q: bad span [%d,%d) after %d (len %d)", si, ti, tok.Text, tok.Start, tok.End, prevEnd, len(text))
			}
			if text[tok.Start:tok.End] != tok.Text {
				t.Fatalf("token %q: text[%d:%d] = %q", tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
			}
			if tok.Norm == "" {
				t.Fatalf("token %q has empty Norm", tok.Text)
			}
			if tok.Head != -1 {
				t.Fatalf("token %q: Head = %d, want -1", tok.Text, tok.Head)
			}
			for _, r := range tok.Text {
				if unicode.IsSpace(r) {
					t.Fatalf("token %q contains whitespace", tok.Text)
				}
			}
			gap := text[prevEnd:tok.Start]
			wantSpace := strings.IndexFunc(gap, unicode.IsSpace) >= 0
			if tok.SpaceBefore != wantSpace {
				t.Fatalf("token %q: SpaceBefore = %v, gap %q", tok.Text, tok.SpaceBefore, gap)
			}
			for _, r := range gap {
				if !unicode.IsSpace(r) && !isInvisible(r) {
					t.Fatalf("text %q before token %q is not covered by any token", gap, tok.Text)
				}
			}
			prevEnd = tok.End
		}
	}
	for _, r := range text[prevEnd:] {
		if !unicode.IsSpace(r) && !isInvisible(r) {
			t.Fatalf("trailing text %q not covered by any token", text[prevEnd:])
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"", "Hello, world.", "Mr. Smith went to Washington. He didn't stay.",
		"BAGHDAD (Reuters) - A car bomb killed 10 people on Monday, police said.\nSecond line",
		"“It’s the U.S.,” she said... Then—nothing.", "$4.5bn 10% £8m 1,000 3.5 1990s",
		"http://example.com/a_(b) john@x.org @user #tag :-) 👍🏽 🇺🇸",
		"non-profit all-girl 853-7906 and/or 1/2", "1. item\n• bullet\n- dash",
		"a\xffb\u200b\u00a0c\u2028d", "''``''", "...!?..", "'90s 'til O'Brien Smiths'",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text, Tokenize(text))
	})
}

func TestTokenizeUDAgreement(t *testing.T) {
	// Ratchets: the scores reached when these tests were written, minus
	// 0.01. The EWT test slice is in testdata; the whole dev file is read
	// from NEWSGRAPH_UD_DIR when it is set.
	type ratchet struct {
		path                      string
		minTokenF1, minSentenceF1 float64
	}
	tests := []ratchet{
		{"testdata/ewt-test-500.conllu", 0.9954 - 0.01, 0.7771 - 0.01},
	}
	if dir := os.Getenv("NEWSGRAPH_UD_DIR"); dir != "" {
		tests = append(tests, ratchet{filepath.Join(dir, "en_ewt-ud-dev.conllu"), 0.9931 - 0.01, 0.8355 - 0.01})
	}
	for _, tc := range tests {
		t.Run(filepath.Base(tc.path), func(t *testing.T) {
			testUDAgreement(t, tc.path, tc.minTokenF1, tc.minSentenceF1)
		})
	}
}

func testUDAgreement(t *testing.T, path string, minTokenF1, minSentenceF1 float64) {
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no EWT file: %v", err)
	}
	defer f.Close()
	docs, err := ReadUDTexts(f)
	if err != nil {
		t.Fatal(err)
	}

	tp, gold, pred := 0, 0, 0
	for _, d := range docs {
		for _, s := range d {
			g := map[[2]int]bool{}
			for _, w := range s.Words {
				g[w] = true
			}
			gold += len(s.Words)
			for _, se := range Tokenize(s.Text) {
				for _, tok := range se.Tokens {
					pred++
					if g[[2]int{tok.Start, tok.End}] {
						tp++
					}
				}
			}
		}
	}
	tokF1 := 2 * float64(tp) / float64(gold+pred)
	t.Logf("token F1 %.4f (gold %d, predicted %d, matched %d)", tokF1, gold, pred, tp)
	if tokF1 < minTokenF1 {
		t.Errorf("token F1 = %.4f, want >= %.4f", tokF1, minTokenF1)
	}

	sc := SentenceAgreement(docs)
	sentF1 := sc.F1()
	t.Logf("sentence F1 %.4f (gold %d, predicted %d, matched %d)", sentF1, sc.Gold, sc.Predicted, sc.Matched)
	if sentF1 < minSentenceF1 {
		t.Errorf("sentence F1 = %.4f, want >= %.4f", sentF1, minSentenceF1)
	}
}

const benchNews = `WASHINGTON (Reuters) - The U.S. Senate on Tuesday passed a $4.5bn aid package for Ukraine, sending the bill to President Joe Biden's desk after weeks of negotiations, Sen. Chuck Schumer said.
“We didn’t get everything we wanted,” Mr. Schumer told reporters. “But it’s a good deal — and it’s 10% more than last year's.”
The measure, which passed 68-31, also includes funds for Israel and Taiwan. Republicans, led by Sen. Mitch McConnell of Kentucky, backed the non-binding resolution.
Shares of Apple Inc. rose 3.5 percent to $182.50 in New York, while the pound climbed to £1.27 at 5 p.m. London time; analysts at J.P. Morgan expect further gains through Q3.
`

func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat(benchNews, (1<<20)/len(benchNews))
	if !utf8.ValidString(text) {
		b.Fatal("invalid benchmark text")
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(text)
	}
}
