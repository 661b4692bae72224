package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestReadGUM: a GUM CoNLL-U file becomes the headline, a blank line and
// the paragraphs, with multiword tokens joined ("Korea's"), SpaceAfter=No
// kept, and the coreference layer's nested and one-token mentions at
// their byte offsets.
func TestReadGUM(t *testing.T) {
	const conllu = "# newdoc id = GUM_news_test\n# newpar\n# sent_id = GUM_news_test-1\n" +
		"1\tKorea\tKorea\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-place-new-coref-Korea)\n" +
		"2\twaits\twait\tVERB\tVBZ\t_\t0\troot\t_\t_\n" +
		"# newpar\n# sent_id = GUM_news_test-2\n" +
		"1-2\tKorea's\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"1\tKorea\tKorea\tPROPN\tNNP\t_\t3\tnmod:poss\t_\tEntity=(2-person-giv(1-place-giv\n" +
		"2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\tEntity=1)\n" +
		"3\tleader\tleader\tNOUN\tNN\t_\t4\tnsubj\t_\tEntity=2)\n" +
		"4\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n" +
		"5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n" +
		"# sent_id = GUM_news_test-3\n" +
		"1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(2-person-giv)\n" +
		"2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n"
	path := filepath.Join(t.TempDir(), "GUM_news_test.conllu")
	if err := os.WriteFile(path, []byte(conllu), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := readGUM(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Korea waits\n\nKorea's leader spoke. He left"; doc.text != want {
		t.Fatalf("text %q, want %q", doc.text, want)
	}
	got := map[string]string{}
	for _, m := range doc.mentions {
		got[doc.text[m.start:m.end]] += m.cluster
	}
	want := map[string]string{"Korea": "1", "Korea's": "1", "Korea's leader": "2", "He": "2"}
	for text, c := range want {
		if got[text] != c {
			t.Errorf("mention %q in cluster %q, want %q (all: %v)", text, got[text], c, got)
		}
	}
	if len(doc.mentions) != len(want) {
		t.Errorf("%d mentions, want %d: %v", len(doc.mentions), len(want), got)
	}
}
