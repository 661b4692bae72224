package extractjson

import (
	"time"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
)

// Document is the "document" part of a line.
//
// Text is the normalised text every offset points into (article.Normalize:
// NFC, "\n" line ends, no trailing spaces). ID is the document's ID
// (article.ID of the text unless the input gave an ID of its own).
type Document struct {
	ID        string  `json:"id"`
	Source    string  `json:"source"`
	Title     string  `json:"title"`
	Published *string `json:"published"`
	Text      string  `json:"text"`
}

// Line is one line: a document and what was extracted from it.
type Line struct {
	Document Document `json:"document"`
	extract.Result
}

// NewLine is the line of article a with extraction result r. Nil lists are
// written as [].
func NewLine(a article.Article, r extract.Result) Line {
	d := Document{ID: a.ID, Source: a.Source, Title: a.Title, Text: a.Text}
	if a.Published != nil {
		// A date alone unless the source gave a time of day, which
		// ingesting the line again must keep.
		s := a.Published.Format(time.DateOnly)
		if t := *a.Published; !t.Equal(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)) {
			s = t.Format(time.RFC3339Nano)
		}
		d.Published = &s
	}
	if r.Entities == nil {
		r.Entities = []extract.Entity{}
	}
	if r.Relations == nil {
		r.Relations = []extract.Relation{}
	}
	return Line{Document: d, Result: r}
}

// Article is the line's document as the pipeline takes it. The line must
// have passed Validate.
func (l Line) Article() article.Article {
	a := article.Article{ID: l.Document.ID, Source: l.Document.Source, Title: l.Document.Title, Text: l.Document.Text}
	if a.ID == "" {
		a.ID = article.ID(a.Text)
	}
	if l.Document.Published != nil {
		if t, ok := article.ParseDate(*l.Document.Published); ok {
			a.Published = &t
		}
	}
	return a
}
