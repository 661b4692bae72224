package main

// coref: the extractor's personal pronouns scored against GUM's
// coreference layer.

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
)

// corefPronouns are the pronouns scored: the personal ones the extractor
// resolves to people, and the neuter and plural ones it mostly leaves.
var corefPronouns = map[string]bool{"he": true, "him": true, "his": true, "himself": true, "she": true, "her": true,
	"hers": true, "herself": true, "it": true, "its": true, "they": true, "them": true, "their": true, "themselves": true}

// goldMention is a span of a GUM document's coreference layer (byte
// offsets into the rebuilt text) and its entity cluster.
type goldMention struct {
	start, end int
	cluster    string
}

// gumDoc is a GUM document rebuilt as text: the headline, a blank line and
// the paragraphs, with the coreference layer's mentions.
type gumDoc struct {
	name     string
	text     string
	mentions []goldMention
}

var (
	entityOpen  = regexp.MustCompile(`^\((\d+)-[^()]*`)
	entityClose = regexp.MustCompile(`^(\d+)\)`)
)

// readGUM rebuilds one GUM CoNLL-U file (CorefUD-style Entity= in MISC,
// SpaceAfter=No, multiword token ranges, "# newpar" paragraphs).
func readGUM(path string) (gumDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return gumDoc{}, err
	}
	defer f.Close()
	doc := gumDoc{name: strings.TrimSuffix(filepath.Base(path), ".conllu")}
	var b strings.Builder
	sep := ""          // what goes before the next token
	spaceAfter := true // the last token's SpaceAfter
	rangeEnd, rangeSpace := 0, true
	open := map[string][]int{} // cluster -> starts of its open mentions
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# newpar"):
			if b.Len() > 0 {
				sep = "\n\n"
			}
			continue
		case strings.HasPrefix(line, "# sent_id"):
			rangeEnd = 0
			if sep == "" && b.Len() > 0 {
				sep = " "
			}
			continue
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 10 {
			return gumDoc{}, fmt.Errorf("%s: a token line with %d columns", path, len(cols))
		}
		id := cols[0]
		if strings.Contains(id, ".") {
			continue
		}
		if _, z, ok := strings.Cut(id, "-"); ok {
			rangeEnd, _ = strconv.Atoi(z)
			rangeSpace = !strings.Contains(cols[9], "SpaceAfter=No")
			continue
		}
		n, _ := strconv.Atoi(id)
		switch {
		case sep != "":
			b.WriteString(sep)
			sep = ""
		case b.Len() > 0 && spaceAfter:
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(cols[1])
		end := b.Len()
		spaceAfter = !strings.Contains(cols[9], "SpaceAfter=No")
		if n <= rangeEnd {
			spaceAfter = n == rangeEnd && rangeSpace
		}
		for _, field := range strings.Split(cols[9], "|") {
			e, ok := strings.CutPrefix(field, "Entity=")
			if !ok {
				continue
			}
			for e != "" {
				if m := entityOpen.FindStringSubmatch(e); m != nil {
					e = e[len(m[0]):]
					if strings.HasPrefix(e, ")") {
						doc.mentions = append(doc.mentions, goldMention{start, end, m[1]})
						e = e[1:]
					} else {
						open[m[1]] = append(open[m[1]], start)
					}
					continue
				}
				if m := entityClose.FindStringSubmatch(e); m != nil {
					e = e[len(m[0]):]
					if st := open[m[1]]; len(st) > 0 {
						doc.mentions = append(doc.mentions, goldMention{st[len(st)-1], end, m[1]})
						open[m[1]] = st[:len(st)-1]
					}
					continue
				}
				e = e[1:]
			}
		}
	}
	doc.text = b.String()
	return doc, sc.Err()
}

// corefScore counts one pronoun class.
type corefScore struct{ resolved, correct, resolvable int }

