package graph

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// postTransport is gqlgen's POST transport with the body read and checked
// first. gqlgen answers a body cut by http.MaxBytesReader (the server's
// body limit) with 200 and no code, and one that is not JSON with its
// whole text in the message; here the first is answered 413
// BODY_TOO_LARGE and the second 400 BAD_REQUEST, neither echoing the body.
type postTransport struct{ transport.POST }

var _ graphql.Transport = postTransport{}

// rawParams is graphql.RawParams as gqlgen's POST transport decodes it,
// with the values of variables and extensions kept raw: decoding into it
// fails exactly when gqlgen's decoding would.
type rawParams struct {
	Query         string                     `json:"query"`
	OperationName string                     `json:"operationName"`
	Variables     map[string]json.RawMessage `json:"variables"`
	Extensions    map[string]json.RawMessage `json:"extensions"`
}

// Do answers the request.
func (t postTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			writeError(w, http.StatusRequestEntityTooLarge, CodeBodyTooLarge, fmt.Sprintf("the request body is over %d bytes", tooLarge.Limit))
			return
		}
		writeError(w, http.StatusBadRequest, CodeBadRequest, "the request body could not be read")
		return
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(&rawParams{}); err != nil {
		writeError(w, http.StatusBadRequest, CodeBadRequest,
			`the request body is not a GraphQL request in JSON ({"query": "...", "variables": {...}})`)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	t.POST.Do(w, r, exec)
}

// writeError answers a request refused before GraphQL sees it, as a
// GraphQL response with one error and its code.
func writeError(w http.ResponseWriter, status int, code, msg string) {
	b, err := json.Marshal(graphql.Response{Errors: gqlerror.List{{Message: msg, Extensions: map[string]any{"code": code}}}})
	if err != nil {
		panic(err) // a fixed shape of strings always marshals
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}
