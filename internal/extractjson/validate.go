package extractjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
)

// ErrInvalid marks a line that is not a valid extraction: its error names
// the document and the field (FieldError).
var ErrInvalid = errors.New("invalid extraction")

// FieldError is what is wrong with one field of one document's line.
type FieldError struct {
	Doc   string // the document's id (or source) as the line gives it, or ""
	Field string // JSON path: "relations[3].evidence[0].sentence"
	Msg   string
}

func (e *FieldError) Error() string {
	doc := e.Doc
	if doc == "" {
		doc = "(no id)"
	}
	if e.Field == "" {
		return fmt.Sprintf("document %s: %s", doc, e.Msg)
	}
	return fmt.Sprintf("document %s: %s: %s", doc, e.Field, e.Msg)
}

func (e *FieldError) Unwrap() error { return ErrInvalid }

// Known values.
var (
	entityTypes  = []string{extract.TypePerson, extract.TypeOrg, extract.TypeGPE, extract.TypeLoc, extract.TypeNORP, extract.TypeWork, extract.TypeEvent}
	mentionKinds = []string{extract.MentionName, extract.MentionDemonym, extract.MentionNominal, extract.MentionTitle, extract.MentionPronoun}
	// idSafe is the form of a document ID given by the input (as
	// article's JSON Lines reader keeps it): safe in an IRI.
	idSafe = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)
	// word is a modality or an extractor name.
	word = regexp.MustCompile(`^[a-z][a-z0-9_.-]{0,31}$`)
)

// Decode parses one line strictly (no unknown field, no trailing data;
// "document", "entities" and "relations" present) and validates it. A
// line with no document id gets the hash of its text, as a document read
// from a file would.
func Decode(raw []byte) (Line, error) {
	var l Line
	var top map[string]json.RawMessage
	if err := json.Unmarshal(raw, &top); err != nil {
		return l, &FieldError{Msg: "not a JSON object: " + err.Error()}
	}
	doc := docName(top["document"])
	for _, k := range []string{"document", "entities", "relations"} {
		if v, ok := top[k]; !ok || bytes.Equal(bytes.TrimSpace(v), []byte("null")) {
			return l, &FieldError{Doc: doc, Field: k, Msg: "missing"}
		}
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&l); err != nil {
		return l, &FieldError{Doc: doc, Msg: jsonMsg(err)}
	}
	if dec.More() {
		return l, &FieldError{Doc: doc, Msg: "more than one JSON value on the line"}
	}
	if l.Document.ID == "" && l.Document.Text != "" && article.Normalize(l.Document.Text) == l.Document.Text {
		l.Document.ID = article.ID(l.Document.Text)
	}
	if err := Validate(l); err != nil {
		return l, err
	}
	return l, nil
}

// docName is the document's id, or its source, from the raw "document"
// object, for errors about a line that did not decode.
func docName(raw json.RawMessage) string {
	var d struct{ ID, Source string }
	if json.Unmarshal(raw, &d) != nil {
		return ""
	}
	if d.ID != "" {
		return d.ID
	}
	return d.Source
}

// jsonMsg says what encoding/json found, with the field when it names one.
func jsonMsg(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		return fmt.Sprintf("%s: a JSON %s where %s is wanted", te.Field, te.Value, te.Type)
	}
	return err.Error()
}

