package testenv

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// PageLog collects what a page did, from chromedp's event goroutine (pass
// Listen to chromedp.WithListener): every URL it asked for and every problem
// the browser reported (uncaught exceptions, console errors, warnings and
// asserts, log entries of level error or warning, failed loads, HTTP
// errors). The zero value is ready to use.
type PageLog struct {
	mu       sync.Mutex
	urls     []string
	problems []string
}

// Snapshot returns copies of the URLs and problems recorded so far.
func (l *PageLog) Snapshot() (urls, problems []string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.urls), slices.Clone(l.problems)
}

func (l *PageLog) url(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.urls = append(l.urls, s)
}

func (l *PageLog) problem(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.problems = append(l.problems, fmt.Sprintf(format, args...))
}

// Listen records one browser event; it runs on chromedp's reading
// goroutine, so it only records.
func (l *PageLog) Listen(ev any) {
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		l.url(ev.Request.URL)
	case *network.EventWebSocketCreated:
		l.url(ev.URL)
	case *network.EventResponseReceived:
		if ev.Response.Status >= 400 {
			l.problem("HTTP %d for %s", ev.Response.Status, ev.Response.URL)
		}
	case *network.EventLoadingFailed:
		if !ev.Canceled {
			l.problem("loading failed (%s): %s", ev.Type, ev.ErrorText)
		}
	case *runtime.EventExceptionThrown:
		l.problem("uncaught: %v", &chromedp.ExceptionError{ExceptionDetails: ev.ExceptionDetails})
	case *runtime.EventConsoleAPICalled:
		switch ev.Type {
		case runtime.ConsoleAPICalledTypeError, runtime.ConsoleAPICalledTypeWarning, runtime.ConsoleAPICalledTypeAssert:
			var args []string
			for _, a := range ev.Args {
				if a.Value != nil {
					args = append(args, string(a.Value))
				} else {
					args = append(args, a.Description)
				}
			}
			l.problem("console.%s: %s", ev.Type, strings.Join(args, " "))
		}
	case *cdplog.EventEntryAdded:
		if ev.Entry.Level == cdplog.EntryLevelError || ev.Entry.Level == cdplog.EntryLevelWarning {
			l.problem("log %s (%s): %s %s", ev.Entry.Level, ev.Entry.Source, ev.Entry.Text, ev.Entry.URL)
		}
	}
}

// OffHost lists the URLs that would leave the loopback host (data:, blob:
// and about:blank stay home).
func OffHost(urls []string) []string {
	var bad []string
	for _, raw := range urls {
		u, err := url.Parse(raw)
		switch {
		case err != nil:
			bad = append(bad, raw)
		case u.Scheme == "data" || u.Scheme == "blob" || raw == "about:blank":
		case u.Hostname() != "127.0.0.1":
			bad = append(bad, raw)
		}
	}
	return bad
}

// ShortURLs cuts long URLs (GraphiQL's fonts are data: URLs) to 100 bytes,
// for failure messages.
func ShortURLs(urls []string) []string {
	out := make([]string, len(urls))
	for i, u := range urls {
		if len(u) > 100 {
			u = u[:100] + "..."
		}
		out[i] = u
	}
	return out
}
