package explorer

import (
	"bytes"
	"embed"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

// Path is where the page is served; its assets live under Path + "/".
const Path = "/explore"

// GizmoPath is where a server mounts GizmoPage: the same path as the Gizmo
// API, which answers the POSTs the page sends.
const GizmoPath = "/gizmo"

// pageCSP is the Content-Security-Policy of both pages: scripts, styles
// and connections to this origin only (Cytoscape and CodeMirror add inline
// styles).
const pageCSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'"

//go:embed web/dist
var dist embed.FS

// Handler serves the page at Path and its assets under Path + "/". A server
// routes both "GET /explore" and "GET /explore/" to it.
func Handler() http.Handler {
	sub, err := fs.Sub(dist, "web/dist")
	if err != nil { // the embed pattern above guarantees the folder
		panic(err)
	}
	return handler{files: sub}
}

// GizmoPage serves the Gizmo editor (web/dist/gizmo.html) for GET and HEAD
// of any path it is routed; its script and stylesheet are served by Handler
// under Path + "/". The page is static: it holds no data and no key, and
// sends its queries to GizmoPath with POST.
func GizmoPage() http.Handler {
	sub, err := fs.Sub(dist, "web/dist")
	if err != nil {
		panic(err)
	}
	b, err := fs.ReadFile(sub, "gizmo.html")
	if err != nil { // TestHandler reads it
		panic(err)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
			return
		}
		servePage(w, r, "gizmo.html", b)
	})
}

type handler struct{ files fs.FS }

func (h handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := "index.html"
	if r.URL.Path != Path && r.URL.Path != Path+"/" {
		rel, ok := strings.CutPrefix(r.URL.Path, Path+"/")
		if !ok || rel == "" || rel != path.Clean(rel) {
			http.NotFound(w, r)
			return
		}
		name = rel
	}
	b, err := fs.ReadFile(h.files, name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if path.Ext(name) == ".html" {
		servePage(w, r, name, b)
		return
	}
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Cache-Control", "public, max-age=300")
	// http.ServeContent sets the type from the name and answers ranges and
	// conditional requests.
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(b))
}

// servePage serves one of the pages, never cached without a check, under
// pageCSP.
func servePage(w http.ResponseWriter, r *http.Request, name string, b []byte) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-cache")
	h.Set("Content-Security-Policy", pageCSP)
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(b))
}
