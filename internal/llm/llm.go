package llm

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
)

// Config says how to reach the model and what a run may spend.
type Config struct {
	// URL is the API root ("http://localhost:11434/v1") or the full
	// chat-completions URL.
	URL   string
	Model string
	// APIKey is sent as "Authorization: Bearer KEY" when not empty. The
	// command reads it from an environment variable only.
	APIKey string
	// Timeout is the time one request may take (default 2 minutes).
	Timeout time.Duration
	// Retries is how many times a 429, a 5xx, a timeout or a network error
	// is retried (0: never; the command's default is DefaultRetries), the
	// first after Backoff (default 1s), doubling, or after the server's
	// Retry-After.
	Retries int
	Backoff time.Duration
	// Concurrency is the number of requests in flight at once (default 4).
	Concurrency int
	// ContextTokens is the model's context size (default 8192): a text is
	// split by paragraphs so that each request, with the prompt and
	// MaxOutputTokens (default 2048) of answer, fits.
	ContextTokens   int
	MaxOutputTokens int
	// Budget is the tokens (prompt and answer) a run may spend; 0: no
	// limit. Once spent, documents not in the cache fail with ErrBudget.
	Budget int64
	// CacheDir keeps each document's replies; "" for no cache.
	CacheDir   string
	HTTPClient *http.Client
}

// Defaults.
const (
	DefaultTimeout         = 2 * time.Minute
	DefaultRetries         = 4
	DefaultBackoff         = time.Second
	DefaultConcurrency     = 4
	DefaultContextTokens   = 8192
	DefaultMaxOutputTokens = 2048
	// bytesPerToken is a low estimate of English text (about 4 in
	// practice), so that a chunk fits whatever the tokenizer.
	bytesPerToken = 3
	// confLLM is the confidence of one evidence sentence the model found
	// and the program located in the text; minus 0.1 with a modality, as
	// for the rules.
	confLLM = 0.7
	confMax = 0.95
)

// Name is the extractor name evidence carries (Evidence.Extractor).
const Name = "llm"

// Stats counts a run's model use. It is safe for concurrent use.
type Stats struct {
	Documents, Cached, Failed atomic.Int64
	Requests, Retries, Chunks atomic.Int64
	PromptTokens              atomic.Int64
	CompletionTokens          atomic.Int64
	// EstimatedTokens of the tokens above were estimated (about 4 bytes
	// a token): the server returned no usage.
	EstimatedTokens atomic.Int64
	// NoEvidence counts relations dropped because their evidence quote
	// is not in the text; NoEntity, because an argument is not an entity
	// found in the text (or the subject is the object); EntitiesDropped,
	// entities of an unknown type or not written in the text.
	NoEvidence, NoEntity, EntitiesDropped atomic.Int64
	modelNanos                            atomic.Int64
	overheadNanos                         atomic.Int64
}

func (s *Stats) addUsage(u Usage, counted bool) {
	s.PromptTokens.Add(int64(u.PromptTokens))
	s.CompletionTokens.Add(int64(u.CompletionTokens))
	if !counted {
		s.EstimatedTokens.Add(int64(u.PromptTokens + u.CompletionTokens))
	}
}

// ModelTime is the time spent waiting for the server (all requests, summed
// over concurrent ones).
func (s *Stats) ModelTime() time.Duration { return time.Duration(s.modelNanos.Load()) }

// Overhead is the time spent around the model: chunking, parsing the
// replies, finding mentions and evidence, assembling the result (summed).
func (s *Stats) Overhead() time.Duration { return time.Duration(s.overheadNanos.Load()) }

// String is the run summary line.
func (s *Stats) String() string {
	est := ""
	if e := s.EstimatedTokens.Load(); e > 0 {
		est = fmt.Sprintf(", %d of them estimated (the server gave no usage)", e)
	}
	return fmt.Sprintf("llm: %d documents (%d from the cache, %d failed), %d chunks, %d requests (%d retries), %d prompt + %d completion tokens%s, %s waiting for the model, %s of newsgraph's own work; dropped: %d relations whose evidence is not in the text, %d with an argument not found in the text, %d entities",
		s.Documents.Load(), s.Cached.Load(), s.Failed.Load(), s.Chunks.Load(), s.Requests.Load(), s.Retries.Load(),
		s.PromptTokens.Load(), s.CompletionTokens.Load(), est, s.ModelTime().Round(time.Millisecond), s.Overhead().Round(time.Millisecond),
		s.NoEvidence.Load(), s.NoEntity.Load(), s.EntitiesDropped.Load())
}

