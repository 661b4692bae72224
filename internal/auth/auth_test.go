package auth_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/auth"
)

func hashOf(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []string // Line() of each key
		wantErr string
	}{
		{"one key", "alice read,write " + hashOf("s1") + "\n", []string{"alice read,write " + hashOf("s1")}, ""},
		{"comments, blanks, semicolons", "# keys\n\nalice read " + hashOf("s1") + "; bob write " + hashOf("s2") + "\n",
			[]string{"alice read " + hashOf("s1"), "bob write " + hashOf("s2")}, ""},
		{"duplicate scope once", "alice read,read " + hashOf("s1"), []string{"alice read " + hashOf("s1")}, ""},
		{"the secret instead of its hash", "alice read ng_secret", nil, "64 hex digits"},
		{"unknown scope", "alice admin " + hashOf("s1"), nil, `unknown scope "admin"`},
		{"missing field", "alice " + hashOf("s1"), nil, "got 2 fields"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			keys, err := auth.Parse("keys", strings.NewReader(tc.in))
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("Parse: error %v, want one containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, k := range keys {
				got = append(got, k.Line())
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Parse: got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestAuthenticate(t *testing.T) {
	reader, _ := auth.NewKey("reader", []auth.Scope{auth.Read}, "ng_r")
	writer, _ := auth.NewKey("writer", []auth.Scope{auth.Write}, "ng_w")
	ks, err := auth.NewKeys(reader, writer)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		header    string
		wantName  string
		wantErr   error
		wantRead  bool
		wantWrite bool
	}{
		{"reader", "Bearer ng_r", "reader", nil, true, false},
		{"writer reads too", "Bearer ng_w", "writer", nil, true, true},
		{"scheme in any case", "bearer  ng_w ", "writer", nil, true, true},
		{"no header", "", "", auth.ErrNoKey, false, false},
		{"unknown key", "Bearer ng_x", "", auth.ErrInvalidKey, false, false},
		{"the hash is not the key", "Bearer " + hashOf("ng_r"), "", auth.ErrInvalidKey, false, false},
		{"basic scheme", "Basic bmc6cg==", "", auth.ErrInvalidKey, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			k, err := ks.Authenticate(tc.header)
			if !errors.Is(err, tc.wantErr) || (tc.wantErr == nil) != (err == nil) {
				t.Fatalf("Authenticate(%q): error %v, want %v", tc.header, err, tc.wantErr)
			}
			if k.Name != tc.wantName {
				t.Errorf("Authenticate(%q): key %q, want %q", tc.header, k.Name, tc.wantName)
			}
			ctx := context.Background()
			if err == nil {
				ctx = auth.WithKey(ctx, k)
			}
			if got := auth.Has(ctx, auth.Read); got != tc.wantRead {
				t.Errorf("Has(Read): got %v, want %v", got, tc.wantRead)
			}
			if got := auth.Has(ctx, auth.Write); got != tc.wantWrite {
				t.Errorf("Has(Write): got %v, want %v", got, tc.wantWrite)
			}
		})
	}
	var none *auth.Keys
	if _, err := none.Authenticate("Bearer ng_r"); !errors.Is(err, auth.ErrInvalidKey) {
		t.Errorf("nil Keys: error %v, want ErrInvalidKey", err)
	}
}

func TestRequire(t *testing.T) {
	reader, _ := auth.NewKey("reader", []auth.Scope{auth.Read}, "ng_r")
	writer, _ := auth.NewKey("writer", []auth.Scope{auth.Read, auth.Write}, "ng_w")
	tests := []struct {
		name  string
		ctx   context.Context
		scope auth.Scope
		want  error
	}{
		{"no key", context.Background(), auth.Read, auth.ErrNoKey},
		{"reader reads", auth.WithKey(context.Background(), reader), auth.Read, nil},
		{"reader writes", auth.WithKey(context.Background(), reader), auth.Write, auth.ErrForbidden},
		{"writer writes", auth.WithKey(context.Background(), writer), auth.Write, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := auth.Require(tc.ctx, tc.scope); !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
				t.Errorf("Require(%s): got %v, want %v", tc.scope, err, tc.want)
			}
		})
	}
}

// TestGenerate makes a key, writes its line as a keys file would hold it,
// reads it back and checks that the token, and only it, opens it.
func TestGenerate(t *testing.T) {
	token, k, err := auth.Generate("alice", []auth.Scope{auth.Read, auth.Write})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(token, auth.TokenPrefix) || len(token) < 40 {
		t.Errorf("token %q: want %s and 32 random bytes", token, auth.TokenPrefix)
	}
	if strings.Contains(k.Line(), token) {
		t.Errorf("line %q holds the secret", k.Line())
	}
	keys, err := auth.Parse("env", strings.NewReader(k.Line()))
	if err != nil {
		t.Fatal(err)
	}
	ks, err := auth.NewKeys(keys...)
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := ks.Verify(token); !ok || got.Name != "alice" || !got.Has(auth.Write) {
		t.Errorf("Verify(token): got %+v %v, want alice with write", got, ok)
	}
	if _, ok := ks.Verify(token + "x"); ok {
		t.Error("Verify(token+x) succeeded")
	}
	other, _, _ := auth.Generate("bob", []auth.Scope{auth.Read})
	if other == token {
		t.Error("two keys with the same token")
	}
}

func TestNewKeysRefusesDuplicates(t *testing.T) {
	a, _ := auth.NewKey("a", []auth.Scope{auth.Read}, "s")
	a2, _ := auth.NewKey("a", []auth.Scope{auth.Read}, "t")
	b, _ := auth.NewKey("b", []auth.Scope{auth.Read}, "s")
	for _, tc := range []struct {
		name string
		keys []auth.Key
	}{{"same name", []auth.Key{a, a2}}, {"same secret", []auth.Key{a, b}}} {
		if _, err := auth.NewKeys(tc.keys...); err == nil {
			t.Errorf("%s: NewKeys succeeded", tc.name)
		}
	}
}