func cmdCoref(args []string) error {
	fs := flag.NewFlagSet("coref", flag.ContinueOnError)
	genres := fs.String("genres", "news,bio,interview,speech", "GUM genres to read (the file name's second part)")
	verbose := fs.Bool("v", false, "print each wrong resolution with its context")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: devtool coref [-genres news,bio] [-v] GUM_DIR\n\nGUM_DIR holds GUM's CoNLL-U files (dep/*.conllu of github.com/amir-zeldes/gum).")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return flag.ErrHelp
	}
	files, err := filepath.Glob(filepath.Join(fs.Arg(0), "GUM_*.conllu"))
	if err != nil {
		return err
	}
	want := map[string]bool{}
	for _, g := range strings.Split(*genres, ",") {
		want[g] = true
	}
	x, err := extract.New()
	if err != nil {
		return err
	}
	scores := map[string]*corefScore{}
	score := func(p string) *corefScore {
		if scores[p] == nil {
			scores[p] = &corefScore{}
		}
		return scores[p]
	}
	docs := 0
	for _, path := range files {
		parts := strings.SplitN(filepath.Base(path), "_", 3)
		if len(parts) < 3 || !want[parts[1]] {
			continue
		}
		doc, err := readGUM(path)
		if err != nil {
			return err
		}
		if article.Normalize(doc.text) != doc.text {
			fmt.Fprintf(os.Stderr, "skip %s: its text changes when normalised\n", doc.name)
			continue
		}
		docs++
		wrong := scoreCoref(doc, x.Extract(doc.text), score)
		if *verbose {
			for _, w := range wrong {
				fmt.Println(w)
			}
		}
	}
	var keys []string
	total := corefScore{}
	for p, s := range scores {
		keys = append(keys, p)
		total.resolved += s.resolved
		total.correct += s.correct
		total.resolvable += s.resolvable
	}
	sort.Strings(keys)
	fmt.Printf("%d documents; pronouns resolved %d, right %d: precision %.3f; resolvable %d: recall %.3f\n", docs,
		total.resolved, total.correct, ratio(total.correct, total.resolved), total.resolvable, ratio(total.correct, total.resolvable))
	for _, p := range keys {
		s := scores[p]
		fmt.Printf("  %-10s resolved %4d right %4d resolvable %4d\n", p, s.resolved, s.correct, s.resolvable)
	}
	return nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// scoreCoref scores the pronoun mentions of res against doc's clusters. A
// resolved pronoun is right when its gold cluster is the cluster of one of
// its entity's name mentions (the smallest gold mentions containing the
// name). A gold pronoun is resolvable when its cluster has an earlier gold
// mention overlapping a name the extractor found. It returns the wrong
// resolutions, described.
func scoreCoref(doc gumDoc, res extract.Result, score func(string) *corefScore) []string {
	byStart := map[int][]goldMention{}
	for _, g := range doc.mentions {
		byStart[g.start] = append(byStart[g.start], g)
	}
	clustersOf := func(s, e int) map[string]bool {
		best, out := -1, map[string]bool{}
		for _, g := range doc.mentions {
			if g.start > s || e > g.end {
				continue
			}
			switch n := g.end - g.start; {
			case best < 0 || n < best:
				best, out = n, map[string]bool{g.cluster: true}
			case n == best:
				out[g.cluster] = true
			}
		}
		return out
	}
	var names [][2]int
	for _, e := range res.Entities {
		for _, m := range e.Mentions {
			if m.Kind == extract.MentionName {
				names = append(names, [2]int{m.Start, m.End})
			}
		}
	}
	var wrong []string
	resolved := map[int]bool{}
	for _, e := range res.Entities {
		var clusters map[string]bool
		for _, m := range e.Mentions {
			p := strings.ToLower(m.Text)
			if m.Kind != extract.MentionPronoun || !corefPronouns[p] {
				continue
			}
			if clusters == nil {
				clusters = map[string]bool{}
				for _, n := range e.Mentions {
					if n.Kind == extract.MentionName {
						for c := range clustersOf(n.Start, n.End) {
							clusters[c] = true
						}
					}
				}
			}
			score(p).resolved++
			resolved[m.Start] = true
			gold := ""
			for _, g := range byStart[m.Start] {
				if g.end == m.End {
					gold = g.cluster
				}
			}
			if gold != "" && clusters[gold] {
				score(p).correct++
				continue
			}
			from := max(0, m.Start-120)
			wrong = append(wrong, fmt.Sprintf("%s: %q -> %s | ...%s", doc.name, m.Text, e.Name, oneLine(doc.text[from:min(len(doc.text), m.End+40)])))
		}
	}
	for _, g := range doc.mentions {
		p := strings.ToLower(doc.text[g.start:g.end])
		if !corefPronouns[p] || !namedBefore(doc, g, names) {
			continue
		}
		score(p).resolvable++
	}
	return wrong
}

// namedBefore: gold pronoun g's cluster has a mention before it that
// overlaps one of the names found.
func namedBefore(doc gumDoc, g goldMention, names [][2]int) bool {
	for _, o := range doc.mentions {
		if o.cluster != g.cluster || o.start >= g.start {
			continue
		}
		for _, n := range names {
			if n[0] < o.end && o.start < n[1] {
				return true
			}
		}
	}
	return false
}