// Extractor extracts with the model. It is safe for concurrent use.
type Extractor struct {
	cfg   Config
	x     *extract.Extractor
	c     *client
	sem   chan struct{}
	stats Stats
	// chunkBytes is the most text one request carries.
	chunkBytes int
}

// New returns an extractor asking the model cfg names; x resolves names
// and codes predicates as the rules do.
func New(cfg Config, x *extract.Extractor) (*Extractor, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if x == nil {
		return nil, errors.New("llm.New: no rules extractor to resolve names with")
	}
	return newExtractor(cfg, x), nil
}

// Check reports what is wrong with cfg: no URL or model, a URL that is not
// http(s), a context too small for the prompt and the answer.
func (cfg Config) Check() error {
	if cfg.URL == "" {
		return errors.New("no model URL (--llm-url: an OpenAI-compatible API, e.g. http://localhost:11434/v1)")
	}
	u, err := url.Parse(cfg.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("model URL %q: want http(s)://HOST[:PORT]/PATH", cfg.URL)
	}
	if cfg.Model == "" {
		return errors.New("no model name (--llm-model)")
	}
	cfg = cfg.withDefaults()
	if room := cfg.ContextTokens - cfg.MaxOutputTokens - promptTokens; room < 64 {
		return fmt.Errorf("a context of %d tokens leaves no room for text after the prompt (~%d tokens) and %d tokens of answer", cfg.ContextTokens, promptTokens, cfg.MaxOutputTokens)
	}
	return nil
}

func (cfg Config) withDefaults() Config {
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.Retries < 0 {
		cfg.Retries = 0
	}
	if cfg.Backoff <= 0 {
		cfg.Backoff = DefaultBackoff
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = DefaultConcurrency
	}
	if cfg.ContextTokens <= 0 {
		cfg.ContextTokens = DefaultContextTokens
	}
	if cfg.MaxOutputTokens <= 0 {
		cfg.MaxOutputTokens = DefaultMaxOutputTokens
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = http.DefaultClient
	}
	return cfg
}

func newExtractor(cfg Config, x *extract.Extractor) *Extractor {
	cfg = cfg.withDefaults()
	room := cfg.ContextTokens - cfg.MaxOutputTokens - promptTokens
	e := &Extractor{cfg: cfg, x: x, sem: make(chan struct{}, cfg.Concurrency), chunkBytes: room * bytesPerToken}
	e.c = &client{cfg: &e.cfg, url: endpoint(cfg.URL), hc: cfg.HTTPClient, stats: &e.stats}
	return e
}

// Stats returns the run's counters.
func (e *Extractor) Stats() *Stats { return &e.stats }

// ExtractContext extracts a text without a document ID (its content hash
// stands for one).
func (e *Extractor) ExtractContext(ctx context.Context, text string) (extract.Result, error) {
	return e.ExtractArticle(ctx, article.Article{ID: article.ID(text), Text: text})
}

// ExtractArticle asks the model about a's text, chunk by chunk (or reads
// its replies from the cache), and assembles what it found that the text
// bears out. Every evidence carries Extractor "llm".
func (e *Extractor) ExtractArticle(ctx context.Context, a article.Article) (extract.Result, error) {
	e.stats.Documents.Add(1)
	res, err := e.extract(ctx, a)
	if err != nil {
		e.stats.Failed.Add(1)
	}
	return res, err
}

func (e *Extractor) extract(ctx context.Context, a article.Article) (extract.Result, error) {
	t0 := time.Now()
	chunks := split(a.Text, e.chunkBytes)
	e.stats.Chunks.Add(int64(len(chunks)))
	key := e.cacheKey(a)
	replies, cached := e.readCache(key, len(chunks))
	var outs []output
	if cached {
		for _, r := range replies {
			o, err := parse(r)
			if err != nil {
				cached = false // a cache written by another version: ask again
				break
			}
			outs = append(outs, o)
		}
	}
	if cached {
		e.stats.Cached.Add(1)
	}
	var waited time.Duration
	if !cached {
		replies, outs = replies[:0], outs[:0]
		for i, ch := range chunks {
			w0 := time.Now()
			r, err := e.ask(ctx, a.Text[ch.start:ch.end])
			waited += time.Since(w0)
			if err != nil {
				return extract.Result{}, fmt.Errorf("model %s%s: %w", e.cfg.Model, what(i, len(chunks), ch), err)
			}
			o, err := parse(r)
			if err != nil {
				return extract.Result{}, fmt.Errorf("model %s%s: %w", e.cfg.Model, what(i, len(chunks), ch), err)
			}
			replies, outs = append(replies, r), append(outs, o)
		}
		e.writeCache(key, replies)
	}
	res := e.assemble(a.Text, chunks, outs)
	e.stats.overheadNanos.Add(int64(time.Since(t0) - waited))
	return res, nil
}

