package server_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/server"
)

// browserAccept is what Chromium sends when it opens a page.
const browserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"

// TestGizmoPage checks /gizmo's two faces: a browser opening it (GET or
// HEAD asking for text/html) gets the editor page, with no key even when
// keys are configured, and the same bytes whoever asks; every other request
// is the API as before: POST runs a query, a GET from an API client is 405
// with Allow: POST (401 without a key when keys are configured), and the
// Host check applies to both.
func TestGizmoPage(t *testing.T) {
	open := newEnv(t, server.Config{})
	keyed := newEnv(t, server.Config{Keys: testKeys(t)})
	const query = `g.V("<ng:e/gpe/china>").Out("<ng:r/sanction>").All()`
	const page = `src="/explore/gizmo.js"`
	html := map[string]string{"Accept": browserAccept}
	script := map[string]string{"Content-Type": "application/x-gizmo"}
	with := func(hs ...map[string]string) map[string]string {
		m := map[string]string{}
		for _, h := range hs {
			for k, v := range h {
				m[k] = v
			}
		}
		return m
	}
	bearer := func(k string) map[string]string { return map[string]string{"Authorization": "Bearer " + k} }

	var pages []string
	tests := []struct {
		name     string
		env      env
		req      request
		status   int
		typ      string
		contains string
		allow    string
	}{
		{"browser GET: the page", open, request{target: "/gizmo", header: html}, 200, "text/html", page, ""},
		{"browser HEAD: the page's headers", open, request{method: "HEAD", target: "/gizmo", header: html}, 200, "text/html", "", ""},
		{"plain text/html Accept", open, request{target: "/gizmo", header: map[string]string{"Accept": "text/html"}}, 200, "text/html", page, ""},
		{"GET without Accept: 405 as before", open, request{target: "/gizmo"}, 405, "application/json", `"code":"BAD_REQUEST"`, "POST"},
		{"GET asking for JSON", open, request{target: "/gizmo", header: map[string]string{"Accept": "application/json"}}, 405, "application/json", "POST a Gizmo query", "POST"},
		{"GET with a wildcard Accept (curl)", open, request{target: "/gizmo", header: map[string]string{"Accept": "*/*"}}, 405, "application/json", "POST a Gizmo query", "POST"},
		{"GET refusing HTML (q=0)", open, request{target: "/gizmo", header: map[string]string{"Accept": "text/html;q=0, application/json"}}, 405, "application/json", "", "POST"},
		{"POST runs the query", open, request{method: "POST", target: "/gizmo", header: script, body: query}, 200, "application/json", "ng:e/gpe/north-korea", ""},
		{"POST asking for HTML still runs the query", open, request{method: "POST", target: "/gizmo", header: with(script, html), body: query}, 200, "application/json", "ng:e/gpe/north-korea", ""},
		{"PUT from a browser: the API's 405", open, request{method: "PUT", target: "/gizmo", header: with(script, html), body: query}, 405, "application/json", "", "POST"},
		{"rebinding name: 421 for the page too", open, request{target: "/gizmo", host: "attacker.example", header: html}, 421, "application/json", "HOST_NOT_ALLOWED", ""},

		{"keys: the page needs none", keyed, request{target: "/gizmo", header: html}, 200, "text/html", page, ""},
		{"keys: the page with a key is the same page", keyed, request{target: "/gizmo", header: with(html, bearer("ng_reader"))}, 200, "text/html", page, ""},
		{"keys: a wrong key is refused on the page too", keyed, request{target: "/gizmo", header: with(html, bearer("ng_guess"))}, 401, "application/json", "UNAUTHENTICATED", ""},
		{"keys: API GET without a key", keyed, request{target: "/gizmo"}, 401, "application/json", "UNAUTHENTICATED", ""},
		{"keys: API GET with a key", keyed, request{target: "/gizmo", header: bearer("ng_reader")}, 405, "application/json", "POST a Gizmo query", "POST"},
		{"keys: POST without a key", keyed, request{method: "POST", target: "/gizmo", header: script, body: query}, 401, "application/json", "UNAUTHENTICATED", ""},
		{"keys: POST with a read key", keyed, request{method: "POST", target: "/gizmo", header: with(script, bearer("ng_reader")), body: query}, 200, "application/json", "ng:e/gpe/north-korea", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := tc.req.do(tc.env.h)
			if rec.Code != tc.status {
				t.Fatalf("got %d %.300s, want %d", rec.Code, rec.Body, tc.status)
			}
			h := rec.Header()
			if ct := h.Get("Content-Type"); !strings.HasPrefix(ct, tc.typ) {
				t.Errorf("Content-Type %q, want %s", ct, tc.typ)
			}
			if !strings.Contains(rec.Body.String(), tc.contains) {
				t.Errorf("body %.300s lacks %q", rec.Body, tc.contains)
			}
			if got := h.Get("Allow"); got != tc.allow {
				t.Errorf("Allow %q, want %q", got, tc.allow)
			}
			// (the Host check and a wrong key answer before the route)
			if tc.req.method == "" || tc.req.method == http.MethodHead {
				if (tc.status == 200 || tc.status == 405) && !strings.Contains(strings.Join(h.Values("Vary"), ","), "Accept") {
					t.Errorf("a GET of /gizmo answers by Accept, but Vary is %q", h.Values("Vary"))
				}
			}
			if !strings.HasPrefix(h.Get("Content-Type"), "text/html") {
				return
			}
			csp := strings.Join(h.Values("Content-Security-Policy"), "; ")
			for _, want := range []string{"script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"} {
				if !strings.Contains(csp, want) {
					t.Errorf("page CSP %q lacks %s", csp, want)
				}
			}
			if h.Get("Cache-Control") != "no-cache" {
				t.Errorf("page Cache-Control %q, want no-cache", h.Get("Cache-Control"))
			}
			if tc.req.method == http.MethodHead {
				if rec.Body.Len() != 0 {
					t.Errorf("HEAD answered a body of %d bytes", rec.Body.Len())
				}
				return
			}
			pages = append(pages, rec.Body.String())
		})
	}
	for _, p := range pages[1:] {
		if p != pages[0] {
			t.Errorf("the page differs between requests: it must be static")
		}
	}
	if len(pages) < 4 {
		t.Errorf("only %d page answers compared", len(pages))
	}
}
