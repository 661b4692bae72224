package export

import (
	"bufio"
	"io"
	"sort"
	"strconv"
	"strings"
)

// writeDOT writes a Graphviz digraph. Every ID and attribute value is a
// double-quoted string, so no input can end a statement early.
func writeDOT(w io.Writer, g Graph) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("digraph \"newsgraph\" {\n")
	for _, n := range g.Nodes {
		bw.WriteString("  " + dotQuote(n.ID) + " [")
		attrs := [][2]string{{"label", n.Label}, {"type", n.Type}, {"degree", strconv.Itoa(n.Degree)}}
		attrs = append(attrs, sortedAttrs(n.Attrs)...)
		writeDOTAttrs(bw, attrs)
		bw.WriteString("];\n")
	}
	for _, e := range g.Edges {
		bw.WriteString("  " + dotQuote(e.Source) + " -> " + dotQuote(e.Target) + " [")
		attrs := [][2]string{{"id", e.ID}, {"label", e.Predicate}, {"predicate", e.Predicate}, {"weight", strconv.Itoa(e.Weight)}}
		if e.Goldstein != nil {
			attrs = append(attrs, [2]string{"goldstein", strconv.FormatFloat(*e.Goldstein, 'g', -1, 64)})
		}
		for _, kv := range [][2]string{{"cameo", e.CAMEO}, {"firstSeen", timestamp(e.FirstSeen)},
			{"lastSeen", timestamp(e.LastSeen)}, {"documents", strings.Join(e.Documents, " ")}} {
			if kv[1] != "" {
				attrs = append(attrs, kv)
			}
		}
		attrs = append(attrs, sortedAttrs(e.Attrs)...)
		writeDOTAttrs(bw, attrs)
		bw.WriteString("];\n")
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

func sortedAttrs(m map[string]string) [][2]string {
	out := make([][2]string, 0, len(m))
	for k, v := range m {
		out = append(out, [2]string{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

func writeDOTAttrs(bw *bufio.Writer, attrs [][2]string) {
	for i, kv := range attrs {
		if i > 0 {
			bw.WriteString(", ")
		}
		bw.WriteString(dotQuote(kv[0]) + "=" + dotQuote(kv[1]))
	}
}

// dotQuote makes s a DOT double-quoted string. Inside one, only \" is an
// escape for the parser; Graphviz reads \\ as a backslash and \n as a line
// break in labels, so backslashes are doubled, line breaks become \n and
// other control characters become U+FFFD, written (like any U+FFFD) as the
// entity &#65533; which Graphviz renders and which parsers that refuse the
// replacement character (gonum's) still read.
const dotReplacement = "&#65533;"

func dotQuote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			b.WriteString(`\"`)
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\r' && i+1 < len(s) && s[i+1] == '\n':
			// \r\n: one line break, written at the \n.
		case c == '\n' || c == '\r':
			b.WriteString(`\n`)
		case c < 0x20 && c != '\t' || c == 0x7f:
			b.WriteString(dotReplacement)
		case strings.HasPrefix(s[i:], "\uFFFD"):
			b.WriteString(dotReplacement)
			i += len("\uFFFD") - 1
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}
