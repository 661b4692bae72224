package extract

import "testing"

func TestCanonical(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct{ typ, name, id, ctyp, cname string }{
		{"GPE", "Pyongyang", "gpe/north-korea", "GPE", "North Korea"},
		{"GPE", "China", "gpe/china", "GPE", "China"},
		{"NORP", "Chinese", "gpe/china", "GPE", "China"},
		{"ORG", "Beijing", "gpe/china", "GPE", "China"},
		{"PERSON", "Jane  Quux", "person/jane-quux", "PERSON", "Jane Quux"},
		{"ORG", "Acme Widgets", "org/acme-widgets", "ORG", "Acme Widgets"},
	}
	for _, tc := range tests {
		id, typ, name := x.Canonical(tc.typ, tc.name)
		if id != tc.id || typ != tc.ctyp || name != tc.cname {
			t.Errorf("Canonical(%q, %q) = %q %q %q, want %q %q %q", tc.typ, tc.name, id, typ, name, tc.id, tc.ctyp, tc.cname)
		}
	}
}

func TestEvent(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct{ pred, code string }{
		{"impose sanction on", "163"},
		{"sanction", "163"},
		{"criticise", "111"},
		{"criticize", "111"},
		{"beat", ""},
		{"say", ""},
		{"president of", ""},
		{"", ""},
	}
	for _, tc := range tests {
		ev := x.Event(tc.pred)
		got := ""
		if ev != nil {
			got = ev.Code
		}
		if got != tc.code {
			t.Errorf("Event(%q) = %q, want %q", tc.pred, got, tc.code)
		}
	}
}

func TestBasePredicate(t *testing.T) {
	x := newTestExtractor(t)
	for in, want := range map[string]string{"Criticised": "criticize", "imposed  sanctions on": "impose sanction on", "based in": "based in", "pursued talks with": "pursue talk with", "discuss": "discuss", "met with": "meet with", "president of": "president of", " ": ""} {
		if got := x.BasePredicate(in); got != want {
			t.Errorf("BasePredicate(%q) = %q, want %q", in, got, want)
		}
	}
}
