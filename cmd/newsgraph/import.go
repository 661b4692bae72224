package main

import (
	"context"
	"log/slog"

	"github.com/newsgraph/newsgraph/internal/extractjson"
	"github.com/newsgraph/newsgraph/internal/ingest"
)

// importFlag declares ingest's --import.
func importFlag(fs *cmdFlags) *bool {
	return fs.Bool("import", false, "each PATH is extract JSON Lines (newsgraph extract's output, or another tool's in that format:\ndocs/extract.schema.json), validated and stored as it is, without extracting; a line that is not valid fails alone")
}

// loadImport stores the extract JSON Lines under paths through p, printing
// each failure and the summary on stderr, as loadWith does for articles.
func (e *env) loadImport(ctx context.Context, p *ingest.Pipeline, maxBytes int64, paths []string) (ingest.Summary, error) {
	r := &extractjson.Reader{MaxBytes: maxBytes, Stdin: e.stdin}
	sum, err := p.RunInputs(ctx, func(ctx context.Context, emit func(ingest.Input) error) error {
		return r.Read(ctx, paths, func(d extractjson.Doc) error {
			in := ingest.Input{}
			in.Article, in.Err = d.Article, d.Err
			if d.Err == nil {
				res := d.Result
				in.Result = &res
			}
			return emit(in)
		})
	}, func(o ingest.Outcome) {
		if o.Err != nil {
			e.report(slog.LevelWarn, "newsgraph ingest: "+o.Err.Error(), "document failed", "err", o.Err)
		}
	})
	e.summary(sum, err)
	return sum, err
}
