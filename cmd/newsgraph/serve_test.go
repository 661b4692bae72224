package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/newsgraph/newsgraph/internal/auth"
)

func TestKeygen(t *testing.T) {
	out, stderr, err := runCmd(t, context.Background(), "keygen", "--name", "alice", "--scopes", "read,write")
	if err != nil {
		t.Fatalf("keygen: %v\n%s", err, stderr)
	}
	token, line, ok := parseKeygen(out)
	if !ok {
		t.Fatalf("keygen output: got %q, want a key: and a line: line", out)
	}
	if strings.Contains(line, token) || !strings.HasPrefix(line, "alice read,write ") {
		t.Errorf("line %q: want alice's name, scopes and hash, without the key", line)
	}
	keys, err := auth.Parse("line", strings.NewReader(line))
	if err != nil {
		t.Fatal(err)
	}
	ks, _ := auth.NewKeys(keys...)
	if k, ok := ks.Verify(token); !ok || !k.Has(auth.Write) {
		t.Errorf("the printed key does not open the printed line: %+v %v", k, ok)
	}
	for _, args := range [][]string{{"keygen"}, {"keygen", "--name", "bob", "extra"}} {
		if _, _, err := runCmd(t, context.Background(), args...); !errors.Is(err, errUsage) {
			t.Errorf("run(%q): got %v, want errUsage", args, err)
		}
	}
	if _, _, err := runCmd(t, context.Background(), "keygen", "--name", "bob", "--scopes", "admin"); err == nil {
		t.Error("keygen --scopes admin: no error")
	}
}

// parseKeygen reads keygen's "key: K" and "line: L" lines.
func parseKeygen(out string) (token, line string, ok bool) {
	for l := range strings.Lines(out) {
		if v, found := strings.CutPrefix(l, "key:"); found {
			token = strings.TrimSpace(v)
		}
		if v, found := strings.CutPrefix(l, "line:"); found {
			line = strings.TrimSpace(v)
		}
	}
	return token, line, token != "" && line != ""
}

// TestServeRefusesBadAccessFlags: serve stops before opening anything when
// it would serve with less protection than asked.
func TestServeRefusesBadAccessFlags(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "plain-keys")
	if err := os.WriteFile(plain, []byte("alice read ng_thesecretitself\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"secret instead of hash", []string{"--keys", plain}, "64 hex digits"},
		{"missing keys file", []string{"--keys", filepath.Join(dir, "nope")}, "--keys"},
		{"reads need keys that do not exist", []string{"--require-key-for-reads"}, "needs keys"},
		{"certificate without key", []string{"--tls-cert", plain}, "go together"},
		{"unreadable certificate", []string{"--tls-cert", plain, "--tls-key", plain}, "TLS"},
		{"origin with a path", []string{"--cors-origin", "https://app.example.com/page"}, "scheme://host"},
		{"origin without scheme", []string{"--cors-origin", "app.example.com"}, "scheme://host"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"serve", "--store", "memory", "--addr", "127.0.0.1:0"}, tc.args...)
			_, stderr, err := runCmd(t, context.Background(), args...)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("serve %q: got %v (%s), want an error containing %q", tc.args, err, stderr, tc.wantErr)
			}
		})
	}
}

// startServeWith runs serve in-process with args (a memory store unless
// given) until the test ends, waits until client gets /healthz from base,
// and returns its log.
func startServeWith(t *testing.T, client *http.Client, base string, args ...string) *safeBuffer {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	logs := &safeBuffer{}
	go func() {
		done <- run(ctx, append([]string{"serve", "--store", "memory", "--procs", "0"}, args...), strings.NewReader(""), io.Discard, logs)
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v\n%s", err, logs.String())
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-done:
			done <- err
			t.Fatalf("serve stopped early: %v\n%s", err, logs.String())
		default:
		}
		if resp, err := client.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return logs
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s/healthz never answered\n%s", base, logs.String())
	return nil
}

