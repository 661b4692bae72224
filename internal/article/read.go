package article

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// Sentinel errors a document can fail with; the error that wraps them names
// the file (and the line, for JSON Lines).
var (
	ErrEmpty  = errors.New("empty document: no text")
	ErrBinary = errors.New("binary file, not text")
	// ErrNotUTF8 is returned only when Reader.Encoding says UTF-8: text
	// that is not valid UTF-8 is otherwise decoded (see Reader.Read).
	ErrNotUTF8   = errors.New("text is not valid UTF-8")
	ErrTooLarge  = errors.New("document too large")
	ErrMalformed = errors.New("malformed document")
	// ErrDuplicateID is the error of a JSON Lines document whose id came
	// earlier in the same input (one Read) with a different text: the
	// first is kept, this one refused. Otherwise each run would store one
	// version and then replace it by the other.
	ErrDuplicateID = errors.New("id given twice with different texts")
)

// DefaultMaxBytes is the largest document Reader accepts unless told otherwise.
const DefaultMaxBytes = 8 << 20

// Extensions read when walking a folder. A file named explicitly is read
// whatever its extension.
var folderExts = map[string]bool{".txt": true, ".text": true, ".html": true, ".htm": true, ".md": true, ".markdown": true, ".jsonl": true, ".ndjson": true}

// Item is one document read, or the error that kept it from being read. Err
// names the source; other items of the same batch are not affected.
type Item struct {
	Article Article
	Err     error
}

// Reader reads documents from paths (files, folders walked recursively, JSON
// Lines files, "-" for standard input).
type Reader struct {
	// MaxBytes is the largest document accepted; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// Skipped, when set, hears of each file passed over while walking a
	// folder because its name says it is not an article (README, LICENSE,
	// SOURCE, ...: see NotArticle), with the reason. A file named in paths
	// is always read.
	Skipped func(path, reason string)
	// Published is the publication date of the documents that give none
	// (no JSON Lines field, HTML meta tag, <time>, front matter or
	// dateline); nil leaves them undated, or dated by ModTimeDates. The
	// document gets NoteRunDate.
	Published *time.Time
	// ModTimeDates dates a file that gives no date by its modification
	// time (NoteModTime), after Published. It is off by default: copies,
	// archives and checkouts often set every file's time to the day of
	// the copy, which would put a whole corpus on one day.
	ModTimeDates bool
	// Encoding, when not "", is the encoding of every document (a label
	// CheckEncoding accepts): no detection, and "utf-8" refuses what is
	// not (ErrNotUTF8). JSON Lines input is decoded line by line.
	Encoding string
	// Exclude are glob patterns (path.Match syntax) of files and folders
	// not to read when walking a folder, matched against the name and
	// against the path under the folder given ("drafts", "*.draft.md",
	// "2019/*"); reported to Skipped. A file named in paths is read.
	Exclude []string
}

func (r *Reader) max() int64 {
	if r.MaxBytes > 0 {
		return r.MaxBytes
	}
	return DefaultMaxBytes
}

