package article

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
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

// CheckEncoding returns the canonical name of an encoding label as HTML
// knows them (WHATWG: "utf-8", "latin1", "iso-8859-1", "windows-1252",
// "utf-16le", "shift_jis", ...), for Reader.Encoding, or an error naming
// the label when it is none.
func CheckEncoding(label string) (string, error) {
	if _, name := charset.Lookup(label); name != "" {
		return name, nil
	}
	return "", fmt.Errorf("unknown encoding %q; want a WHATWG label such as utf-8, windows-1252, latin1, iso-8859-15, utf-16le or shift_jis", label)
}

// decode returns raw as UTF-8 and a note when it had to be converted. With
// forced (an encoding label, Reader.Encoding) every document is decoded
// from it, and text said to be UTF-8 that is not fails with ErrNotUTF8.
// Otherwise:
//
//   - a UTF-8 byte order mark is dropped;
//   - UTF-16 with a byte order mark is decoded;
//   - valid UTF-8 is kept as it is;
//   - bytes with NUL or many control bytes are binary (ErrBinary);
//   - an HTML page (html true) that is not UTF-8 is decoded by its
//     <meta charset> when it has one;
//   - anything else is decoded as Windows-1252 (a superset of the
//     printable part of Latin-1, ISO 8859-1), the usual encoding of older
//     English-language corpora.
//
// Windows-1252 maps every byte but five unused ones to a character, so a
// file in another legacy encoding (Latin-2, KOI8-R) is read with wrong
// accented letters rather than refused; the note says what was assumed,
// and Reader.Encoding corrects it.
func decode(raw []byte, html bool, forced string) ([]byte, string, error) {
	if forced != "" {
		return decodeForced(raw, forced)
	}
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
	if html {
		if enc, name, _ := charset.DetermineEncoding(raw, "text/html"); name != "windows-1252" && name != "utf-8" {
			if out, err := enc.NewDecoder().Bytes(raw); err == nil {
				return out, "not valid UTF-8: decoded as " + name + " (the page's meta charset)", nil
			}
		}
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	if err != nil {
		return nil, "", ErrBinary
	}
	return out, NoteWindows1252, nil
}

// decodeForced decodes raw from the encoding labelled forced.
func decodeForced(raw []byte, forced string) ([]byte, string, error) {
	enc, name := charset.Lookup(forced)
	if enc == nil {
		return nil, "", fmt.Errorf("%w: unknown encoding %q", ErrMalformed, forced)
	}
	if name == "utf-8" {
		raw = bytes.TrimPrefix(raw, bomUTF8)
		if !utf8.Valid(raw) {
			return nil, "", fmt.Errorf("%w (first invalid byte at offset %d)", ErrNotUTF8, invalidAt(raw))
		}
		return raw, "", nil
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return nil, "", fmt.Errorf("%w: not %s: %w", ErrMalformed, name, err)
	}
	return out, "decoded as " + name + " (given)", nil
}

// invalidAt is the offset of the first byte of raw that is not UTF-8.
func invalidAt(raw []byte) int {
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
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
