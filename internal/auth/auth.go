package auth

import (
	"bufio"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Scope is what a key allows.
type Scope string

// The scopes. Write includes Read: a key that may change the graph may
// read it.
const (
	Read  Scope = "read"  // queries, subscriptions, /gizmo, /export
	Write Scope = "write" // the mutations (ingestDocument, deleteDocument)
)

// Errors of Require and Keys.Authenticate.
var (
	ErrNoKey      = errors.New("no API key")
	ErrInvalidKey = errors.New("invalid API key")
	ErrForbidden  = errors.New("forbidden")
)

// TokenPrefix starts every key Generate makes, so that a key found in a
// log or a repository is recognisable.
const TokenPrefix = "ng_"

// Key is one API key as configured: its name, its scopes and the SHA-256
// of the secret; the secret itself is never kept.
type Key struct {
	Name   string
	Scopes []Scope
	hash   [sha256.Size]byte
}

// NewKey returns the Key of a secret token.
func NewKey(name string, scopes []Scope, token string) (Key, error) {
	if token == "" {
		return Key{}, errors.New("auth.NewKey: empty token")
	}
	k := Key{Name: name, Scopes: scopes, hash: sha256.Sum256([]byte(token))}
	return k, k.check()
}

// Generate makes a new random key: the secret token, to give once to its
// user, and its Key, whose Line goes into the keys file.
func Generate(name string, scopes []Scope) (token string, k Key, err error) {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", Key{}, fmt.Errorf("auth.Generate: %w", err)
	}
	token = TokenPrefix + base64.RawURLEncoding.EncodeToString(b[:])
	k, err = NewKey(name, scopes, token)
	return token, k, err
}

// Has reports whether the key allows s; Write includes Read.
func (k Key) Has(s Scope) bool {
	return slices.Contains(k.Scopes, s) || (s == Read && slices.Contains(k.Scopes, Write))
}

// Line is the key's line in a keys file: name, scopes, hash of the secret.
func (k Key) Line() string {
	sc := make([]string, len(k.Scopes))
	for i, s := range k.Scopes {
		sc[i] = string(s)
	}
	return k.Name + " " + strings.Join(sc, ",") + " " + hex.EncodeToString(k.hash[:])
}

func (k Key) check() error {
	if k.Name == "" || strings.ContainsFunc(k.Name, isSpace) {
		return fmt.Errorf("auth: key name %q: want one word", k.Name)
	}
	if len(k.Scopes) == 0 {
		return fmt.Errorf("auth: key %s: no scope", k.Name)
	}
	for _, s := range k.Scopes {
		if s != Read && s != Write {
			return fmt.Errorf("auth: key %s: unknown scope %q (want %s or %s)", k.Name, s, Read, Write)
		}
	}
	return nil
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == ';' }

// ParseScopes reads a comma-separated list of scopes ("read,write").
func ParseScopes(s string) ([]Scope, error) {
	var out []Scope
	for f := range strings.SplitSeq(s, ",") {
		sc := Scope(strings.TrimSpace(f))
		if sc != Read && sc != Write {
			return nil, fmt.Errorf("auth: unknown scope %q (want %s or %s)", sc, Read, Write)
		}
		if !slices.Contains(out, sc) {
			out = append(out, sc)
		}
	}
	return out, nil
}

// Parse reads keys, one per line: "<name> <scope,...> <sha256-hex>". Lines
// may also be separated by ";" (handy in an environment variable); blank
// lines and lines starting with # are skipped. src names the input in
// errors.
func Parse(src string, r io.Reader) ([]Key, error) {
	var keys []Key
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		for entry := range strings.SplitSeq(sc.Text(), ";") {
			entry = strings.TrimSpace(entry)
			if entry == "" || strings.HasPrefix(entry, "#") {
				continue
			}
			f := strings.Fields(entry)
			if len(f) != 3 {
				return nil, fmt.Errorf("%s:%d: want \"<name> <scope,...> <sha256-hex>\", got %d fields", src, n, len(f))
			}
			scopes, err := ParseScopes(f[1])
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", src, n, err)
			}
			k := Key{Name: f[0], Scopes: scopes}
			if h, err := hex.DecodeString(f[2]); err != nil || len(h) != sha256.Size {
				return nil, fmt.Errorf("%s:%d: key %s: the hash is not 64 hex digits (a SHA-256; the secret itself does not belong in the file)", src, n, f[0])
			} else {
				copy(k.hash[:], h)
			}
			if err := k.check(); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", src, n, err)
			}
			keys = append(keys, k)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", src, err)
	}
	return keys, nil
}

// Keys is a set of keys. It does not change after NewKeys and is safe for
// concurrent use. A nil *Keys holds no key.
type Keys struct {
	keys []Key
}

// NewKeys returns the set of keys; two keys may not share a name or a
// secret.
func NewKeys(keys ...Key) (*Keys, error) {
	for i, k := range keys {
		if err := k.check(); err != nil {
			return nil, err
		}
		for _, o := range keys[:i] {
			if o.Name == k.Name {
				return nil, fmt.Errorf("auth: two keys named %s", k.Name)
			}
			if o.hash == k.hash {
				return nil, fmt.Errorf("auth: keys %s and %s have the same secret", o.Name, k.Name)
			}
		}
	}
	return &Keys{keys: slices.Clone(keys)}, nil
}

// Len is the number of keys.
func (ks *Keys) Len() int {
	if ks == nil {
		return 0
	}
	return len(ks.keys)
}

// Verify returns the key whose secret is token. It hashes the token and
// compares the hash with every key's in constant time, so neither the
// answer's timing nor its position in the set tells anything about the
// secrets.
func (ks *Keys) Verify(token string) (Key, bool) {
	if ks.Len() == 0 || token == "" {
		return Key{}, false
	}
	h := sha256.Sum256([]byte(token))
	found := -1
	for i := range ks.keys {
		if subtle.ConstantTimeCompare(h[:], ks.keys[i].hash[:]) == 1 {
			found = i
		}
	}
	if found < 0 {
		return Key{}, false
	}
	return ks.keys[found], true
}

// Authenticate checks an Authorization value ("Bearer <key>", the scheme
// in any case). It returns ErrNoKey when v is empty and ErrInvalidKey when
// it is not a bearer token or not a known key.
func (ks *Keys) Authenticate(v string) (Key, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return Key{}, ErrNoKey
	}
	scheme, token, ok := strings.Cut(v, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return Key{}, fmt.Errorf("%w: not a bearer token", ErrInvalidKey)
	}
	k, ok := ks.Verify(strings.TrimSpace(token))
	if !ok {
		return Key{}, ErrInvalidKey
	}
	return k, nil
}

type ctxKey struct{}

// WithKey returns ctx carrying k as the request's key.
func WithKey(ctx context.Context, k Key) context.Context {
	return context.WithValue(ctx, ctxKey{}, k)
}

// FromContext returns the request's key, if it presented one.
func FromContext(ctx context.Context) (Key, bool) {
	k, ok := ctx.Value(ctxKey{}).(Key)
	return k, ok
}

// Has reports whether the request's key allows s.
func Has(ctx context.Context, s Scope) bool {
	k, ok := FromContext(ctx)
	return ok && k.Has(s)
}

// Require returns nil when the request's key allows s, ErrNoKey when the
// request has no key, and ErrForbidden when its key lacks s.
func Require(ctx context.Context, s Scope) error {
	k, ok := FromContext(ctx)
	switch {
	case !ok:
		return ErrNoKey
	case !k.Has(s):
		return fmt.Errorf("%w: the API key %s has no %s scope", ErrForbidden, k.Name, s)
	}
	return nil
}
