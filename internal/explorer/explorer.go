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
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if name == "index.html" {
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'")
	} else {
		w.Header().Set("Cache-Control", "public, max-age=300")
	}
	// http.ServeContent sets the type from the name and answers ranges and
	// conditional requests.
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(b))
}
