package nlp

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
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
// use: an open-addressing table from feature hash to its class weights.
// Most features carry one or two weights (an update moves the gold class
// up and the guess down), which the slot holds itself, so that a lookup
// mostly touches one cache line; longer runs live in cw.
type model struct {
	classes []string
	// slots is the table scoring reads: 8 bytes a slot, eight to a cache
	// line. Scoring waits on memory and the tables are larger than the
	// cache: with 24-byte slots holding the whole key the extractor was
	// about a tenth slower than with 16-byte ones, whose slots and
	// fingerprints took 31 MB in all (16 MB with 8-byte slots).
	slots []slot
	// keys holds each slot's whole feature hash, for each (writing and
	// refitting models); scoring never reads it.
	keys []uint64
	// cw holds the weights of features a slot cannot hold (more than two),
	// in runs whose length their slot keeps: with the length in a header
	// before the run, as it was, the extractor was 1.07 times as slow
	// (the run's length came after a cache miss, and so did the end of
	// the loop adding it).
	cw []qweight
	// rows holds, as a row of values over all the classes (0: none), the
	// weights of features that have one for at least about half the
	// classes, in class order and none of them zero (denseRow): adding a
	// row reads no class, checks no bounds and works out no value a
	// weight. They are few (100 KB in all) and often read, the bias and
	// the commonest words. Measured in one process, rows of int16s made
	// the whole extractor 1.03-1.05 times as fast against the same build
	// without them (two extractors), but 0.98 against the build before
	// (two builds' packages, which favours the first by about 0.03);
	// values, not int16s, 1.027 more. Rows for a quarter of the classes
	// or more were 0.96 times as fast: memory weighs more than work.
	rows []float32
	// scale is the value of a weight's unit: weights are kept as int16
	// multiples of it, as model files store them, so that a slot holds
	// two. A weight's value is float32(float32(q) * scale), the float32
	// that reading the model as float32 weights gave: scores, and so
	// decisions, are those of unquantised tables over the same file.
	scale float32
	// fp holds a byte of each slot's key (0: empty). It is small enough to
	// stay in cache, so that looking up an absent feature, the common case,
	// seldom touches slots at all.
	fp []uint8
}

// fingerprint is a non-zero byte of a key. It must not come from the bits
// home reads: home is the key's top bits, so the keys of one probe run
// agree on their top byte, and a fingerprint taken from it (as it was)
// matched at nearly every occupied slot an absent feature probed, 1.5
// slot reads a lookup; from bits 8-15 it matches at about one lookup in
// 85 (bit 0 is always set by mix).
func fingerprint(k uint64) uint8 { return uint8(k>>8) | 1 }

// check is the part of a key a slot keeps, bits the fingerprint and home
// do not use: with the fingerprint's 7 bits, 23 bits that an absent
// feature must match to be taken for a present one in its probe run. An
// absent feature reaches a slot at one lookup in 85, so at most one
// lookup in 5.6 million takes another feature's weights: 4 of the 576
// million lookups annotating the BBC corpus did, and no extractor output
// changed (with 39 bits, the 16-byte slots' check, none would have).
func check(k uint64) uint16 { return uint16(k >> 16) }

// A slot holds two weights inline, of classes c[0] < c[1], or one, of
// class c[0] == c[1] with w[1] zero, so that scoring adds both without
// asking how many there are (adding zero changes no score). c[0] > c[1]
// marks weights kept elsewhere, w[0] and w[1] being the low and high
// halves of their index: c[0] == rowMark, a row in rows; otherwise a run
// in cw (any other count but none, or two weights of one class) of c[0]
// weights (a model file gives a feature at most 255).
type slot struct {
	key uint16   // check(feature hash)
	c   [2]uint8 // classes of the inline weights
	w   [2]int16 // inline weights, in units of the model's scale
}

// qweight is a class weight in units of the model's scale.
type qweight struct {
	c uint8
	q int16
}

// rowMark is the mark (c[0]) of a slot whose weights live in rows.
const rowMark = 1

// long reports whether a slot's weights live in cw or rows.
func (sl *slot) long() bool { return sl.c[0] > sl.c[1] }

// inRow reports whether a slot's weights live in rows.
func (sl *slot) inRow() bool { return sl.c[0] == rowMark && sl.long() }

// at returns the index a long slot keeps.
func (sl *slot) at() int { return int(uint16(sl.w[0])) | int(uint16(sl.w[1]))<<16 }

// run returns the class weights of a slot whose weights live in cw.
func (m *model) run(sl *slot) []qweight {
	i := sl.at()
	return m.cw[i : i+int(sl.c[0])]
}

// row returns the row of a slot whose weights live in rows.
func (m *model) row(sl *slot) []float32 {
	i := sl.at()
	return m.rows[i : i+len(m.classes)]
}