// call sends one request and returns the status, the WWW-Authenticate
// header and the body.
func call(t *testing.T, client *http.Client, method, url, host, key, contentType, body string) (int, string, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if host != "" {
		req.Host = host
	}
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("WWW-Authenticate"), string(b)
}

func graphQLBody(q string) string {
	b, _ := json.Marshal(map[string]string{"query": q})
	return string(b)
}

const (
	ingestMutation = `mutation { ingestDocument(text: "Japan praised Germany.", title: "Praise") { added } }`
	gizmoQuery     = `{"query": "g.V().Limit(1).All()"}`
)

// TestServeWithKeysAndTLS serves HTTPS with two keys, a writer's from a
// file and a reader's from the environment, and checks who may do what.
func TestServeWithKeysAndTLS(t *testing.T) {
	dir := t.TempDir()
	certFile, keyFile, pool := selfSignedCert(t, dir)
	writerToken, writer, _ := auth.Generate("writer", []auth.Scope{auth.Write})
	readerToken, reader, _ := auth.Generate("reader", []auth.Scope{auth.Read})
	keysFile := filepath.Join(dir, "keys")
	if err := os.WriteFile(keysFile, []byte("# newsgraph keys\n"+writer.Line()+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv(envAPIKeys, reader.Line())

	addr := freeAddr(t)
	base := "https://" + addr
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}
	logs := startServeWith(t, client, base, "--addr", addr, "--keys", keysFile, "--tls-cert", certFile, "--tls-key", keyFile, "--allowed-hosts", "news.example.com")

	tests := []struct {
		name       string
		method     string
		path       string
		host       string
		key        string
		body       string
		wantStatus int
		wantBody   string
		wantAuth   string
	}{
		{"reads open", "POST", "/graphql", "", "", graphQLBody(`{ documents(first: 1) { totalCount } }`), 200, `"totalCount"`, ""},
		{"gizmo without a key", "POST", "/gizmo", "", "", gizmoQuery, 401, `"UNAUTHENTICATED"`, `Bearer realm="newsgraph"`},
		{"gizmo with the reader's key", "POST", "/gizmo", "", readerToken, gizmoQuery, 200, `"result"`, ""},
		{"gizmo with the writer's key", "POST", "/gizmo", "", writerToken, gizmoQuery, 200, `"result"`, ""},
		{"a wrong key", "POST", "/graphql", "", readerToken + "x", graphQLBody(`{ documents(first: 1) { totalCount } }`), 401, `"UNAUTHENTICATED"`, `Bearer realm="newsgraph", error="invalid_token"`},
		{"forged Host", "POST", "/graphql", "attacker.example:" + port(addr), writerToken, graphQLBody(ingestMutation), 421, `"HOST_NOT_ALLOWED"`, ""},
		{"allowed Host", "GET", "/healthz", "news.example.com", "", "", 200, `"ok"`, ""},
		{"the playground cannot be framed", "GET", "/", "", "", "", 200, "graphiql", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, www, body := call(t, client, tc.method, base+tc.path, tc.host, tc.key, "application/json", tc.body)
			if status != tc.wantStatus || !strings.Contains(body, tc.wantBody) {
				t.Errorf("got %d %.300s, want %d with %s", status, body, tc.wantStatus, tc.wantBody)
			}
			if www != tc.wantAuth {
				t.Errorf("WWW-Authenticate: got %q, want %q", www, tc.wantAuth)
			}
		})
	}
	resp, err := client.Get(base + "/explore")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.TLS == nil || resp.Header.Get("X-Frame-Options") != "DENY" || !strings.Contains(strings.Join(resp.Header.Values("Content-Security-Policy"), ";"), "frame-ancestors 'none'") {
		t.Errorf("/explore: TLS %v, headers %v: want TLS, X-Frame-Options DENY and frame-ancestors 'none'", resp.TLS != nil, resp.Header)
	}
	if status, _, _ := call(t, &http.Client{Timeout: 5 * time.Second}, "GET", "http://"+addr+"/healthz", "", "", "", ""); status != http.StatusBadRequest {
		t.Errorf("plain HTTP to the TLS port: got %d, want 400", status)
	}
	if !strings.Contains(logs.String(), "API keys required") {
		t.Errorf("log does not say keys are required:\n%s", logs.String())
	}
}

