package nlp

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// Features are 64-bit hashes: a template number mixed with the hashes of the
// strings it combines. Hashing keeps feature extraction free of allocations
// and the models free of string tables.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString returns the FNV-1a hash of s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix combines two hashes (a variant of splitmix64's finaliser).
func mix(a, b uint64) uint64 {
	h := a ^ (b + 0x9e3779b97f4a7c15 + (a << 6) + (a >> 2))
	h ^= h >> 31
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 29
	return h | 1 // 0 marks an empty slot in the weight table
}

func feat1(tmpl int, a uint64) uint64       { return mix(uint64(tmpl)*0x2545f4914f6cdd1d, a) }
func feat2(tmpl int, a, b uint64) uint64    { return mix(feat1(tmpl, a), b) }
func feat3(tmpl int, a, b, c uint64) uint64 { return mix(feat2(tmpl, a, b), c) }

// model is a trained averaged perceptron, read-only and safe for concurrent
// use: an open-addressing table from feature hash to a run of (class,
// weight) pairs.
type model struct {
	classes []string
	mask    uint64
	keys    []uint64
	start   []uint32
	n       []uint8
	cls     []uint8
	w       []float32
}

func (m *model) lookup(f uint64) (int, int) {
	i := f & m.mask
	for {
		k := m.keys[i]
		if k == f {
			return int(m.start[i]), int(m.n[i])
		}
		if k == 0 {
			return 0, 0
		}
		i = (i + 1) & m.mask
	}
}

// score adds the weights of feats into scores (len(scores) == len(classes)).
func (m *model) score(feats []uint64, scores []float32) {
	for i := range scores {
		scores[i] = 0
	}
	cls, w := m.cls, m.w
	for _, f := range feats {
		s, n := m.lookup(f)
		for j := s; j < s+n; j++ {
			scores[cls[j]] += w[j]
		}
	}
}

func (m *model) classIndex(name string) int {
	for i, c := range m.classes {
		if c == name {
			return i
		}
	}
	return -1
}

// newModel builds the lookup table from features and their class weights.
func newModel(classes []string, feats map[uint64][]classWeight) *model {
	size := 1
	for size < len(feats)*2 {
		size <<= 1
	}
	m := &model{classes: classes, mask: uint64(size - 1), keys: make([]uint64, size), start: make([]uint32, size), n: make([]uint8, size)}
	keys := make([]uint64, 0, len(feats))
	for k := range feats {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		i := k & m.mask
		for m.keys[i] != 0 {
			i = (i + 1) & m.mask
		}
		m.keys[i] = k
		m.start[i] = uint32(len(m.cls))
		m.n[i] = uint8(len(feats[k]))
		for _, cw := range feats[k] {
			m.cls = append(m.cls, cw.c)
			m.w = append(m.w, cw.w)
		}
	}
	return m
}

type classWeight struct {
	c uint8
	w float32
}

// Model files: "NGPM1", the class names, then per feature its hash and its
// class weights, weights quantised to int16 against one scale; gzip around
// it all.

const modelMagic = "NGPM1"

func (m *model) write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var maxw float32
	for _, x := range m.w {
		if a := float32(math.Abs(float64(x))); a > maxw {
			maxw = a
		}
	}
	scale := maxw / 32767
	if scale == 0 {
		scale = 1
	}
	var buf [binary.MaxVarintLen64]byte
	putU := func(x uint64) {
		k := binary.PutUvarint(buf[:], x)
		bw.Write(buf[:k])
	}
	bw.WriteString(modelMagic)
	putU(uint64(len(m.classes)))
	for _, c := range m.classes {
		putU(uint64(len(c)))
		bw.WriteString(c)
	}
	binary.Write(bw, binary.LittleEndian, scale)
	var nf uint64
	for _, k := range m.keys {
		if k != 0 {
			nf++
		}
	}
	putU(nf)
	// sorted keys, delta-encoded, compress far better than table order
	keys := make([]int, 0, nf)
	for i, k := range m.keys {
		if k != 0 {
			keys = append(keys, i)
		}
	}
	sort.Slice(keys, func(a, b int) bool { return m.keys[keys[a]] < m.keys[keys[b]] })
	var prev uint64
	for _, i := range keys {
		k := m.keys[i]
		putU(k - prev)
		prev = k
		s, n := int(m.start[i]), int(m.n[i])
		bw.WriteByte(byte(n))
		for j := s; j < s+n; j++ {
			bw.WriteByte(m.cls[j])
			q := int16(math.Round(float64(m.w[j] / scale)))
			binary.Write(bw, binary.LittleEndian, q)
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

var errModel = errors.New("nlp: malformed model file")

func readModel(r io.Reader) (*model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errModel, err)
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, errModel
	}
	nc, err := binary.ReadUvarint(br)
	if err != nil || nc > 256 {
		return nil, errModel
	}
	classes := make([]string, nc)
	for i := range classes {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > 1024 {
			return nil, errModel
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, errModel
		}
		classes[i] = string(b)
	}
	var scale float32
	if err := binary.Read(br, binary.LittleEndian, &scale); err != nil {
		return nil, errModel
	}
	nf, err := binary.ReadUvarint(br)
	if err != nil || nf > 1<<28 {
		return nil, errModel
	}
	size := 1
	for size < int(nf)*2 {
		size <<= 1
	}
	m := &model{classes: classes, mask: uint64(size - 1), keys: make([]uint64, size), start: make([]uint32, size), n: make([]uint8, size)}
	m.cls = make([]uint8, 0, nf*2)
	m.w = make([]float32, 0, nf*2)
	var k uint64
	var q [2]byte
	for f := uint64(0); f < nf; f++ {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, errModel
		}
		k += d
		n, err := br.ReadByte()
		if err != nil || k == 0 {
			return nil, errModel
		}
		i := k & m.mask
		for m.keys[i] != 0 {
			i = (i + 1) & m.mask
		}
		m.keys[i] = k
		m.start[i] = uint32(len(m.cls))
		m.n[i] = n
		for j := 0; j < int(n); j++ {
			c, err := br.ReadByte()
			if err != nil || int(c) >= len(classes) {
				return nil, errModel
			}
			if _, err := io.ReadFull(br, q[:]); err != nil {
				return nil, errModel
			}
			m.cls = append(m.cls, c)
			m.w = append(m.w, float32(int16(binary.LittleEndian.Uint16(q[:])))*scale)
		}
	}
	return m, nil
}

