package explorer

import (
	"bytes"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestHandler(t *testing.T) {
	h := Handler()
	for _, c := range []struct {
		path     string
		status   int
		typ      string
		contains string
	}{
		{"/explore", 200, "text/html", `src="/explore/explorer.js"`},
		{"/explore/", 200, "text/html", `href="/explore/explorer.css"`},
		{"/explore/explorer.js", 200, "text/javascript", "newsgraphExplorer"},
		{"/explore/explorer.css", 200, "text/css", "#cy"},
		{"/explore/gizmo.js", 200, "text/javascript", "newsgraphGizmo"},
		{"/explore/gizmo.css", 200, "text/css", "#editor"},
		{"/explore/gizmo.html", 200, "text/html", `src="/explore/gizmo.js"`},
		{"/explore/missing.js", 404, "", ""},
		{"/explore/../server.go", 404, "", ""},
		{"/explorer.js", 404, "", ""},
	} {
		t.Run(c.path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			req := httptest.NewRequest(http.MethodGet, "/", nil)
			req.URL.Path = c.path // unclean paths as a client could send them
			h.ServeHTTP(rec, req)
			if rec.Code != c.status {
				t.Fatalf("GET %s: got status %d, want %d", c.path, rec.Code, c.status)
			}
			if c.status != 200 {
				return
			}
			if got := rec.Header().Get("Content-Type"); !strings.HasPrefix(got, c.typ) {
				t.Errorf("GET %s: got Content-Type %q, want %s", c.path, got, c.typ)
			}
			if !strings.Contains(rec.Body.String(), c.contains) {
				t.Errorf("GET %s: body lacks %q", c.path, c.contains)
			}
			if csp := rec.Header().Get("Content-Security-Policy"); strings.HasPrefix(c.typ, "text/html") != strings.Contains(csp, "script-src 'self'") {
				t.Errorf("GET %s: Content-Security-Policy %q (pages need one, assets none)", c.path, csp)
			}
		})
	}
}

// TestGizmoPage checks the editor page handler: the page for GET and HEAD,
// under the page's CSP, 405 for anything else (the server sends POSTs to
// the Gizmo API before they reach it).
func TestGizmoPage(t *testing.T) {
	h := GizmoPage()
	for _, c := range []struct {
		method string
		status int
		body   string
	}{
		{http.MethodGet, 200, `<script src="/explore/gizmo.js"></script>`},
		{http.MethodHead, 200, ""},
		{http.MethodPost, 405, ""},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(c.method, GizmoPath, nil))
		if rec.Code != c.status {
			t.Errorf("%s: got %d, want %d", c.method, rec.Code, c.status)
			continue
		}
		if c.status == 405 {
			if got := rec.Header().Get("Allow"); got != "GET, HEAD" {
				t.Errorf("%s: Allow %q", c.method, got)
			}
			continue
		}
		if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
			t.Errorf("%s: Content-Type %q", c.method, ct)
		}
		if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "connect-src 'self'") {
			t.Errorf("%s: Content-Security-Policy %q", c.method, csp)
		}
		if !strings.Contains(rec.Body.String(), c.body) {
			t.Errorf("%s: body lacks %q", c.method, c.body)
		}
	}
}

// TestDistMatchesBuild rebuilds the page from web/ with `npm ci && npm run
// build` in a temporary folder and checks that the embedded web/dist is that
// build, byte for byte. It needs npm and the npm registry (or npm's cache);
// it skips without npm.
func TestDistMatchesBuild(t *testing.T) {
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Skip("npm is not installed; cannot check web/dist against a fresh build")
	}
	if testing.Short() {
		t.Skip("-short: not running npm")
	}
	tmp := t.TempDir()
	for _, name := range []string{"package.json", "package-lock.json", "build.mjs"} {
		copyFile(t, filepath.Join("web", name), filepath.Join(tmp, name))
	}
	if err := os.CopyFS(filepath.Join(tmp, "src"), os.DirFS(filepath.Join("web", "src"))); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	for _, args := range [][]string{
		{"ci", "--no-audit", "--no-fund", "--loglevel=error"},
		{"run", "build", "--silent"},
	} {
		cmd := exec.Command(npm, args...)
		cmd.Dir = tmp
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("npm %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	t.Logf("npm ci && npm run build in %v", time.Since(start).Round(time.Millisecond))

	want := readTree(t, os.DirFS(filepath.Join(tmp, "dist")))
	got := readTree(t, os.DirFS(filepath.Join("web", "dist")))
	for name, w := range want {
		g, ok := got[name]
		switch {
		case !ok:
			t.Errorf("web/dist lacks %s, which the build writes", name)
		case !bytes.Equal(g, w):
			t.Errorf("web/dist/%s (%d bytes) differs from the build's (%d bytes): run `npm ci && npm run build` in internal/explorer/web and commit dist/", name, len(g), len(w))
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("web/dist/%s is not written by the build", name)
		}
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func readTree(t *testing.T, fsys fs.FS) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		files[p] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