// TestServeNonLoopbackWithoutKeys listens on all interfaces without keys:
// serve says it is read-only, refuses mutations and does not mount Gizmo.
func TestServeNonLoopbackWithoutKeys(t *testing.T) {
	t.Setenv(envAPIKeys, "")
	p := port(freeAddr(t))
	base := "http://127.0.0.1:" + p
	client := &http.Client{Timeout: 10 * time.Second}
	logs := startServeWith(t, client, base, "--addr", ":"+p)
	status, _, body := call(t, client, "POST", base+"/graphql", "", "", "application/json", graphQLBody(ingestMutation))
	if status != 200 || !strings.Contains(body, `"READ_ONLY"`) {
		t.Errorf("mutation: got %d %s, want READ_ONLY", status, body)
	}
	if status, _, _ := call(t, client, "POST", base+"/gizmo", "", "", "application/json", gizmoQuery); status != http.StatusNotFound {
		t.Errorf("/gizmo: got %d, want 404 (off)", status)
	}
	if status, _, body := call(t, client, "POST", base+"/graphql", "", "", "application/json", graphQLBody(`{ documents(first: 1) { totalCount } }`)); status != 200 || !strings.Contains(body, `"totalCount":0`) {
		t.Errorf("query: got %d %s, want an answer", status, body)
	}
	for _, want := range []string{"READ-ONLY", "/gizmo is off", "--allowed-hosts", "plain HTTP"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, logs.String())
		}
	}
}

func port(addr string) string {
	_, p, _ := net.SplitHostPort(addr)
	return p
}

// selfSignedCert writes a certificate for 127.0.0.1 and its key into dir
// and returns their paths and a pool trusting it.
func selfSignedCert(t *testing.T, dir string) (certFile, keyFile string, pool *x509.CertPool) {
	t.Helper()
	priv, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "newsgraph test"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1")},
		DNSNames:     []string{"localhost"},
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &priv.PublicKey, priv)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	var certPEM bytes.Buffer
	_ = pem.Encode(&certPEM, &pem.Block{Type: "CERTIFICATE", Bytes: der})
	if err := os.WriteFile(certFile, certPEM.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER}), 0o600); err != nil {
		t.Fatal(err)
	}
	pool = x509.NewCertPool()
	pool.AppendCertsFromPEM(certPEM.Bytes())
	return certFile, keyFile, pool
}

