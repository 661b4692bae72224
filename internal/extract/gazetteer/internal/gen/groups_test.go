package main

import (
	"reflect"
	"testing"
)

// TestOrgGroups: a Phoenix block's names split into the bodies they name;
// a person's name filed with a body is dropped, a short form joins the
// name it spells.
func TestOrgGroups(t *testing.T) {
	tests := []struct {
		name  string
		names []string
		want  [][]string
	}{
		{"related agencies are bodies of their own",
			[]string{"OVERSEAS PRIVATE INVESTMENT", "FEDERAL TRADE COMMISSION", "FTC", "OPIC", "OVERSEAS PRIVATE INVESTMENT CORPORATION"},
			[][]string{{"OVERSEAS PRIVATE INVESTMENT", "OVERSEAS PRIVATE INVESTMENT CORPORATION", "OPIC"}, {"FEDERAL TRADE COMMISSION", "FTC"}}},
		{"a commander filed with his brigade",
			[]string{"FURSAN AL HAQQ BRIGADE", "FREE SYRIAN ARMY", "SALIM IDRIS"},
			[][]string{{"FURSAN AL HAQQ BRIGADE"}, {"FREE SYRIAN ARMY"}}},
		{"spelling variants stay one",
			[]string{"SYRIAN REBEL FRONT", "SYRIA REVOLUTIONARIES FRONT", "SYRIAN REVOLUTIONARIES FRONT"},
			[][]string{{"SYRIAN REBEL FRONT", "SYRIA REVOLUTIONARIES FRONT", "SYRIAN REVOLUTIONARIES FRONT"}}},
		{"the same words in another order",
			[]string{"STATE DEPARTMENT", "U.S. DEPARTMENT OF STATE", "G 7"},
			[][]string{{"STATE DEPARTMENT", "U.S. DEPARTMENT OF STATE", "G 7"}}},
		{"a short form first",
			[]string{"IMF", "INTERNATIONAL MONETARY FUND"},
			[][]string{{"INTERNATIONAL MONETARY FUND", "IMF"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := orgGroups(tc.names); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("orgGroups(%q) = %q, want %q", tc.names, got, tc.want)
			}
		})
	}
}
