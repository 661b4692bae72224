package main

import (
	"context"
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

// healthcheck asks a running serve for /healthz (or --path) and exits 0
// when it answers 200, 1 otherwise: the container image's health check,
// since an image FROM scratch has no curl. A wildcard --addr (":8080",
// "0.0.0.0:8080", as serve takes it) is asked on the loopback address, so
// that the same $NEWSGRAPH_ADDR configures both.
func (e *env) healthcheck(ctx context.Context, args []string) error {
	fs := e.newFlags("healthcheck", "", "Asks a running 'newsgraph serve' for /healthz: exit status 0 when it answers 200, 1 otherwise (for container health checks).")
	addr := fs.String("addr", "localhost:8080", "`HOST:PORT` serve listens on; a wildcard host (:8080, 0.0.0.0:8080) is asked on 127.0.0.1")
	path := fs.String("path", "/healthz", "the path to ask: /healthz (the process answers) or /readyz (the store answers too)")
	useTLS := fs.Bool("tls", false, "ask over HTTPS, without checking the certificate (the server is this machine)")
	timeout := fs.Duration("timeout", 5*time.Second, "give up after this long")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fs.usageError(fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}
	host, port, err := net.SplitHostPort(*addr)
	if err != nil {
		return fs.usageError(fmt.Sprintf("--addr %q: want HOST:PORT", *addr))
	}
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	scheme := "http"
	client := &http.Client{Timeout: *timeout}
	if *useTLS {
		scheme = "https"
		client.Transport = &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}} // a probe of this machine
	}
	url := scheme + "://" + net.JoinHostPort(host, port) + *path
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return fs.usageError(err.Error())
	}
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("healthcheck %s: %w", url, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("healthcheck %s: %s %s", url, resp.Status, body)
	}
	fmt.Fprintf(e.stdout, "%s: %s", url, body)
	return nil
}