// TestServeAuthorizesOperations checks GraphQL operations against the
// keys: mutations need a write key; with --require-key-for-reads queries
// and subscriptions need a read key, which a WebSocket sends on its
// upgrade request.
func TestServeAuthorizesOperations(t *testing.T) {
	writerToken, writer, _ := auth.Generate("writer", []auth.Scope{auth.Write})
	readerToken, reader, _ := auth.Generate("reader", []auth.Scope{auth.Read})
	t.Setenv(envAPIKeys, writer.Line()+";"+reader.Line())
	client := &http.Client{Timeout: 10 * time.Second}
	query := graphQLBody(`{ documents(first: 1) { totalCount } }`)

	for _, readsNeedKey := range []bool{false, true} {
		addr := freeAddr(t)
		base := "http://" + addr
		args := []string{"--addr", addr}
		if readsNeedKey {
			args = append(args, "--require-key-for-reads")
		}
		startServeWith(t, client, base, args...)
		// Without a key, /graphql answers 401 itself when reads need a key;
		// otherwise GraphQL refuses the mutation with its code.
		anonymous := 200
		if readsNeedKey {
			anonymous = 401
		}
		tests := []struct {
			name       string
			key        string
			body       string
			wantStatus int
			wantBody   string
		}{
			{"mutation without a key", "", graphQLBody(ingestMutation), anonymous, `"code":"UNAUTHENTICATED"`},
			{"mutation with a read key", readerToken, graphQLBody(ingestMutation), 200, `"code":"FORBIDDEN"`},
			{"mutation with a write key", writerToken, graphQLBody(ingestMutation), 200, `"added":true`},
			{"query with a read key", readerToken, query, 200, `"totalCount"`},
			{"query without a key", "", query, anonymous, map[bool]string{false: `"totalCount"`, true: `"code":"UNAUTHENTICATED"`}[readsNeedKey]},
		}
		for _, tc := range tests {
			t.Run(fmt.Sprintf("readsNeedKey=%v/%s", readsNeedKey, tc.name), func(t *testing.T) {
				status, _, body := call(t, client, "POST", base+"/graphql", "", tc.key, "application/json", tc.body)
				if status != tc.wantStatus || !strings.Contains(body, tc.wantBody) {
					t.Errorf("got %d %.300s, want %d with %s", status, body, tc.wantStatus, tc.wantBody)
				}
			})
		}
		if !readsNeedKey {
			continue
		}
		wsTests := []struct {
			name      string
			header    string // Authorization on the upgrade request
			init      map[string]any
			wantFirst string // substring of the first message after subscribing
		}{
			{"subscription without a key", "", nil, `"UNAUTHENTICATED"`},
			{"subscription with a key on the upgrade", "Bearer " + readerToken, nil, `"title":"Event`},
			{"subscription with a key in connection_init", "", map[string]any{"Authorization": "Bearer " + readerToken}, `"title":"Event`},
		}
		for i, tc := range wsTests {
			t.Run("websocket/"+tc.name, func(t *testing.T) {
				got := firstEvent(t, base, tc.header, tc.init, func() {
					body := graphQLBody(fmt.Sprintf(`mutation { ingestDocument(text: "Japan praised Germany %d times.", title: "Event %d") { added } }`, i, i))
					if _, _, b := call(t, client, "POST", base+"/graphql", "", writerToken, "application/json", body); !strings.Contains(b, `"added":true`) {
						t.Errorf("mutation: %s", b)
					}
				})
				if !strings.Contains(got, tc.wantFirst) {
					t.Errorf("first message: got %.300s, want %s", got, tc.wantFirst)
				}
			})
		}
	}
}

// firstEvent subscribes to documentIngested over graphql-transport-ws,
// with an Authorization header on the upgrade and an init payload when
// given, calls trigger, and returns the first message after connection_ack
// that is not a ping, whole.
func firstEvent(t *testing.T, base, header string, init map[string]any, trigger func()) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	opts := &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}, HTTPHeader: http.Header{}}
	if header != "" {
		opts.HTTPHeader.Set("Authorization", header)
	}
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(base, "http")+"/graphql", opts)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	defer conn.CloseNow()
	next := func() string {
		for {
			_, b, err := conn.Read(ctx)
			if err != nil {
				return "read: " + err.Error()
			}
			if !strings.Contains(string(b), `"type":"ping"`) {
				return string(b)
			}
		}
	}
	send := func(v any) {
		if err := wsjson.Write(ctx, conn, v); err != nil {
			t.Fatalf("send: %v", err)
		}
	}
	send(map[string]any{"type": "connection_init", "payload": init})
	if m := next(); !strings.Contains(m, "connection_ack") {
		return m
	}
	send(map[string]any{"id": "1", "type": "subscribe", "payload": map[string]string{"query": "subscription { documentIngested { title } }"}})
	time.Sleep(100 * time.Millisecond) // graphql-transport-ws does not acknowledge a subscription
	trigger()
	return next()
}
