package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/explorer"
	"github.com/newsgraph/newsgraph/internal/playground"
	"github.com/newsgraph/newsgraph/internal/query"
)

// Pinger checks that the store answers; *kg.Store implements it.
type Pinger interface {
	Ping(ctx context.Context) error
}

// Grapher selects the part of the graph /export writes; *query.Service
// implements it.
type Grapher interface {
	Neighborhood(ctx context.Context, id string, depth, limit int, f query.Filter) (query.Subgraph, error)
	Subgraph(ctx context.Context, ids []string, f query.Filter) (query.Subgraph, error)
	Graph(ctx context.Context, f query.Filter, maxEdges int) (query.Subgraph, error)
}

// Config is what New mounts. GraphQL is required; a nil Grapher, Pinger or
// Gizmo leaves its route answering 404 (503 for /readyz).
type Config struct {
	GraphQL http.Handler // graph.NewHandler(...)
	Grapher Grapher      // for /export
	Pinger  Pinger       // for /readyz
	Gizmo   http.Handler // gizmo.Handler(...), for /gizmo
	// Metrics serves /metrics (metrics.Metrics.Handler). It is read like
	// /export: behind the Host check, and needing a key with the read
	// scope when ReadsNeedKey.
	Metrics http.Handler
	// Timeout bounds every request but WebSocket ones (default 30s).
	Timeout time.Duration
	// MaxBodyBytes bounds request bodies (default 1 MiB).
	MaxBodyBytes int64
	// MaxExportEdges bounds a whole-graph export (default 100000).
	MaxExportEdges int
	// Logger receives internal errors and panics (default slog.Default()),
	// and the access log.
	Logger *slog.Logger
	// AccessLog logs a record per request to Logger (accessLog), with a
	// request ID (X-Request-Id: the client's when sane, else made) on
	// every record logged with the request's context.
	AccessLog bool
	// BodyTimeout bounds the time to receive a request body, WebSocket
	// upgrades excepted (default 10s): a client sending it a byte at a time
	// is cut off.
	BodyTimeout time.Duration

	// Keys are the API keys. When it holds any, /gizmo needs a key with the
	// read scope, and so do /export and /graphql when ReadsNeedKey; GraphQL
	// mutations are authorized by the GraphQL handler itself
	// (graph.Options.Authorize, with auth.Require). A request whose
	// Authorization header is not a valid key is refused (401) on every
	// route.
	Keys *auth.Keys
	// ReadsNeedKey makes /graphql and /export need a key with the read
	// scope (when Keys holds any); WebSocket upgrades are let through for
	// the GraphQL handler to authorize per operation.
	ReadsNeedKey bool
	// AllowedHosts are the Host header values served besides LoopbackHosts:
	// "name" (any port), "name:port", "*.domain", or "*" for any. Other
	// Host values are answered 421, except on /healthz and /readyz.
	AllowedHosts []string
	// CORSOrigins are the origins ("https://app.example.com") whose pages
	// may call the API from a browser. None by default.
	CORSOrigins []string
}