// denseRow reports whether weights qs go in a row: at least about half
// the classes have one, in class order (so that each gives them back in
// the order the model file had them) and none is zero (a row's zero is
// no weight).
func (m *model) denseRow(qs []qweight) bool {
	if 2*(len(qs)+1) < len(m.classes) {
		return false
	}
	for k, x := range qs {
		if m.value(x.q) == 0 || k > 0 && x.c <= qs[k-1].c {
			return false
		}
	}
	return true
}

// count returns the number of class weights of a slot.
func (m *model) count(sl *slot) int {
	switch {
	case sl.inRow():
		n := 0
		for _, v := range m.row(sl) {
			if v != 0 {
				n++
			}
		}
		return n
	case sl.long():
		return len(m.run(sl))
	case sl.c[0] == sl.c[1]:
		return 1
	}
	return 2
}

// value is the weight q units of the model's scale stand for. The
// conversion keeps the product from being fused into a score's sum, which
// would round differently from the weight read as a float32.
func (m *model) value(q int16) float32 { return value(q, m.scale) }

// value is the weight q units of scale stand for.
func value(q int16, scale float32) float32 { return float32(float32(q) * scale) }

// home is the first slot to probe for key f (Lemire's multiply-shift
// range reduction, so the table need not be a power of two).
func (m *model) home(f uint64) int {
	hi, _ := bits.Mul64(f, uint64(len(m.slots)))
	return int(hi)
}

func (m *model) lookup(f uint64) *slot {
	if len(m.slots) == 0 {
		return nil
	}
	return m.lookupFrom(f, m.home(f))
}

// lookupFrom probes for f from slot i on.
func (m *model) lookupFrom(f uint64, i int) *slot {
	want := fingerprint(f)
	fp := m.fp
	for {
		b := fp[i]
		if b == 0 {
			return nil
		}
		if b == want && m.slots[i].key == check(f) {
			return &m.slots[i]
		}
		if i++; i == len(fp) {
			i = 0
		}
	}
}

// weights returns the class weights of a slot.
func (m *model) weights(sl *slot) []classWeight {
	if sl.inRow() {
		var out []classWeight
		for c, v := range m.row(sl) {
			if v != 0 {
				out = append(out, classWeight{uint8(c), v})
			}
		}
		return out
	}
	if sl.long() {
		run := m.run(sl)
		out := make([]classWeight, len(run))
		for j, x := range run {
			out[j] = classWeight{x.c, m.value(x.q)}
		}
		return out
	}
	out := make([]classWeight, m.count(sl))
	for j := range out {
		out[j] = classWeight{sl.c[j], m.value(sl.w[j])}
	}
	return out
}

// score adds the weights of feats into scores (len(scores) == len(classes)).
//
// The lookups are done in three passes so that their cache misses overlap
// instead of queueing: the first reads every feature's fingerprint at its
// home, the second walks the fingerprints of its probe run (from cache by
// then) to the first that matches and reads that slot, the third adds the
// weights (from cache by then). Scoring is bound by memory latency; this
// made the whole extractor about a quarter faster than one lookup after
// the other. Most features are absent, and most of those now touch no
// slot at all; a present feature displaced from its home has its slot
// read in the second pass, not one after the other in the third.
func (m *model) score(feats []uint64, scores []float32) {
	for i := range scores {
		scores[i] = 0
	}
	if len(m.slots) == 0 {
		return
	}
	const batch = 64
	var idx [batch]int32
	var pre [batch]uint8
	var keys [batch]uint16
	// the scale is read once: read through m, it was read again for
	// every weight, as the stores into scores might have changed it
	fp, scale := m.fp, m.scale
	for len(feats) > 0 {
		fs := feats[:min(len(feats), batch)]
		feats = feats[len(fs):]
		for j, f := range fs {
			i := m.home(f)
			idx[j] = int32(i)
			pre[j] = fp[i]
		}
		for j, f := range fs {
			i, b, want := int(idx[j]), pre[j], fingerprint(f)
			for b != want && b != 0 {
				if i++; i == len(fp) {
					i = 0
				}
				b = fp[i]
			}
			if b == 0 {
				idx[j] = -1
				continue
			}
			idx[j] = int32(i)
			keys[j] = m.slots[i].key
		}
		for j, f := range fs {
			i := int(idx[j])
			if i < 0 {
				continue
			}
			sl := &m.slots[i]
			if keys[j] != check(f) {
				// another feature's fingerprint: probe on
				if i++; i == len(fp) {
					i = 0
				}
				if sl = m.lookupFrom(f, i); sl == nil {
					continue
				}
			}
			if !sl.long() {
				scores[sl.c[0]] += value(sl.w[0], scale)
				scores[sl.c[1]] += value(sl.w[1], scale)
				continue
			}
			if sl.c[0] == rowMark {
				// adding zero for the classes without a weight changes
				// no score: scores start at +0 and no sum gives -0
				row := m.row(sl)
				sc := scores[:len(row)]
				for c, v := range row {
					sc[c] += v
				}
				continue
			}
			for _, x := range m.run(sl) {
				scores[x.c] += value(x.q, scale)
			}
		}
	}
}