// Read sends every document under paths to fn, in order, one at a time, so
// memory stays flat whatever the input size (but for 8 bytes of hash per
// JSON Lines id, see ErrDuplicateID). A document that cannot be read is
// sent as an Item with Err set and reading goes on. Read stops early only
// when fn returns an error or ctx is done, and returns that error.
//
// Folders are walked recursively, symbolic links to folders and files
// included (each folder once, so a link back up is no loop); names
// starting with "." are skipped, and so are files whose name says they are
// not articles (NotArticle, reported to Skipped). Text that is not UTF-8
// is decoded (Windows-1252, or UTF-16 with a byte order mark) and noted in
// Article.Notes.
func (r *Reader) Read(ctx context.Context, paths []string, fn func(Item) error) error {
	rs := &readState{Reader: r, ids: make(map[uint64]uint64), seed: maphash.MakeSeed()}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if p == "-" {
			err = rs.readStream(ctx, "-", r.stdin(), fn)
		} else {
			err = rs.readPath(ctx, p, fn)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (r *Reader) stdin() io.Reader {
	if r.Stdin != nil {
		return r.Stdin
	}
	return os.Stdin
}

// readState is the state of one Read: the JSON Lines ids seen so far.
type readState struct {
	*Reader
	// ids maps the hash of each JSON Lines id read to the hash of its
	// text (8 + 8 bytes a document).
	ids  map[uint64]uint64
	seed maphash.Seed
}

func (r *readState) readPath(ctx context.Context, root string, fn func(Item) error) error {
	info, err := os.Stat(root) // through a symbolic link
	if err != nil {
		return fn(Item{Err: fmt.Errorf("%s: %w", root, err)})
	}
	if !info.IsDir() {
		return r.readFile(ctx, root, fn)
	}
	w := &walker{root: root, seen: make(map[string]bool), skipped: r.Skipped, exclude: r.Exclude, fn: fn}
	if err := w.walk(root); err != nil {
		return err
	}
	files := w.files
	sort.Strings(files)
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.readFile(ctx, f, fn); err != nil {
			return err
		}
	}
	return nil
}

// walker lists the document files under root: those with an extension of
// folderExts, regular or links to regular files, in folders and links to
// folders, skipping names that start with ".", files whose name says they
// are not articles (NotArticle) and what exclude matches, the last two
// reported to skipped. seen holds the real paths of the folders walked: a
// folder reached again (a link to an ancestor, or two links to one
// folder) is not walked again. An unreadable folder fails alone (fn).
type walker struct {
	root    string
	seen    map[string]bool
	files   []string
	skipped func(path, reason string)
	exclude []string
	fn      func(Item) error
}

func (w *walker) skip(path, reason string) {
	if w.skipped != nil {
		w.skipped(path, reason)
	}
}

// excluded returns the pattern of exclude that matches p (by its name or
// its path under root), or "".
func (w *walker) excluded(p string) string {
	rel, err := filepath.Rel(w.root, p)
	if err != nil {
		rel = p
	}
	rel = filepath.ToSlash(rel)
	for _, pat := range w.exclude {
		if ok, _ := path.Match(pat, filepath.Base(p)); ok {
			return pat
		}
		if ok, _ := path.Match(pat, rel); ok {
			return pat
		}
	}
	return ""
}

func (w *walker) walk(dir string) error {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return w.fn(Item{Err: fmt.Errorf("%s: %w", dir, err)})
	}
	if w.seen[real] {
		return nil
	}
	w.seen[real] = true
	ents, err := os.ReadDir(dir)
	if err != nil {
		return w.fn(Item{Err: fmt.Errorf("%s: %w", dir, err)})
	}
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		p := filepath.Join(dir, e.Name())
		doc := folderExts[strings.ToLower(filepath.Ext(p))]
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			fi, err := os.Stat(p)
			if err != nil {
				if doc {
					w.files = append(w.files, p) // a broken link: reading it says so
				}
				continue
			}
			mode = fi.Mode().Type()
		}
		if !mode.IsDir() && !(mode.IsRegular() && doc) {
			continue
		}
		if pat := w.excluded(p); pat != "" {
			w.skip(p, "excluded by "+pat)
			continue
		}
		switch {
		case mode.IsDir():
			if err := w.walk(p); err != nil {
				return err
			}
		case NotArticle(e.Name()) != "":
			w.skip(p, NotArticle(e.Name()))
		default:
			w.files = append(w.files, p)
		}
	}
	return nil
}

func (r *readState) readFile(ctx context.Context, path string, fn func(Item) error) error {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".jsonl" || ext == ".ndjson" {
		f, err := os.Open(path)
		if err != nil {
			return fn(Item{Err: fmt.Errorf("%s: %w", path, err)})
		}
		defer f.Close()
		return r.readJSONL(ctx, path, f, fn)
	}
	info, err := os.Stat(path)
	if err != nil {
		return fn(Item{Err: fmt.Errorf("%s: %w", path, err)})
	}
	if info.Size() > r.max() {
		return fn(Item{Err: fmt.Errorf("%s: %w (%d bytes, limit %d)", path, ErrTooLarge, info.Size(), r.max())})
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return fn(Item{Err: fmt.Errorf("%s: %w", path, err)})
	}
	a, err := parse(path, raw, r.Encoding)
	if err != nil {
		return fn(Item{Err: fmt.Errorf("%s: %w", path, err)})
	}
	r.date(&a, info.ModTime())
	return fn(Item{Article: a})
}

