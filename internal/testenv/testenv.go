// Package testenv finds what tests need outside their package: the
// repository root, the shared data folder beside it, a Chromium binary and
// the options every browser test starts it with.
// A test that needs something absent is skipped with a message saying how to
// provide it. Only tests import it.
package testenv

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// RepoRoot is the folder holding go.mod above the test's working directory.
func RepoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
}

// SharedDir is ../shared beside the repository (seeds, gold, corpus, data);
// the test is skipped when it is absent.
func SharedDir(t testing.TB) string {
	t.Helper()
	s := filepath.Join(RepoRoot(t), "..", "shared")
	if _, err := os.Stat(s); err != nil {
		t.Skipf("shared folder %s not found: %v", s, err)
	}
	return s
}

// Chromium is $NEWSGRAPH_CHROMIUM, else chromium or chromium-browser on
// $PATH; the test is skipped when there is none.
func Chromium(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("NEWSGRAPH_CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("NEWSGRAPH_CHROMIUM=%s: %v", p, err)
		}
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium: install it with .ci/browser.sh or point NEWSGRAPH_CHROMIUM at a Chromium or Chrome binary")
	return ""
}

// ChromeOptions are the allocator options every browser test starts
// Chromium with: the binary bin (from Chromium), headless, a fresh profile,
// no background networking, no sandbox as root, and every host name but
// 127.0.0.1 unresolvable, so that an off-host request fails at once; extra
// options follow.
func ChromeOptions(t testing.TB, bin string, width, height int, extra ...chromedp.ExecAllocatorOption) []chromedp.ExecAllocatorOption {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Headless,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-features", "Translate,OptimizationHints,MediaRouter"),
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"),
		chromedp.WindowSize(width, height),
	}
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	return append(opts, extra...)
}