// each calls fn for every feature and its class weights, in key order.
func (m *model) each(fn func(key uint64, cws []classWeight)) {
	idx := make([]int, 0, len(m.slots)/2)
	for i := range m.slots {
		if m.fp[i] != 0 {
			idx = append(idx, i)
		}
	}
	sort.Slice(idx, func(a, b int) bool { return m.keys[idx[a]] < m.keys[idx[b]] })
	for _, i := range idx {
		fn(m.keys[i], m.weights(&m.slots[i]))
	}
}

// newModel builds the lookup table from features and their class weights,
// quantised as a model file would store them (so that a model scores as
// it will once written and read back).
func newModel(classes []string, feats map[uint64][]classWeight) *model {
	var maxw float32
	for _, cws := range feats {
		for _, x := range cws {
			if a := float32(math.Abs(float64(x.w))); a > maxw {
				maxw = a
			}
		}
	}
	scale := maxw / 32767
	if scale == 0 {
		scale = 1
	}
	return newModelScale(classes, feats, scale)
}

// newModelScale is newModel with weights quantised against scale.
func newModelScale(classes []string, feats map[uint64][]classWeight, scale float32) *model {
	m := emptyModel(classes, len(feats), scale)
	keys := make([]uint64, 0, len(feats))
	for k := range feats {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	qs := make([]qweight, 0, 256)
	for _, k := range keys {
		qs = qs[:0]
		for _, x := range feats[k] {
			qs = append(qs, qweight{x.c, quantize(x.w, scale)})
		}
		m.insert(k, qs)
	}
	return m
}

func emptyModel(classes []string, feats int, scale float32) *model {
	n := tableSize(feats)
	return &model{classes: classes, slots: make([]slot, n), keys: make([]uint64, n), fp: make([]uint8, n), scale: scale}
}

// quantize returns w in units of scale, as model files store it.
func quantize(w, scale float32) int16 {
	return int16(math.Round(float64(max(-32767, min(32767, w/scale)))))
}

// tableSize leaves half of the table empty, so that probes for absent
// features (most lookups) stay short.
func tableSize(n int) int { return 2*n + 1 }

func (m *model) insert(k uint64, qs []qweight) {
	i := m.home(k)
	for m.fp[i] != 0 {
		if i++; i == len(m.slots) {
			i = 0
		}
	}
	sl := slot{key: check(k)}
	switch {
	case len(qs) == 1:
		sl.c = [2]uint8{qs[0].c, qs[0].c}
		sl.w[0] = qs[0].q
	case len(qs) == 2 && qs[0].c < qs[1].c:
		sl.c = [2]uint8{qs[0].c, qs[1].c}
		sl.w = [2]int16{qs[0].q, qs[1].q}
	case len(qs) == 2 && qs[0].c > qs[1].c:
		// two classes' scores take one weight each: their order is free
		sl.c = [2]uint8{qs[1].c, qs[0].c}
		sl.w = [2]int16{qs[1].q, qs[0].q}
	case len(qs) == 0, m.denseRow(qs):
		// a feature without weights has a row of zeros
		h := len(m.rows)
		sl.c = [2]uint8{rowMark, 0}
		sl.w = [2]int16{int16(uint16(h)), int16(uint16(h >> 16))}
		m.rows = append(m.rows, make([]float32, len(m.classes))...)
		for _, x := range qs {
			m.rows[h+int(x.c)] = m.value(x.q)
		}
	case len(qs) > 255:
		panic("nlp: more weights for one feature than a model file holds")
	default:
		h := len(m.cw)
		sl.c = [2]uint8{uint8(len(qs)), 0}
		sl.w = [2]int16{int16(uint16(h)), int16(uint16(h >> 16))}
		m.cw = append(m.cw, qs...)
	}
	m.slots[i] = sl
	m.keys[i] = k
	m.fp[i] = fingerprint(k)
}

type classWeight struct {
	c uint8
	w float32
}

// maxRunWeights bounds the weights of a model's runs and rows, whose
// index a slot keeps in 32 bits.
const maxRunWeights = 1<<32 - 1

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
	// the scale the weights were quantised against when the table was
	// built (newModel's, from the largest weight), so that a model read
	// and written again is the same
	scale := m.scale
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
	nf, _ := m.size()
	putU(uint64(nf))
	// sorted keys, delta-encoded, compress far better than table order
	var prev uint64
	var q [2]byte
	m.each(func(k uint64, cws []classWeight) {
		putU(k - prev)
		prev = k
		bw.WriteByte(byte(len(cws)))
		for _, x := range cws {
			bw.WriteByte(x.c)
			binary.LittleEndian.PutUint16(q[:], uint16(quantize(x.w, scale)))
			bw.Write(q[:])
		}
	})
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
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errModel, err)
	}
	rd := &byteReader{b: data}
	if string(rd.next(len(modelMagic))) != modelMagic {
		return nil, errModel
	}
	nc := rd.uvarint()
	if rd.err || nc > 256 {
		return nil, errModel
	}
	classes := make([]string, nc)
	for i := range classes {
		n := rd.uvarint()
		if n > 1024 {
			return nil, errModel
		}
		classes[i] = string(rd.next(int(n)))
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(rd.next(4)))
	nf := rd.uvarint()
	if rd.err || nf > 1<<28 {
		return nil, errModel
	}
	if nc == 0 && nf > 0 {
		// a feature without weights still adds zero to class 0's score
		return nil, errModel
	}
	m := emptyModel(classes, int(nf), scale)
	var k uint64
	qs := make([]qweight, 0, 256)
	for f := uint64(0); f < nf; f++ {
		k += rd.uvarint()
		n := int(rd.byte())
		qs = qs[:0]
		for j := 0; j < n; j++ {
			c := rd.byte()
			q := rd.next(2)
			if rd.err || int(c) >= len(classes) {
				return nil, errModel
			}
			qs = append(qs, qweight{c: c, q: int16(binary.LittleEndian.Uint16(q))})
		}
		if rd.err || k == 0 || uint64(len(m.cw)+len(qs)) > maxRunWeights || uint64(len(m.rows)+len(classes)) > maxRunWeights {
			return nil, errModel
		}
		m.insert(k, qs)
	}
	if rd.err {
		return nil, errModel
	}
	return m, nil
}

