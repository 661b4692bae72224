package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"path"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/logging"
)

// errHelp reports that a command printed its usage on request (--help):
// run returns nil for it, and the exit status is 0.
var errHelp = errors.New("help requested")

// cmdFlags is a command's FlagSet and the one text of its usage, generated
// from the flags: a synopsis, a paragraph about the command, then every
// flag but the deprecated spellings, which are listed apart.
type cmdFlags struct {
	*flag.FlagSet
	e        *env
	synopsis string // after "usage: "
	about    string
	aliases  map[string]string // deprecated spelling -> flag name
	// fromEnv: each flag not given may be set by its environment variable
	// (envName), for the commands an operator configures (not bench, not
	// keygen: a NEWSGRAPH_STORE meant for serve must not make a benchmark
	// write into the real store).
	fromEnv bool
	// defaults words the defaults that depend on the machine ("the
	// CPUs"), for the usage and the docs' table.
	defaults map[string]string
}

// envCommands are the commands whose flags the environment may set.
var envCommands = []string{"extract", "ingest", "serve", "export", "healthcheck"}

// envName is the environment variable of flag name: NEWSGRAPH_ and the
// name in upper case with _ for - (store -> NEWSGRAPH_STORE, max-bytes ->
// NEWSGRAPH_MAX_BYTES).
func envName(name string) string {
	return "NEWSGRAPH_" + strings.ToUpper(strings.ReplaceAll(name, "-", "_"))
}

// flagsParsed, when set (tests), is handed each command's flags as they
// are parsed.
var flagsParsed func(*cmdFlags)

// newFlags makes the FlagSet of command name ("ingest", "bench ingest"),
// whose arguments after the flags are args ("PATH...", "").
func (e *env) newFlags(name, args, about string) *cmdFlags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {} // printed by parse, to stdout or stderr
	syn := "newsgraph " + name + " [flags]"
	if args != "" {
		syn += " " + args
	}
	return &cmdFlags{FlagSet: fs, e: e, synopsis: syn, about: about, aliases: map[string]string{},
		fromEnv: slices.Contains(envCommands, name), defaults: map[string]string{}}
}

// dynamicDefault words the default of flag name, which depends on the
// machine ("the CPUs").
func (f *cmdFlags) dynamicDefault(name, words string) { f.defaults[name] = words }

// setFromEnv sets each flag the command line did not give from its
// environment variable, when set: a flag given beats its variable. A
// repeatable flag takes a comma-separated list. A value the flag refuses
// is an error naming the variable.
func (f *cmdFlags) setFromEnv() error {
	given := map[string]bool{}
	f.Visit(func(fl *flag.Flag) { given[fl.Name] = true })
	for o, n := range f.aliases {
		if given[o] {
			given[n] = true
		}
	}
	var err error
	f.VisitAll(func(fl *flag.Flag) {
		if _, old := f.aliases[fl.Name]; old || given[fl.Name] || err != nil {
			return
		}
		v, ok := f.e.lookupEnv(envName(fl.Name))
		if !ok {
			return
		}
		vals := []string{v}
		if _, multi := fl.Value.(*multiFlag); multi || strings.Contains(fl.Usage, "repeatable") {
			vals = strings.Split(v, ",")
		}
		for _, v := range vals {
			if e := fl.Value.Set(strings.TrimSpace(v)); e != nil {
				err = fmt.Errorf("$%s=%q: invalid value for --%s: %v", envName(fl.Name), v, fl.Name, e)
				return
			}
		}
	})
	return err
}

// parse parses args: errHelp after printing the usage to stdout for -h,
// -help or --help; errUsage after printing the error and the usage to
// stderr for a flag that is wrong.
func (f *cmdFlags) parse(args []string) error {
	if flagsParsed != nil {
		flagsParsed(f)
	}
	err := f.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		f.printUsage(f.e.stdout)
		return errHelp
	case err != nil:
		fmt.Fprintln(f.e.stderr)
		f.printUsage(f.e.stderr)
		return errUsage
	}
	if f.fromEnv {
		if err := f.setFromEnv(); err != nil {
			return f.usageError(err.Error())
		}
	}
	return nil
}

