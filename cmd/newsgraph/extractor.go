package main

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/llm"
)

// envLLMKey is the default environment variable holding the model API's
// key; the key is never a flag, so that it stays out of shell history and
// process lists, and it is never logged.
const envLLMKey = "NEWSGRAPH_LLM_API_KEY"

// extractorFlags choose the extractor (extract, ingest, serve): the rules,
// a language model, or both.
type extractorFlags struct {
	kind        string
	url, model  string
	keyEnv      string
	cache       string
	concurrency int
	retries     int
	timeout     time.Duration
	budget      int64
	context     int
	maxOutput   int
	fs          *cmdFlags
}

func addExtractorFlags(fs *cmdFlags) *extractorFlags {
	f := &extractorFlags{fs: fs}
	fs.StringVar(&f.kind, "extractor", "rules", "`rules` (built in, offline), llm (a language model over an OpenAI-compatible API: --llm-url, --llm-model) or both (the union; each evidence says which found it)")
	fs.StringVar(&f.url, "llm-url", "", "`URL` of an OpenAI-compatible API (http://localhost:11434/v1 for Ollama, http://localhost:8000/v1 for vLLM, https://api.openai.com/v1); /chat/completions is added")
	fs.StringVar(&f.model, "llm-model", "", "model `NAME` the API serves (llama3.1:8b, Qwen/Qwen2.5-7B-Instruct, gpt-4o-mini, ...)")
	fs.StringVar(&f.keyEnv, "llm-key-env", envLLMKey, "environment `VARIABLE` holding the API key, if the API wants one (the key is never a flag and never logged)")
	fs.StringVar(&f.cache, "llm-cache", "", "`DIR` keeping the model's replies by document, model and prompt version, so that extracting again costs nothing (default: beside a leveldb or bolt store, STORE-llm-cache; none otherwise)")
	fs.IntVar(&f.concurrency, "llm-concurrency", llm.DefaultConcurrency, "requests to the model at once")
	fs.IntVar(&f.retries, "llm-retries", llm.DefaultRetries, "retries of a request answered 429 or 5xx (after its Retry-After, else backing off from 1s) or timed out")
	fs.DurationVar(&f.timeout, "llm-timeout", llm.DefaultTimeout, "time one request may take")
	fs.Int64Var(&f.budget, "llm-budget", 0, "`TOKENS` (prompt and answer) the run may spend; then documents not in the cache fail (0: no limit)")
	fs.IntVar(&f.context, "llm-context", llm.DefaultContextTokens, "the model's context in `TOKENS`: longer documents are sent in parts, split by paragraphs")
	fs.IntVar(&f.maxOutput, "llm-max-output", llm.DefaultMaxOutputTokens, "`TOKENS` of answer allowed per request")
	return f
}

// config checks the flags and returns the model's configuration, nil for
// --extractor rules. storeURI places the default cache.
func (f *extractorFlags) config(getenv func(string) string, storeURI string) (*llm.Config, error) {
	switch f.kind {
	case "rules":
		return nil, nil
	case "llm", "both":
	default:
		return nil, fmt.Errorf("--extractor %q: want rules, llm or both", f.kind)
	}
	cfg := llm.Config{URL: f.url, Model: f.model, APIKey: getenv(f.keyEnv), Timeout: f.timeout, Retries: f.retries,
		Concurrency: f.concurrency, ContextTokens: f.context, MaxOutputTokens: f.maxOutput, Budget: f.budget, CacheDir: f.cache}
	if cfg.CacheDir == "" {
		cfg.CacheDir = cacheBeside(storeURI)
	}
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("--extractor %s: %w", f.kind, err)
	}
	return &cfg, nil
}

// cacheBeside is the default cache of a store: STORE-llm-cache beside a
// LevelDB folder or a bbolt file; none for memory and PostgreSQL.
func cacheBeside(storeURI string) string {
	scheme, path, _ := strings.Cut(storeURI, ":")
	switch scheme {
	case "leveldb", "bolt", "bbolt":
		if path != "" {
			return filepath.Clean(path) + "-llm-cache"
		}
	}
	return ""
}

// extractor is the extractor cfg asks for, around the rules: the model's,
// or the union. The stats count the model's use.
func extractor(cfg *llm.Config, kind string, rules *extract.Extractor) (ingest.Extractor, *llm.Stats) {
	m, err := llm.New(*cfg, rules)
	if err != nil {
		panic(err) // cfg passed Check and rules is not nil
	}
	if kind == "both" {
		return llm.Union{Rules: rules, Model: m}, m.Stats()
	}
	return m, m.Stats()
}

// pipelineOption is the ingest option that puts cfg's extractor in place
// of the pipeline's rules; stats is set when the pipeline is built.
func pipelineOption(cfg *llm.Config, kind string, stats **llm.Stats) ingest.Option {
	return ingest.WithExtractor(func(x ingest.Extractor) ingest.Extractor {
		rules, ok := x.(*extract.Extractor)
		if !ok {
			panic("the pipeline's extractor is not the rules")
		}
		ex, st := extractor(cfg, kind, rules)
		*stats = st
		return ex
	})
}

// docTimeout is the --doc-timeout to use: with a model, no budget unless
// the flag was given (each request has --llm-timeout; a long document
// takes several).
func (f *extractorFlags) docTimeout(cur time.Duration) time.Duration {
	if f.kind == "rules" || f.set("doc-timeout") {
		return cur
	}
	return 0
}

// workers is the --workers to use: with a model, at least
// --llm-concurrency unless the flag was given, so that the requests
// allowed at once are made (a document waits on the model, not a core).
func (f *extractorFlags) workers(cur int) int {
	if f.kind == "rules" || f.set("workers") {
		return cur
	}
	return max(cur, f.concurrency)
}

// set reports whether the flag name was given (on the command line or
// from the environment).
func (f *extractorFlags) set(name string) bool {
	set := false
	f.fs.Visit(func(fl *flag.Flag) { set = set || fl.Name == name })
	return set
}

// env is lookupEnv's value, "" when unset.
func (e *env) env(name string) string {
	v, _ := e.lookupEnv(name)
	return v
}