// byteReader reads a model's bytes; err is set, and zeros are returned,
// past the end.
type byteReader struct {
	b   []byte
	i   int
	err bool
}

func (r *byteReader) next(n int) []byte {
	if n < 0 || r.i+n > len(r.b) {
		r.err = true
		return make([]byte, max(n, 0))
	}
	r.i += n
	return r.b[r.i-n : r.i]
}

func (r *byteReader) byte() byte { return r.next(1)[0] }

func (r *byteReader) uvarint() uint64 {
	x, n := binary.Uvarint(r.b[min(r.i, len(r.b)):])
	if n <= 0 {
		r.err = true
		return 0
	}
	r.i += n
	return x
}

// trainer learns an averaged perceptron (Collins 2002) with lazy averaging.
type trainer struct {
	classes []string
	index   map[string]int
	feats   map[uint64]*trainFeat
	now     int // instances seen
	// allow, when set, says which weights may be learnt (a refit after
	// pruning: model.has).
	allow func(f uint64, c int) bool
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
		up, down := true, true
		if t.allow != nil {
			up, down = t.allow(f, gold), t.allow(f, guess)
			if !up && !down {
				continue
			}
		}
		tf := t.feats[f]
		if tf == nil {
			tf = &trainFeat{}
			t.feats[f] = tf
		}
		if up {
			tf.add(gold, 1, t.now)
		}
		if down {
			tf.add(guess, -1, t.now)
		}
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

// average returns the averaged model (zero weights dropped; pruning is
// model.prune).
func (t *trainer) average() *model {
	out := make(map[uint64][]classWeight, len(t.feats))
	for k, tf := range t.feats {
		var cws []classWeight
		for _, e := range tf.e {
			tot := e.tot + float64(t.now-e.ts)*e.w
			avg := tot / float64(max(t.now, 1))
			if avg != 0 {
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
	m.each(func(k uint64, cws []classWeight) {
		var keep []classWeight
		for _, x := range cws {
			if x.w >= th || x.w <= -th {
				keep = append(keep, x)
			}
		}
		if len(keep) > 0 {
			feats[k] = keep
		}
	})
	// the kept weights are whole units of m's scale
	return newModelScale(m.classes, feats, m.scale)
}

// has reports whether m has a weight for feature f and class c.
func (m *model) has(f uint64, c int) bool {
	sl := m.lookup(f)
	if sl == nil {
		return false
	}
	for _, x := range m.weights(sl) {
		if int(x.c) == c {
			return true
		}
	}
	return false
}

// size returns the number of features and of weights.
func (m *model) size() (feats, weights int) {
	for i := range m.slots {
		if m.fp[i] != 0 {
			feats++
			weights += m.count(&m.slots[i])
		}
	}
	return feats, weights
}
