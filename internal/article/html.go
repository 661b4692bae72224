package article

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/yuin/goldmark"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseHTML keeps the readable text of a page: paragraphs and headings,
// without scripts, styles, navigation, headers, footers and forms. The title
// comes from og:title, <title> or the first <h1>; the date from the usual
// meta tags or a <time datetime>.
func parseHTML(raw []byte) (Article, error) {
	if off, ok := unterminatedTag(raw); ok {
		return Article{}, fmt.Errorf("%w: HTML tag or comment opened at byte %d is never closed", ErrMalformed, off)
	}
	doc, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		return Article{}, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	var (
		a       Article
		b       strings.Builder
		title   string
		h1      string
		ogTitle string
	)
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Nav, atom.Footer, atom.Header,
				atom.Aside, atom.Form, atom.Button, atom.Select, atom.Svg, atom.Iframe, atom.Figure:
				return
			case atom.Title:
				title = strings.TrimSpace(textOf(n))
				return
			case atom.Meta:
				applyMeta(&a, &ogTitle, n)
				return
			case atom.Time:
				if a.Published == nil {
					if t, ok := ParseDate(attr(n, "datetime")); ok {
						a.Published = &t
					}
				}
			case atom.H1:
				if h1 == "" {
					h1 = strings.TrimSpace(textOf(n))
				}
			case atom.Br:
				b.WriteString("\n")
			}
		}
		if n.Type == html.TextNode {
			b.WriteString(collapseSpace(n.Data))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && isBlock(n.DataAtom) {
			b.WriteString("\n\n")
		}
	}
	walk(doc)
	a.Text = cleanBlocks(b.String())
	switch {
	case ogTitle != "":
		a.Title = ogTitle
	case title != "":
		a.Title = title
	default:
		a.Title = h1
	}
	if strings.TrimSpace(a.Text) == "" {
		return Article{}, fmt.Errorf("%w: no readable text in the HTML page", ErrEmpty)
	}
	return a, nil
}

func applyMeta(a *Article, ogTitle *string, n *html.Node) {
	key := strings.ToLower(attr(n, "property"))
	if key == "" {
		key = strings.ToLower(attr(n, "name"))
	}
	if key == "" {
		key = strings.ToLower(attr(n, "itemprop"))
	}
	content := strings.TrimSpace(attr(n, "content"))
	switch key {
	case "og:title", "twitter:title":
		if *ogTitle == "" {
			*ogTitle = content
		}
	case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date":
		if a.Published == nil {
			if t, ok := ParseDate(content); ok {
				a.Published = &t
			}
		}
	}
}

