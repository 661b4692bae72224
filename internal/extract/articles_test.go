package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/internal/article"
)

// TestArticles runs whole articles in other outlets' styles (datelines,
// agency credits, captions, copyright lines; written for these tests, see
// testdata/articles) and checks the facts a reader would list, and some
// that must not appear.
func TestArticles(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		file    string
		want    []string
		wantNot []string
	}{
		{file: "eu-sanctions.txt",
			want: []string{"Olaf Scholz -chancellor of-> Germany", "Emmanuel Macron -president of-> France",
				"Olaf Scholz -urge-> European Union", "Emmanuel Macron -urge-> European Union",
				"European Union -impose sanction on-> Russia", "Emmanuel Macron -meet-> Volodymyr Zelensky",
				"Sergey Lavrov -foreign minister of-> Russia", "Sergey Lavrov -accuse-> United States",
				"Viktor Orban -prime minister of-> Hungary", "Viktor Orban -criticize-> European Union"},
			wantNot: []string{"Reuters -edit-> Toby Chopra"}},
		{file: "apple-acquisition.txt",
			want: []string{"Tim Cook -chief executive of-> Apple", "European Commission -fine-> Google",
				"Ali Farhadi -professor at-> University of Washington", "Sarah Farhadi -wife of-> Ali Farhadi",
				"Paul Allen -co-founder of-> Microsoft"}},
		{file: "gaza-strikes.txt",
			want: []string{"Israel -strike-> Hamas", "Benjamin Netanyahu -prime minister of-> Israel",
				"Abdel Fattah el-Sissi -president of-> Egypt", "Abdel Fattah el-Sissi -speak with-> Antony Blinken",
				"Antony Blinken -secretary of state of-> United States", "Fawzi Barhoum -spokesman of-> Hamas",
				"Iran -backer of-> Hamas", "United States -accuse-> Iran", "Yair Netanyahu -son of-> Benjamin Netanyahu"}},
		{file: "iran-talks.txt",
			want: []string{"Iran -reject proposal from-> United States", "Hossein Amir-Abdollahian -foreign minister of-> Iran",
				"Hossein Amir-Abdollahian -meet-> Sergey Lavrov", "Germany -warn-> Iran", "France -warn-> Iran",
				"United Kingdom -warn-> Iran", "Joe Biden -president of-> United States", "Israel -strike-> Iran",
				"Saudi Arabia -rival of-> Iran", "Wang Wenbin -criticize-> United States",
				"United States -impose sanction on-> Iran", "Rafael Grossi -director general of-> International Atomic Energy Agency",
				"Rafael Grossi -visit-> Iran"}},
		{file: "korea-missile.txt",
			want: []string{"Japan -lodge protest with-> North Korea", "Fumio Kishida -prime minister of-> Japan",
				"Yoon Suk-yeol -president of-> South Korea", "China -ally of-> North Korea",
				"Russia -veto sanction on-> North Korea", "United States -provoke-> North Korea",
				"United States -stage drill with-> South Korea", "Mao Ning -spokeswoman of-> Chinese foreign ministry",
				"Chinese foreign ministry -ministry of-> China"}},
		{file: "venezuela-row.txt",
			want: []string{"Spain -recognize-> Juan Guaido", "Jorge Arreaza -accuse-> Spain", "Pedro Sanchez -prime minister of-> Spain",
				"Federica Mogherini -top diplomat of-> European Union", "Mike Pompeo -praise-> Pedro Sanchez",
				"United States -impose sanction on-> Venezuela", "Russia -backer of-> Nicolas Maduro", "China -backer of-> Nicolas Maduro",
				"Russia -lend to-> Venezuela"}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "articles", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			got := rels(x.Extract(article.Normalize(string(b))))
			for _, w := range tc.want {
				if !has(got, w) {
					t.Errorf("%s: missing %q; got %q", tc.file, w, got)
				}
			}
			for _, w := range tc.wantNot {
				if has(got, w) {
					t.Errorf("%s: unwanted %q", tc.file, w)
				}
			}
		})
	}
}
