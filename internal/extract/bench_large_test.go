package extract

import (
	"fmt"
	"strings"
	"testing"
)

// largeParagraph is a news paragraph whose names come back in every
// sentence: repeated, it makes a document in which every person, title,
// pronoun and definite description has many earlier candidates.
const largeParagraph = "Prime Minister Theresa May met German Chancellor Angela Merkel in Berlin on Tuesday to discuss trade with the European Union. " +
	"May said Britain would work closely with Germany, and Mrs Merkel praised her for the talks. " +
	"The chancellor later told reporters that she would visit London in March, a spokesman for the Foreign Office said.\n\n"

// largeDoc repeats largeParagraph up to n bytes.
func largeDoc(n int) string {
	return strings.Repeat(largeParagraph, n/len(largeParagraph)+1)[:n]
}

// BenchmarkExtractLarge extracts one document of repeated paragraphs of
// 1, 2 and 7.5 MB (the ingest size limit is 8 MiB) and reports MB/s; the
// time per byte must not grow with the size. Run with GOMAXPROCS=1 for the
// figure per core:
//
//	GOMAXPROCS=1 go test ./internal/extract/ -run '^$' -bench ExtractLarge -benchtime 1x -benchmem
func BenchmarkExtractLarge(b *testing.B) {
	x := newTestExtractor(b)
	for _, mb := range []float64{1, 2, 7.5} {
		text := largeDoc(int(mb * (1 << 20)))
		b.Run(fmt.Sprintf("%gMB", mb), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				x.Extract(text)
			}
		})
	}
}
