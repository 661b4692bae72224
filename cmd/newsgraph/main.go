// Command newsgraph turns news articles into a knowledge graph stored in
// Cayley and serves it through GraphQL.
//
//	newsgraph extract PATH...                   print what is extracted, one JSON object per document
//	newsgraph ingest  [--store URI] PATH...     extract and store
//	newsgraph serve   [--store URI] [--addr HOST:PORT] [--load PATH...]
//	newsgraph export  [--store URI] [--format F] [filters]
//	newsgraph bench   ingest [--store URI] [--repeat N] PATH
//	newsgraph bench   serve [--store URI | --load PATH...] [--clients 20,100] [--duration 15s] [--attack]
//	newsgraph keygen  --name NAME [--scopes read,write]
//
// Store URIs: leveldb:DIR (default leveldb:./newsgraph-data), bolt:FILE,
// memory, postgres:DSN.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `usage: newsgraph COMMAND [flags] [PATH...]

commands:
  extract PATH...                 extract entities and relations; one JSON object per document on stdout
  ingest  [--store URI] PATH...   extract and write into the store (PATH: file, folder, .jsonl, - for stdin)
  serve   [--store URI] [--addr HOST:PORT] [--load PATH]... [--keys FILE] [--tls-cert F --tls-key F]
                                  serve GraphQL at /graphql, the playground at /, the explorer at /explore, /healthz
  export  [--store URI] [--format cytoscape|gexf|graphml|dot|nquads] [filters]
                                  write the graph (or a filtered part) to stdout
  bench   ingest [--store URI] [--repeat N] PATH
                                  measure bulk ingest: documents/s, quads/s, words/s, peak memory
  bench   serve [--store URI | --load PATH...] [--clients 20,100] [--duration 15s] [--attack]
                                  load test of serve on loopback, quiet and under attack: req/s, p50/p99 per kind
  keygen  --name NAME [--scopes read,write]
                                  make an API key for serve: prints the key and the hashed line for --keys

store URIs: leveldb:DIR (default leveldb:./newsgraph-data), bolt:FILE, memory, postgres:DSN
run 'newsgraph COMMAND -h' for the flags of a command
`

// errFailed reports that some documents failed: their errors were already
// printed, the rest of the batch went on, and the exit status says so.
var errFailed = errors.New("some documents failed")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	switch {
	case err == nil:
	case errors.Is(err, errFailed):
		os.Exit(1)
	case errors.Is(err, errUsage):
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "newsgraph:", err)
		os.Exit(1)
	}
}

var errUsage = errors.New("usage")

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errUsage
	}
	env := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	switch args[0] {
	case "extract":
		return env.extract(ctx, args[1:])
	case "ingest":
		return env.ingest(ctx, args[1:])
	case "serve":
		return env.serve(ctx, args[1:])
	case "export":
		return env.export(ctx, args[1:])
	case "bench":
		return env.bench(ctx, args[1:])
	case "keygen":
		return env.keygen(args[1:])
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprintf(stderr, "newsgraph: unknown command %q\n\n%s", args[0], usage)
		return errUsage
	}
}

// env is what every command reads from and writes to.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}