// usageError prints msg (when not empty) and the usage to stderr and
// returns errUsage.
func (f *cmdFlags) usageError(msg string) error {
	if msg != "" {
		fmt.Fprintf(f.e.stderr, "newsgraph %s: %s\n\n", f.Name(), msg)
	}
	f.printUsage(f.e.stderr)
	return errUsage
}

// alias makes old a deprecated spelling of the flag name: it sets the same
// value, says so on stderr when used, and is listed apart in the usage.
func (f *cmdFlags) alias(old, name string) {
	fl := f.Lookup(name)
	if fl == nil {
		panic("alias of an undeclared flag: " + name)
	}
	f.aliases[old] = name
	f.Var(aliasValue{Value: fl.Value, warn: func() {
		fmt.Fprintf(f.e.stderr, "newsgraph %s: -%s is deprecated; use --%s\n", f.Name(), old, name)
	}}, old, "deprecated: use --"+name)
}

// aliasValue is a deprecated flag spelling: the new flag's value, and a
// warning when set.
type aliasValue struct {
	flag.Value
	warn func()
}

func (a aliasValue) Set(s string) error { a.warn(); return a.Value.Set(s) }

// IsBoolFlag keeps a boolean flag's alias usable without a value.
func (a aliasValue) IsBoolFlag() bool {
	b, ok := a.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// printUsage writes the command's usage, from its flags, to w.
func (f *cmdFlags) printUsage(w io.Writer) {
	fmt.Fprintf(w, "usage: %s\n", f.synopsis)
	if f.about != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(f.about))
	}
	var flags []*flag.Flag
	f.VisitAll(func(fl *flag.Flag) {
		if _, old := f.aliases[fl.Name]; !old {
			flags = append(flags, fl)
		}
	})
	if len(flags) > 0 {
		fmt.Fprintln(w, "\nflags:")
	}
	for _, fl := range flags {
		typ, help := flag.UnquoteUsage(fl)
		line := "  --" + fl.Name
		if typ != "" {
			line += " " + typ
		}
		fmt.Fprintf(w, "%s\n        %s", line, strings.ReplaceAll(help, "\n", "\n        "))
		if d, ok := f.defaults[fl.Name]; ok {
			fmt.Fprintf(w, " (default %s)", d)
		} else if !zeroDefault(fl.DefValue) {
			if typ == "string" {
				fmt.Fprintf(w, " (default %q)", fl.DefValue)
			} else {
				fmt.Fprintf(w, " (default %s)", fl.DefValue)
			}
		}
		fmt.Fprintln(w)
	}
	if len(f.aliases) > 0 {
		var old []string
		for o, n := range f.aliases {
			old = append(old, fmt.Sprintf("-%s (--%s)", o, n))
		}
		slices.Sort(old)
		fmt.Fprintf(w, "\ndeprecated spellings, still accepted for now: %s\n", strings.Join(old, ", "))
	}
	if f.fromEnv && len(flags) > 0 {
		fmt.Fprintf(w, "\nEach flag may also be set by an environment variable: NEWSGRAPH_ and its name in upper case with\n_ for - ($%s); a flag given beats its variable; a repeatable flag takes a comma-separated list.\n", envName(flags[0].Name))
	}
}

func zeroDefault(v string) bool {
	switch v {
	case "", "0", "false", "[]", "0s":
		return true
	}
	return false
}

// The flags several commands take, each declared here once.

// storeFlag declares --store; def is its default ("" for bench, whose
// default is a new store in a temporary folder).
func storeFlag(fs *cmdFlags, def string) *string {
	help := "store URI: leveldb:DIR, bolt:FILE, memory, postgres:DSN"
	if def == "" {
		help += " (default: a new LevelDB store in a temporary folder, removed afterwards)"
	}
	return fs.String("store", def, help)
}

// workersFlag declares --workers, the documents extracted at once.
func workersFlag(fs *cmdFlags) *int {
	fs.dynamicDefault("workers", "the CPUs")
	return fs.Int("workers", runtime.GOMAXPROCS(0), "documents extracted at once")
}

