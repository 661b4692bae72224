// Command newsgraph turns news articles into a knowledge graph stored in
// Cayley and serves it through GraphQL. Its commands are extract, ingest,
// serve, export, bench (ingest, serve), keygen, healthcheck, version and help;
// "newsgraph help" lists them and "newsgraph help COMMAND" (or "COMMAND
// --help") prints a command's usage, which is generated from its flags
// (cmdFlags), so this comment does not repeat them.
//
// Flags are kebab-case; the ones several commands take are declared once
// (flags.go). Exit status: 0 all done, 1 an error or some documents
// failed, 2 a wrong command line, 130 interrupted (Ctrl-C, SIGTERM).
//
// Store URIs: leveldb:DIR (default leveldb:./newsgraph-data), bolt:FILE,
// memory, postgres:DSN.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

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
	case errors.Is(err, errInterrupted):
		os.Exit(130)
	default:
		fmt.Fprintln(os.Stderr, "newsgraph:", err)
		os.Exit(1)
	}
}

// errUsage reports a command line that is wrong: the error and the usage
// were printed, and the exit status is 2.
var errUsage = errors.New("usage")

// command is one of newsgraph's commands. Its flags and their usage are
// declared once, in the command's own function (newFlags): "newsgraph
// help CMD" runs it with --help.
type command struct {
	name    string
	summary string // one line for the overview
	run     func(e *env, ctx context.Context, args []string) error
}

// commands are newsgraph's commands, in the order the overview lists them.
func commands() []command {
	return []command{
		{"extract", "extract entities and relations; one JSON object per document on stdout, nothing stored", (*env).extract},
		{"ingest", "extract and write into the store (PATH: file, folder, .jsonl, - for stdin)", (*env).ingest},
		{"serve", "serve GraphQL at /graphql, the playground at /, the explorer at /explore, /export, /gizmo, /healthz", (*env).serve},
		{"export", "write the graph, or the part the flags select, to stdout (cytoscape, gexf, graphml, dot, nquads)", (*env).export},
		{"bench", "measure: 'bench ingest' (documents/s, quads/s, memory) or 'bench serve' (req/s, p50/p99 under load)", (*env).bench},
		{"keygen", "make an API key for serve: the key, and the hashed line for --keys", func(e *env, _ context.Context, args []string) error { return e.keygen(args) }},
		{"healthcheck", "ask a running serve for /healthz: exit 0 when it answers (container health checks)", (*env).healthcheck},
		{"version", "print the version, the commit and the Go version", func(e *env, _ context.Context, _ []string) error {
			fmt.Fprintln(e.stdout, versionString())
			return nil
		}},
		{"help", "print this, or a command's usage: newsgraph help COMMAND", (*env).help},
	}
}

// printOverview writes the list of commands, from commands().
func printOverview(w io.Writer) {
	fmt.Fprint(w, "usage: newsgraph COMMAND [flags] [PATH...]\n\ncommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-11s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Run 'newsgraph help COMMAND' or 'newsgraph COMMAND --help' for a command's flags.
Store URIs: leveldb:DIR (default leveldb:./newsgraph-data), bolt:FILE, memory, postgres:DSN.
Exit status: 0 all done; 1 an error, or some documents failed (the others were processed); 2 a wrong command line;
130 interrupted (Ctrl-C or SIGTERM: run the same command again to resume).
`)
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		printOverview(stderr)
		return errUsage
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help":
		name = "help"
	case "-version", "--version":
		name = "version"
	}
	for _, c := range commands() {
		if c.name == name {
			err := c.run(e, ctx, args[1:])
			if errors.Is(err, errHelp) {
				return nil
			}
			return err
		}
	}
	fmt.Fprintf(stderr, "newsgraph: %s\n\n", unknownCommand(name))
	printOverview(stderr)
	return errUsage
}

// help prints the overview, or the usage of the command named in args
// ("serve", "bench ingest") by running it with --help.
func (e *env) help(ctx context.Context, args []string) error {
	if len(args) == 0 {
		printOverview(e.stdout)
		return nil
	}
	if args[0] == "help" || args[0] == "version" || strings.HasPrefix(args[0], "-") {
		printOverview(e.stdout)
		return nil
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(e, ctx, append(slices.Clone(args[1:]), "--help"))
		}
	}
	fmt.Fprintf(e.stderr, "newsgraph help: %s\n", unknownCommand(args[0]))
	return errUsage
}

// unknownCommand says name is no command and suggests the nearest one,
// when one is near enough to be a slip (at most two edits, and fewer
// than the name's letters).
func unknownCommand(name string) string {
	msg := fmt.Sprintf("unknown command %q", name)
	var names []string
	for _, c := range commands() {
		names = append(names, c.name)
	}
	if s := nearest(name, names); s != "" {
		msg += fmt.Sprintf("; did you mean %q?", s)
	}
	return msg
}

// nearest is the candidate closest to s by edit distance (Levenshtein,
// case-insensitive), when it is at most 2 and less than len(s); "" when
// none is.
func nearest(s string, candidates []string) string {
	best, bestD := "", 3
	for _, c := range candidates {
		d := levenshtein.ComputeDistance(strings.ToLower(s), strings.ToLower(c))
		if d < bestD && d < utf8.RuneCountInString(s) {
			best, bestD = c, d
		}
	}
	return best
}

// releaseVersion is the version a release build sets (go build -ldflags
// "-X main.releaseVersion=v1.2.3", as the Makefile's release target does);
// it takes the place of the module version, "(devel)" in a checkout.
var releaseVersion string

// versionString is "newsgraph VERSION (commit REV, TIME[, modified]) GOVERSION"
// from the build information: the module version for a `go install
// ...@version` build, "(devel)" for a build in a checkout, which carries
// the VCS revision and time instead.
func versionString() string {
	version, vcs := "(unknown)", []string{}
	if info, ok := debug.ReadBuildInfo(); ok {
		if info.Main.Version != "" {
			version = info.Main.Version
		}
		if releaseVersion != "" {
			version = releaseVersion
		}
		set := map[string]string{}
		for _, s := range info.Settings {
			set[s.Key] = s.Value
		}
		if rev := set["vcs.revision"]; rev != "" {
			vcs = append(vcs, "commit "+rev[:min(len(rev), 12)])
		}
		if t := set["vcs.time"]; t != "" {
			vcs = append(vcs, t)
		}
		if set["vcs.modified"] == "true" {
			vcs = append(vcs, "modified")
		}
	}
	out := "newsgraph " + version
	if len(vcs) > 0 {
		out += " (" + strings.Join(vcs, ", ") + ")"
	}
	return out + " " + runtime.Version()
}

// env is what every command reads from and writes to.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// log, when set (serve; ingest --log-format text|json), takes what
	// the commands report on stderr as slog records instead of lines for
	// people.
	log *slog.Logger
	// getenv reads the environment (os.LookupEnv when nil).
	getenv func(string) (string, bool)
}

// lookupEnv reads the environment variable name.
func (e *env) lookupEnv(name string) (string, bool) {
	if e.getenv != nil {
		return e.getenv(name)
	}
	return os.LookupEnv(name)
}
