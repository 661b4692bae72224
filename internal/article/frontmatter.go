package article

import (
	"bytes"
	"strings"
	"time"
)

// frontMatter is what a Markdown file's front matter says of it.
type frontMatter struct {
	title     string
	published *time.Time
}

// cutFrontMatter splits a Markdown file's front matter (a YAML block
// between "---" lines, or TOML between "+++" lines, at the very top, as
// Hugo and Jekyll write them) from its body, and reads the title and the
// date (date, published, publishdate, pubdate) from its "key: value" or
// "key = value" lines; nested values are not read. Without front matter
// the body is raw. goldmark would otherwise render the block as a rule and
// a heading made of its lines.
func cutFrontMatter(raw []byte) (frontMatter, []byte) {
	var fm frontMatter
	s := bytes.TrimPrefix(raw, bomUTF8)
	var fence string
	switch {
	case bytes.HasPrefix(s, []byte("---\n")), bytes.HasPrefix(s, []byte("---\r\n")):
		fence = "---"
	case bytes.HasPrefix(s, []byte("+++\n")), bytes.HasPrefix(s, []byte("+++\r\n")):
		fence = "+++"
	default:
		return fm, raw
	}
	lines := strings.SplitAfter(string(s), "\n")
	for i := 1; i < len(lines) && i < 200; i++ {
		l := strings.TrimRight(lines[i], "\r\n")
		if l == fence || (fence == "---" && l == "...") {
			for _, kv := range lines[1:i] {
				fm.read(kv)
			}
			return fm, []byte(strings.Join(lines[i+1:], ""))
		}
	}
	return frontMatter{}, raw // never closed: not front matter
}

// read takes one "key: value" or "key = value" line.
func (fm *frontMatter) read(line string) {
	if line == "" || line[0] == ' ' || line[0] == '\t' {
		return // nested
	}
	key, val, ok := strings.Cut(line, ":")
	if k2, v2, ok2 := strings.Cut(line, "="); ok2 && (!ok || len(k2) < len(key)) {
		key, val, ok = k2, v2, true
	}
	if !ok {
		return
	}
	key = strings.ToLower(strings.TrimSpace(key))
	val = strings.Trim(strings.TrimSpace(val), `"'`)
	switch key {
	case "title":
		if fm.title == "" {
			fm.title = val
		}
	case "date", "published", "publishdate", "pubdate", "published_at", "date_published":
		if t, ok := ParseDate(val); ok && fm.published == nil {
			fm.published = &t
		}
	}
}