// what names part i of n of a document in an error.
func what(i, n int, ch span) string {
	if n == 1 {
		return ""
	}
	return fmt.Sprintf(" (part %d of %d, bytes %d..%d)", i+1, n, ch.start, ch.end)
}

// ask sends one chunk, within the budget and the concurrency limit.
func (e *Extractor) ask(ctx context.Context, chunk string) (string, error) {
	if b := e.cfg.Budget; b > 0 && e.stats.PromptTokens.Load()+e.stats.CompletionTokens.Load() >= b {
		return "", fmt.Errorf("%w: %d tokens (--llm-budget)", ErrBudget, b)
	}
	select {
	case e.sem <- struct{}{}:
	case <-ctx.Done():
		return "", ctx.Err()
	}
	defer func() { <-e.sem }()
	r, err := e.c.complete(ctx, messages(chunk))
	if err != nil {
		return "", err
	}
	return r.content, nil
}

// cacheKey names a document's replies: its ID, the model, the prompt
// version, the chunk size and the text (an ID given by the input may
// come back with another text).
func (e *Extractor) cacheKey(a article.Article) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%d\x00", a.ID, e.cfg.Model, PromptVersion, e.chunkBytes)
	h.Write([]byte(a.Text))
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// cacheFile is what the cache keeps of one document.
type cacheFile struct {
	Model   string   `json:"model"`
	Prompt  string   `json:"prompt"`
	Replies []string `json:"replies"`
}

func (e *Extractor) cachePath(key string) string {
	return filepath.Join(e.cfg.CacheDir, key[:2], key+".json")
}

func (e *Extractor) readCache(key string, chunks int) ([]string, bool) {
	if e.cfg.CacheDir == "" {
		return nil, false
	}
	raw, err := os.ReadFile(e.cachePath(key))
	if err != nil {
		return nil, false
	}
	var cf cacheFile
	if json.Unmarshal(raw, &cf) != nil || len(cf.Replies) != chunks || cf.Model != e.cfg.Model || cf.Prompt != PromptVersion {
		return nil, false
	}
	return cf.Replies, true
}

// writeCache stores the replies, atomically (a temporary file renamed);
// a cache that cannot be written costs a request next time, nothing more.
func (e *Extractor) writeCache(key string, replies []string) {
	if e.cfg.CacheDir == "" {
		return
	}
	p := e.cachePath(key)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return
	}
	raw, err := json.Marshal(cacheFile{Model: e.cfg.Model, Prompt: PromptVersion, Replies: replies})
	if err != nil {
		return
	}
	f, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return
	}
	_, werr := f.Write(raw)
	cerr := f.Close()
	if werr != nil || cerr != nil || os.Rename(f.Name(), p) != nil {
		os.Remove(f.Name())
	}
}

// split cuts text into chunks of at most max bytes at paragraph (line)
// ends, a paragraph longer than max at sentence ends, and a sentence
// longer than max at spaces.
func split(text string, max int) []span {
	var out []span
	cur := span{0, 0}
	flush := func() {
		if cur.end > cur.start && strings.TrimSpace(text[cur.start:cur.end]) != "" {
			out = append(out, cur)
		}
	}
	for _, para := range pieces(text, 0, len(text), max) {
		if para.end-cur.start > max {
			flush()
			cur = span{para.start, para.end}
			continue
		}
		cur.end = para.end
	}
	flush()
	return out
}

// pieces are the paragraphs of text[start:end], each cut into pieces of
// at most max bytes.
func pieces(text string, start, end, max int) []span {
	var out []span
	for i := start; i < end; {
		j := strings.IndexByte(text[i:end], '\n')
		if j < 0 {
			j = end
		} else {
			j = i + j + 1
		}
		if j-i <= max {
			out = append(out, span{i, j})
		} else {
			out = append(out, cutLong(text, i, j, max)...)
		}
		i = j
	}
	return out
}

// cutLong cuts a paragraph longer than max at sentence ends, or spaces.
func cutLong(text string, start, end, max int) []span {
	var out []span
	for start < end {
		if end-start <= max {
			return append(out, span{start, end})
		}
		limit := start + max
		cut := -1
		for _, sep := range []string{". ", "? ", "! ", " "} {
			if k := strings.LastIndex(text[start:limit], sep); k > 0 {
				cut = start + k + len(sep)
				break
			}
		}
		if cut < 0 {
			cut = limit
			for cut > start && cut < len(text) && text[cut]&0xC0 == 0x80 {
				cut--
			}
		}
		out = append(out, span{start, cut})
		start = cut
	}
	return out
}
