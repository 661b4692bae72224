package playground_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/coder/websocket"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// The GraphQL endpoint is a boundary this package does not own (graph/ and
// internal/server serve the real one with gqlgen). The browser test talks to
// this stand-in: it parses and validates every operation against a small
// schema with gqlparser, answers queries by projecting the selection set over
// fixed data (introspection included, so GraphiQL loads a real schema), and
// streams a few events for subscriptions over graphql-transport-ws.

const standInSchema = `
"Something the news mentions."
type Entity {
  id: ID!
  name: String!
  type: EntityType!
}

enum EntityType { PERSON ORG GPE LOC }

type EntityEdge { node: Entity! }

type EntityConnection { edges: [EntityEdge!]! }

type Query {
  "Entities in name order."
  entities(first: Int = 10): EntityConnection!
}

type Subscription {
  "Each entity as an article adds it."
  entityAdded: Entity!
}
`

// subscriptionEvents is how many events the stand-in sends per subscription.
const subscriptionEvents = 3

// standIn is the fake endpoint; ops records the operations it executed.
type standIn struct {
	schema *ast.Schema
	intro  map[string]any

	mu  sync.Mutex
	ops []string // "query entities", "subscription entityAdded", ...
}

func newStandIn() (*standIn, error) {
	schema, err := gqlparser.LoadSchema(&ast.Source{Name: "standin.graphqls", Input: standInSchema})
	if err != nil {
		return nil, err
	}
	return &standIn{schema: schema, intro: introspect(schema)}, nil
}

func (s *standIn) executed() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.ops...)
}

type gqlRequest struct {
	Query         string         `json:"query"`
	OperationName string         `json:"operationName"`
	Variables     map[string]any `json:"variables"`
}

func (s *standIn) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
		s.serveWebsocket(w, r)
		return
	}
	if r.Method != http.MethodPost {
		http.Error(w, "POST only", http.StatusMethodNotAllowed)
		return
	}
	var req gqlRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(s.execute(req, 0))
}

// execute validates req and answers it; n numbers subscription events.
func (s *standIn) execute(req gqlRequest, n int) map[string]any {
	doc, errs := gqlparser.LoadQueryWithRules(s.schema, req.Query, nil)
	if len(errs) > 0 {
		return map[string]any{"errors": errs}
	}
	op := doc.Operations.ForName(req.OperationName)
	if op == nil {
		return map[string]any{"errors": gqlerror.List{gqlerror.Errorf("no operation %q", req.OperationName)}}
	}
	var root map[string]any
	switch op.Operation {
	case ast.Query:
		root = map[string]any{
			"__typename": "Query",
			"__schema":   s.intro,
			"entities": map[string]any{"edges": []any{
				map[string]any{"node": entity("gpe/china", "China", "GPE")},
				map[string]any{"node": entity("gpe/north-korea", "North Korea", "GPE")},
				map[string]any{"node": entity("person/donald-trump", "Donald Trump", "PERSON")},
			}},
		}
	case ast.Subscription:
		root = map[string]any{
			"__typename":  "Subscription",
			"entityAdded": entity("org/stand-in", "Stand-in event "+string(rune('0'+n)), "ORG"),
		}
	default:
		return map[string]any{"errors": gqlerror.List{gqlerror.Errorf("%s is not served", op.Operation)}}
	}
	names := make([]string, 0, len(op.SelectionSet))
	for _, sel := range op.SelectionSet {
		if f, ok := sel.(*ast.Field); ok {
			names = append(names, f.Name)
		}
	}
	s.mu.Lock()
	s.ops = append(s.ops, string(op.Operation)+" "+strings.Join(names, ","))
	s.mu.Unlock()
	return map[string]any{"data": project(root, op.SelectionSet, doc.Fragments)}
}

func entity(id, name, typ string) map[string]any {
	return map[string]any{"__typename": "Entity", "id": id, "name": name, "type": typ}
}

// project keeps the fields sel asks for (under their aliases), following
// fragments; arguments are ignored. Data is nested maps and slices.
func project(v any, sel ast.SelectionSet, frags ast.FragmentDefinitionList) any {
	switch v := v.(type) {
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = project(e, sel, frags)
		}
		return out
	case map[string]any:
		out := make(map[string]any)
		projectInto(out, v, sel, frags)
		return out
	default:
		return v
	}
}

func projectInto(out, obj map[string]any, sel ast.SelectionSet, frags ast.FragmentDefinitionList) {
	for _, s := range sel {
		switch s := s.(type) {
		case *ast.Field:
			out[s.Alias] = project(obj[s.Name], s.SelectionSet, frags)
		case *ast.InlineFragment:
			projectInto(out, obj, s.SelectionSet, frags)
		case *ast.FragmentSpread:
			if f := frags.ForName(s.Name); f != nil {
				projectInto(out, obj, f.SelectionSet, frags)
			}
		}
	}
}

