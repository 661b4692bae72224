// Package article reads news documents (text, HTML, Markdown files, folders,
// JSON Lines) into Article values with normalised text and a content ID.
//
// It imports only the standard library and golang.org/x/text.
package article

import "time"

// Article is one document, its text normalised (see Normalize) and its ID
// derived from that text (see ID), so that the same text read twice, from
// any source, has the same ID.
type Article struct {
	ID        string     `json:"id"`
	Source    string     `json:"source"`
	Title     string     `json:"title"`
	Published *time.Time `json:"published"`
	Text      string     `json:"-"`
	// Notes say how the document was read when that was not the plain
	// case (NoteWindows1252, NoteModTime, ...), for the reader's user to
	// see; they are not stored.
	Notes []string `json:"notes,omitempty"`
}
