package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// Errors a document's extraction fails with (it fails alone).
var (
	// ErrUnusable: the model's reply is not the JSON asked for (malformed,
	// cut off at the output limit, or a refusal).
	ErrUnusable = errors.New("model output unusable")
	// ErrBudget: the run's token budget is spent.
	ErrBudget = errors.New("token budget spent")
	// ErrAPI: the server answered with an error that retrying does not
	// cure (400, 401, 404, ...), or kept failing after the retries.
	ErrAPI = errors.New("chat-completions API error")
)

// message is one chat message.
type message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// chatRequest is the body of POST /chat/completions.
type chatRequest struct {
	Model          string          `json:"model"`
	Messages       []message       `json:"messages"`
	Temperature    float64         `json:"temperature"`
	MaxTokens      int             `json:"max_tokens,omitempty"`
	ResponseFormat *responseFormat `json:"response_format,omitempty"`
}

type responseFormat struct {
	Type       string      `json:"type"` // "json_schema" or "json_object"
	JSONSchema *jsonSchema `json:"json_schema,omitempty"`
}

type jsonSchema struct {
	Name   string          `json:"name"`
	Strict bool            `json:"strict"`
	Schema json.RawMessage `json:"schema"`
}

// chatResponse is the part of the answer we read.
type chatResponse struct {
	Choices []struct {
		Message struct {
			Content *string `json:"content"`
			Refusal *string `json:"refusal"`
		} `json:"message"`
		FinishReason string `json:"finish_reason"`
	} `json:"choices"`
	Usage *Usage `json:"usage"`
}

// Usage is the server's token count for one request.
type Usage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
}

// reply is one successful answer.
type reply struct {
	content string
	usage   Usage
	counted bool // usage came from the server, not estimated
}

// client speaks the chat-completions protocol.
type client struct {
	cfg *Config
	url string
	hc  *http.Client
	// noSchema: the server refused response_format json_schema once;
	// later requests ask for json_object. noFormat: it refused that too.
	noSchema, noFormat atomic.Bool
	stats              *Stats
}

// endpoint is the chat-completions URL of base: base itself when it ends
// in /chat/completions, else base + "/chat/completions" (base is the API
// root, e.g. http://localhost:11434/v1).
func endpoint(base string) string {
	base = strings.TrimRight(base, "/")
	if strings.HasSuffix(base, "/chat/completions") {
		return base
	}
	return base + "/chat/completions"
}

// apiError is a non-2xx answer.
type apiError struct {
	status     int
	body       string
	retryAfter time.Duration
}

func (e *apiError) Error() string {
	return fmt.Sprintf("HTTP %d: %s", e.status, e.body)
}

// retryable: rate limits and server errors.
func (e *apiError) retryable() bool { return e.status == 429 || e.status >= 500 }

// complete sends one chat request, retrying 429, 5xx and network errors
// with exponential backoff (Retry-After when the server gives one), each
// attempt within cfg.Timeout.
func (c *client) complete(ctx context.Context, msgs []message) (reply, error) {
	req := chatRequest{Model: c.cfg.Model, Messages: msgs, Temperature: 0, MaxTokens: c.cfg.MaxOutputTokens}
	for attempt := 0; ; attempt++ {
		switch {
		case !c.noSchema.Load():
			req.ResponseFormat = &responseFormat{Type: "json_schema", JSONSchema: &jsonSchema{Name: "extraction", Strict: true, Schema: outputSchema}}
		case !c.noFormat.Load():
			req.ResponseFormat = &responseFormat{Type: "json_object"}
		default:
			req.ResponseFormat = nil
		}
		c.stats.Requests.Add(1)
		start := time.Now()
		r, err := c.once(ctx, req)
		c.stats.modelNanos.Add(int64(time.Since(start)))
		if err == nil {
			return r, nil
		}
		var ae *apiError
		if errors.As(err, &ae) && ae.status == 400 && req.ResponseFormat != nil && strings.Contains(ae.body, "response_format") {
			// The server does not take this response_format: ask for
			// less (strict parsing still applies) and do not count it a retry.
			if req.ResponseFormat.Type == "json_schema" {
				c.noSchema.Store(true)
			} else {
				c.noFormat.Store(true)
			}
			attempt--
			continue
		}
		if ctx.Err() != nil {
			return reply{}, err
		}
		retry := errors.As(err, &ae) && ae.retryable() || !errors.As(err, &ae) && !errors.Is(err, ErrUnusable)
		if !retry || attempt >= c.cfg.Retries {
			if errors.As(err, &ae) {
				return reply{}, fmt.Errorf("%w: %v (after %d attempts)", ErrAPI, err, attempt+1)
			}
			return reply{}, err
		}
		wait := c.cfg.Backoff << attempt
		if ae != nil && ae.retryAfter > 0 {
			wait = ae.retryAfter
		}
		wait += time.Duration(rand.Int64N(int64(wait)/4 + 1)) // jitter
		if wait > maxWait {
			wait = maxWait
		}
		c.stats.Retries.Add(1)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return reply{}, fmt.Errorf("waiting to retry after %v: %w", err, ctx.Err())
		case <-t.C:
		}
	}
}

