package kg_test

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/kg/kgtest"
)

// envCrashChild tells the re-executed test binary to ingest into the store
// it names until killed.
const envCrashChild = "NEWSGRAPH_KG_CRASH_CHILD"

// envCrashBatch tells the child to write through AddDocuments, this many
// documents per batch.
const envCrashBatch = "NEWSGRAPH_KG_CRASH_BATCH"

// crashDocs is how many synthetic documents the child tries to ingest.
const crashDocs = 400

// replaceLoop as the batch size makes the child replace documents 0 to
// replaceDocs-1, stored beforehand, by their other version, round and
// round, until killed.
const (
	replaceLoop = -1
	replaceDocs = 20
)

// TestCrashChild is the process TestCrash kills; it does nothing otherwise.
func TestCrashChild(t *testing.T) {
	uri := os.Getenv(envCrashChild)
	if uri == "" {
		t.Skip("runs only as the subprocess of TestCrash")
	}
	ctx := context.Background()
	s, err := kg.Open(ctx, uri)
	if err != nil {
		fmt.Println("open failed:", err)
		os.Exit(2)
	}
	fmt.Println("ready")
	batch, _ := strconv.Atoi(os.Getenv(envCrashBatch))
	if batch == replaceLoop {
		// The parent stored documents 0 to replaceDocs-1: flip each
		// between its two versions until killed.
		for r := 0; ; r++ {
			d := kgtest.Synthetic(r % replaceDocs)
			if r/replaceDocs%2 == 0 {
				d = updated(d)
			}
			if _, err := s.ReplaceDocument(ctx, d.Article, d.Result); err != nil {
				fmt.Println("replace failed:", err)
				os.Exit(5)
			}
		}
	}
	for i := 0; i < crashDocs; {
		if batch > 1 {
			var docs []kg.Doc
			for ; i < crashDocs && len(docs) < batch; i++ {
				d := kgtest.Synthetic(i)
				docs = append(docs, kg.Doc{Article: d.Article, Result: d.Result})
			}
			res, err := s.AddDocuments(ctx, docs)
			if err == nil {
				for _, r := range res {
					if err = r.Err; err != nil {
						break
					}
				}
			}
			if err != nil {
				fmt.Println("add failed:", err)
				os.Exit(3)
			}
		} else {
			d := kgtest.Synthetic(i)
			if _, err := s.AddDocument(ctx, d.Article, d.Result); err != nil {
				fmt.Println("add failed:", err)
				os.Exit(3)
			}
			i++
		}
		if i%15 == 0 { // some replacements, so a kill can land in one
			u := updated(kgtest.Synthetic(i - 1))
			if _, err := s.ReplaceDocument(ctx, u.Article, u.Result); err != nil {
				fmt.Println("replace failed:", err)
				os.Exit(5)
			}
		}
		if i%20 == 0 { // some deletes too, so a kill can land in one
			if _, err := s.DeleteDocument(ctx, kgtest.Synthetic(i-1).Article.ID); err != nil {
				fmt.Println("delete failed:", err)
				os.Exit(4)
			}
		}
	}
	fmt.Println("done")
	s.Close()
}

// TestCrash kills a process that is ingesting at a random moment, several
// times, and checks after each kill that the store opens and holds every
// document whole or not at all.
func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	for _, tc := range []struct {
		name, uri string
		batch     int
	}{
		{"leveldb", "leveldb:" + filepath.Join(t.TempDir(), "db"), 1},
		{"bbolt", "bolt:" + filepath.Join(t.TempDir(), "kg.bolt"), 1},
		{"leveldb-batch", "leveldb:" + filepath.Join(t.TempDir(), "db"), 10},
		{"bbolt-batch", "bolt:" + filepath.Join(t.TempDir(), "kg.bolt"), 10},
		// Replacing is one transaction too: a kill leaves the old version
		// or the new one, never no document.
		{"leveldb-replace", "leveldb:" + filepath.Join(t.TempDir(), "db"), replaceLoop},
		{"bbolt-replace", "bolt:" + filepath.Join(t.TempDir(), "kg.bolt"), replaceLoop},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.batch == replaceLoop {
				storeDocs(t, tc.uri, replaceDocs)
			}
			rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
			kills := 0
			for round := 0; round < 6 && kills < 4; round++ {
				delay := time.Duration(20+rng.IntN(600)) * time.Millisecond
				finished := runAndKill(t, tc.uri, tc.batch, delay)
				if !finished {
					kills++
				}
				when := fmt.Sprintf("round %d (killed after %v: %v)", round, delay, !finished)
				if n := checkWholeOrAbsent(t, tc.uri, when); tc.batch == replaceLoop && n != replaceDocs {
					t.Errorf("%s: %d of the %d documents being replaced are in the store, want all", when, n, replaceDocs)
				}
			}
			if kills == 0 {
				t.Errorf("the child always finished before the kill: the test proved nothing")
			}
		})
	}
}

