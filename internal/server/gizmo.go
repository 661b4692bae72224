package server

import (
	"mime"
	"net/http"
	"strconv"
	"strings"
)

// gizmoRoute serves /gizmo: a browser opening it (GET or HEAD asking for
// HTML) gets the Gizmo editor page; every other request goes to the API, so
// a POST runs a query and a GET from an API client (curl, fetch without
// Accept: text/html) is answered 405 with Allow: POST, as before the page
// existed. The page is static and holds nothing, so it needs no key; the
// queries it sends need one as any other. Both answers to a GET vary with
// Accept.
func gizmoRoute(page, api http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet || r.Method == http.MethodHead {
			w.Header().Add("Vary", "Accept")
			if acceptsHTML(r.Header.Values("Accept")) {
				page.ServeHTTP(w, r)
				return
			}
		}
		api.ServeHTTP(w, r)
	})
}

// acceptsHTML reports whether an Accept header names text/html or
// application/xhtml+xml with a non-zero quality. Wildcards (*/*, text/*)
// do not count: API clients send them.
func acceptsHTML(accept []string) bool {
	for _, v := range accept {
		for _, part := range strings.Split(v, ",") {
			mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
			if err != nil || (mt != "text/html" && mt != "application/xhtml+xml") {
				continue
			}
			if q, ok := params["q"]; ok {
				if f, err := strconv.ParseFloat(q, 64); err != nil || f <= 0 {
					continue
				}
			}
			return true
		}
	}
	return false
}
