package server

import (
	"errors"
	"net"
	"net/http"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/auth"
)

// Error codes of the access checks.
const (
	CodeUnauthenticated = "UNAUTHENTICATED"  // no key, or not a valid one (401)
	CodeForbidden       = "FORBIDDEN"        // the key lacks the scope (403)
	CodeHostNotAllowed  = "HOST_NOT_ALLOWED" // the Host header is not served (421)
	CodeOriginForbidden = "CORS_FORBIDDEN"   // a preflight from an origin not allowed (403)
)

// LoopbackHosts are the Host names always served, with any port.
func LoopbackHosts() []string { return []string{"localhost", "127.0.0.1", "::1"} }

// hostMatcher tells the Host header values served.
type hostMatcher struct {
	any       bool
	names     map[string]bool // any port
	hostPorts map[string]bool // "host:port", IPv6 in brackets
	suffixes  []string        // ".example.com" for "*.example.com"
}

func newHostMatcher(extra []string) hostMatcher {
	m := hostMatcher{names: map[string]bool{}, hostPorts: map[string]bool{}}
	for _, h := range append(LoopbackHosts(), extra...) {
		h = strings.TrimSpace(h)
		switch {
		case h == "*":
			m.any = true
		case strings.HasPrefix(h, "*."):
			m.suffixes = append(m.suffixes, normHost(h[1:]))
		default:
			if host, port, err := net.SplitHostPort(h); err == nil && port != "" {
				m.hostPorts[net.JoinHostPort(normHost(host), port)] = true
			} else {
				m.names[normHost(h)] = true
			}
		}
	}
	return m
}

// normHost lowercases a host name and drops IPv6 brackets and a final dot.
func normHost(h string) string {
	return strings.TrimSuffix(strings.Trim(strings.ToLower(h), "[]"), ".")
}

func (m hostMatcher) allows(hostHeader string) bool {
	if m.any {
		return true
	}
	host, port, err := net.SplitHostPort(hostHeader)
	if err != nil {
		host, port = hostHeader, ""
	}
	host = normHost(host)
	if host == "" {
		return false
	}
	if m.names[host] || (port != "" && m.hostPorts[net.JoinHostPort(host, port)]) {
		return true
	}
	for _, s := range m.suffixes {
		if strings.HasSuffix(host, s) {
			return true
		}
	}
	return false
}

// checkHost refuses requests whose Host header is not served, so that a
// page on another name that resolves to this server (DNS rebinding) cannot
// use it. /healthz and /readyz answer any Host: probes address servers by
// IP and they say nothing worth stealing.
func checkHost(m hostMatcher, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !m.allows(r.Host) && r.URL.Path != "/healthz" && r.URL.Path != "/readyz" {
			writeJSON(w, http.StatusMisdirectedRequest, errorBody{Error: "this server does not serve that host name (see --allowed-hosts)", Code: CodeHostNotAllowed})
			return
		}
		next.ServeHTTP(w, r)
	})
}

// cors lets pages from the given origins call the API: simple requests and
// preflights from them get the Access-Control headers allowing GET and POST
// with the Authorization and Content-Type headers; preflights from other
// origins are refused. No credentials (cookies) are involved: keys travel
// in the Authorization header. Without origins it adds nothing, and
// browsers keep cross-origin pages out.
func cors(origins []string, next http.Handler) http.Handler {
	if len(origins) == 0 {
		return next
	}
	allowed := make([]string, len(origins))
	for i, o := range origins {
		allowed[i] = normOrigin(o)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Add("Vary", "Origin")
		origin := r.Header.Get("Origin")
		ok := origin != "" && slices.Contains(allowed, normOrigin(origin))
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			h.Add("Vary", "Access-Control-Request-Method")
			h.Add("Vary", "Access-Control-Request-Headers")
			switch r.Header.Get("Access-Control-Request-Method") {
			case http.MethodGet, http.MethodPost, http.MethodHead:
			default:
				ok = false
			}
			if !ok {
				writeJSON(w, http.StatusForbidden, errorBody{Error: "cross-origin request not allowed (see --cors-origin)", Code: CodeOriginForbidden})
				return
			}
			h.Set("Access-Control-Allow-Origin", origin)
			h.Set("Access-Control-Allow-Methods", "GET, POST")
			h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
			h.Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if ok {
			h.Set("Access-Control-Allow-Origin", origin)
			h.Set("Access-Control-Expose-Headers", "WWW-Authenticate, Content-Disposition, X-Newsgraph-Truncated")
		}
		next.ServeHTTP(w, r)
	})
}

func normOrigin(o string) string {
	return strings.TrimSuffix(strings.ToLower(strings.TrimSpace(o)), "/")
}

// authenticate puts the request's key in its context. A request with an
// Authorization header that is not a valid key is refused, whatever the
// route; one without the header goes on without a key.
func authenticate(keys *auth.Keys, next http.Handler) http.Handler {
	if keys.Len() == 0 {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v := r.Header.Get("Authorization")
		if v == "" {
			next.ServeHTTP(w, r)
			return
		}
		k, err := keys.Authenticate(v)
		if err != nil {
			unauthenticated(w, `, error="invalid_token"`, "invalid API key")
			return
		}
		noteKey(r.Context(), k.Name)
		next.ServeHTTP(w, r.WithContext(auth.WithKey(r.Context(), k)))
	})
}

// requireScope refuses requests whose key lacks s (401 without a key, 403
// with one) when any key is configured. WebSocket upgrades go through: the
// key may come in their connection_init message, and the GraphQL handler
// authorizes each operation.
func requireScope(keys *auth.Keys, s auth.Scope, next http.Handler) http.Handler {
	if keys.Len() == 0 {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if isUpgrade(r) {
			next.ServeHTTP(w, r)
			return
		}
		switch err := auth.Require(r.Context(), s); {
		case errors.Is(err, auth.ErrNoKey):
			unauthenticated(w, "", "this needs an API key with the "+string(s)+" scope (Authorization: Bearer <key>)")
		case err != nil:
			writeJSON(w, http.StatusForbidden, errorBody{Error: "the API key has no " + string(s) + " scope", Code: CodeForbidden})
		default:
			next.ServeHTTP(w, r)
		}
	})
}

func unauthenticated(w http.ResponseWriter, params, msg string) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="newsgraph"`+params)
	writeJSON(w, http.StatusUnauthorized, errorBody{Error: msg, Code: CodeUnauthenticated})
}

func isUpgrade(r *http.Request) bool { return r.Header.Get("Upgrade") != "" }