// runAndKill starts the child, waits for it to open the store, lets it run
// for delay and kills it with SIGKILL. It reports whether the child had
// already finished.
func runAndKill(t *testing.T, uri string, batch int, delay time.Duration) (finished bool) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), envCrashChild+"="+uri, envCrashBatch+"="+strconv.Itoa(batch))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	select {
	case l := <-lines:
		if l != "ready" {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("child: %s", l)
		}
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatal("child did not open the store in 30s")
	}
	time.Sleep(delay)
	_ = cmd.Process.Signal(syscall.SIGKILL)
	var rest []string
	for l := range lines {
		rest = append(rest, l)
	}
	err = cmd.Wait()
	if slices.Contains(rest, "done") {
		return true
	}
	for _, l := range rest {
		if l != "PASS" && l != "ok" {
			t.Fatalf("child failed before the kill: %v (%v)", rest, err)
		}
	}
	return false
}

// checkWholeOrAbsent reopens the store and checks every synthetic document:
// absent, or complete with exactly its quads; and no quad of any other label.
// updated is the version of d that TestCrashChild replaces it with: the
// same ID, another title and text (so every document quad changes), the
// same entities and relations.
func updated(d kgtest.Document) kgtest.Document {
	d.Article.Title += " (updated)"
	d.Article.Text += " Updated."
	return d
}

func checkWholeOrAbsent(t *testing.T, uri, when string) (documents int) {
	t.Helper()
	ctx := context.Background()
	s, err := kg.Open(ctx, uri)
	if err != nil {
		t.Fatalf("%s: reopen after kill: %v", when, err)
	}
	defer s.Close()
	var total int
	for i := range crashDocs {
		d := kgtest.Synthetic(i)
		got, err := s.DocumentQuadsStored(ctx, d.Article.ID)
		if err != nil {
			t.Fatalf("%s: quads of document %d: %v", when, i, err)
		}
		complete, err := s.HasDocument(ctx, d.Article.ID)
		if err != nil {
			t.Fatalf("%s: HasDocument %d: %v", when, i, err)
		}
		if len(got) == 0 {
			if complete {
				t.Errorf("%s: document %d complete with no quads", when, i)
			}
			continue
		}
		documents++
		// The original version or the replacement, whole.
		want, alt := kgtest.Want(t, d), kgtest.Want(t, updated(d))
		if g := kgtest.NQuads(got); !slices.Equal(g, want) && !slices.Equal(g, alt) || !complete {
			t.Errorf("%s: document %d is partial: %d of %d (or %d) quads, complete=%v", when, i, len(g), len(want), len(alt), complete)
		}
		total += len(got)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("%s: Stats: %v", when, err)
	}
	if st.Quads != int64(total) {
		t.Errorf("%s: store holds %d quads, the complete documents %d", when, st.Quads, total)
	}
	t.Logf("%s: %d documents, %d quads", when, st.Documents, st.Quads)
	return documents
}

// storeDocs stores synthetic documents 0 to n-1 in the store at uri.
func storeDocs(t *testing.T, uri string, n int) {
	t.Helper()
	ctx := context.Background()
	s, err := kg.Open(ctx, uri)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var docs []kg.Doc
	for i := range n {
		d := kgtest.Synthetic(i)
		docs = append(docs, kg.Doc{Article: d.Article, Result: d.Result})
	}
	if _, err := s.AddDocuments(ctx, docs); err != nil {
		t.Fatal(err)
	}
}
