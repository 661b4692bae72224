package nlp

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

func gz(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestReadClusters(t *testing.T) {
	tests := []struct {
		name, in string
		wantErr  string
	}{
		{"good", "monday\t3a0\ntuesday\t3a1\n", ""},
		{"no tab", "monday 3a0\n", "line 1"},
		{"short path", "monday\t3a\n", "line 1"},
		{"not hex", "monday\t3a0\ntuesday\tzzz\n", "line 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := readClusters(gz(t, tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one naming %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := m[hashString("tuesday")]; got != 0x3a1+1 {
				t.Errorf("tuesday = %#x, want %#x", got, 0x3a1+1)
			}
		})
	}
	if _, err := readClusters([]byte("not gzip")); err == nil {
		t.Error("a file that is not gzip was read")
	}
}

// The shipped clusters group words the way the recogniser relies on:
// weekdays with weekdays, Japanese surnames together, and a word outside
// the vocabulary gets no cluster at all.
func TestShippedClusters(t *testing.T) {
	m, err := wordClusters()
	if err != nil {
		t.Fatal(err)
	}
	if len(m) < 100000 {
		t.Fatalf("%d words in the cluster file, want the 200,000 it was built with", len(m))
	}
	fine := func(w string) uint64 { _, _, c3 := clustersOf(hashString(w)); return c3 }
	mid := func(w string) uint64 { _, c2, _ := clustersOf(hashString(w)); return c2 }
	for _, pair := range [][2]string{{"tuesday", "wednesday"}, {"tanaka", "yamamoto"}, {"fiorentina", "sampdoria"}} {
		if mid(pair[0]) == 0 || mid(pair[0]) != mid(pair[1]) {
			t.Errorf("%s and %s are in clusters %#x and %#x, want the same", pair[0], pair[1], mid(pair[0]), mid(pair[1]))
		}
	}
	if fine("tuesday") == fine("fiorentina") {
		t.Error("tuesday and fiorentina share a cluster")
	}
	if c1, c2, c3 := clustersOf(hashString("qqxxzzy")); c1|c2|c3 != 0 {
		t.Errorf("an unknown word has clusters %d %d %d", c1, c2, c3)
	}
}
