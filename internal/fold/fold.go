// Package fold folds the spelling variants of names that should compare
// equal: accents dropped ("Nicolás" is "Nicolas", "Erdoğan" is
// "Erdogan"). The extractor's entity IDs and the query layer's search keys
// both fold with it, so a name found under one spelling is searched and
// merged under the other.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Accents returns s with its combining marks removed (NFD, drop the marks,
// NFC). Letters that are not a base letter and a mark ("ø", "ł", "ß") stay.
// ASCII text is returned as is, without allocating.
func Accents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}
