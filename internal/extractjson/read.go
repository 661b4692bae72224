package extractjson

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
)

// Doc is one line read: the document and its extraction, or the error
// that makes the line unusable (it fails alone).
type Doc struct {
	Article article.Article
	Result  extract.Result
	Err     error
}

// Reader reads extract JSON Lines from files, folders (their .jsonl and
// .ndjson files, recursively) and "-" (Stdin).
type Reader struct {
	// MaxBytes is the largest document text accepted
	// (article.DefaultMaxBytes when 0); a line may be several times
	// longer, for its entities and relations.
	MaxBytes int64
	Stdin    io.Reader
}

// Read calls fn with each line of each path, in order. A line that is not
// valid is a Doc with Err ("FILE:LINE: document ID: FIELD: what"), and
// reading goes on; Read stops only when a path cannot be read, fn returns
// an error or ctx is done.
func (r *Reader) Read(ctx context.Context, paths []string, fn func(Doc) error) error {
	for _, p := range paths {
		var err error
		if p == "-" {
			in := r.Stdin
			if in == nil {
				in = os.Stdin
			}
			err = r.readStream(ctx, "-", in, fn)
		} else {
			err = r.readPath(ctx, p, fn)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (r *Reader) readPath(ctx context.Context, root string, fn func(Doc) error) error {
	st, err := os.Stat(root)
	if err != nil {
		return err
	}
	if !st.IsDir() {
		return r.readFile(ctx, root, fn)
	}
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if ext := strings.ToLower(filepath.Ext(p)); !d.IsDir() && (ext == ".jsonl" || ext == ".ndjson") {
			return r.readFile(ctx, p, fn)
		}
		return nil
	})
}

func (r *Reader) readFile(ctx context.Context, name string, fn func(Doc) error) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return r.readStream(ctx, name, f, fn)
}

func (r *Reader) readStream(ctx context.Context, name string, in io.Reader, fn func(Doc) error) error {
	max := r.MaxBytes
	if max <= 0 {
		max = article.DefaultMaxBytes
	}
	sc := bufio.NewScanner(in)
	// The text, escaped, with its mentions and evidence sentences.
	sc.Buffer(make([]byte, 0, 64<<10), int(8*max+(1<<20)))
	n := 0
	for sc.Scan() {
		n++
		if err := ctx.Err(); err != nil {
			return err
		}
		raw := sc.Bytes()
		if len(strings.TrimSpace(string(raw))) == 0 {
			continue
		}
		d := Doc{}
		l, err := Decode(raw)
		if err == nil && int64(len(l.Document.Text)) > max {
			err = &FieldError{Doc: l.Document.ID, Field: "document.text", Msg: fmt.Sprintf("%d bytes, over the limit of %d (--max-bytes)", len(l.Document.Text), max)}
		}
		if err != nil {
			d.Article.Source = fmt.Sprintf("%s:%d", name, n)
			d.Err = fmt.Errorf("%s:%d: %w", name, n, err)
		} else {
			d.Article, d.Result = l.Article(), l.Result
		}
		if err := fn(d); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return fmt.Errorf("%s:%d: a line over %d bytes: %w", name, n+1, 8*max+(1<<20), err)
		}
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
