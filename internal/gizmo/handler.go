package gizmo

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
)

// Defaults for the zero Options.
const (
	DefaultTimeout          = 10 * time.Second
	DefaultLimit            = 1000
	DefaultMaxBodyBytes     = 64 << 10
	DefaultMaxMemoryBytes   = 128 << 20
	DefaultMaxResponseBytes = 8 << 20
	DefaultMaxConcurrent    = 2
	DefaultMaxCallDepth     = 1000
)

// Options bound what one query may cost. Every field has a default for its
// zero value; none can be switched off.
type Options struct {
	// Timeout is the wall time of one query: DefaultTimeout (10s) when zero.
	// At the deadline the script is interrupted and the client answered 504
	// at once, even if a built-in is still running in the VM.
	Timeout time.Duration
	// Limit caps the results returned by All, GetLimit and Emit:
	// DefaultLimit (1,000) when zero. More results set "truncated".
	Limit int
	// MaxBodyBytes caps the request body: DefaultMaxBodyBytes (64 KiB) when zero.
	MaxBodyBytes int64
	// MaxMemoryBytes is how far the process's live heap and goroutine stacks
	// may grow while a query runs, measured from its start and sampled every
	// few milliseconds: DefaultMaxMemoryBytes (128 MiB) when zero. A query
	// past it is interrupted and answered 422 MEMORY_LIMIT. The measure is
	// process-wide, so other work running at the same time counts too;
	// between two garbage collections the heap may briefly exceed it.
	MaxMemoryBytes int64
	// MaxResponseBytes caps the JSON of the results, counted as the script
	// emits them: DefaultMaxResponseBytes (8 MiB) when zero. A query past it
	// is stopped and answered 422 RESPONSE_TOO_LARGE.
	MaxResponseBytes int64
	// MaxConcurrent caps the queries running at once: DefaultMaxConcurrent
	// (2) when zero. A query over the cap is answered 503 BUSY. A slot is
	// held until the script has really stopped, even after its client was
	// answered.
	MaxConcurrent int
	// MaxCallDepth caps the JavaScript call depth: DefaultMaxCallDepth
	// (1,000) when zero. It needs a goja with Runtime.SetMaxCallStackSize;
	// the one Cayley v0.7.7 pins has none, and there endless recursion is
	// stopped by MaxMemoryBytes instead.
	MaxCallDepth int
	// Logger receives internal errors: slog.Default() when nil.
	Logger *slog.Logger
}

// Error codes of the JSON error answers.
const (
	CodeBadRequest       = "BAD_REQUEST"            // not a POST, empty or malformed body (400, 405, 413)
	CodeUnsupportedType  = "UNSUPPORTED_MEDIA_TYPE" // a Content-Type other than application/json or application/x-gizmo (415)
	CodeBadQuery         = "BAD_QUERY"              // the query does not compile or throws (400)
	CodeMemoryLimit      = "MEMORY_LIMIT"           // the query grew memory past Options.MaxMemoryBytes (422)
	CodeResponseTooLarge = "RESPONSE_TOO_LARGE"     // the results passed Options.MaxResponseBytes (422)
	CodeBusy             = "BUSY"                   // Options.MaxConcurrent queries are running (503)
	CodeTimeout          = "TIMEOUT"                // the query ran past Options.Timeout (504)
	CodeInternal         = "INTERNAL"               // the store failed (500)
	CodeClientGone       = "CLIENT_GONE"            // the client cancelled the request (408)
)

// Content types a query may be sent with. Neither is one an HTML form or a
// cross-site "simple" request can send, so a browser asks the server (CORS
// preflight) before it posts a query from another origin.
const (
	ContentTypeJSON   = "application/json"    // body {"query": "..."}
	ContentTypeScript = "application/x-gizmo" // body is the script
)

// graceAfterDeadline is how long the handler waits for the script to report
// its own stop after the deadline before it answers without it.
const graceAfterDeadline = 50 * time.Millisecond

// Response is the answer to a query that ran: the values it emitted, at
// most Options.Limit, and whether the limit cut them off. The elements of
// Result are json.RawMessage, encoded once as the script emitted them.
type Response struct {
	Result    []any `json:"result"`
	Truncated bool  `json:"truncated"`
}

// ErrorResponse is the answer to a query that did not run.
type ErrorResponse struct {
	Error string `json:"error"`
	Code  string `json:"code"`
}

