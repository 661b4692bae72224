package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/article"
)

// TestDump prints the extraction of the files in EXTRACT_DUMP (a
// debugging aid, skipped unless the variable is set).
func TestDump(t *testing.T) {
	files := os.Getenv("EXTRACT_DUMP")
	if files == "" {
		t.Skip("set EXTRACT_DUMP to a list of files")
	}
	x := newTestExtractor(t)
	for _, f := range strings.Fields(files) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res := x.Extract(article.Normalize(string(b)))
		fmt.Printf("=== %s\n", f)
		for _, e := range res.Entities {
			fmt.Printf("E %-8s %-40s %s\n", e.Type, e.ID, strings.Join(e.Aliases, "|"))
		}
		for _, r := range res.Relations {
			ev := ""
			if r.Event != nil {
				ev = r.Event.Code
			}
			ex := r.Evidence[0]
			fmt.Printf("R %s -%s-> %s [%s] neg=%v c=%.2f mod=%s attr=%s\n   | %s\n", r.Subject, r.Predicate, r.Object, ev, r.Negated, r.Confidence, ex.Modality, ex.Attribution, strings.ReplaceAll(ex.Sentence, "\n", " "))
		}
	}
}

// TestTokens prints the tagged tokens of the sentences of EXTRACT_TEXT.
func TestTokens(t *testing.T) {
	text := os.Getenv("EXTRACT_TEXT")
	if text == "" {
		t.Skip("set EXTRACT_TEXT")
	}
	x := newTestExtractor(t)
	d := x.analyse(text)
	d.findMentions()
	d.resolve()
	for _, s := range d.sents {
		fmt.Printf("-- headline=%v furniture=%v\n", s.headline, s.furniture)
		for i := s.t0; i < s.t1; i++ {
			tk := d.toks[i]
			ent := ""
			if tk.mention >= 0 && d.mentions[tk.mention].ent >= 0 {
				ent = d.ents[d.mentions[tk.mention].ent].name
			}
			fmt.Printf("%s/%s[%s] ", tk.text, tk.tag, ent)
		}
		fmt.Println()
	}
}
