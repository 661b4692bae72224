package playground

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"crypto/sha512"
	"embed"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"
	"sync"
	"time"
)

// AssetPrefix is the URL path under which Handler serves the page's scripts and
// stylesheets. A server that does not mount Handler at "/" must route both "/"
// and this prefix to it.
const AssetPrefix = "/playground/assets/"

// DefaultQuery is what the query editor shows on a browser's first visit;
// afterwards GraphiQL restores the analyst's last query from local storage.
const DefaultQuery = `# Welcome to the newsgraph GraphQL playground.
#
# Run a query with Ctrl-Enter (Cmd-Enter on a Mac) or the pink button.
# Ctrl-Space completes field names; the book icon on the left opens the schema.
# Subscriptions stream over a WebSocket to the same endpoint, for example:
#   subscription { documentIngested { id title } }

{
  entities(first: 5) {
    edges {
      node {
        id
        name
        type
      }
    }
  }
}
`

// The vendored packages; assets/README.md and assets/refresh.sh name the same
// versions.
const (
	graphiqlDir = "graphiql-4.1.2"
	reactDir    = "react-18.3.1"
	reactDOMDir = "react-dom-18.3.1"
	ownDir      = "newsgraph"
)

//go:embed assets/*/*
var assetFiles embed.FS

//go:embed page.html
var pageTemplate string

// immutable is the Cache-Control of an asset requested with its current
// content hash in the v parameter: that URL never names other bytes.
const immutable = "public, max-age=31536000, immutable"

// gzipMin is the smallest asset worth compressing.
const gzipMin = 1024

// asset is one embedded file, ready to serve.
type asset struct {
	body      []byte
	ctype     string
	hash      string // hex SHA-256 prefix: the v parameter and the ETag
	integrity string // Subresource Integrity value for the page

	gzipOnce sync.Once
	gzipped  []byte // nil when compression does not pay
}

// gz returns the gzip-compressed body, computed on first use, or nil.
func (a *asset) gz() []byte {
	a.gzipOnce.Do(func() {
		if len(a.body) < gzipMin {
			return
		}
		var buf bytes.Buffer
		zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		if err != nil {
			return
		}
		if _, err := zw.Write(a.body); err != nil {
			return
		}
		if err := zw.Close(); err != nil {
			return
		}
		if buf.Len() < len(a.body) {
			a.gzipped = buf.Bytes()
		}
	})
	return a.gzipped
}

// handler serves the rendered page at "/" and the assets under AssetPrefix.
type handler struct {
	page   *asset
	csp    string
	assets map[string]*asset // by path below AssetPrefix
}

// pageRef is how the page names one asset.
type pageRef struct {
	URL       string
	Integrity string
}

// pageConfig is what the page's starter script reads from the JSON element.
type pageConfig struct {
	Endpoint     string `json:"endpoint"`
	DefaultQuery string `json:"defaultQuery"`
}

// Handler returns the playground for the GraphQL endpoint at endpoint, which
// is a path on the same host ("/graphql") or an absolute http(s) URL; queries
// go there with POST and subscriptions over a WebSocket (graphql-transport-ws)
// to the same URL with the ws or wss scheme. title names the browser tab.
//
// It serves GET and HEAD of "/" (the page) and of AssetPrefix (the assets),
// answers 404 for every other path and 405 for other methods. It panics only
// if the embedded files are broken, which the package's tests rule out.
func Handler(title, endpoint string) http.Handler {
	h := &handler{assets: make(map[string]*asset)}
	err := fs.WalkDir(assetFiles, "assets", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := assetFiles.ReadFile(p)
		if err != nil {
			return err
		}
		h.assets[strings.TrimPrefix(p, "assets/")] = newAsset(body, contentType(p))
		return nil
	})
	if err != nil {
		panic(fmt.Sprintf("playground.Handler: reading embedded assets: %v", err))
	}

	data := struct {
		Title           string
		Config          pageConfig
		Styles, Scripts []pageRef
	}{
		Title:  title,
		Config: pageConfig{Endpoint: endpoint, DefaultQuery: DefaultQuery},
	}
	for _, f := range []string{graphiqlDir + "/graphiql.min.css", ownDir + "/playground.css"} {
		data.Styles = append(data.Styles, h.ref(f))
	}
	// React before ReactDOM before GraphiQL, whose UMD bundle reads the
	// globals React and ReactDOM; our starter last.
	for _, f := range []string{
		reactDir + "/react.production.min.js",
		reactDOMDir + "/react-dom.production.min.js",
		graphiqlDir + "/graphiql.min.js",
		ownDir + "/playground.js",
	} {
		data.Scripts = append(data.Scripts, h.ref(f))
	}
	tmpl := template.Must(template.New("page.html").Parse(pageTemplate))
	var page bytes.Buffer
	if err := tmpl.Execute(&page, data); err != nil {
		panic(fmt.Sprintf("playground.Handler: rendering the page: %v", err))
	}
	h.page = newAsset(page.Bytes(), "text/html; charset=utf-8")
	h.csp = contentSecurityPolicy(endpoint)
	return h
}