// date gives a document without a publication date the run's date
// (Published) or, with ModTimeDates, its file's modification time (zero
// for standard input), and notes which.
func (r *Reader) date(a *Article, modTime time.Time) {
	switch {
	case a.Published != nil:
	case r.Published != nil:
		t := *r.Published
		a.Published = &t
		a.Notes = append(a.Notes, NoteRunDate)
	case r.ModTimeDates && !modTime.IsZero():
		y, m, d := modTime.UTC().Date()
		t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		a.Published = &t
		a.Notes = append(a.Notes, NoteModTime)
	}
}

// readStream reads standard input: JSON Lines when its first non-blank byte
// is '{', otherwise one text document.
func (r *readState) readStream(ctx context.Context, name string, in io.Reader, fn func(Item) error) error {
	br := bufio.NewReader(in)
	for {
		b, err := br.Peek(1)
		if err != nil {
			return fn(Item{Err: fmt.Errorf("%s: %w", name, ErrEmpty)})
		}
		if b[0] == ' ' || b[0] == '\n' || b[0] == '\r' || b[0] == '\t' {
			_, _ = br.ReadByte()
			continue
		}
		if b[0] == '{' {
			return r.readJSONL(ctx, name, br, fn)
		}
		break
	}
	raw, err := io.ReadAll(io.LimitReader(br, r.max()+1))
	if err != nil {
		return fn(Item{Err: fmt.Errorf("%s: %w", name, err)})
	}
	if int64(len(raw)) > r.max() {
		return fn(Item{Err: fmt.Errorf("%s: %w (limit %d bytes)", name, ErrTooLarge, r.max())})
	}
	a, err := parse(name, raw, r.Encoding)
	if err != nil {
		return fn(Item{Err: fmt.Errorf("%s: %w", name, err)})
	}
	r.date(&a, time.Time{})
	return fn(Item{Article: a})
}

// jsonDoc is one line of a JSON Lines input.
type jsonDoc struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

