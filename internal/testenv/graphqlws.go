package testenv

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// WSMessage is one graphql-transport-ws message.
type WSMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// WSClient is the client side of graphql-transport-ws, for tests. The
// protocol does not acknowledge a subscription: a test that ingests right
// after Subscribe must give the server a moment to register it.
type WSClient struct {
	t    testing.TB
	ctx  context.Context
	conn *websocket.Conn
}

// DialGraphQLWS connects to the GraphQL endpoint at url (http:// or ws://),
// checks the subprotocol and completes connection_init / connection_ack.
// The connection is closed when the test ends, or by Close.
func DialGraphQLWS(ctx context.Context, t testing.TB, url string) *WSClient {
	t.Helper()
	if strings.HasPrefix(url, "http") {
		url = "ws" + strings.TrimPrefix(url, "http")
	}
	conn, _, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatalf("dial %s: %v", url, err)
	}
	t.Cleanup(func() { conn.CloseNow() })
	if conn.Subprotocol() != "graphql-transport-ws" {
		t.Fatalf("subprotocol: got %q, want graphql-transport-ws", conn.Subprotocol())
	}
	c := &WSClient{t: t, ctx: ctx, conn: conn}
	c.Send(WSMessage{Type: "connection_init"})
	if m, err := c.Next(); err != nil || m.Type != "connection_ack" {
		t.Fatalf("connection_init: got %+v, %v; want connection_ack", m, err)
	}
	return c
}

// Send writes one message.
func (c *WSClient) Send(m any) {
	c.t.Helper()
	if err := wsjson.Write(c.ctx, c.conn, m); err != nil {
		c.t.Fatalf("send: %v", err)
	}
}

// Subscribe starts the subscription query under id.
func (c *WSClient) Subscribe(id, query string) {
	c.t.Helper()
	c.Send(map[string]any{"id": id, "type": "subscribe", "payload": map[string]string{"query": query}})
}

// Next returns the next message that is not a ping, answering pings.
func (c *WSClient) Next() (WSMessage, error) {
	for {
		var m WSMessage
		if err := wsjson.Read(c.ctx, c.conn, &m); err != nil {
			return m, err
		}
		if m.Type != "ping" {
			return m, nil
		}
		if err := wsjson.Write(c.ctx, c.conn, WSMessage{Type: "pong"}); err != nil {
			return m, err
		}
	}
}

// Close ends the connection normally.
func (c *WSClient) Close() { c.conn.Close(websocket.StatusNormalClosure, "") }
