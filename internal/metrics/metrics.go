// Package metrics is newsgraph's Prometheus instrumentation, with the
// Prometheus Go client (github.com/prometheus/client_golang): a registry of
// its own holding the Go runtime and process collectors and
//
//	newsgraph_graphql_operations_total{operation,type}
//	newsgraph_graphql_operation_duration_seconds{operation,type}  (queries and mutations)
//	newsgraph_graphql_errors_total{operation,code}
//	newsgraph_graphql_subscriptions_open
//	newsgraph_ingest_documents_total{outcome}   (added, skipped, failed, interrupted)
//	newsgraph_ingest_quads_total
//	newsgraph_read_index_build_seconds
//	newsgraph_read_index_{documents,entities,relations}, newsgraph_store_{quads,bytes} (gauges read at scrape time)
//
// GraphQL is instrumented by a gqlgen extension (Metrics.GraphQL), so the
// resolvers know nothing of it; ingest outcomes come from the pipeline's
// observer (Metrics.Document). Label values are bounded: an operation
// name is kept only if it is a GraphQL name of at most 64 characters and
// one of the first MaxOperationNames seen; anonymous operations are
// "anonymous", the others "other", and operations that did not parse
// "unknown". Error codes are the handler's own (UPPER_CASE), others
// "OTHER".
package metrics

import (
	"context"
	"net/http"
	"regexp"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/vektah/gqlparser/v2/ast"
)

// MaxOperationNames is how many distinct operation names get their own
// label value; names seen after them are counted as "other".
const MaxOperationNames = 100

// Metrics holds the collectors and the registry serving them. Its methods
// are safe for concurrent use.
type Metrics struct {
	reg *prometheus.Registry

	ops     *prometheus.CounterVec
	latency *prometheus.HistogramVec
	errs    *prometheus.CounterVec
	subs    prometheus.Gauge
	docs    *prometheus.CounterVec
	quads   prometheus.Counter
	build   prometheus.Gauge

	mu    sync.Mutex
	names map[string]bool // operation names given a label value of their own
	codes map[string]bool
}

// New returns the metrics, registered with the Go runtime and process
// collectors in a registry of their own.
func New() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		ops: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsgraph_graphql_operations_total",
			Help: "GraphQL operations answered, by operation name and type (query, mutation, subscription; unknown when it did not parse).",
		}, []string{"operation", "type"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "newsgraph_graphql_operation_duration_seconds",
			Help:    "Time from receiving a GraphQL query or mutation to its answer, parsing included.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"operation", "type"}),
		errs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsgraph_graphql_errors_total",
			Help: "Errors in GraphQL answers, by operation name and error code (extensions.code).",
		}, []string{"operation", "code"}),
		subs: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "newsgraph_graphql_subscriptions_open",
			Help: "GraphQL subscriptions running now.",
		}),
		docs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsgraph_ingest_documents_total",
			Help: "Documents the ingest pipeline finished, by outcome: added, skipped (already stored), failed, interrupted.",
		}, []string{"outcome"}),
		quads: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "newsgraph_ingest_quads_total",
			Help: "Quads written by the ingest pipeline.",
		}),
		build: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "newsgraph_read_index_build_seconds",
			Help: "Time the read index took to build from the store at start.",
		}),
		names: map[string]bool{},
		codes: map[string]bool{},
	}
	m.reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.ops, m.latency, m.errs, m.subs, m.docs, m.quads, m.build,
	)
	// Every outcome is present from the start, at 0, so that rate() works
	// on the first one.
	for _, o := range []string{"added", "skipped", "failed", "interrupted"} {
		m.docs.WithLabelValues(o)
	}
	return m
}

// Handler serves the metrics in the Prometheus text format (or
// OpenMetrics, when the scraper asks for it).
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// Gauge registers a gauge whose value f gives at each scrape (the read
// index's size, the store's). f must be cheap and safe for concurrent use.
func (m *Metrics) Gauge(name, help string, f func() float64) {
	m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: name, Help: help}, f))
}

