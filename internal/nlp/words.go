package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordInfo holds the hashes of one token's forms that feature templates
// combine, computed once per token.
type wordInfo struct {
	norm, lower, shape, pre1, pre3, suf2, suf3, suf4 uint64
	cl1, cl2, cl3                                    uint64 // word clusters, coarse to fine (clusters.go)
	capital, upper, digit, hyphen, first             bool
}

func makeWordInfo(norm string, first bool) wordInfo {
	lower := lowerASCIIFirst(norm)
	wi := wordInfo{
		norm:  hashString(norm),
		lower: hashString(lower),
		shape: hashString(shape(norm)),
		pre1:  hashString(prefix(lower, 1)),
		pre3:  hashString(prefix(lower, 3)),
		suf2:  hashString(suffix(lower, 2)),
		suf3:  hashString(suffix(lower, 3)),
		suf4:  hashString(suffix(lower, 4)),
		first: first,
	}
	wi.cl1, wi.cl2, wi.cl3 = clustersOf(wi.lower)
	r, _ := utf8.DecodeRuneInString(norm)
	wi.capital = unicode.IsUpper(r)
	wi.upper = wi.capital && strings.ToUpper(norm) == norm && len(norm) > 1
	wi.digit = strings.ContainsAny(norm, "0123456789")
	wi.hyphen = strings.IndexByte(norm, '-') > 0
	return wi
}

func lowerASCIIFirst(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// shape maps letters to x/X and digits to d, collapsing runs longer than
// two: "McDonald" -> "XxXxx", "1990s" -> "ddx".
func shape(s string) string {
	var b [16]byte
	n := 0
	var last byte
	run := 0
	for _, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < 0x80:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			run++
			if run >= 2 {
				continue
			}
		} else {
			run = 0
		}
		last = c
		if n == len(b) {
			break
		}
		b[n] = c
		n++
	}
	return string(b[:n])
}

func prefix(s string, n int) string {
	i := 0
	for k := range s {
		if i == n {
			return s[:k]
		}
		i++
	}
	return s
}

func suffix(s string, n int) string {
	i := len(s)
	for c := 0; c < n && i > 0; c++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}