func (r *readState) readJSONL(ctx context.Context, name string, in io.Reader, fn func(Item) error) error {
	br := bufio.NewReaderSize(in, 1<<16)
	for line := 1; ; line++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		raw, tooLong, err := readLine(br, r.max()*2)
		if err == io.EOF && len(raw) == 0 {
			return nil
		}
		if err != nil && err != io.EOF {
			return fn(Item{Err: fmt.Errorf("%s:%d: %w", name, line, err)})
		}
		where := fmt.Sprintf("%s:%d", name, line)
		var item Item
		switch {
		case tooLong:
			item.Err = fmt.Errorf("%s: %w (line over %d bytes)", where, ErrTooLarge, r.max()*2)
		case len(bytes.TrimSpace(raw)) == 0:
			continue
		default:
			item = r.jsonItem(where, raw)
		}
		if ferr := fn(item); ferr != nil {
			return ferr
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one line, discarding (and flagging) any part beyond limit
// so a huge line costs no memory.
func readLine(br *bufio.Reader, limit int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, isPrefix, err := br.ReadLine()
		if !tooLong {
			line = append(line, chunk...)
			if int64(len(line)) > limit {
				line, tooLong = nil, true
			}
		}
		if err != nil {
			return line, tooLong, err
		}
		if !isPrefix {
			return line, tooLong, nil
		}
	}
}

// jsonItem parses one JSON Lines document and refuses it when its id came
// earlier in the input with another text (ErrDuplicateID).
func (r *readState) jsonItem(where string, raw []byte) Item {
	a, given, err := parseJSONDoc(where, raw, r.max(), r.Encoding)
	if err == nil {
		r.date(&a, time.Time{})
	}
	if err != nil || given == "" {
		return Item{Article: a, Err: err}
	}
	id, text := maphash.String(r.seed, a.ID), maphash.String(r.seed, a.Text)
	if first, ok := r.ids[id]; !ok {
		r.ids[id] = text
	} else if first != text {
		return Item{Article: a, Err: fmt.Errorf("%s: %w: id %q came earlier in this input with another text; the first is kept",
			where, ErrDuplicateID, given)}
	}
	return Item{Article: a}
}

// parseJSONDoc parses one JSON Lines document; given is the id the line
// gives ("" when none: the ID is the hash of the text).
func parseJSONDoc(where string, raw []byte, max int64, encoding string) (a Article, given string, err error) {
	// A line that is not UTF-8 is decoded as a whole: JSON's syntax is
	// ASCII, which the single-byte encodings leave as it is, and
	// json.Unmarshal would otherwise turn each invalid byte into U+FFFD.
	raw, note, err := decode(raw, false, encoding)
	if err != nil {
		return Article{}, "", fmt.Errorf("%s: %w", where, err)
	}
	var d jsonDoc
	if err := json.Unmarshal(raw, &d); err != nil {
		return Article{}, "", fmt.Errorf("%s: %w: invalid JSON: %w", where, ErrMalformed, err)
	}
	if int64(len(d.Text)) > max {
		return Article{}, "", fmt.Errorf("%s: %w (%d bytes, limit %d)", where, ErrTooLarge, len(d.Text), max)
	}
	src := d.Source
	if src == "" {
		src = where
	}
	text, err := checkText([]byte(d.Text))
	if err != nil {
		return Article{}, "", fmt.Errorf("%s: %w", where, err)
	}
	a = Article{Source: src, Title: oneLine(d.Title), Text: text}
	if note != "" {
		a.Notes = append(a.Notes, note)
	}
	if d.Published != "" {
		t, ok := ParseDate(d.Published)
		if !ok {
			return Article{}, "", fmt.Errorf("%s: %w: published %q is not a date", where, ErrMalformed, d.Published)
		}
		a.Published = &t
	}
	if a.Title == "" {
		a.Title = firstLineTitle(text)
	}
	a.ID = ID(text)
	if d.ID != "" {
		a.ID = externalID(d.ID)
	}
	return a, d.ID, nil
}

var idSafe = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)

// externalID keeps an ID given by the input when it is safe in an IRI, and
// hashes it otherwise, so that the same input ID always maps to the same
// document.
func externalID(id string) string {
	if idSafe.MatchString(id) {
		return id
	}
	return ID("id:" + id)
}

// Parse turns the bytes of one file into an Article. The format comes from
// the extension of name (.html/.htm, .md/.markdown, anything else as text),
// or from the content when it clearly is HTML. Bytes that are not UTF-8
// are decoded (see decode) and the Article says so in Notes; binary
// content fails with ErrBinary.
func Parse(name string, raw []byte) (Article, error) {
	return parse(name, raw, "")
}

// parse is Parse with the encoding of raw given (an encoding label), or
// "" to detect it.
func parse(name string, raw []byte, encoding string) (Article, error) {
	ext := strings.ToLower(filepath.Ext(name))
	html := ext == ".html" || ext == ".htm" || (ext != ".md" && ext != ".markdown" && looksLikeHTML(raw))
	raw, note, err := decode(raw, html, encoding)
	if err != nil {
		return Article{}, err
	}
	html = html || (ext != ".md" && ext != ".markdown" && looksLikeHTML(raw)) // decoded from UTF-16
	if err := checkBytes(raw); err != nil {
		return Article{}, err
	}
	var a Article
	switch {
	case html:
		a, err = parseHTML(raw)
	case ext == ".md" || ext == ".markdown":
		a, err = parseMarkdown(raw)
	default:
		a = parseText(string(raw))
	}
	if err != nil {
		return Article{}, err
	}
	a.Text = Normalize(a.Text)
	if strings.TrimSpace(a.Text) == "" {
		return Article{}, ErrEmpty
	}
	a.Title = oneLine(a.Title)
	if a.Title == "" {
		a.Title = firstLineTitle(a.Text)
	}
	a.Source = name
	a.ID = ID(a.Text)
	if note != "" {
		a.Notes = append(a.Notes, note)
	}
	return a, nil
}