// maxWait caps one wait between retries, whatever Retry-After says.
const maxWait = 2 * time.Minute

// once is one HTTP request.
func (c *client) once(ctx context.Context, req chatRequest) (reply, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return reply{}, err
	}
	if c.cfg.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.cfg.Timeout)
		defer cancel()
	}
	hr, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return reply{}, err
	}
	hr.Header.Set("Content-Type", "application/json")
	if c.cfg.APIKey != "" {
		hr.Header.Set("Authorization", "Bearer "+c.cfg.APIKey)
	}
	resp, err := c.hc.Do(hr)
	if err != nil {
		return reply{}, fmt.Errorf("POST %s: %w", c.url, redact(err, c.cfg.APIKey))
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if err != nil {
		return reply{}, fmt.Errorf("POST %s: reading the answer: %w", c.url, err)
	}
	if resp.StatusCode/100 != 2 {
		return reply{}, &apiError{status: resp.StatusCode, body: clip(strings.TrimSpace(redactString(string(raw), c.cfg.APIKey)), 300), retryAfter: retryAfter(resp.Header.Get("Retry-After"))}
	}
	var cr chatResponse
	if err := json.Unmarshal(raw, &cr); err != nil {
		return reply{}, fmt.Errorf("%w: the answer is not a chat completion: %v", ErrUnusable, err)
	}
	if len(cr.Choices) == 0 {
		return reply{}, fmt.Errorf("%w: the answer has no choices", ErrUnusable)
	}
	ch := cr.Choices[0]
	r := reply{}
	if cr.Usage != nil {
		r.usage, r.counted = *cr.Usage, true
	} else {
		r.usage = Usage{PromptTokens: estimateTokens(req.Messages), CompletionTokens: 0}
	}
	if ch.Message.Content != nil {
		r.content = *ch.Message.Content
		if cr.Usage == nil {
			r.usage.CompletionTokens = len(r.content)/4 + 1
		}
	}
	c.stats.addUsage(r.usage, r.counted)
	switch {
	case ch.Message.Refusal != nil && *ch.Message.Refusal != "":
		return r, fmt.Errorf("%w: the model refused: %s", ErrUnusable, clip(*ch.Message.Refusal, 200))
	case ch.FinishReason == "length":
		return r, fmt.Errorf("%w: the answer was cut off at the output limit (%d tokens; raise --llm-max-output or lower --llm-context)", ErrUnusable, c.cfg.MaxOutputTokens)
	case ch.FinishReason == "content_filter":
		return r, fmt.Errorf("%w: the server's content filter stopped the answer", ErrUnusable)
	case ch.Message.Content == nil || strings.TrimSpace(r.content) == "":
		return r, fmt.Errorf("%w: the answer is empty", ErrUnusable)
	}
	return r, nil
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(h string) time.Duration {
	if h == "" {
		return 0
	}
	if s, err := strconv.Atoi(strings.TrimSpace(h)); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil {
		if d := time.Until(t); d > 0 {
			return d
		}
	}
	return 0
}

// estimateTokens: about four bytes a token, for servers that return no
// usage.
func estimateTokens(msgs []message) int {
	n := 0
	for _, m := range msgs {
		n += len(m.Content)/4 + 4
	}
	return n
}

// redact keeps the API key out of an error (a URL or a proxy may echo it).
func redact(err error, key string) error {
	if key == "" || !strings.Contains(err.Error(), key) {
		return err
	}
	return errors.New(redactString(err.Error(), key))
}

func redactString(s, key string) string {
	if key == "" {
		return s
	}
	return strings.ReplaceAll(s, key, "[redacted]")
}

// clip shortens s for a message.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "..."
}
