package nlp

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"io"
	"math"
	"math/rand"
	"slices"
	"testing"
)

// scoreRef adds the weights of feats in float32, feature by feature and
// weight by weight: the sums the model must give.
func scoreRef(feats map[uint64][]classWeight, fs []uint64, scores []float32) {
	for i := range scores {
		scores[i] = 0
	}
	for _, f := range fs {
		for _, x := range feats[f] {
			scores[x.c] += x.w
		}
	}
}

// sameScores reports whether a and b are equal bit for bit.
func sameScores(a, b []float32) bool {
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
			return false
		}
	}
	return len(a) == len(b)
}

// TestSlotLayouts builds a table with a feature of every shape a slot
// encodes (one weight, two in and out of class order, two of one class,
// none, a run, a row, a weight of zero, a run that would be a row but for
// a zero) and checks that each gives every feature's weights back and
// that score adds exactly them.
func TestSlotLayouts(t *testing.T) {
	const scale = 0.25
	classes := []string{"a", "b", "c", "d", "e", "f", "g"}
	shapes := [][]classWeight{
		{{3, 1.5}},
		{{1, 2}, {4, -3}},
		{{5, 1}, {2, -0.5}},
		{{2, 1}, {2, 1.75}},
		{},
		{{0, 0.25}, {1, -8191.75}, {3, 4}, {6, 8191.75}, {5, -1}},
		{{6, 0}},
		{{0, -2}, {6, 3}},
		{{0, 1}, {2, -2.5}, {4, 3}, {6, -4}},
		{{1, 2}, {2, 0}, {3, 1}, {5, -1}},
	}
	feats := map[uint64][]classWeight{}
	var keys []uint64
	rng := rand.New(rand.NewSource(1))
	// enough features that runs of the table's probes form
	for i := 0; i < 3000; i++ {
		k := feat1(i, rng.Uint64())
		feats[k] = shapes[i%len(shapes)]
		keys = append(keys, k)
	}
	m := newModelScale(classes, feats, scale)
	if m.scale != scale {
		t.Fatalf("scale %g, want %g", m.scale, scale)
	}
	runs, rows := 0, 0
	for i := range m.slots {
		switch sl := &m.slots[i]; {
		case m.fp[i] == 0 || !sl.long():
		case sl.c[0] == rowMark:
			rows++
		default:
			runs++
		}
	}
	if runs == 0 || rows == 0 {
		t.Errorf("%d runs and %d rows, want some of each", runs, rows)
	}
	n := 0
	m.each(func(k uint64, cws []classWeight) {
		n++
		want := slices.Clone(feats[k])
		// the order within a feature is free across classes
		slices.SortStableFunc(want, func(a, b classWeight) int { return int(a.c) - int(b.c) })
		got := slices.Clone(cws)
		slices.SortStableFunc(got, func(a, b classWeight) int { return int(a.c) - int(b.c) })
		if !slices.Equal(got, want) {
			t.Errorf("feature %x: weights %v, want %v", k, got, want)
		}
	})
	nw := 0
	for _, cws := range feats {
		nw += len(cws)
	}
	if feats, weights := m.size(); n != len(keys) || feats != n || weights != nw {
		t.Errorf("each saw %d features, size says %d and %d weights, want %d and %d", n, feats, weights, len(keys), nw)
	}
	got, want := make([]float32, len(classes)), make([]float32, len(classes))
	for i := 0; i < 500; i++ {
		fs := make([]uint64, rng.Intn(150))
		for j := range fs {
			if rng.Intn(3) == 0 {
				fs[j] = rng.Uint64() | 1 // (almost surely) absent
			} else {
				fs[j] = keys[rng.Intn(len(keys))]
			}
		}
		m.score(fs, got)
		scoreRef(feats, fs, want)
		if !sameScores(got, want) {
			t.Fatalf("scores %v, want %v", got, want)
		}
	}
}

// readModelFile decodes a model file on its own (see model.write): its
// scale and each feature's weights as the float32s the file stands for.
func readModelFile(t *testing.T, b []byte) (float32, map[uint64][]classWeight) {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	rd := &byteReader{b: data}
	rd.next(len(modelMagic))
	for range rd.uvarint() {
		rd.next(int(rd.uvarint()))
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(rd.next(4)))
	feats := map[uint64][]classWeight{}
	var k uint64
	for range rd.uvarint() {
		k += rd.uvarint()
		cws := make([]classWeight, rd.byte())
		for j := range cws {
			c := rd.byte()
			cws[j] = classWeight{c, float32(int16(binary.LittleEndian.Uint16(rd.next(2)))) * scale}
		}
		feats[k] = cws
	}
	if rd.err || rd.i != len(rd.b) {
		t.Fatal("malformed model file")
	}
	return scale, feats
}

// TestShippedModelScores: the table keeps weights in the model file's own
// units, so a shipped model must score every feature list exactly as
// adding the file's weights as float32s does (bit for bit: decisions do
// not move), and writing it must give the file's contents back.
func TestShippedModelScores(t *testing.T) {
	for _, name := range []string{"parser.model.gz", "ner.model.gz"} {
		b, err := modelFiles.ReadFile("models/" + name)
		if err != nil {
			t.Fatal(err)
		}
		m, err := readModel(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		scale, feats := readModelFile(t, b)
		if m.scale != scale {
			t.Errorf("%s: scale %g, file's %g", name, m.scale, scale)
		}
		keys := make([]uint64, 0, len(feats))
		for k := range feats {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		rng := rand.New(rand.NewSource(2))
		got, want := make([]float32, len(m.classes)), make([]float32, len(m.classes))
		for i := 0; i < 2000; i++ {
			fs := make([]uint64, 1+rng.Intn(120))
			for j := range fs {
				if rng.Intn(2) == 0 {
					fs[j] = rng.Uint64() | 1
				} else {
					fs[j] = keys[rng.Intn(len(keys))]
				}
			}
			m.score(fs, got)
			scoreRef(feats, fs, want)
			if !sameScores(got, want) {
				t.Fatalf("%s: scores differ from the file's weights' sums:\n%v\n%v", name, got, want)
			}
		}
		var out bytes.Buffer
		if err := m.write(&out); err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		orig, _ := io.ReadAll(zr)
		zr, err = gzip.NewReader(&out)
		if err != nil {
			t.Fatal(err)
		}
		again, _ := io.ReadAll(zr)
		if !bytes.Equal(orig, again) {
			t.Errorf("%s: written again, the model differs from the file (%d bytes, %d)", name, len(again), len(orig))
		}
	}
}
