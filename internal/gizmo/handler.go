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
	"reflect"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	cgizmo "github.com/cayleygraph/cayley/query/gizmo"
)

// Defaults for the zero Options.
const (
	DefaultTimeout      = 10 * time.Second
	DefaultLimit        = 1000
	DefaultMaxBodyBytes = 64 << 10
)

// Options bound what one query may cost.
type Options struct {
	Timeout      time.Duration // wall time of one query; DefaultTimeout when zero
	Limit        int           // results returned by All, GetLimit and Emit; DefaultLimit when zero
	MaxBodyBytes int64         // request body size; DefaultMaxBodyBytes when zero
	Logger       *slog.Logger  // internal errors; slog.Default() when nil
}

// Error codes of the JSON error answers.
const (
	CodeBadRequest  = "BAD_REQUEST" // not a POST, empty or malformed body (400, 405, 413)
	CodeBadQuery    = "BAD_QUERY"   // the query does not compile or throws (400)
	CodeTimeout     = "TIMEOUT"     // the query ran past Options.Timeout (504)
	CodeInternal    = "INTERNAL"    // the store failed (500)
	CodeClientGone  = "CLIENT_GONE" // the client cancelled the request (408)
	jsonContentType = "application/json"
)

// Response is the answer to a query that ran: the values it emitted, at
// most Options.Limit, and whether the limit cut them off.
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
// query, or a JSON object {"query": "..."} when the Content-Type is
// application/json; the answer is a Response (200) or an ErrorResponse.
// Each query runs in its own session on a read-only view of qs, so Handler
// is safe for concurrent use.
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
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	return &handler{qs: readOnly{qs}, opts: opts}
}

type handler struct {
	qs   graph.QuadStore
	opts Options
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeError(w, http.StatusMethodNotAllowed, CodeBadRequest, "POST a Gizmo query")
		return
	}
	qu, status, err := h.readQuery(w, r)
	if err != nil {
		writeError(w, status, CodeBadRequest, err.Error())
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), h.opts.Timeout)
	defer cancel()
	res, err := h.run(ctx, qu)
	switch {
	case err == nil:
		writeJSON(w, http.StatusOK, res)
	case r.Context().Err() != nil:
		writeError(w, http.StatusRequestTimeout, CodeClientGone, "request cancelled")
	case errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil:
		writeError(w, http.StatusGatewayTimeout, CodeTimeout,
			fmt.Sprintf("query stopped after the time limit of %s", h.opts.Timeout))
	case isQueryError(err):
		// The client sees Gizmo's message without our op prefix.
		msg := err.Error()
		if inner := errors.Unwrap(err); inner != nil {
			msg = inner.Error()
		}
		writeError(w, http.StatusBadRequest, CodeBadQuery, msg)
	default:
		h.opts.Logger.Error("gizmo query", "err", err, "query", qu)
		writeError(w, http.StatusInternalServerError, CodeInternal, "internal error")
	}
}

func (h *handler) readQuery(w http.ResponseWriter, r *http.Request) (string, int, error) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.opts.MaxBodyBytes))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return "", http.StatusRequestEntityTooLarge, fmt.Errorf("query larger than %d bytes", tooLarge.Limit)
		}
		return "", http.StatusBadRequest, fmt.Errorf("read query: %w", err)
	}
	qu := string(body)
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == jsonContentType {
		var req struct {
			Query string `json:"query"`
		}
		dec := json.NewDecoder(strings.NewReader(qu))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			return "", http.StatusBadRequest, fmt.Errorf(`body is not {"query": "..."}: %w`, err)
		}
		qu = req.Query
	}
	if strings.TrimSpace(qu) == "" {
		return "", http.StatusBadRequest, errors.New("empty query")
	}
	return qu, 0, nil
}

// run executes one query. Gizmo runs the script in its own goroutine; when
// ctx ends, Next interrupts the JavaScript VM, so even an endless loop stops.
func (h *handler) run(ctx context.Context, qu string) (*Response, error) {
	const op = "gizmo.run"
	ses := cgizmo.NewSession(h.qs)
	// One more than the limit tells whether the limit cut results off.
	it, err := ses.Execute(ctx, qu, query.Options{Collation: query.JSON, Limit: h.opts.Limit + 1})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	defer it.Close()
	res := &Response{Result: []any{}}
	for it.Next(ctx) {
		v := it.Result()
		if v == nil { // the script's own return value, not a result
			continue
		}
		if len(res.Result) == h.opts.Limit {
			res.Truncated = true
			break
		}
		res.Result = append(res.Result, v)
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	return res, nil
}

// isQueryError tells the query's own faults (syntax, a thrown exception,
// wrong arguments to a Gizmo step, a refused write) from the store's.
func isQueryError(err error) bool {
	if errors.Is(err, ErrReadOnly) {
		return true
	}
	for e := err; e != nil; e = errors.Unwrap(e) {
		t := reflect.TypeOf(e)
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if p := t.PkgPath(); p == "github.com/dop251/goja" || p == "github.com/cayleygraph/cayley/query/gizmo" {
			return true
		}
	}
	return false
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, ErrorResponse{Error: msg, Code: code})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", jsonContentType)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	_ = enc.Encode(v) // the status is sent; a failed write means the client left
}