// ref names an embedded file for the page: its URL carries the content hash,
// so browsers may cache it forever and still see a refreshed file at once.
// The URL is relative to the page ("playground/assets/..."), so the page also
// works behind a reverse proxy that serves it under a path prefix.
func (h *handler) ref(file string) pageRef {
	a, ok := h.assets[file]
	if !ok {
		panic(fmt.Sprintf("playground.Handler: asset %s is not embedded", file))
	}
	return pageRef{URL: strings.TrimPrefix(AssetPrefix, "/") + file + "?v=" + a.hash, Integrity: a.integrity}
}

func newAsset(body []byte, ctype string) *asset {
	sum := sha256.Sum256(body)
	sri := sha512.Sum384(body)
	return &asset{
		body:      body,
		ctype:     ctype,
		hash:      hex.EncodeToString(sum[:8]),
		integrity: "sha384-" + base64.StdEncoding.EncodeToString(sri[:]),
	}
}

// contentType names the type of an embedded file by its extension, with a
// charset for text; files without a known extension (LICENSE) are plain text.
func contentType(name string) string {
	switch ext := path.Ext(name); ext {
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".html":
		return "text/html; charset=utf-8"
	case "":
		return "text/plain; charset=utf-8"
	default:
		if t := mime.TypeByExtension(ext); t != "" {
			return t
		}
		return "application/octet-stream"
	}
}

// contentSecurityPolicy allows scripts and styles from the page's origin
// only, fonts and images from data: URLs (GraphiQL inlines its fonts), and
// connections to the page's origin plus the endpoint's, when it is absolute.
func contentSecurityPolicy(endpoint string) string {
	connect := "'self'"
	if u, err := url.Parse(endpoint); err == nil && u.Host != "" && (u.Scheme == "http" || u.Scheme == "https") {
		ws := "ws"
		if u.Scheme == "https" {
			ws = "wss"
		}
		connect += " " + u.Scheme + "://" + u.Host + " " + ws + "://" + u.Host
	}
	return strings.Join([]string{
		"default-src 'none'",
		"script-src 'self'",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self' data:",
		"connect-src " + connect,
		"base-uri 'none'",
		"form-action 'none'",
		"frame-ancestors 'self'",
	}, "; ")
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var a *asset
	switch p := r.URL.Path; {
	case p == "/":
		a = h.page
	case strings.HasPrefix(p, AssetPrefix):
		a = h.assets[strings.TrimPrefix(p, AssetPrefix)]
	}
	if a == nil {
		http.NotFound(w, r)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
		return
	}

	hdr := w.Header()
	hdr.Set("Content-Type", a.ctype)
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Add("Vary", "Accept-Encoding")
	switch {
	case a == h.page:
		hdr.Set("Cache-Control", "no-cache")
		hdr.Set("Content-Security-Policy", h.csp)
		hdr.Set("Referrer-Policy", "no-referrer")
	case r.URL.Query().Get("v") == a.hash:
		hdr.Set("Cache-Control", immutable)
	default:
		hdr.Set("Cache-Control", "no-cache")
	}

	body, etag := a.body, `"`+a.hash+`"`
	if gz := a.gz(); gz != nil && acceptsGzip(r) {
		body, etag = gz, `"`+a.hash+`-gzip"`
		hdr.Set("Content-Encoding", "gzip")
	}
	hdr.Set("ETag", etag)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

// acceptsGzip reports whether the request's Accept-Encoding allows gzip.
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}
