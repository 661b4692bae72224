package article

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the text as newsgraph stores it: Unicode NFC, line
// endings as "\n", no trailing spaces on a line, no NUL bytes, and no leading
// or trailing blank lines. Extraction offsets are byte offsets into this text.
func Normalize(text string) string {
	text = norm.NFC.String(text)
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = strings.ReplaceAll(text, "\x00", "")
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\u00a0")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// ID is the content ID of a normalised text: the first 16 bytes of its
// SHA-256, in hex. Two sources with the same normalised text share an ID, so
// ingesting a document twice is a no-op.
func ID(normalized string) string {
	sum := sha256.Sum256([]byte(normalized))
	return hex.EncodeToString(sum[:16])
}
