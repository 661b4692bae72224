package extractjson

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
)

const text = "China imposed sanctions on North Korea. Xi Jinping said so."

// validLine is a line every case below breaks in one field.
func validLine() Line {
	a := article.Article{ID: article.ID(text), Source: "t.txt", Title: "Sanctions", Text: text}
	return NewLine(a, extract.Result{
		Entities: []extract.Entity{
			{ID: "gpe/china", Name: "China", Type: "GPE", Aliases: []string{}, Mentions: []extract.Mention{{Start: 0, End: 5, Text: "China", Kind: "name"}}},
			{ID: "gpe/north-korea", Name: "North Korea", Type: "GPE", Mentions: []extract.Mention{{Start: 27, End: 38, Text: "North Korea", Kind: "name"}}},
			{ID: "person/xi-jinping", Name: "Xi Jinping", Type: "PERSON", Mentions: []extract.Mention{{Start: 40, End: 50, Text: "Xi Jinping"}}},
		},
		Relations: []extract.Relation{{Subject: "gpe/china", Predicate: "sanction", Object: "gpe/north-korea",
			Event: &extract.Event{Code: "163", Label: "Impose embargo, boycott, or sanctions", Goldstein: -8}, Confidence: 0.8,
			Evidence: []extract.Evidence{{Sentence: "China imposed sanctions on North Korea.", Start: 0, End: 39, Confidence: 0.8,
				Attribution: "person/xi-jinping", Extractor: "spacy"}}}},
	})
}

func marshal(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestDecodeInvalid: each broken field fails with the document and the
// field named; the valid line decodes.
func TestDecodeInvalid(t *testing.T) {
	schema := compileSchema(t)
	tests := []struct {
		name   string
		edit   func(l *Line)
		raw    string // instead of edit: the raw line
		field  string // in the error
		schema bool   // the JSON Schema catches it too
	}{
		{name: "valid", edit: func(*Line) {}},
		{name: "mention offsets off the text", edit: func(l *Line) { l.Entities[0].Mentions[0].Start = 1 }, field: "entities[0].mentions[0].text"},
		{name: "mention past the end", edit: func(l *Line) { l.Entities[1].Mentions[0].End = 999 }, field: "entities[1].mentions[0].text"},
		{name: "sentence not the text", edit: func(l *Line) { l.Relations[0].Evidence[0].Sentence = "China sanctioned North Korea." }, field: "relations[0].evidence[0].sentence"},
		{name: "unknown subject", edit: func(l *Line) { l.Relations[0].Subject = "gpe/russia" }, field: "relations[0].subject"},
		{name: "unknown object", edit: func(l *Line) { l.Relations[0].Object = "" }, field: "relations[0].object"},
		{name: "unknown attribution", edit: func(l *Line) { l.Relations[0].Evidence[0].Attribution = "person/nobody" }, field: "relations[0].evidence[0].attribution"},
		{name: "unknown type", edit: func(l *Line) { l.Entities[2].Type = "PER" }, field: "entities[2].type", schema: true},
		{name: "unknown kind", edit: func(l *Line) { l.Entities[0].Mentions[0].Kind = "nickname" }, field: "entities[0].mentions[0].kind", schema: true},
		{name: "id not canonical", edit: func(l *Line) { l.Entities[0].ID = "China" }, field: "entities[0].id", schema: true},
		{name: "id of another type", edit: func(l *Line) { l.Entities[0].ID = "org/china" }, field: "entities[0].id"},
		{name: "entity twice", edit: func(l *Line) { l.Entities[1].ID = "gpe/china" }, field: "entities[1].id"},
		{name: "confidence over 1", edit: func(l *Line) { l.Relations[0].Confidence = 1.5 }, field: "relations[0].confidence", schema: true},
		{name: "no evidence", edit: func(l *Line) { l.Relations[0].Evidence = nil }, field: "relations[0].evidence", schema: true},
		{name: "empty predicate", edit: func(l *Line) { l.Relations[0].Predicate = " " }, field: "relations[0].predicate", schema: true},
		{name: "event without code", edit: func(l *Line) { l.Relations[0].Event.Code = "" }, field: "relations[0].event.code", schema: true},
		{name: "text not normalised", edit: func(l *Line) { l.Document.Text = strings.ReplaceAll(text, ".", ". \r\n") }, field: "document.text"},
		{name: "no text", edit: func(l *Line) { l.Document.Text = "" }, field: "document.text", schema: true},
		{name: "unsafe id", edit: func(l *Line) { l.Document.ID = "a b" }, field: "document.id", schema: true},
		{name: "bad date", edit: func(l *Line) { d := "someday"; l.Document.Published = &d }, field: "document.published"},
		{name: "missing relations", raw: `{"document": {"id": "d1", "text": "x"}, "entities": []}`, field: "d1: relations: missing", schema: true},
		{name: "unknown field", raw: `{"document": {"id": "d1", "text": "x", "lang": "en"}, "entities": [], "relations": []}`, field: `unknown field "lang"`, schema: true},
		{name: "wrong JSON type", raw: `{"document": {"id": "d1", "text": "x"}, "entities": [{"id": 3}], "relations": []}`, field: "entities.id", schema: true},
		{name: "not JSON", raw: `{"document": `, field: "not a JSON object"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			raw := []byte(tc.raw)
			if tc.raw == "" {
				l := validLine()
				tc.edit(&l)
				raw = marshal(t, l)
			}
			_, err := Decode(raw)
			if tc.field == "" {
				if err != nil {
					t.Fatalf("Decode: %v", err)
				}
			} else {
				if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.field) {
					t.Fatalf("Decode: got %v, want ErrInvalid naming %q", err, tc.field)
				}
				if tc.raw == "" && !strings.Contains(err.Error(), "document ") {
					t.Errorf("error does not name the document: %v", err)
				}
			}
			var v any
			if json.Unmarshal(raw, &v) != nil {
				return
			}
			serr := schema.Validate(v)
			switch {
			case tc.field == "" && serr != nil:
				t.Errorf("the JSON Schema refuses a valid line: %v", serr)
			case tc.schema && serr == nil:
				t.Errorf("the JSON Schema accepts it")
			}
		})
	}
}

// compileSchema compiles docs/extract.schema.json.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open("../../docs/extract.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("extract.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("extract.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSeedsRoundTrip: the rules' output on the seeds, written as lines,
// passes the JSON Schema and Decode, and reads back as the same article and
// result.
func TestSeedsRoundTrip(t *testing.T) {
	schema := compileSchema(t)
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	var n int
	r := &article.Reader{}
	err = r.Read(t.Context(), []string{"../../examples"}, func(it article.Item) error {
		if it.Err != nil {
			return it.Err
		}
		n++
		a, res := it.Article, x.Extract(it.Article.Text)
		raw := marshal(t, NewLine(a, res))
		var v any
		if err := json.Unmarshal(raw, &v); err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(v); err != nil {
			t.Errorf("%s: the JSON Schema refuses it: %v", a.Source, err)
		}
		l, err := Decode(raw)
		if err != nil {
			t.Fatalf("%s: Decode: %v", a.Source, err)
		}
		b := l.Article()
		a.Notes = nil
		if string(marshal(t, b)) != string(marshal(t, a)) || b.Text != a.Text {
			t.Errorf("%s: article read back as %+v, want %+v", a.Source, b, a)
		}
		if string(marshal(t, l.Result)) != string(marshal(t, res)) {
			t.Errorf("%s: result differs when read back", a.Source)
		}
		return nil
	})
	if err != nil || n < 2 {
		t.Fatalf("read %d seeds: %v", n, err)
	}
}