// New returns the handler serving every route.
func New(cfg Config) http.Handler {
	if cfg.Timeout <= 0 {
		cfg.Timeout = 30 * time.Second
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = 1 << 20
	}
	if cfg.MaxExportEdges <= 0 {
		cfg.MaxExportEdges = 100000
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.BodyTimeout <= 0 {
		cfg.BodyTimeout = 10 * time.Second
	}
	graphQL := cfg.GraphQL
	if cfg.ReadsNeedKey {
		graphQL = requireScope(cfg.Keys, auth.Read, graphQL)
	}
	mux := http.NewServeMux()
	pg := playground.Handler("newsgraph", "/graphql")
	mux.Handle("GET /{$}", pg)
	mux.Handle("GET "+playground.AssetPrefix, pg)
	mux.Handle("/graphql", graphQL)
	ex := explorer.Handler()
	mux.Handle("GET "+explorer.Path, ex)
	mux.Handle("GET "+explorer.Path+"/", ex)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if cfg.Pinger == nil {
			writeJSON(w, http.StatusServiceUnavailable, errorBody{Error: "no store configured", Code: "UNAVAILABLE"})
			return
		}
		if err := cfg.Pinger.Ping(r.Context()); err != nil {
			cfg.Logger.ErrorContext(r.Context(), "readyz: store does not answer", "err", err)
			writeJSON(w, http.StatusServiceUnavailable, errorBody{Error: "the store does not answer", Code: "UNAVAILABLE"})
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
	})
	if cfg.Grapher != nil {
		var ex http.Handler = exportHandler{g: cfg.Grapher, maxEdges: cfg.MaxExportEdges, log: cfg.Logger}
		if cfg.ReadsNeedKey {
			ex = requireScope(cfg.Keys, auth.Read, ex)
		}
		mux.Handle("GET /export", ex)
	}
	if cfg.Metrics != nil {
		m := cfg.Metrics
		if cfg.ReadsNeedKey {
			m = requireScope(cfg.Keys, auth.Read, m)
		}
		mux.Handle("GET /metrics", m)
	}
	if cfg.Gizmo != nil {
		mux.Handle(explorer.GizmoPath, gizmoRoute(explorer.GizmoPage(), requireScope(cfg.Keys, auth.Read, cfg.Gizmo)))
	}
	// Outermost first: panics, headers on every answer, the Host, CORS
	// (preflights carry no key), the key, then the limits.
	var h http.Handler = limits(cfg.Timeout, cfg.BodyTimeout, cfg.MaxBodyBytes, mux)
	h = authenticate(cfg.Keys, h)
	h = cors(cfg.CORSOrigins, h)
	h = checkHost(newHostMatcher(cfg.AllowedHosts), h)
	h = recoverer(cfg.Logger, securityHeaders(h))
	if cfg.AccessLog {
		h = accessLog(cfg.Logger, h)
	}
	return h
}

// NewHTTPServer returns an http.Server for the handler with timeouts that
// leave WebSocket connections alone: headers within 10s, idle connections
// closed after 2 minutes. Write deadlines are left to the handler's own
// time limit, since a subscription writes for as long as it lives.
func NewHTTPServer(addr string, h http.Handler, log *slog.Logger) *http.Server {
	if log == nil {
		log = slog.Default()
	}
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
}

// limits puts a deadline on every request but WebSocket upgrades, bounds
// the body (a declared length over the limit is answered 413 before
// anything is read; a chunked one is cut by http.MaxBytesReader) and the
// time to receive it.
func limits(timeout, bodyTimeout time.Duration, maxBody int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > maxBody {
			w.Header().Set("Connection", "close")
			writeJSON(w, http.StatusRequestEntityTooLarge, errorBody{
				Error: fmt.Sprintf("request body over %d bytes", maxBody), Code: CodeBodyTooLarge})
			return
		}
		if isUpgrade(r) {
			next.ServeHTTP(w, r)
			return
		}
		if r.Body != nil && r.Body != http.NoBody {
			bodyDeadline(w, bodyTimeout)
			r.Body = http.MaxBytesReader(w, r.Body, maxBody)
		}
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// CodeBodyTooLarge answers a request body over Config.MaxBodyBytes (413).
const CodeBodyTooLarge = "BODY_TOO_LARGE"

// bodyDeadline sets a read deadline on the connection for receiving the
// body. net/http lifts it once the body has been read to its end (it then
// reads the connection in the background to notice a client leaving), so
// it does not cut a slow answer short. Writers that cannot take deadlines
// (tests' recorders) are left as they are.
func bodyDeadline(w http.ResponseWriter, d time.Duration) {
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(d))
}

// recoverer answers 500 instead of dropping the connection when a handler
// panics.
func recoverer(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				log.ErrorContext(r.Context(), "http: panic", "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
				writeJSON(w, http.StatusInternalServerError, errorBody{Error: "internal error", Code: "INTERNAL"})
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// errorBody is the JSON answer of a failed non-GraphQL request.
type errorBody struct {
	Error string `json:"error"`
	Code  string `json:"code"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// statusOf maps query's sentinel errors to an HTTP status and code.
func statusOf(err error) (int, string) {
	switch {
	case errors.Is(err, query.ErrNotFound):
		return http.StatusNotFound, "NOT_FOUND"
	case errors.Is(err, query.ErrLimit):
		return http.StatusUnprocessableEntity, "LIMIT_EXCEEDED"
	case errors.Is(err, query.ErrBadInput):
		return http.StatusBadRequest, "BAD_USER_INPUT"
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, "TIMEOUT"
	}
	return http.StatusInternalServerError, "INTERNAL"
}

func badInput(format string, args ...any) error {
	return fmt.Errorf(format+": %w", append(args, query.ErrBadInput)...)
}
