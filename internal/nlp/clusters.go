package nlp

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// Word clusters: every word of the vocabulary has a path of three cluster
// numbers (16 x 16 x 16), coarse to fine, from hierarchical k-means over
// pre-trained word vectors (internal/internal/clusters writes the file).
// Words the training corpora never show a model still have neighbours
// whose weights carry over: "Udinese" sits with Fiorentina and Sampdoria,
// "Takagi" with Sato and Tanaka.

// clusterPath packs the three levels as 0xLMN plus one, so that zero means
// a word without a cluster.
type clusterPath uint16

// wordClusters loads the embedded cluster file once.
var wordClusters = sync.OnceValues(func() (map[uint64]clusterPath, error) {
	b, err := modelFiles.ReadFile("models/clusters.tsv.gz")
	if err != nil {
		return nil, err
	}
	return readClusters(b)
})

// readClusters reads "word<TAB>LMN" lines into a map keyed by the hash of
// the word (hashString), which makeWordInfo has computed already.
func readClusters(b []byte) (map[uint64]clusterPath, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	m := make(map[uint64]clusterPath, 200000)
	sc := bufio.NewScanner(zr)
	for n := 1; sc.Scan(); n++ {
		w, p, ok := strings.Cut(sc.Text(), "\t")
		v, err := strconv.ParseUint(p, 16, 12)
		if !ok || err != nil || len(p) != 3 {
			return nil, fmt.Errorf("clusters: line %d: want word<TAB>three hex digits", n)
		}
		m[hashString(w)] = clusterPath(v + 1)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	return m, nil
}

// clustersOf returns the feature values of a word's cluster at the three
// grains (all zero when it has none), given the hash of its lower-cased
// form.
func clustersOf(lower uint64) (c1, c2, c3 uint64) {
	m, _ := wordClusters()
	p, ok := m[lower]
	if !ok {
		return 0, 0, 0
	}
	v := uint64(p - 1)
	return 1 + v>>8, 0x100 + v>>4, 0x1000 + v
}
