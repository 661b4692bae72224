package server

import (
	"net/http"
	"strings"
)

// frameAncestors forbids every page to be framed; it is added as a policy
// of its own beside any Content-Security-Policy a page sets (the
// playground's, the explorer's): browsers enforce each policy, so the
// strictest frame-ancestors wins.
const frameAncestors = "frame-ancestors 'none'"

// securityHeaders sets on every response: no MIME sniffing, no Referer
// sent from the pages, and no framing (X-Frame-Options for old browsers,
// CSP frame-ancestors for the others), against clickjacking.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		if isUpgrade(r) {
			// The WebSocket library needs the connection itself (Hijack):
			// the writer is passed as it is; a 101 answer frames nothing.
			next.ServeHTTP(w, r)
			return
		}
		next.ServeHTTP(&cspWriter{ResponseWriter: w}, r)
	})
}

// cspWriter adds the frame-ancestors policy when the header is written, so
// that a handler setting its own Content-Security-Policy does not drop it.
type cspWriter struct {
	http.ResponseWriter
	wrote bool
}

func (w *cspWriter) WriteHeader(code int) {
	if !w.wrote && code >= 200 {
		w.wrote = true
		h := w.Header()
		if !strings.Contains(strings.Join(h.Values("Content-Security-Policy"), ";"), frameAncestors) {
			h.Add("Content-Security-Policy", frameAncestors)
		}
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *cspWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

// Flush lets streaming handlers flush through the wrapper.
func (w *cspWriter) Flush() {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Unwrap gives http.ResponseController the underlying writer.
func (w *cspWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
