package playground_test

import (
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"html"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/newsgraph/newsgraph/internal/playground"
	"github.com/newsgraph/newsgraph/internal/testenv"
)

// maxEmbedded bounds what the page downloads (and the binary carries).
const maxEmbedded = 3 << 20

// refPattern finds the URLs of the page's scripts and stylesheets.
var refPattern = regexp.MustCompile(`<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"(?:[^>]*?\bintegrity="([^"]+)")?`)

type pageRef struct{ url, integrity string }

// get sends one request to h and returns the recorded response.
func get(t *testing.T, h http.Handler, method, target string, header http.Header) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		req.Header[k] = v
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// pageRefs loads the page from h and returns the assets it references.
func pageRefs(t *testing.T, h http.Handler) []pageRef {
	t.Helper()
	rec := get(t, h, http.MethodGet, "/", nil)
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /: got status %d, want 200", rec.Code)
	}
	var refs []pageRef
	for _, m := range refPattern.FindAllStringSubmatch(rec.Body.String(), -1) {
		if strings.HasPrefix(m[1], "data:") {
			continue
		}
		// The page is at "/": resolve its relative URLs against it.
		u, err := url.Parse(html.UnescapeString(m[1]))
		if err != nil {
			t.Fatalf("page references a bad URL %q: %v", m[1], err)
		}
		refs = append(refs, pageRef{url: (&url.URL{Path: "/"}).ResolveReference(u).String(), integrity: html.UnescapeString(m[2])})
	}
	return refs
}

func TestPage(t *testing.T) {
	tests := []struct {
		name, title, endpoint string
		wantBody, notBody     []string
		wantCSP               []string
	}{
		{
			name: "relative endpoint", title: "newsgraph playground", endpoint: "/graphql",
			wantBody: []string{`<title>newsgraph playground</title>`, `"endpoint":"/graphql"`, `entities(first: 5)`,
				// relative, so that a proxy may serve the page under a prefix
				`<script src="playground/assets/graphiql-4.1.2/graphiql.min.js?v=`},
			wantCSP: []string{"script-src 'self'", "connect-src 'self';", "default-src 'none'"},
		},
		{
			name: "absolute endpoint", title: "t", endpoint: "https://graph.example.org/graphql",
			wantBody: []string{`"endpoint":"https://graph.example.org/graphql"`},
			wantCSP:  []string{"connect-src 'self' https://graph.example.org wss://graph.example.org;"},
		},
		{
			name: "title and endpoint are escaped", title: `</title><script>alert(1)</script>`, endpoint: `/q"</script><script>alert(2)</script>`,
			wantBody: []string{`<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>`},
			notBody:  []string{`<script>alert(1)`, `<script>alert(2)`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := get(t, playground.Handler(tc.title, tc.endpoint), http.MethodGet, "/", nil)
			if got, want := rec.Code, http.StatusOK; got != want {
				t.Fatalf("status: got %d, want %d", got, want)
			}
			if got, want := rec.Header().Get("Content-Type"), "text/html; charset=utf-8"; got != want {
				t.Errorf("Content-Type: got %q, want %q", got, want)
			}
			if got, want := rec.Header().Get("Cache-Control"), "no-cache"; got != want {
				t.Errorf("Cache-Control: got %q, want %q", got, want)
			}
			body := rec.Body.String()
			for _, s := range tc.wantBody {
				if !strings.Contains(body, s) {
					t.Errorf("body lacks %q:\n%s", s, body)
				}
			}
			for _, s := range tc.notBody {
				if strings.Contains(body, s) {
					t.Errorf("body contains %q:\n%s", s, body)
				}
			}
			csp := rec.Header().Get("Content-Security-Policy")
			for _, s := range tc.wantCSP {
				if !strings.Contains(csp+";", s) {
					t.Errorf("Content-Security-Policy %q lacks %q", csp, s)
				}
			}
		})
	}
}