// IndexBuilt records how long the read index took to build.
func (m *Metrics) IndexBuilt(d time.Duration) { m.build.Set(d.Seconds()) }

// Document counts one document the ingest pipeline finished: outcome is
// added, skipped, failed or interrupted; quads the quads it wrote.
func (m *Metrics) Document(outcome string, quads int) {
	m.docs.WithLabelValues(outcome).Inc()
	if quads > 0 {
		m.quads.Add(float64(quads))
	}
}

// GraphQL returns the gqlgen extension counting operations, their
// latency and their errors, and the open subscriptions. Put it after any
// extension refusing subscriptions over a limit, so that it counts only
// the subscriptions that run.
func (m *Metrics) GraphQL() graphql.HandlerExtension { return gqlExtension{m} }

type gqlExtension struct{ m *Metrics }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
	graphql.ResponseInterceptor
} = gqlExtension{}

func (gqlExtension) ExtensionName() string                   { return "Metrics" }
func (gqlExtension) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptOperation counts a subscription once, when it starts, and
// holds it in the open gauge until its context ends.
func (x gqlExtension) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	if oc.Operation != nil && oc.Operation.Operation == ast.Subscription {
		x.m.ops.WithLabelValues(x.m.opName(oc), string(ast.Subscription)).Inc()
		x.m.subs.Inc()
		context.AfterFunc(ctx, x.m.subs.Dec)
	}
	return next(ctx)
}

// InterceptResponse sees every answer: once per query or mutation (also
// those refused before they ran: a parse error, a limit, no key), once
// per event of a subscription. It counts the operation and its latency,
// then the codes of its errors.
func (x gqlExtension) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil || !graphql.HasOperationContext(ctx) {
		return resp
	}
	oc := graphql.GetOperationContext(ctx)
	name, typ := x.m.opName(oc), "unknown"
	if oc.Operation != nil {
		typ = string(oc.Operation.Operation)
	}
	if typ != string(ast.Subscription) {
		x.m.ops.WithLabelValues(name, typ).Inc()
		if start := oc.Stats.OperationStart; !start.IsZero() {
			x.m.latency.WithLabelValues(name, typ).Observe(time.Since(start).Seconds())
		}
	}
	for _, e := range resp.Errors {
		code, _ := e.Extensions["code"].(string)
		x.m.errs.WithLabelValues(name, x.m.code(code)).Inc()
	}
	return resp
}

// graphQLName is a GraphQL name short enough to be a label value.
var graphQLName = regexp.MustCompile(`^[_A-Za-z][_0-9A-Za-z]{0,63}$`)

// opName is the operation's label value, bounded (see the package doc).
func (m *Metrics) opName(oc *graphql.OperationContext) string {
	name := oc.OperationName
	if oc.Operation == nil {
		return "unknown"
	}
	if name == "" {
		name = oc.Operation.Name
	}
	if name == "" {
		return "anonymous"
	}
	if !graphQLName.MatchString(name) {
		return "other"
	}
	return m.bounded(m.names, name, "other")
}

// code is the error code's label value: an UPPER_CASE code, one of the
// first MaxOperationNames seen; "NONE" for an error without one.
var errorCode = regexp.MustCompile(`^[A-Z][A-Z_]{0,39}$`)

func (m *Metrics) code(c string) string {
	switch {
	case c == "":
		return "NONE"
	case !errorCode.MatchString(c):
		return "OTHER"
	}
	return m.bounded(m.codes, c, "OTHER")
}

// bounded returns v if it is in seen, or can join it while it holds fewer
// than MaxOperationNames values; else other.
func (m *Metrics) bounded(seen map[string]bool, v, other string) string {
	m.mu.Lock()
	defer m.mu.Unlock()
	if seen[v] {
		return v
	}
	if len(seen) >= MaxOperationNames {
		return other
	}
	seen[v] = true
	return v
}