// introspect builds the full __schema value for schema as nested maps, in the
// shape of the GraphQL spec's introspection types.
func introspect(schema *ast.Schema) map[string]any {
	named := func(def *ast.Definition) any {
		if def == nil {
			return nil
		}
		return map[string]any{"name": def.Name}
	}
	var typeRef func(t *ast.Type) map[string]any
	typeRef = func(t *ast.Type) map[string]any {
		if t.NonNull {
			inner := *t
			inner.NonNull = false
			return map[string]any{"kind": "NON_NULL", "name": nil, "ofType": typeRef(&inner)}
		}
		if t.Elem != nil {
			return map[string]any{"kind": "LIST", "name": nil, "ofType": typeRef(t.Elem)}
		}
		return map[string]any{"kind": string(schema.Types[t.NamedType].Kind), "name": t.NamedType, "ofType": nil}
	}
	deprecation := func(dirs ast.DirectiveList) (bool, any) {
		d := dirs.ForName("deprecated")
		if d == nil {
			return false, nil
		}
		if arg := d.Arguments.ForName("reason"); arg != nil {
			return true, arg.Value.Raw
		}
		return true, "No longer supported"
	}
	inputValues := func(args ast.ArgumentDefinitionList) []any {
		out := []any{}
		for _, a := range args {
			dep, why := deprecation(a.Directives)
			var def any
			if a.DefaultValue != nil {
				def = a.DefaultValue.String()
			}
			out = append(out, map[string]any{
				"name": a.Name, "description": a.Description, "type": typeRef(a.Type),
				"defaultValue": def, "isDeprecated": dep, "deprecationReason": why,
			})
		}
		return out
	}

	types := []any{}
	for _, def := range schema.Types {
		t := map[string]any{
			"kind": string(def.Kind), "name": def.Name, "description": def.Description,
			"specifiedByURL": nil, "isOneOf": false, "ofType": nil,
			"fields": nil, "inputFields": nil, "interfaces": nil, "enumValues": nil, "possibleTypes": nil,
		}
		switch def.Kind {
		case ast.Object, ast.Interface:
			fields := []any{}
			for _, f := range def.Fields {
				if strings.HasPrefix(f.Name, "__") {
					continue
				}
				dep, why := deprecation(f.Directives)
				args := make(ast.ArgumentDefinitionList, 0, len(f.Arguments))
				args = append(args, f.Arguments...)
				fields = append(fields, map[string]any{
					"name": f.Name, "description": f.Description, "args": inputValues(args),
					"type": typeRef(f.Type), "isDeprecated": dep, "deprecationReason": why,
				})
			}
			t["fields"] = fields
			ifaces := []any{}
			for _, name := range def.Interfaces {
				ifaces = append(ifaces, map[string]any{"kind": "INTERFACE", "name": name, "ofType": nil})
			}
			t["interfaces"] = ifaces
		case ast.InputObject:
			args := make(ast.ArgumentDefinitionList, 0, len(def.Fields))
			for _, f := range def.Fields {
				args = append(args, &ast.ArgumentDefinition{
					Name: f.Name, Description: f.Description, Type: f.Type,
					DefaultValue: f.DefaultValue, Directives: f.Directives,
				})
			}
			t["inputFields"] = inputValues(args)
		case ast.Enum:
			values := []any{}
			for _, v := range def.EnumValues {
				dep, why := deprecation(v.Directives)
				values = append(values, map[string]any{
					"name": v.Name, "description": v.Description, "isDeprecated": dep, "deprecationReason": why,
				})
			}
			t["enumValues"] = values
		}
		if def.IsAbstractType() {
			possible := []any{}
			for _, p := range schema.GetPossibleTypes(def) {
				possible = append(possible, map[string]any{"kind": string(p.Kind), "name": p.Name, "ofType": nil})
			}
			t["possibleTypes"] = possible
		}
		types = append(types, t)
	}

	directives := []any{}
	for _, d := range schema.Directives {
		locs := []any{}
		for _, l := range d.Locations {
			locs = append(locs, string(l))
		}
		directives = append(directives, map[string]any{
			"name": d.Name, "description": d.Description, "isRepeatable": d.IsRepeatable,
			"locations": locs, "args": inputValues(d.Arguments),
		})
	}
	return map[string]any{
		"description":      schema.Description,
		"queryType":        named(schema.Query),
		"mutationType":     named(schema.Mutation),
		"subscriptionType": named(schema.Subscription),
		"types":            types,
		"directives":       directives,
	}
}

// wsMessage is one graphql-transport-ws message.
type wsMessage struct {
	Type    string          `json:"type"`
	ID      string          `json:"id,omitempty"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// serveWebsocket speaks graphql-transport-ws: ack the connection, answer
// pings, and for each subscribe send subscriptionEvents "next" messages, a
// little apart, then "complete".
func (s *standIn) serveWebsocket(w http.ResponseWriter, r *http.Request) {
	c, err := websocket.Accept(w, r, &websocket.AcceptOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		return
	}
	defer c.CloseNow()
	if c.Subprotocol() != "graphql-transport-ws" {
		c.Close(4406, "Subprotocol not acceptable")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
	send := func(m wsMessage) error {
		b, err := json.Marshal(m)
		if err != nil {
			return err
		}
		return c.Write(ctx, websocket.MessageText, b)
	}
	for {
		_, b, err := c.Read(ctx)
		if err != nil {
			return
		}
		var m wsMessage
		if err := json.Unmarshal(b, &m); err != nil {
			c.Close(4400, "bad message")
			return
		}
		switch m.Type {
		case "connection_init":
			err = send(wsMessage{Type: "connection_ack"})
		case "ping":
			err = send(wsMessage{Type: "pong"})
		case "subscribe":
			var req gqlRequest
			if err := json.Unmarshal(m.Payload, &req); err != nil {
				c.Close(4400, "bad payload")
				return
			}
			for n := 1; n <= subscriptionEvents && err == nil; n++ {
				time.Sleep(150 * time.Millisecond)
				var payload []byte
				if payload, err = json.Marshal(s.execute(req, n)); err == nil {
					err = send(wsMessage{Type: "next", ID: m.ID, Payload: payload})
				}
			}
			if err == nil {
				err = send(wsMessage{Type: "complete", ID: m.ID})
			}
		}
		if err != nil {
			return
		}
	}
}