// TestAssets fetches every asset the page references: each answers 200 with
// its content type, an immutable cache header, and bytes matching the
// page's integrity hash, and together they stay small.
func TestAssets(t *testing.T) {
	h := playground.Handler("newsgraph", "/graphql")
	refs := pageRefs(t, h)
	wantTypes := map[string]string{".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
	var scripts, styles, total int
	for _, ref := range refs {
		t.Run(ref.url, func(t *testing.T) {
			if !strings.HasPrefix(ref.url, playground.AssetPrefix) {
				t.Fatalf("URL %q is not under %s", ref.url, playground.AssetPrefix)
			}
			rec := get(t, h, http.MethodGet, ref.url, nil)
			if got, want := rec.Code, http.StatusOK; got != want {
				t.Fatalf("status: got %d, want %d", got, want)
			}
			path, _, _ := strings.Cut(ref.url, "?")
			ext := path[strings.LastIndex(path, "."):]
			if got, want := rec.Header().Get("Content-Type"), wantTypes[ext]; got != want {
				t.Errorf("Content-Type: got %q, want %q", got, want)
			}
			switch ext {
			case ".js":
				scripts++
			case ".css":
				styles++
			}
			if got, want := rec.Header().Get("Cache-Control"), "public, max-age=31536000, immutable"; got != want {
				t.Errorf("Cache-Control: got %q, want %q", got, want)
			}
			if got, want := rec.Header().Get("X-Content-Type-Options"), "nosniff"; got != want {
				t.Errorf("X-Content-Type-Options: got %q, want %q", got, want)
			}
			sum := sha512.Sum384(rec.Body.Bytes())
			if got, want := "sha384-"+base64.StdEncoding.EncodeToString(sum[:]), ref.integrity; got != want {
				t.Errorf("integrity: got %s, page says %s", got, want)
			}
			if bytes.Contains(rec.Body.Bytes(), []byte("sourceMappingURL=")) {
				t.Errorf("body names a source map the handler does not serve")
			}
			total += rec.Body.Len()
		})
	}
	if scripts != 4 || styles != 2 {
		t.Errorf("page references %d scripts and %d stylesheets, want 4 (React, ReactDOM, GraphiQL, starter) and 2", scripts, styles)
	}
	if total > maxEmbedded {
		t.Errorf("assets total %d bytes, want at most %d", total, maxEmbedded)
	}
	t.Logf("%d assets, %d bytes", len(refs), total)
}

func TestServe(t *testing.T) {
	h := playground.Handler("newsgraph", "/graphql")
	refs := pageRefs(t, h)
	var graphiqlJS string
	for _, r := range refs {
		if strings.Contains(r.url, "/graphiql.min.js") {
			graphiqlJS = r.url
		}
	}
	if graphiqlJS == "" {
		t.Fatalf("page does not reference graphiql.min.js: %v", refs)
	}
	plain := get(t, h, http.MethodGet, graphiqlJS, nil)
	etag := plain.Header().Get("ETag")
	unversioned, _, _ := strings.Cut(graphiqlJS, "?")

	tests := []struct {
		name, method, target string
		header               http.Header
		wantStatus           int
		wantHeader           map[string]string
		wantBody             []byte // nil: not checked
	}{
		{name: "unversioned asset is revalidated", method: "GET", target: unversioned, wantStatus: 200,
			wantHeader: map[string]string{"Cache-Control": "no-cache", "ETag": etag}, wantBody: plain.Body.Bytes()},
		{name: "stale version is revalidated", method: "GET", target: unversioned + "?v=0123456789abcdef", wantStatus: 200,
			wantHeader: map[string]string{"Cache-Control": "no-cache"}},
		{name: "matching ETag", method: "GET", target: graphiqlJS, header: http.Header{"If-None-Match": {etag}}, wantStatus: 304},
		{name: "gzip", method: "GET", target: graphiqlJS, header: http.Header{"Accept-Encoding": {"br, gzip;q=0.8"}}, wantStatus: 200,
			wantHeader: map[string]string{"Content-Encoding": "gzip", "Vary": "Accept-Encoding"}, wantBody: plain.Body.Bytes()},
		{name: "gzip refused", method: "GET", target: graphiqlJS, header: http.Header{"Accept-Encoding": {"gzip;q=0"}}, wantStatus: 200,
			wantHeader: map[string]string{"Content-Encoding": ""}, wantBody: plain.Body.Bytes()},
		{name: "HEAD", method: "HEAD", target: "/", wantStatus: 200, wantBody: []byte{}},
		{name: "license", method: "GET", target: playground.AssetPrefix + "graphiql-4.1.2/LICENSE", wantStatus: 200,
			wantHeader: map[string]string{"Content-Type": "text/plain; charset=utf-8"}},
		{name: "POST", method: "POST", target: "/", wantStatus: 405, wantHeader: map[string]string{"Allow": "GET, HEAD"}},
		{name: "favicon", method: "GET", target: "/favicon.ico", wantStatus: 404},
		{name: "unknown asset", method: "GET", target: playground.AssetPrefix + "nope.js", wantStatus: 404},
		{name: "asset directory", method: "GET", target: playground.AssetPrefix + "graphiql-4.1.2/", wantStatus: 404},
		{name: "refresh script is not served", method: "GET", target: playground.AssetPrefix + "refresh.sh", wantStatus: 404},
		{name: "escape attempt", method: "GET", target: playground.AssetPrefix + "../page.html", wantStatus: 404},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := get(t, h, tc.method, tc.target, tc.header)
			if got, want := rec.Code, tc.wantStatus; got != want {
				t.Fatalf("status: got %d, want %d", got, want)
			}
			for k, want := range tc.wantHeader {
				if got := rec.Header().Get(k); got != want {
					t.Errorf("%s: got %q, want %q", k, got, want)
				}
			}
			if tc.wantBody == nil {
				return
			}
			body := rec.Body.Bytes()
			if rec.Header().Get("Content-Encoding") == "gzip" {
				zlen := rec.Body.Len()
				zr, err := gzip.NewReader(rec.Body)
				if err != nil {
					t.Fatalf("gzip.NewReader: %v", err)
				}
				if body, err = io.ReadAll(zr); err != nil {
					t.Fatalf("reading gzip body: %v", err)
				}
				if zlen >= len(body) {
					t.Errorf("gzip body is %d bytes, not smaller than %d", zlen, len(body))
				}
			}
			if !bytes.Equal(body, tc.wantBody) {
				t.Errorf("body: got %d bytes, want %d bytes", len(body), len(tc.wantBody))
			}
		})
	}
}

