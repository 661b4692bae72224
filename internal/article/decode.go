package article

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Notes a document can carry (Article.Notes): how it was read when that is
// not the plain case, so that nothing is changed silently.
const (
	NoteWindows1252 = "not valid UTF-8: decoded as Windows-1252 (Latin-1)"
	NoteUTF16       = "decoded from UTF-16 (byte order mark)"
	NoteModTime     = "publication date from the file's modification time"
	NoteRunDate     = "publication date given for the run"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decode returns raw as UTF-8 and a note when it had to be converted:
//
//   - a UTF-8 byte order mark is dropped;
//   - UTF-16 with a byte order mark is decoded;
//   - bytes that are not valid UTF-8 are decoded as Windows-1252 (a
//     superset of the printable part of Latin-1, ISO 8859-1), the usual
//     encoding of older English-language corpora, unless they hold NUL
//     bytes or many control bytes: those are binary (ErrBinary).
//
// Windows-1252 maps every byte but five unused ones to a character, so a
// file in another legacy encoding (Latin-2, KOI8-R) is read with wrong
// accented letters rather than refused; the note says what was assumed.
func decode(raw []byte) ([]byte, string, error) {
	switch {
	case bytes.HasPrefix(raw, bomUTF8):
		return raw[len(bomUTF8):], "", nil
	case bytes.HasPrefix(raw, bomUTF16LE), bytes.HasPrefix(raw, bomUTF16BE):
		out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(raw)
		if err != nil {
			return nil, "", ErrBinary
		}
		return out, NoteUTF16, nil
	case utf8.Valid(raw):
		return raw, "", nil
	case bytes.IndexByte(raw, 0) >= 0 || controlHeavy(raw):
		return nil, "", ErrBinary
	}
	out, err := decodeWith(charmap.Windows1252, raw)
	if err != nil {
		return nil, "", ErrBinary
	}
	return out, NoteWindows1252, nil
}

func decodeWith(enc encoding.Encoding, raw []byte) ([]byte, error) {
	return enc.NewDecoder().Bytes(raw)
}

// controlHeavy reports whether over 1% of raw are control bytes other than
// white space: binary data, not a text in a legacy encoding.
func controlHeavy(raw []byte) bool {
	ctrl := 0
	for _, b := range raw {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctrl++
		}
	}
	return ctrl*100 > len(raw)
}