// Handler serves Gizmo queries on qs. A request is a POST whose body is the
// script with Content-Type application/x-gizmo, or a JSON object
// {"query": "..."} with Content-Type application/json; the answer is a
// Response (200) or an ErrorResponse. Each query runs in its own session on
// a read-only view of qs within the budgets of opts, so Handler is safe for
// concurrent use.
func Handler(qs graph.QuadStore, opts Options) http.Handler {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.Limit <= 0 {
		opts.Limit = DefaultLimit
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if opts.MaxMemoryBytes <= 0 {
		opts.MaxMemoryBytes = DefaultMaxMemoryBytes
	}
	if opts.MaxResponseBytes <= 0 {
		opts.MaxResponseBytes = DefaultMaxResponseBytes
	}
	if opts.MaxConcurrent <= 0 {
		opts.MaxConcurrent = DefaultMaxConcurrent
	}
	if opts.MaxCallDepth <= 0 {
		opts.MaxCallDepth = DefaultMaxCallDepth
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	return &handler{qs: readOnly{qs}, opts: opts, slots: make(chan struct{}, opts.MaxConcurrent)}
}

type handler struct {
	qs    graph.QuadStore
	opts  Options
	slots chan struct{} // one token per running query
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeError(w, http.StatusMethodNotAllowed, CodeBadRequest, "POST a Gizmo query")
		return
	}
	qu, status, code, err := h.readQuery(w, r)
	if err != nil {
		writeError(w, status, code, err.Error())
		return
	}
	select {
	case h.slots <- struct{}{}:
	default:
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusServiceUnavailable, CodeBusy,
			fmt.Sprintf("%d Gizmo queries are running; try again later", h.opts.MaxConcurrent))
		return
	}
	ctx, stop := context.WithCancelCause(r.Context())
	defer stop(nil)
	ctx, cancel := context.WithTimeout(ctx, h.opts.Timeout)
	defer cancel()

	done := make(chan outcome, 1)
	go func() {
		defer func() { <-h.slots }()
		done <- h.run(ctx, stop, qu)
	}()
	var out outcome
	select {
	case out = <-done:
	case <-ctx.Done():
		// The script was interrupted; give it a moment to say so, then
		// answer without it (a built-in may still be running).
		select {
		case out = <-done:
		case <-time.After(graceAfterDeadline):
			h.opts.Logger.Warn("gizmo query abandoned: still running after its interrupt",
				"cause", context.Cause(ctx), "query", qu)
			out = outcome{err: context.Cause(ctx)}
		}
	}
	h.respond(w, r, ctx, qu, out)
}

func (h *handler) respond(w http.ResponseWriter, r *http.Request, ctx context.Context, qu string, out outcome) {
	err := out.err
	var panicked *panicError
	switch {
	case err == nil:
		writeJSON(w, http.StatusOK, out.res)
	case errors.Is(err, errMemoryLimit) || errors.Is(context.Cause(ctx), errMemoryLimit):
		writeError(w, http.StatusUnprocessableEntity, CodeMemoryLimit,
			fmt.Sprintf("query stopped: it used more than the memory budget of %d bytes", h.opts.MaxMemoryBytes))
	case errors.Is(err, errResponseTooLarge):
		writeError(w, http.StatusUnprocessableEntity, CodeResponseTooLarge,
			fmt.Sprintf("query stopped: its results passed the response budget of %d bytes; narrow it or use Limit", h.opts.MaxResponseBytes))
	case r.Context().Err() != nil:
		writeError(w, http.StatusRequestTimeout, CodeClientGone, "request cancelled")
	case ctx.Err() != nil:
		writeError(w, http.StatusGatewayTimeout, CodeTimeout,
			fmt.Sprintf("query stopped after the time limit of %s", h.opts.Timeout))
	case errors.As(err, &panicked):
		h.opts.Logger.Warn("gizmo query crashed a step", "panic", panicked.value, "query", qu, "stack", string(panicked.stack))
		writeError(w, http.StatusBadRequest, CodeBadQuery, "a Gizmo step failed on its arguments (a value of the wrong type?)")
	case isInternal(err):
		h.opts.Logger.Error("gizmo query: store failed", "err", err, "query", qu)
		writeError(w, http.StatusInternalServerError, CodeInternal, "internal error")
	default:
		writeError(w, http.StatusBadRequest, CodeBadQuery, queryMessage(err))
	}
}

func (h *handler) readQuery(w http.ResponseWriter, r *http.Request) (qu string, status int, code string, err error) {
	ct := r.Header.Get("Content-Type")
	mt, _, _ := mime.ParseMediaType(ct)
	if mt != ContentTypeJSON && mt != ContentTypeScript {
		return "", http.StatusUnsupportedMediaType, CodeUnsupportedType,
			fmt.Errorf("Content-Type %q: send the script as %s, or {\"query\": \"...\"} as %s", ct, ContentTypeScript, ContentTypeJSON)
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.opts.MaxBodyBytes))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return "", http.StatusRequestEntityTooLarge, CodeBadRequest, fmt.Errorf("query larger than %d bytes", tooLarge.Limit)
		}
		return "", http.StatusBadRequest, CodeBadRequest, fmt.Errorf("read query: %w", err)
	}
	qu = string(body)
	if mt == ContentTypeJSON {
		var req struct {
			Query string `json:"query"`
		}
		dec := json.NewDecoder(strings.NewReader(qu))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			return "", http.StatusBadRequest, CodeBadRequest, fmt.Errorf(`body is not {"query": "..."}: %w`, err)
		}
		qu = req.Query
	}
	if strings.TrimSpace(qu) == "" {
		return "", http.StatusBadRequest, CodeBadRequest, errors.New("empty query")
	}
	return qu, 0, "", nil
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, ErrorResponse{Error: msg, Code: code})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", ContentTypeJSON)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	_ = enc.Encode(v) // the status is sent; a failed write means the client left
}