func attr(n *html.Node, key string) string {
	for _, at := range n.Attr {
		if strings.EqualFold(at.Key, key) {
			return at.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return collapseSpace(b.String())
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Ul, atom.Ol,
		atom.Blockquote, atom.Pre, atom.Table, atom.Tr, atom.Section, atom.Article, atom.Main, atom.Body,
		atom.Dd, atom.Dt, atom.Figcaption, atom.Hr:
		return true
	}
	return false
}

// collapseSpace turns runs of white space (line breaks included) into one
// space, as a browser shows them.
func collapseSpace(s string) string {
	if !strings.ContainsAny(s, " \t\n\r\f\u00a0") {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\u00a0' {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// cleanBlocks trims each line and keeps at most one blank line between
// blocks.
func cleanBlocks(s string) string {
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := true
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, l)
		blank = false
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

// unterminatedTag reports a tag or comment opened and never closed before the
// end of the page, the usual sign of a truncated or broken download, which
// the lenient HTML5 parser would otherwise swallow silently.
func unterminatedTag(raw []byte) (int, bool) {
	last := bytes.LastIndexByte(raw, '<')
	if last < 0 {
		return 0, false
	}
	rest := raw[last:]
	if bytes.HasPrefix(rest, []byte("<!--")) {
		return last, !bytes.Contains(rest, []byte("-->"))
	}
	if len(rest) > 1 && (isLetter(rest[1]) || rest[1] == '/' || rest[1] == '!') {
		return last, bytes.IndexByte(rest, '>') < 0
	}
	if c := bytes.LastIndex(raw, []byte("<!--")); c >= 0 && !bytes.Contains(raw[c:], []byte("-->")) {
		return c, true
	}
	return 0, false
}

func isLetter(b byte) bool { return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') }

// parseMarkdown renders Markdown with goldmark (CommonMark) and keeps the
// text of the rendered page; the title and date of its front matter
// (cutFrontMatter), else the first heading is the title. Documents
// checkMarkdown refuses are never given to goldmark.
func parseMarkdown(raw []byte) (Article, error) {
	fm, raw := cutFrontMatter(raw)
	if err := checkMarkdown(raw); err != nil {
		return Article{}, err
	}
	var out bytes.Buffer
	if err := goldmark.Convert(raw, &out); err != nil {
		return Article{}, fmt.Errorf("%w: markdown: %w", ErrMalformed, err)
	}
	page := append([]byte("<html><body>"), out.Bytes()...)
	page = append(page, "</body></html>"...)
	a, err := parseHTML(page)
	if err != nil {
		return Article{}, err
	}
	if fm.title != "" {
		a.Title = fm.title
	}
	if fm.published != nil {
		a.Published = fm.published
	}
	if a.Published == nil {
		a.Published = findDateline(a.Text)
	}
	return a, nil
}

// Limits on Markdown, checked on the raw text before goldmark parses it:
// goldmark's time grows with the square of the containers a line opens
// (200 KB of ">" took 29 s, only for the HTML parser to refuse the
// 512-deep result) and with the number of open link destinations in a
// paragraph times its length, since each may be scanned to the paragraph's
// end (200 KB of "[a](" took 18 s). No article comes near either limit.
const (
	// maxMarkdownDepth is the most blockquote markers and list item
	// markers one line may have ("> > - x" has three).
	maxMarkdownDepth = 32
	// maxMarkdownLinkScan bounds the sum over paragraphs of the open link
	// destinations in a paragraph times its length in bytes: about half a
	// second of goldmark's scanning. A plain link, "[text](url)" with no
	// space, quote, bracket or parenthesis in the URL, is not open: its
	// scan ends at its ")".
	maxMarkdownLinkScan = 256 << 20
)

// checkMarkdown refuses, with an error wrapping ErrMalformed, Markdown whose
// nesting or links would make goldmark slow (see maxMarkdownDepth). It
// reads each byte once.
func checkMarkdown(raw []byte) error {
	scan := 0  // link scanning of the paragraphs before this one
	para := 0  // offset of the current paragraph
	links := 0 // link destinations in the current paragraph
	for n, off := 1, 0; off < len(raw); n++ {
		end := bytes.IndexByte(raw[off:], '\n')
		if end < 0 {
			end = len(raw)
		} else {
			end += off
		}
		line := raw[off:end]
		if len(bytes.TrimSpace(line)) == 0 {
			scan += links * (off - para)
			para, links = end+1, 0
		}
		if d := containerDepth(line); d > maxMarkdownDepth {
			return fmt.Errorf("%w: markdown line %d opens %d nested blockquotes or lists (limit %d)", ErrMalformed, n, d, maxMarkdownDepth)
		}
		links += openLinks(line)
		if s := scan + links*(end-para); s > maxMarkdownLinkScan {
			return fmt.Errorf("%w: markdown has too many links per paragraph (%d in the paragraph ending at line %d)", ErrMalformed, links, n)
		}
		off = end + 1
	}
	return nil
}

// openLinks counts the link destinations ("](") of a line that are not
// plain links (see maxMarkdownLinkScan).
func openLinks(line []byte) int {
	n := 0
	for i := 0; ; {
		k := bytes.Index(line[i:], []byte("]("))
		if k < 0 {
			return n
		}
		i += k + 2
		j := i
		for j < len(line) && !endsPlainURL(line[j]) {
			j++ // stops at the "(" of the next "](" at the latest
		}
		if j == len(line) || line[j] != ')' {
			n++
		}
	}
}

func endsPlainURL(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '(', ')', '<', '>', '"', '\'':
		return true
	}
	return false
}

// containerDepth counts the blockquote markers (">") and list item markers
// ("-", "+", "*", "1.", "1)" followed by a space) at the start of a Markdown
// line: the containers it opens or continues.
func containerDepth(line []byte) int {
	depth := 0
	for i := 0; i < len(line); {
		c := line[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c == '>':
			depth++
			i++
		case c == '-' || c == '+' || c == '*':
			if i+1 < len(line) && line[i+1] != ' ' && line[i+1] != '\t' {
				return depth
			}
			depth++
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j == len(line) || line[j] != '.' && line[j] != ')' || j+1 < len(line) && line[j+1] != ' ' && line[j+1] != '\t' {
				return depth
			}
			depth++
			i = j + 1
		default:
			return depth
		}
	}
	return depth
}
