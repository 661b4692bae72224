package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestHealthcheck: healthcheck succeeds against a running serve, also
// given serve's wildcard address, and fails against a closed port or a
// path that is not 200.
func TestHealthcheck(t *testing.T) {
	t.Setenv(envAPIKeys, "")
	addr := freeAddr(t)
	startServeWith(t, &http.Client{Timeout: 10 * time.Second}, "http://"+addr, "--addr", addr)
	_, port, _ := net.SplitHostPort(addr)
	closed := freeAddr(t)
	tests := []struct {
		name    string
		args    []string
		wantErr bool
		usage   bool
	}{
		{"running", []string{"--addr", addr}, false, false},
		{"wildcard address", []string{"--addr", ":" + port}, false, false},
		{"ready", []string{"--addr", addr, "--path", "/readyz"}, false, false},
		{"not found", []string{"--addr", addr, "--path", "/nothing"}, true, false},
		{"closed port", []string{"--addr", closed, "--timeout", "2s"}, true, false},
		{"no port", []string{"--addr", "localhost"}, true, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, stderr, err := runCmd(t, context.Background(), append([]string{"healthcheck"}, tc.args...)...)
			if (err != nil) != tc.wantErr || errors.Is(err, errUsage) != tc.usage {
				t.Errorf("got %v (%s), want error %v, usage %v", err, stderr, tc.wantErr, tc.usage)
			}
			if err == nil && !strings.Contains(out, `"status"`) {
				t.Errorf("output %q: want the answer", out)
			}
		})
	}
}

// TestServeLimits: --max-page reaches the read side (query.WithLimits).
func TestServeLimits(t *testing.T) {
	t.Setenv(envAPIKeys, "")
	addr := freeAddr(t)
	client := &http.Client{Timeout: 10 * time.Second}
	startServeWith(t, client, "http://"+addr, "--addr", addr, "--max-page", "3")
	q := func(first int) string {
		_, _, body := call(t, client, "POST", "http://"+addr+"/graphql", "", "", "application/json",
			graphQLBody(fmt.Sprintf(`{ relations(first: %d) { totalCount } }`, first)))
		return body
	}
	if body := q(3); strings.Contains(body, "LIMIT_EXCEEDED") {
		t.Errorf("first: 3 with --max-page 3: %s", body)
	}
	if body := q(4); !strings.Contains(body, "LIMIT_EXCEEDED") {
		t.Errorf("first: 4 with --max-page 3: %s, want LIMIT_EXCEEDED", body)
	}
}