// docTimeoutFlag declares --doc-timeout, the time budget of one document's
// extraction.
func docTimeoutFlag(fs *cmdFlags) *time.Duration {
	return fs.Duration("doc-timeout", ingest.DefaultDocTimeout, "time budget of one document's extraction; a document over it fails alone (0: no budget)")
}

// readFlags are the flags on reading documents: --max-bytes, --encoding,
// --exclude, --published and --mtime-dates (extract, ingest, serve).
type readFlags struct {
	maxBytes   int64
	encoding   string
	exclude    multiFlag
	published  string
	mtimeDates bool
}

func addReadFlags(fs *cmdFlags) *readFlags {
	rf := &readFlags{}
	fs.Int64Var(&rf.maxBytes, "max-bytes", article.DefaultMaxBytes, "largest document accepted, in bytes")
	fs.StringVar(&rf.encoding, "encoding", "", "read every document in this `ENCODING` (utf-8, windows-1252, iso-8859-2, ...; utf-8 refuses what is not); default: UTF-8, else an HTML page's meta charset, else Windows-1252, with a note")
	fs.Var(&rf.exclude, "exclude", "do not read the files or folders matching this `GLOB` when walking a folder: a name (*.draft.md) or a path under the folder (2019/*) (repeatable)")
	fs.StringVar(&rf.published, "published", "", "publication `DATE` (2006-01-02 or RFC 3339) of the documents that give none (no JSON Lines field, HTML meta tag, Markdown front matter or dateline)")
	fs.BoolVar(&rf.mtimeDates, "mtime-dates", false, "date a file that gives no date (and no --published) by its modification time; off by default because copies and checkouts reset it")
	return rf
}

// reader is the article.Reader the flags describe, reading "-" from stdin.
func (rf *readFlags) reader(stdin io.Reader) (*article.Reader, error) {
	r := &article.Reader{MaxBytes: rf.maxBytes, Stdin: stdin, ModTimeDates: rf.mtimeDates, Exclude: rf.exclude}
	if rf.encoding != "" {
		name, err := article.CheckEncoding(rf.encoding)
		if err != nil {
			return nil, fmt.Errorf("--encoding: %w", err)
		}
		r.Encoding = name
	}
	for _, g := range rf.exclude {
		if _, err := path.Match(g, ""); err != nil {
			return nil, fmt.Errorf("--exclude %q: %w", g, err)
		}
	}
	if rf.published != "" {
		t, ok := article.ParseDate(rf.published)
		if !ok {
			return nil, fmt.Errorf("--published %q is not a date; want 2006-01-02 or RFC 3339", rf.published)
		}
		r.Published = &t
	}
	return r, nil
}

// logFlags are --log-format and --log-level (serve, ingest).
type logFlags struct {
	format, level string
	plain         bool // "plain" is a format: ingest's lines for people
}

// addLogFlags declares them; plain allows --log-format plain, the default
// then (ingest: lines for people; text and json for scripts and logs).
func addLogFlags(fs *cmdFlags, plain bool) *logFlags {
	lf := &logFlags{plain: plain}
	formats, def := strings.Join(logging.Formats, "|"), "text"
	if plain {
		formats, def = "plain|"+formats, "plain"
	}
	fs.StringVar(&lf.format, "log-format", def, "`FORMAT` of the log on stderr: "+formats+" (text and json are slog records, one per line)")
	fs.StringVar(&lf.level, "log-level", "info", "least important records logged: debug (adds the /healthz and /readyz requests), info, warn, error")
	return lf
}

// logger is the logger the flags describe, writing to w; nil for plain.
func (lf *logFlags) logger(w io.Writer) (*slog.Logger, error) {
	level, err := logging.ParseLevel(lf.level)
	if err != nil {
		return nil, fmt.Errorf("--log-level: %w", err)
	}
	if lf.plain && lf.format == "plain" {
		return nil, nil
	}
	log, err := logging.New(w, lf.format, level)
	if err != nil {
		return nil, fmt.Errorf("--log-format: %w", err)
	}
	return log, nil
}
