package article

import (
	"strings"
	"testing"
)

func TestMarkdownFrontMatter(t *testing.T) {
	for _, tc := range []struct {
		name, in            string
		title, date         string
		textHas, textHasNot string
	}{
		{"yaml", "---\ntitle: \"Talks in Beijing\"\ndate: 2017-10-03T10:00:00+08:00\ntags:\n  - china\n---\n# Heading\n\nRex Tillerson met Xi Jinping.\n",
			"Talks in Beijing", "2017-10-03", "Rex Tillerson met Xi Jinping.", "title:"},
		{"jekyll date", "---\nlayout: post\ntitle: Sanctions\ndate: 2017-09-29 16:11:00 +0900\n---\nChina acted.\n",
			"Sanctions", "2017-09-29", "China acted.", "layout"},
		{"toml", "+++\ntitle = \"Summit: day two\"\npublishDate = \"2018-06-12\"\n+++\nKim met Trump.\n",
			"Summit: day two", "2018-06-12", "Kim met Trump.", "publishDate"},
		{"yaml closed by ...", "---\npublished: 3 October 2017\n...\n# Talks\n\nText.\n",
			"Talks", "2017-10-03", "Text.", "published:"},
		{"no front matter: a rule later", "# Title\n\nText.\n\n---\n\nMore.\n", "Title", "", "More.", "---"},
		{"never closed: not front matter", "---\ntitle: x\n\nBody.\n", "", "", "Body.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse("post.md", []byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if tc.title != "" && a.Title != tc.title {
				t.Errorf("title: got %q, want %q", a.Title, tc.title)
			}
			got := ""
			if a.Published != nil {
				got = a.Published.Format("2006-01-02")
			}
			if got != tc.date {
				t.Errorf("published: got %q, want %q", got, tc.date)
			}
			if !strings.Contains(a.Text, tc.textHas) {
				t.Errorf("text lacks %q:\n%s", tc.textHas, a.Text)
			}
			if tc.textHasNot != "" && strings.Contains(a.Text, tc.textHasNot) {
				t.Errorf("text has %q:\n%s", tc.textHasNot, a.Text)
			}
		})
	}
}