// trainer learns an averaged perceptron (Collins 2002) with lazy averaging.
type trainer struct {
	classes []string
	index   map[string]int
	feats   map[uint64]*trainFeat
	now     int // instances seen
}

type trainFeat struct{ e []trainWeight }

type trainWeight struct {
	c      uint8
	w, tot float64
	ts     int
}

func newTrainer(classes []string) *trainer {
	t := &trainer{classes: classes, index: map[string]int{}, feats: map[uint64]*trainFeat{}}
	for i, c := range classes {
		t.index[c] = i
	}
	return t
}

func (t *trainer) score(feats []uint64, scores []float32) {
	for i := range scores {
		scores[i] = 0
	}
	for _, f := range feats {
		if tf := t.feats[f]; tf != nil {
			for _, e := range tf.e {
				scores[e.c] += float32(e.w)
			}
		}
	}
}

// tick counts one training instance (whether or not it updates).
func (t *trainer) tick() { t.now++ }

func (t *trainer) update(feats []uint64, gold, guess int) {
	if gold == guess {
		return
	}
	for _, f := range feats {
		tf := t.feats[f]
		if tf == nil {
			tf = &trainFeat{}
			t.feats[f] = tf
		}
		tf.add(gold, 1, t.now)
		tf.add(guess, -1, t.now)
	}
}

func (tf *trainFeat) add(c int, d float64, now int) {
	for i := range tf.e {
		if int(tf.e[i].c) == c {
			e := &tf.e[i]
			e.tot += float64(now-e.ts) * e.w
			e.ts = now
			e.w += d
			return
		}
	}
	tf.e = append(tf.e, trainWeight{c: uint8(c), w: d, ts: now})
}

// average returns the averaged model, dropping weights whose magnitude is
// below minWeight.
func (t *trainer) average(minWeight float64) *model {
	out := make(map[uint64][]classWeight, len(t.feats))
	for k, tf := range t.feats {
		var cws []classWeight
		for _, e := range tf.e {
			tot := e.tot + float64(t.now-e.ts)*e.w
			avg := tot / float64(max(t.now, 1))
			if math.Abs(avg) >= minWeight && avg != 0 {
				cws = append(cws, classWeight{c: e.c, w: float32(avg)})
			}
		}
		if len(cws) > 0 {
			sort.Slice(cws, func(i, j int) bool { return cws[i].c < cws[j].c })
			out[k] = cws
		}
	}
	return newModel(t.classes, out)
}

// argmax returns the best class among those valid (nil: all).
func argmax(scores []float32, valid []bool) int {
	best, bi := float32(math.Inf(-1)), -1
	for i, s := range scores {
		if valid != nil && !valid[i] {
			continue
		}
		if s > best || bi < 0 {
			best, bi = s, i
		}
	}
	return bi
}

// prune returns a copy of m without weights of magnitude below th; features
// left with no weight are dropped.
func (m *model) prune(th float32) *model {
	feats := map[uint64][]classWeight{}
	for i, k := range m.keys {
		if k == 0 {
			continue
		}
		s, n := int(m.start[i]), int(m.n[i])
		var cws []classWeight
		for j := s; j < s+n; j++ {
			if m.w[j] >= th || m.w[j] <= -th {
				cws = append(cws, classWeight{m.cls[j], m.w[j]})
			}
		}
		if len(cws) > 0 {
			feats[k] = cws
		}
	}
	return newModel(m.classes, feats)
}

// size returns the number of features and of weights.
func (m *model) size() (feats, weights int) {
	for _, k := range m.keys {
		if k != 0 {
			feats++
		}
	}
	return feats, len(m.w)
}
