package server

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/newsgraph/newsgraph/internal/logging"
)

// RequestIDHeader carries a request's ID: taken from the request when it
// is sane (saneRequestID), else made here; sent back on every answer and
// logged with every record of the request (request_id).
const RequestIDHeader = "X-Request-Id"

// accessLog logs one record per request when it ends: method, path (no
// query string: it may hold a GraphQL query), status, bytes written,
// duration, the client's address, the API key's name when one was given,
// and the request ID. A WebSocket's record comes when it closes (status
// 101, its lifetime). 5xx answers are logged at Error, /healthz and
// /readyz at Debug (probes every few seconds), the rest at Info.
func accessLog(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := r.Header.Get(RequestIDHeader)
		if !saneRequestID(id) {
			id = newRequestID()
		}
		w.Header().Set(RequestIDHeader, id)
		info := &requestInfo{}
		ctx := logging.WithRequestID(withRequestInfo(r.Context(), info), id)
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r.WithContext(ctx))

		level := slog.LevelInfo
		switch {
		case sw.status >= 500:
			level = slog.LevelError
		case r.URL.Path == "/healthz" || r.URL.Path == "/readyz":
			level = slog.LevelDebug
		}
		if !log.Enabled(ctx, level) {
			return
		}
		status := sw.status
		if status == 0 {
			status = http.StatusOK // nothing written: net/http answers 200
		}
		attrs := []slog.Attr{
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", status),
			slog.Int64("bytes", sw.bytes),
			slog.Duration("duration", time.Since(start)),
			slog.String("remote", r.RemoteAddr),
		}
		if info.key != "" {
			attrs = append(attrs, slog.String("key", info.key))
		}
		log.LogAttrs(ctx, level, "request", attrs...)
	})
}

// saneRequestID accepts a client's request ID of 1 to 128 letters,
// digits and - _ . : / + = (UUIDs, trace IDs, base64), nothing that could
// break a log line.
func saneRequestID(id string) bool {
	if id == "" || len(id) > 128 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case c == '-' || c == '_' || c == '.' || c == ':' || c == '/' || c == '+' || c == '=':
		default:
			return false
		}
	}
	return true
}

// newRequestID is 16 random hex digits.
func newRequestID() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // never fails (crypto/rand)
	return hex.EncodeToString(b[:])
}

// requestInfo is what inner handlers tell the access log: the key's name.
type requestInfo struct{ key string }

type requestInfoKey struct{}

func withRequestInfo(ctx context.Context, i *requestInfo) context.Context {
	return context.WithValue(ctx, requestInfoKey{}, i)
}

// noteKey records the API key's name for the access log.
func noteKey(ctx context.Context, name string) {
	if i, ok := ctx.Value(requestInfoKey{}).(*requestInfo); ok {
		i.key = name
	}
}

// statusWriter records the status and the bytes of an answer.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 && code >= 200 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

// Flush lets streaming handlers flush through the wrapper.
func (w *statusWriter) Flush() {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	_ = http.NewResponseController(w.ResponseWriter).Flush()
}

// Hijack hands a WebSocket its connection, recorded as 101.
func (w *statusWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	c, rw, err := http.NewResponseController(w.ResponseWriter).Hijack()
	if err == nil && w.status == 0 {
		w.status = http.StatusSwitchingProtocols
	}
	return c, rw, err
}

// Unwrap gives http.ResponseController the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