// Validate checks a decoded line against the text it carries. The error
// is a *FieldError (errors.Is(err, ErrInvalid)).
func Validate(l Line) error {
	d := l.Document
	doc := d.ID
	if doc == "" {
		doc = d.Source
	}
	bad := func(field, format string, args ...any) error {
		return &FieldError{Doc: doc, Field: field, Msg: fmt.Sprintf(format, args...)}
	}
	text := d.Text
	switch {
	case text == "":
		return bad("document.text", "missing or empty: every offset points into it")
	case !utf8.ValidString(text):
		return bad("document.text", "not valid UTF-8")
	case article.Normalize(text) != text:
		return bad("document.text", "not normalised (Unicode NFC, \\n line ends, no trailing spaces): offsets would not point into the stored text")
	case d.ID == "":
		return bad("document.id", "missing")
	case !idSafe.MatchString(d.ID):
		return bad("document.id", "%q: want 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit", d.ID)
	case strings.ContainsAny(d.Title, "\n\r"):
		return bad("document.title", "spans lines")
	}
	if d.Published != nil {
		if _, ok := article.ParseDate(*d.Published); !ok {
			return bad("document.published", "%q is not a date (2006-01-02 or RFC 3339)", *d.Published)
		}
	}
	span := func(field string, start, end int, quoted string) error {
		switch {
		case start < 0 || end > len(text) || start >= end:
			return bad(field, "offsets %d..%d are not inside the text (%d bytes)", start, end, len(text))
		case text[start:end] != quoted:
			return bad(field, "%q is not the text at %d..%d (%q)", clip(quoted), start, end, clip(text[start:end]))
		}
		return nil
	}
	ents := make(map[string]bool, len(l.Entities))
	for i, e := range l.Entities {
		f := fmt.Sprintf("entities[%d]", i)
		switch {
		case !known(entityTypes, e.Type):
			return bad(f+".type", "%q is not one of %s", e.Type, strings.Join(entityTypes, ", "))
		case strings.TrimSpace(e.Name) == "":
			return bad(f+".name", "empty")
		case e.ID == "":
			return bad(f+".id", "empty")
		case !canonicalID(e.Type, e.ID):
			return bad(f+".id", "%q is not of the form %s/<slug> (extract.EntityID: lower-case type, '/', lower-case words joined by '-')", e.ID, strings.ToLower(e.Type))
		case ents[e.ID]:
			return bad(f+".id", "%q listed twice", e.ID)
		}
		ents[e.ID] = true
		for j, m := range e.Mentions {
			mf := fmt.Sprintf("%s.mentions[%d]", f, j)
			if m.Kind != "" && !known(mentionKinds, m.Kind) {
				return bad(mf+".kind", "%q is not one of %s", m.Kind, strings.Join(mentionKinds, ", "))
			}
			if err := span(mf+".text", m.Start, m.End, m.Text); err != nil {
				return err
			}
		}
	}
	entity := func(field, id string) error {
		if !ents[id] {
			return bad(field, "%q is not an entity of the document (entities[].id)", id)
		}
		return nil
	}
	for i, r := range l.Relations {
		f := fmt.Sprintf("relations[%d]", i)
		if err := entity(f+".subject", r.Subject); err != nil {
			return err
		}
		if err := entity(f+".object", r.Object); err != nil {
			return err
		}
		switch {
		case strings.TrimSpace(r.Predicate) == "" || strings.TrimSpace(r.Predicate) != r.Predicate:
			return bad(f+".predicate", "%q: want a base form without surrounding spaces (\"criticize\", \"president of\")", r.Predicate)
		case !unit(r.Confidence):
			return bad(f+".confidence", "%v is not within 0..1", r.Confidence)
		case len(r.Evidence) == 0:
			return bad(f+".evidence", "empty: a relation needs at least one sentence of the text")
		}
		if ev := r.Event; ev != nil {
			switch {
			case ev.Code == "":
				return bad(f+".event.code", "empty (use \"event\": null for a relation that is no event)")
			case math.IsNaN(ev.Goldstein) || ev.Goldstein < -10 || ev.Goldstein > 10:
				return bad(f+".event.goldstein", "%v is not within -10..10", ev.Goldstein)
			}
		}
		for j, e := range r.Evidence {
			ef := fmt.Sprintf("%s.evidence[%d]", f, j)
			if err := span(ef+".sentence", e.Start, e.End, e.Sentence); err != nil {
				return err
			}
			switch {
			case !unit(e.Confidence):
				return bad(ef+".confidence", "%v is not within 0..1", e.Confidence)
			case e.Modality != "" && !word.MatchString(e.Modality):
				return bad(ef+".modality", "%q: want one lower-case word (planned, expected, reported, ...)", e.Modality)
			case e.Extractor != "" && !word.MatchString(e.Extractor):
				return bad(ef+".extractor", "%q: want one lower-case word (rules, llm, spacy, ...)", e.Extractor)
			}
			if e.Attribution != "" {
				if err := entity(ef+".attribution", e.Attribution); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// canonicalID: id is typ's lower case, "/", and a slug that is its own
// slug (extract.EntityID of typ and the slug).
func canonicalID(typ, id string) bool {
	prefix := strings.ToLower(typ) + "/"
	rest, ok := strings.CutPrefix(id, prefix)
	return ok && rest != "" && extract.EntityID(typ, rest) == id
}

func known(list []string, s string) bool {
	for _, k := range list {
		if k == s {
			return true
		}
	}
	return false
}

func unit(f float64) bool { return f >= 0 && f <= 1 }

// clip shortens a quoted text for an error message.
func clip(s string) string {
	if len(s) <= 60 {
		return s
	}
	i := 57
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "..."
}