// checkBytes refuses empty and binary content (given as UTF-8, by decode).
func checkBytes(raw []byte) error {
	if len(bytes.TrimSpace(raw)) == 0 {
		return ErrEmpty
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return ErrBinary
	}
	return nil
}

// checkText checks a JSON Lines text, decoded already (valid UTF-8).
func checkText(raw []byte) (string, error) {
	if err := checkBytes(raw); err != nil {
		return "", err
	}
	t := Normalize(string(raw))
	if t == "" {
		return "", ErrEmpty
	}
	return t, nil
}

func looksLikeHTML(raw []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(raw[:min(len(raw), 512)]))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}

// parseText reads a plain-text article: the first short line is its title,
// and a dateline near the top ("Published : Sept. 29, 2017") its date.
func parseText(s string) Article {
	a := Article{Text: s}
	a.Published = findDateline(s)
	return a
}

// oneLine is a title as stored: its runs of white space, line breaks
// included (an og:title or a JSON title may have them), one space.
func oneLine(title string) string { return strings.Join(strings.Fields(title), " ") }

// firstLineTitle is the first non-blank line when it is short enough to be a
// headline.
func firstLineTitle(text string) string {
	for _, l := range strings.SplitN(text, "\n", 8) {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if utf8.RuneCountInString(l) <= 200 {
			return l
		}
		return ""
	}
	return ""
}

var (
	datelineWord = regexp.MustCompile(`(?i)^\s*(published|updated|posted|date|first published|last updated)\b`)
	monthNames   = `(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`
	dateRes      = []*regexp.Regexp{
		regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`),
		regexp.MustCompile(`(?i)\b` + monthNames + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`),
		regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+` + monthNames + `,?\s+(\d{4})\b`),
	}
	months = map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}
)

// findDateline looks for a publication date in the first lines of a text: a
// line that starts with Published/Updated/Date, or a line that is only a date.
func findDateline(s string) *time.Time {
	lines := strings.SplitN(s, "\n", 25)
	for i, l := range lines {
		if i == 24 {
			break
		}
		l = strings.TrimSpace(l)
		if l == "" || len(l) > 120 {
			continue
		}
		t, ok := findDate(l)
		if !ok {
			continue
		}
		if datelineWord.MatchString(l) || len(l) <= 40 {
			return &t
		}
	}
	return nil
}

// findDate finds the first date in s.
func findDate(s string) (time.Time, bool) {
	if m := dateRes[0].FindStringSubmatch(s); m != nil {
		if t, err := time.Parse("2006-01-02", m[0]); err == nil {
			return t, true
		}
	}
	if m := dateRes[1].FindStringSubmatch(s); m != nil {
		return makeDate(m[3], m[1], m[2])
	}
	if m := dateRes[2].FindStringSubmatch(s); m != nil {
		return makeDate(m[3], m[2], m[1])
	}
	return time.Time{}, false
}

func makeDate(year, month, day string) (time.Time, bool) {
	var y, d int
	if _, err := fmt.Sscan(year, &y); err != nil {
		return time.Time{}, false
	}
	if _, err := fmt.Sscan(day, &d); err != nil {
		return time.Time{}, false
	}
	m, ok := months[strings.ToLower(month)[:3]]
	if !ok || d < 1 || d > 31 || y < 1800 || y > 2200 {
		return time.Time{}, false
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true
}

// ParseDate reads a publication date given as RFC 3339, an ISO date, or a
// written date ("Sept. 29, 2017", "29 September 2017"). The result is the
// date at midnight UTC.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			y, m, d := t.UTC().Date()
			return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true
		}
	}
	return findDate(s)
}