// TestDefaultQueryMatchesSchema validates the default query, and the
// subscription its comment suggests, against the repository's GraphQL schema
// (schema.graphqls at the module root, owned by graph/), so a schema change
// cannot leave analysts with a broken first query.
func TestDefaultQueryMatchesSchema(t *testing.T) {
	root := testenv.RepoRoot(t)
	sdl, err := os.ReadFile(filepath.Join(root, "schema.graphqls"))
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("no schema.graphqls at the module root yet")
	}
	if err != nil {
		t.Fatal(err)
	}
	schema, err := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphqls", Input: string(sdl)})
	if err != nil {
		t.Fatalf("loading schema.graphqls: %v", err)
	}
	var sub string
	for _, line := range strings.Split(playground.DefaultQuery, "\n") {
		if s := strings.TrimSpace(strings.TrimPrefix(line, "#")); strings.HasPrefix(s, "subscription ") {
			sub = s
		}
	}
	if sub == "" {
		t.Fatalf("DefaultQuery suggests no subscription:\n%s", playground.DefaultQuery)
	}
	for _, tc := range []struct{ name, query string }{
		{"default query", playground.DefaultQuery},
		{"suggested subscription", sub},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, errs := gqlparser.LoadQueryWithRules(schema, tc.query, nil); len(errs) > 0 {
				t.Errorf("%s does not validate against schema.graphqls: %v\n%s", tc.name, errs, tc.query)
			}
		})
	}
}
