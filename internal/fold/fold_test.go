package fold

import "testing"

func TestAccents(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Nicolás Maduro", "Nicolas Maduro"},
		{"Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"},
		{"Crêpe Georgette", "Crepe Georgette"},
		{"Selva Herbón", "Selva Herbon"},
		{"Lech Wałęsa", "Lech Wałesa"}, // ł is a letter of its own; ę folds
		{"Søren", "Søren"},
		{"plain ASCII, O'Brien", "plain ASCII, O'Brien"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := Accents(tc.in); got != tc.want {
			t.Errorf("Accents(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestAccentsASCIIDoesNotAllocate(t *testing.T) {
	s := "Donald Trump"
	if n := testing.AllocsPerRun(100, func() { _ = Accents(s) }); n != 0 {
		t.Errorf("Accents allocates %v times on ASCII, want 0", n)
	}
}
